"""The rest screen: the set coming next, one form point, and the rest's own buttons.

The rest countdown itself is the phase display's ring above it. The form point shown is
the one the coach said last in this rest (`coaching.form_point_shown`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from thrusttimer.core.coaching import form_point_shown
from thrusttimer.core.content import Exercise, Phase
from thrusttimer.core.session import Event, Session
from thrusttimer.core.tempo import format_tempo
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.button import GymButton


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
        self.next_label = QLabel()
        self.next_label.setAccessibleName("Next set")
        self.ready_label = QLabel("Take your time: the next set starts when you press Space")
        self.ready_label.setAccessibleName("Waiting for you")
        theme.set_text_colour(self.ready_label, theme.WARNING)
        self.point_label = QLabel()
        self.point_label.setWordWrap(True)
        self.point_label.setAccessibleName("Form point")
        theme.set_text_colour(self.point_label, theme.MUTED)
        for label in (self.next_label, self.ready_label, self.point_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
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
        self.ready_label.setVisible(session.waiting_for_ready)

    @property
    def form_point(self) -> str:
        return self.point_label.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        h = self.height()
        self.next_label.setFont(theme.font(h * 0.1, bold=True))
        self.ready_label.setFont(theme.font(h * 0.1, bold=True))
        self.point_label.setFont(theme.font(h * 0.095))
        for button in self.buttons:
            button.setFont(theme.font(h * 0.09, bold=True))
        super().resizeEvent(event)
