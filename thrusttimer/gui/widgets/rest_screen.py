"""The rest screen: the set coming next, one form point, and the rest's own buttons.

The rest countdown itself is the phase display's ring above it. The form point shown is
the one the coach said last in this rest (`coaching.form_point_shown`).
"""

from __future__ import annotations

import math

from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from thrusttimer.core.content import Exercise
from thrusttimer.core.delivery import form_point_shown
from thrusttimer.core.gym_words import checklist_item, next_set_text, rest_texts
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Phase
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event
from thrusttimer.core.set_specs import spec_of
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.button import GymButton
from thrusttimer.gui.widgets.text import ReadableText, block_height


def next_plates_text(session: Session) -> str:
    """ "Next set: 102.5 kg: 25 + 15 + 1.25 each side", or "" when the plates are not known."""
    loading = spec_of(session.plan, session.current_segment.set + 1).loading
    if loading is None:
        return ""
    from thrusttimer.core.loading.wording import loading_text

    return translate("RestScreen", "Next set: {plates}").format(plates=loading_text(loading))


class RestScreen(SessionBinding, QWidget):
    def __init__(
        self, exercise: Exercise, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._exercise = exercise
        # Each is read from the floor: never under the readable size, wrapped instead,
        # each given the lines it needs (the longest form point's for the form point).
        self.next_label = ReadableText(self.tr("Next set"), bold=True)
        self.plates_label = ReadableText(self.tr("Plates"), bold=True, colour=theme.BREATH_COLOUR)
        self.plates_label.hide()
        self.ready_label = ReadableText(self.tr("Waiting for you"), bold=True, colour=theme.WARNING)
        self.ready_label.setText(
            self.tr(
                "Take your time: the next set starts when you press Space, Enter or your clicker"
            )
        )
        self.point_label = ReadableText(self.tr("Form point"), colour=theme.MUTED)
        self.buttons: list[QToolButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for action in actions:
            button = GymButton(action, QSizePolicy.Policy.Preferred)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.next_label, 2)
        layout.addWidget(self.plates_label, 3)
        layout.addWidget(self.ready_label, 2)
        layout.addWidget(self.point_label, 4)
        layout.addLayout(row, 3)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def on_event(self, event: Event | None) -> None:
        session = self.session
        if session is None or not session.active:
            return
        segment = session.current_segment
        if segment.phase is Phase.REST:
            self.next_label.setText(next_set_text(session))
            plates = next_plates_text(session)
            self.plates_label.setText(plates)
            self.plates_label.setVisible(bool(plates))
            point = form_point_shown(session.timeline, session.current_index, session.position_ms())
            # Before a new exercise the coach reads its set-up: the item it read last.
            self.point_label.setText(point.text if point else checklist_item(session))
            self._reserve()
        self.ready_label.setVisible(session.waiting_for_ready)

    @property
    def form_point(self) -> str:
        return self.point_label.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        h = self.height()
        self.next_label.largest = self.ready_label.largest = h * 0.1
        self.plates_label.largest = h * 0.12
        self.point_label.largest = h * 0.095
        font = theme.font(max(h * 0.09, theme.readable_px(self)), bold=True)
        for button in self.buttons:
            button.setFont(font)
            button.setMinimumHeight(button.sizeHint().height())
        self._reserve()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reserve()

    def _reserve(self) -> None:
        """Give each text the height of the lines it needs at the readable size (once it
        shows: before, its width means nothing)."""
        if not self.isVisible():
            return
        points = [point.text for point in self._exercise.form_points]
        if self.session is not None:
            points = rest_texts(self.session.plan)
        for label, texts in (
            (self.next_label, [self.next_label.text()]),
            (self.plates_label, [self.plates_label.text()]),
            (self.ready_label, [self.ready_label.text()]),
            (self.point_label, [*points, self.point_label.text()]),
        ):
            lines = max(label.lines_needed(text, self.width()) for text in texts)
            font = theme.font(theme.readable_px(self), label.bold)
            label.setMinimumHeight(math.ceil(block_height(font, lines)))
