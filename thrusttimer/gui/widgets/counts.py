"""Where the lifter is in the workout: set x/y, rep x/y, time left, and the next cue."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from thrusttimer.core.content import Phase
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
    """("Set 2/4", "Rep 3/10"). Before a set's first rep (set-up) the rep reads 0; during
    the rest after a set, the reps it had: the lifter sees what is done, never a dash."""
    plan = session.plan
    if session.state is State.IDLE:
        return f"Set –/{plan.sets}", f"Rep –/{plan.reps}"
    segment = session.current_segment
    if segment.rep is not None:
        rep = str(segment.rep)
    else:
        rep = {Phase.SETUP: "0", Phase.REST: str(plan.reps)}.get(segment.phase, "–")
    if session.state is State.DONE and session.position_ms() >= session.timeline.total_ms:
        rep = str(plan.reps)
    return f"Set {segment.set}/{plan.sets}", f"Rep {rep}/{plan.reps}"


def next_cue_text(session: Session) -> str:
    if not session.active:
        return ""
    cue = session.next_cue()
    if cue is None:
        return ""
    # Whole seconds, rounded up: read from the floor, tenths only made the line repaint
    # ten times a second.
    wait = max(1, math.ceil(cue.at_s - session.position_s() - 1e-6))
    said = f"“{cue.text}”" if cue.text else "a tone"
    return f"Next: {said} in {wait} s"


class CountsBar(SessionBinding, QWidget):
    """Set and rep on the left, bold; the workout's time left on the right. Painted, and each
    text shrinks to fit its share of the width rather than being cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.paint_own_background(self)
        self.set_text = ""
        self.rep_text = ""
        self.left_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName("Where you are in the workout")

    def on_event(self, event: Event | None) -> None:
        if self.session is not None:
            texts = counts_text(self.session)
            if texts != (self.set_text, self.rep_text):
                self.set_text, self.rep_text = texts
                self.update()
        self.on_frame()

    def on_frame(self) -> None:
        session = self.session
        if session is None:
            return
        idle = session.state is State.IDLE
        left = session.timeline.total_s if idle else session.remaining_s()
        text = f"{format_clock(left)} left"
        if text != self.left_text:
            self.left_text = text
            self.setAccessibleDescription(f"{self.set_text}, {self.rep_text}, {text}")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        margin = self.height() * 0.3
        share = (self.width() - 2 * margin) / 10
        size = self.height() * 0.6
        parts = (
            (self.set_text, 0.0, 3.0, True, theme.TEXT, Qt.AlignmentFlag.AlignLeft),
            (self.rep_text, 3.0, 3.4, True, theme.TEXT, Qt.AlignmentFlag.AlignLeft),
            (self.left_text, 6.4, 3.6, False, theme.MUTED, Qt.AlignmentFlag.AlignRight),
        )
        for text, start, width, bold, colour, align in parts:
            box = QRectF(margin + start * share, 0, width * share - margin * 0.5, self.height())
            if align is Qt.AlignmentFlag.AlignRight:
                box.moveRight(self.width() - margin)
            painter.setFont(theme.fitted_font(text, box.width(), size * (1 if bold else 0.8), bold))
            painter.setPen(colour)
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()


class NextCueLabel(SessionBinding, QWidget):
    """What the coach says next, and when. Painted rather than a QLabel: its text changes
    ten times a second, and a QLabel would re-run the window's layout each time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.paint_own_background(self)
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
