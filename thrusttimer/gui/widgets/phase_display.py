"""The phase word, as large as the window allows, with its countdown in a progress ring.

The word's size comes from the widget's height (never fixed points), so it keeps its share of
the window at any size; it shrinks only if it would not fit across. Each phase has its own
colour and a shape drawn inside the ring, so phases are told apart without colour.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from thrusttimer.core.content import Exercise
from thrusttimer.core.gym_words import (
    PAUSED_NOTE,
    READY_NOTE,
    phase_words,
    workout_notes,
)
from thrusttimer.core.i18n import translate
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event
from thrusttimer.core.session_states import State
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.shapes import draw_shape
from thrusttimer.gui.widgets.text import Block, Shown, block_height, fit, lines_at

WORD_SHARE = 0.56
"""The word's pixel size as a share of this widget's height."""
NOTE_SHARE = 0.13
"""The note's largest pixel size as a share of this widget's height (never under the
readable size: it wraps, and the word moves up to make room for the lines it needs)."""
RING_SHARE = 0.9
ARC_SAMPLE = math.radians(5)
"""`arc_change` follows the arc through points this far apart."""


class PhaseView(NamedTuple):
    """What the phase display shows at one moment."""

    word: str
    colour: QColor
    shape: str
    progress: float
    """How much of the phase has gone, 0 to 1 (the ring shows what is left)."""
    countdown: str
    note: str
    note_colour: QColor
    big_countdown: bool = False
    """Show the countdown beside the word too (rests are long, and the number matters)."""


def format_countdown(seconds: float) -> str:
    """Whole seconds rounded up (a countdown reads 3, 2, 1), minutes from one minute up."""
    whole = math.ceil(seconds - 1e-6)
    if whole >= 60:
        return f"{whole // 60}:{whole % 60:02d}"
    return str(max(whole, 0))


def phase_view(session: Session | None, exercise: Exercise, idle_note: str = "") -> PhaseView:
    """What the display shows now (`gym_words.phase_words`, in colour); `idle_note` (today's
    suggestion) goes under the start line before a workout. `exercise` is the one shown
    without a session; with one, the words come from the block being run."""
    words = phase_words(session, idle_note)
    if words.phase is None or session is None:
        done = 1.0 if session is not None and session.state is State.DONE else 0.0
        return PhaseView(words.word, theme.TEXT, words.shape, done, "", words.note, theme.MUTED)
    style = theme.phase_style(words.phase, words.shape)
    colour, note_colour = style.colour, theme.MUTED
    if words.note_kind != "plain":
        note_colour = theme.WARNING
    if words.note_kind == "paused":
        colour = colour.darker(160)
    return PhaseView(
        words.word,
        colour,
        style.shape,
        session.segment_progress(),
        format_countdown(session.segment_remaining_s()),
        words.note,
        note_colour,
        big_countdown=words.big_countdown,
    )


class PhaseDisplay(SessionBinding, QWidget):
    def __init__(self, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.paint_whole_background(self)
        self._exercise = exercise
        self.view = phase_view(None, exercise)
        self.idle_note = ""
        """Today's suggestion, shown under the start line before a workout."""
        self._layout_cache: (
            tuple[tuple[float, float, str, int, str], tuple[QRectF, QFont, QPointF]] | None
        ) = None
        self._note_area = QRectF()
        """Where the note goes (made with the layout)."""
        self._notes: tuple[str, ...] = (
            *(info.instruction for info in exercise.phases.values()),
            # Marked in `gym_words` (its context): translated as it shows them.
            translate("GymWords", PAUSED_NOTE),
            translate("GymWords", READY_NOTE),
        )
        """Every note shown during a workout: the room under the word is kept for the
        longest, so the word stays put from phase to phase."""
        self._note_lines: tuple[tuple[float, int], int] = ((0.0, 0), 1)
        """The lines the longest note takes, for the note's width and readable size."""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(self.tr("Current phase"))
        self._ring_cache: (
            tuple[tuple[int, int, str], tuple[QRect, float, float, float, float]] | None
        ) = None
        self._moving: tuple[Session, object] | None = None
        """The running session and phase the view was last made for: while they hold, a
        frame only moves the ring (`_advance`)."""
        self._still = theme.Layer(theme.BACKGROUND)
        """The ring's square: its background, its track and what sits inside it (the
        phase's shape, the countdown number). They change a few times a second at most,
        while the arc moves every frame: redrawn when they change, copied otherwise."""

    # Binding ---------------------------------------------------------------------------

    def on_event(self, event: Event | None) -> None:
        if event is None and self.session is not None:
            self._keep_room_for(workout_notes(self.session.plan))  # a new session
        self._moving = None  # paused, resumed, skipped, ended: make the view afresh
        self.on_frame()
        self.setAccessibleDescription(f"{self.view.word}. {self.view.note}")

    def on_frame(self) -> None:
        session = self.session
        if session is not None and self._moving == (session, session.current_segment):
            # The same phase of a running set: only the ring and its number can change.
            self._advance(session)
            return
        running = session is not None and session.running and not session.waiting_for_ready
        self._moving = (session, session.current_segment) if running and session else None
        view = phase_view(session, self._exercise, self.idle_note)
        if view == self.view:
            return
        old, self.view = self.view, view
        if old._replace(progress=view.progress) == view:
            self.update(self.arc_change(old.progress, view.progress))
        elif (
            not view.big_countdown
            and old._replace(progress=view.progress, countdown=view.countdown) == view
        ):
            self.update(self.ring_area())
        else:
            self.update()

    def _keep_room_for(self, notes: tuple[str, ...]) -> None:
        if notes != self._notes:
            self._notes, self._note_lines, self._layout_cache = notes, ((0.0, 0), 1), None

    def set_idle_note(self, note: str) -> None:
        if note != self.idle_note:
            self.idle_note = note
            self.on_event(None)

    def _advance(self, session: Session) -> None:
        """A frame within a running phase: most move only the end of the arc, so repaint the
        stretch of the ring it left; a new number inside the ring repaints the ring."""
        old = self.view
        progress = session.segment_progress()
        countdown = format_countdown(session.segment_remaining_s())
        if countdown != old.countdown:
            self.view = old._replace(progress=progress, countdown=countdown)
            self.update(self.ring_area() if not old.big_countdown else self.rect())
        elif progress != old.progress:
            self.view = old._replace(progress=progress)
            self.update(self.arc_change(old.progress, progress))

    def ring_area(self) -> QRect:
        """The ring and the edge of its antialiasing: a paint inside this skips the word."""
        return self._ring()[0]

    def _ring(self) -> tuple[QRect, float, float, float, float]:
        """The ring's area (`ring_area`), its centre, the arc's radius and how far the
        arc's caps and antialiasing reach beyond it, kept while the layout stays."""
        key = (self.height(), self.width(), self.view.word)
        cached = self._ring_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        ring = self._layout()[0]
        thickness = ring.width() * 0.085
        radius = (ring.width() - thickness) / 2
        centre = ring.center()
        # The caps and the antialiased edge; between the samples `arc_change` takes 5°
        # apart, the arc bulges out by under 0.1 % of the radius, which this also covers.
        reach = thickness / 2 + 2 + radius * 0.001
        area = ring.toAlignedRect().adjusted(-2, -2, 2, 2)
        found = (area, centre.x(), centre.y(), radius, reach)
        self._ring_cache = (key, found)
        return found

    def arc_change(self, before: float, after: float) -> QRect:
        """What differs on screen when the arc's progress goes from `before` to `after`:
        the ring between the two ends, and the round caps at both. (Plain arithmetic: it
        runs at every frame of a set.)"""
        area, cx, cy, radius, reach = self._ring()
        # The arc runs anticlockwise from 12 o'clock over what is left (see paintEvent).
        lo, hi = sorted((1.0 - before, 1.0 - after))
        first, last = math.radians(90 + 360 * lo), math.radians(90 + 360 * hi)
        steps = max(1, math.ceil((last - first) / ARC_SAMPLE))
        xs = [cx + radius * math.cos(first + (last - first) * i / steps) for i in range(steps + 1)]
        ys = [cy - radius * math.sin(first + (last - first) * i / steps) for i in range(steps + 1)]
        left = max(area.left(), math.floor(min(xs) - reach))
        top = max(area.top(), math.floor(min(ys) - reach))
        right = min(area.left() + area.width(), math.ceil(max(xs) + reach))
        bottom = min(area.top() + area.height(), math.ceil(max(ys) + reach))
        return QRect(left, top, right - left, bottom - top)

    # Geometry --------------------------------------------------------------------------

    def _layout(self) -> tuple[QRectF, QFont, QPointF]:
        """The ring, the word's font and where the word starts.

        The word comes first: it keeps its height-based size and the ring gives way to it
        (down to 40 % of the height) in narrow windows; only then does the word shrink.
        """
        h, w = float(self.height()), float(self.width())
        least = theme.readable_px(self)
        # Before or after a workout (no countdown) the note (today's suggestion, what was
        # done) may need more lines than any workout's note.
        idle = self.view.note if not self.view.countdown else ""
        key = (h, w, self.view.word, least, idle)
        if self._layout_cache is not None and self._layout_cache[0] == key:
            return self._layout_cache[1]
        left_margin, gap, right_margin = h * 0.04, h * 0.08, h * 0.05
        font = theme.font(h * WORD_SHARE, bold=True)
        font.setStretch(QFont.Stretch.SemiCondensed)
        word_w = QFontMetricsF(font).horizontalAdvance(self.view.word)
        ring_d = min(h * RING_SHARE, w * 0.3)
        spare = w - left_margin - gap - right_margin - word_w
        if spare < ring_d:
            ring_d = max(h * 0.4, spare)
        available = w - left_margin - ring_d - gap - right_margin
        if word_w > available > 0:
            font.setPixelSize(max(1, int(font.pixelSize() * available / word_w)))
        ring = QRectF(left_margin, (h - ring_d) / 2, ring_d, ring_d)
        metrics = QFontMetricsF(font)
        note_h = h * NOTE_SHARE * 1.3
        left = ring.right() + gap
        # The note's lines at the readable size, where one line at its own size would not
        # hold them: the word moves up by as much (while it stays on screen).
        note_w = w - left - 8
        if self._note_lines[0] != (note_w, least):
            lines = max(lines_at(note, note_w, least) for note in self._notes)
            self._note_lines = ((note_w, least), lines)
        lines = max(self._note_lines[1], lines_at(idle, note_w, least) if idle else 1)
        extra = block_height(theme.font(least), lines) - h * NOTE_SHARE * 1.6
        extra = min(max(0.0, extra), max(0.0, (h - note_h - metrics.capHeight()) / 2))
        # Centre the word's cap height in the space above the note line.
        top = (h - note_h - metrics.capHeight()) / 2 - extra
        origin = QPointF(left, top + metrics.capHeight())
        self._note_area = QRectF(
            left, h * (1 - NOTE_SHARE * 1.9) - extra, note_w, h * NOTE_SHARE * 1.6 + extra
        )
        result = (ring, font, origin)
        self._layout_cache = (key, result)
        return result

    def word_font(self) -> QFont:
        return self._layout()[1]

    def word_rect(self) -> QRect:
        """Where the word's ink is, in this widget's coordinates (used to check legibility)."""
        _, font, origin = self._layout()
        ink = QFontMetricsF(font).tightBoundingRect(self.view.word)
        return ink.translated(origin).toAlignedRect()

    def _big_countdown(self, font: QFont, origin: QPointF) -> Block | None:
        """A rest's countdown beside the word, nearly as large, where there is room."""
        view = self.view
        if not view.big_countdown or not view.countdown:
            return None
        after = origin.x() + QFontMetricsF(font).horizontalAdvance(view.word + "  ")
        clock_font = QFont(font)
        clock_font.setBold(False)
        room = self.width() - after - self.height() * 0.05
        needed = QFontMetricsF(clock_font).horizontalAdvance(view.countdown)
        if needed <= 0 or room / needed < 0.5:
            return None
        if needed > room:
            clock_font.setPixelSize(int(clock_font.pixelSize() * room / needed))
        return on_baseline(view.countdown, clock_font, QPointF(after, origin.y()))

    def _small_countdown(self, inner: QRectF) -> Block:
        """The countdown inside the ring, under the phase's shape."""
        number = self.view.countdown
        d = inner.width()
        size = d * (0.36 if len(number) <= 2 else 0.27)
        area = QRectF(inner.left(), inner.top() + d * 0.45, d, d * 0.4)
        return Block((number,), theme.font(size, bold=True), area)

    def _note(self) -> Block:
        self._layout()  # makes the note's area
        least = theme.readable_px(self)
        return fit(
            self.view.note,
            self._note_area,
            self.height() * NOTE_SHARE,
            least,
            align=Qt.AlignmentFlag.AlignLeft,
        )

    def must_read(self) -> list[Shown]:
        """The word, the countdown (in the ring or beside the word) and the note."""
        view = self.view
        ring, font, origin = self._layout()
        word = "Phase word"  # i18n: not shown
        shown = [Shown(word, on_baseline(view.word, font, origin), view.colour)]
        big = self._big_countdown(font, origin)
        if big is not None:
            shown.append(Shown("Countdown", big, theme.TEXT))  # i18n: not shown
        elif view.countdown:
            inner = ring_inner(ring)
            countdown = "Countdown"  # i18n: not shown
            shown.append(Shown(countdown, self._small_countdown(inner), theme.TEXT))
        if view.note:
            shown.append(Shown("Note", self._note(), view.note_colour))  # i18n: not shown
        return shown

    # Painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        view = self.view
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring, font, origin = self._layout()
        thickness = ring.width() * 0.085
        inner = ring_inner(ring)

        big = self._big_countdown(font, origin)
        # Shape on top, countdown number below, inside the ring (only the shape when the
        # countdown is shown large beside the word).
        small_number = view.countdown if big is None else ""

        def still(layer: QPainter) -> None:
            layer.setPen(QPen(theme.TRACK, thickness))
            layer.drawEllipse(inner)
            d = inner.width()
            glyph = QRectF(0, 0, d * 0.3, d * 0.3)
            glyph.moveCenter(QPointF(inner.center().x(), inner.top() + d * 0.3))
            if not small_number:
                glyph = QRectF(0, 0, d * 0.45, d * 0.45)
                glyph.moveCenter(inner.center())
            draw_shape(layer, view.shape, glyph, view.colour)
            if small_number:
                self._small_countdown(inner).draw(layer, theme.TEXT)

        key = (inner.getRect(), view.shape, view.colour.rgba(), small_number)
        # The layer is the ring's square; the rest of the widget is plain background.
        area = self.ring_area().intersected(self.rect())
        if not area.contains(event.rect()):
            painter.fillRect(event.rect(), theme.BACKGROUND)
        self._still.draw(painter, self, key, still, area)
        remaining = 1.0 - view.progress
        if remaining > 0 and view.countdown:
            pen = QPen(view.colour, thickness, c=Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(inner, 90 * 16, round(remaining * 360 * 16))
        if area.contains(event.rect()):
            painter.end()
            return
        # The word, then the instruction under it.
        on_baseline(view.word, font, origin).draw(painter, view.colour)
        if big is not None:
            big.draw(painter, theme.TEXT)
        self._note().draw(painter, view.note_colour)
        painter.end()


def ring_inner(ring: QRectF) -> QRectF:
    """The circle the ring's arc is drawn on (its track's middle)."""
    half = ring.width() * 0.085 / 2
    return ring.adjusted(half, half, -half, -half)


def on_baseline(text: str, font: QFont, origin: QPointF) -> Block:
    """`text` as one line whose baseline starts at `origin`."""
    metrics = QFontMetricsF(font)
    top = origin.y() - metrics.ascent()
    area = QRectF(origin.x(), top, metrics.horizontalAdvance(text), block_height(font, 1))
    return Block((text,), font, area, Qt.AlignmentFlag.AlignLeft)
