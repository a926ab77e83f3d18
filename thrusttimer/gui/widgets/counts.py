"""Where the lifter is in the workout: set x/y, rep x/y, time left, and the next cue."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from thrusttimer.core.gym_words import blocks_summary, counts_text, several, workout_line
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Phase
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import Timeline
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.text import ReadableText, Shown, block_height, fit


def format_clock(seconds: float) -> str:
    whole = max(0, math.ceil(seconds - 1e-6))
    hours, rest = divmod(whole, 3600)
    if hours:
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{rest // 60}:{rest % 60:02d}"


def next_cue_text(session: Session) -> str:
    """What the coach says next, and when; before and after a workout of several
    exercises, the exercises (`gym_words.workout_line`)."""
    if not session.active:
        return workout_line(session)
    cue = session.next_cue()
    if cue is None:
        return ""
    # Whole seconds, rounded up: read from the floor, tenths only made the line repaint
    # ten times a second.
    wait = max(1, math.ceil(cue.at_s - session.position_s() - 1e-6))
    return next_text(cue.text, wait)


def next_text(words: str, wait: int) -> str:
    if words:
        return translate("NextCueLabel", "Next: “{words}” in {seconds} s").format(
            words=words, seconds=wait
        )
    return translate("NextCueLabel", "Next: a tone in {seconds} s").format(seconds=wait)


def movement_cue_words(timeline: Timeline) -> set[str]:
    """The words of every cue the next-cue line can show: those next at some moment out
    of a rest (during a rest the rest screen takes its place)."""
    words: set[str] = set()
    cues = timeline.cues
    for segment in timeline.segments:
        if segment.phase is Phase.REST:
            continue
        first = timeline.first_cue_after(segment.start_ms)
        last = timeline.first_cue_after(segment.end_ms - 1)
        words.update(cue.text for cue in cues[first : last + 1])
    return words


class CountsBar(SessionBinding, QWidget):
    """Set and rep on the left, bold; the workout's time left on the right; between them the
    load on the bar, when the workout logs one (`load_text`). Painted, and each text shrinks
    to fit its share of the width rather than being cut, down to the readable size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.paint_own_background(self)
        self.set_text = ""
        self.rep_text = ""
        self.left_text = ""
        self.load_text: Callable[[], str] = str
        """The load of the sets now ("100 kg"), or "" to show none."""
        self.load = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(self.tr("Where you are in the workout"))

    def on_event(self, event: Event | None) -> None:
        if self.session is not None:
            texts = (*counts_text(self.session), self.load_text())
            if texts != (self.set_text, self.rep_text, self.load):
                self.set_text, self.rep_text, self.load = texts
                self.update()
        self.on_frame()

    def on_frame(self) -> None:
        session = self.session
        if session is None:
            return
        idle = session.state is State.IDLE
        left = session.timeline.total_s if idle else session.remaining_s()
        text = self.tr("{time} left").format(time=format_clock(left))
        if text != self.left_text:
            self.left_text = text
            self.setAccessibleDescription(f"{self.set_text}, {self.rep_text}, {text}")
            self.update()

    def must_read(self) -> list[Shown]:
        margin = self.height() * 0.3
        share = (self.width() - 2 * margin) / 10
        size = self.height() * 0.6
        least = theme.readable_px(self)
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        # What each text is, for the legibility check (`Shown.what`).
        set_, rep, load, time_left = "Set", "Rep", "Load", "Time left"  # i18n: not shown
        parts: tuple[tuple[str, str, float, float, bool, QColor, Qt.AlignmentFlag], ...] = (
            (set_, self.set_text, 0.0, 3.0, True, theme.TEXT, left),
            (rep, self.rep_text, 3.0, 3.4, True, theme.TEXT, left),
            (time_left, self.left_text, 6.4, 3.6, False, theme.MUTED, right),
        )
        if self.load:
            parts = (
                (set_, self.set_text, 0.0, 2.6, True, theme.TEXT, left),
                (rep, self.rep_text, 2.6, 3.0, True, theme.TEXT, left),
                (load, self.load, 5.6, 2.2, True, theme.TEXT, left),
                (time_left, self.left_text, 7.8, 2.2, False, theme.MUTED, right),
            )
        shown = []
        for what, text, start, width, bold, colour, align in parts:
            box = QRectF(margin + start * share, 0, width * share - margin * 0.5, self.height())
            if align is right:
                box.moveRight(self.width() - margin)
            block = fit(text, box, size * (1 if bold else 0.8), least, bold, align)
            shown.append(Shown(what, block, colour))
        return shown

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for shown in self.must_read():
            shown.block.draw(painter, shown.colour)
        painter.end()


class NextCueLabel(SessionBinding, ReadableText):
    """What the coach says next, and when. Painted rather than a QLabel: its text changes
    every second, and a QLabel would re-run the window's layout each time. It keeps the
    lines the workout's longest cue needs, so the picture above it never jumps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("NextCueLabel", "Next cue"), colour=theme.MUTED, parent=parent)
        self._reserved: tuple[object, ...] = ()

    def on_event(self, event: Event | None) -> None:
        self._reserve()  # a new session: new cues; a start or an end: the list of exercises
        self.on_frame()

    def on_frame(self) -> None:
        self.setText(next_cue_text(self.session) if self.session is not None else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reserve()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reserve()

    def _reserve(self) -> None:
        if not self.isVisible():
            return  # not laid out yet: its width means nothing (`showEvent` comes)
        session = self.session
        active = session is not None and session.active
        key = (session, self.width(), theme.readable_px(self), active)
        if key == self._reserved:
            return
        self._reserved = key
        words = movement_cue_words(session.timeline) if session is not None else set()
        lines = max((self.lines_needed(next_text(w, 99)) for w in words), default=1)
        if session is not None and not active and several(session.plan):
            # The exercises listed before and after the workout (`workout_line`).
            done = translate("GymWords", "Done: {exercises}").format(
                exercises=blocks_summary(session.plan)
            )
            lines = max(lines, self.lines_needed(done))
        font = theme.font(theme.readable_px(self), self.bold)
        self.setMinimumHeight(math.ceil(block_height(font, lines)))
