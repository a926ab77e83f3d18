"""Where the lifter is in the workout: set x/y, rep x/y, time left, and the next cue."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from thrusttimer.core.session import Event, Session, State
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding


def format_clock(seconds: float) -> str:
    whole = max(0, math.ceil(seconds - 1e-6))
    hours, rest = divmod(whole, 3600)
    if hours:
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{rest // 60}:{rest % 60:02d}"


def counts_text(session: Session) -> tuple[str, str]:
    """("Set 2/4", "Rep 3/10"); the rep is "–" outside a set's reps."""
    plan = session.plan
    if session.state is State.IDLE:
        return f"Set –/{plan.sets}", f"Rep –/{plan.reps}"
    segment = session.current_segment
    rep = str(segment.rep) if segment.rep is not None else "–"
    if session.state is State.DONE and session.position_ms() >= session.timeline.total_ms:
        rep = str(plan.reps)
    return f"Set {segment.set}/{plan.sets}", f"Rep {rep}/{plan.reps}"


def next_cue_text(session: Session) -> str:
    if not session.active:
        return ""
    cue = session.next_cue()
    if cue is None:
        return ""
    wait = max(0.0, cue.at_s - session.position_s())
    said = f"“{cue.text}”" if cue.text else "a tone"
    return f"Next: {said} in {wait:.0f} s" if wait >= 10 else f"Next: {said} in {wait:.1f} s"


class CountsBar(SessionBinding, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_label = QLabel()
        self.set_label.setAccessibleName("Set")
        self.rep_label = QLabel()
        self.rep_label.setAccessibleName("Rep")
        self.left_label = QLabel()
        self.left_label.setAccessibleName("Time left in the workout")
        self.left_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.left_label.setStyleSheet(f"color: {theme.MUTED.name()};")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 0, 16, 0)
        for label, stretch in ((self.set_label, 3), (self.rep_label, 3), (self.left_label, 4)):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            layout.addWidget(label, stretch)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def on_event(self, event: Event | None) -> None:
        if self.session is not None:
            set_text, rep_text = counts_text(self.session)
            self.set_label.setText(set_text)
            self.rep_label.setText(rep_text)
        self.on_frame()

    def on_frame(self) -> None:
        session = self.session
        if session is None:
            return
        left = (
            session.remaining_s() if session.state is not State.IDLE else session.timeline.total_s
        )
        text = f"{format_clock(left)} left"
        if text != self.left_label.text():
            self.left_label.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = self.height() * 0.6
        self.set_label.setFont(theme.font(size, bold=True))
        self.rep_label.setFont(theme.font(size, bold=True))
        self.left_label.setFont(theme.font(size * 0.8))
        super().resizeEvent(event)


class NextCueLabel(SessionBinding, QWidget):
    """What the coach says next, and when. Painted rather than a QLabel: its text changes
    ten times a second, and a QLabel would re-run the window's layout each time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setAccessibleName("Next cue")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def text(self) -> str:
        return self._text

    def on_frame(self) -> None:
        text = next_cue_text(self.session) if self.session is not None else ""
        if text != self._text:
            self._text = text
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(theme.font(self.height() * 0.55))
        painter.setPen(theme.MUTED)
        shown = painter.fontMetrics().elidedText(
            self._text, Qt.TextElideMode.ElideRight, self.width()
        )
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, shown)
        painter.end()
