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
from thrusttimer.core.model import Phase
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event
from thrusttimer.core.tempo import format_tempo
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.button import GymButton
from thrusttimer.gui.widgets.text import ReadableText, block_height


def next_set_text(session: Session) -> str:
    plan = session.plan
    segment = session.current_segment
    following = segment.set + 1
    return (
        f"Next: set {following} of {plan.sets} · {plan.reps} reps · "
        f"tempo {format_tempo(plan.tempo)}"
    )


class RestScreen(SessionBinding, QWidget):
    def __init__(
        self, exercise: Exercise, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._exercise = exercise
        # Each is read from the floor: never under the readable size, wrapped instead,
        # each given the lines it needs (the longest form point's for the form point).
        self.next_label = ReadableText("Next set", bold=True)
        self.ready_label = ReadableText("Waiting for you", bold=True, colour=theme.WARNING)
        self.ready_label.setText(
            "Take your time: the next set starts when you press Space, Enter or your clicker"
        )
        self.point_label = ReadableText("Form point", colour=theme.MUTED)
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
            point = form_point_shown(session.timeline, session.current_index, session.position_ms())
            self.point_label.setText(point.text if point else "")
            self._reserve()
        self.ready_label.setVisible(session.waiting_for_ready)

    @property
    def form_point(self) -> str:
        return self.point_label.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        h = self.height()
        self.next_label.largest = self.ready_label.largest = h * 0.1
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
        for label, texts in (
            (self.next_label, [self.next_label.text()]),
            (self.ready_label, [self.ready_label.text()]),
            (self.point_label, [*points, self.point_label.text()]),
        ):
            lines = max(label.lines_needed(text, self.width()) for text in texts)
            font = theme.font(theme.readable_px(self), label.bold)
            label.setMinimumHeight(math.ceil(block_height(font, lines)))
