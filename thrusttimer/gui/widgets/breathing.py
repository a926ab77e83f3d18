"""The breathing indicator: a circle that fills on the inhale, empties on the exhale and stays
put on a hold, in step with the segments, with the breath in words under it (never under the
readable size: the circle gives up the height the longest words need on two lines)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from thrusttimer.core.content import Exercise
from thrusttimer.core.gym_words import all_breath_words, breath_words
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Breath, Segment
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event
from thrusttimer.core.session_states import State
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.pose import ease_in_out
from thrusttimer.gui.widgets.text import Block, Shown, block_height, fit, lines_at

RELAXED = 0.35
"""The lungs' level outside the movement (set-up, rest)."""


def level_after(segments: tuple[Segment, ...], index: int) -> float:
    """How full the lungs are at the end of segment `index` (0 empty to 1 full)."""
    level = RELAXED
    # Walk back to the last segment that sets a level; a hold keeps what came before it.
    for segment in reversed(segments[: index + 1]):
        if segment.breath is Breath.INHALE:
            return 1.0
        if segment.breath is Breath.EXHALE:
            return 0.0
        if segment.breath is None:
            return level
    return level


def breath_level(session: Session) -> float:
    """The indicator's level now: grows on an inhale, shrinks on an exhale, holds on a hold."""
    if session.state in (State.IDLE, State.DONE):
        return RELAXED
    index = session.current_index
    segment = session.current_segment
    start = level_after(session.timeline.segments, index - 1) if index > 0 else RELAXED
    t = ease_in_out(session.segment_progress())
    if segment.breath is Breath.INHALE:
        return start + (1.0 - start) * t
    if segment.breath is Breath.EXHALE:
        return start * (1.0 - t)
    if segment.breath is Breath.HOLD:
        return start
    return RELAXED


class BreathingIndicator(SessionBinding, QWidget):
    def __init__(self, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.paint_whole_background(self)
        self._exercise = exercise
        self.level = RELAXED
        self.breath: Breath | None = None
        self.words = ""
        self._all_words = {
            info.breath_words or translate("GymWords", "Breathe")
            for info in exercise.phases.values()
        }
        """Every breath in words: the room under the circle is kept for the longest."""
        self._words_room: tuple[tuple[int, int], float] = ((0, 0), 0.0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(self.tr("Breathing"))
        self._still = theme.Layer(theme.BACKGROUND)

    def on_event(self, event: Event | None) -> None:
        session = self.session
        active = session is not None and session.active
        breath = session.current_segment.breath if session is not None and active else None
        words = breath_words(session) if session is not None else ""
        if event is None and session is not None:
            # A new session: keep the room its exercises' longest words need.
            every = all_breath_words(session.plan)
            if every != self._all_words:
                self._all_words, self._words_room = every, ((0, 0), 0.0)
        if (breath, words) != (self.breath, self.words):
            self.breath, self.words = breath, words
            self.setAccessibleDescription(words)
            self.update()
        self.on_frame()

    def on_frame(self) -> None:
        level = RELAXED if self.session is None else breath_level(self.session)
        if abs(level - self.level) > 0.002:
            self.level = level
            # Only the circle moves: repaint its square (and its outline's half width
            # beyond it), not the card and the words.
            _, outer, size, _ = self._circle()
            margin = round(max(2.0, size * 0.025)) + 2
            self.update(outer.toAlignedRect().adjusted(-margin, -margin, margin, margin))

    def _circle(self) -> tuple[QPointF, QRectF, float, float]:
        """The circle's centre, its largest extent, its diameter, and where the words start."""
        text_h = max(self.height() * 0.2, self._words_height())
        pad = self.height() * 0.04
        text_top = self.height() - pad - text_h
        size = min(self.width(), text_top) * 0.8
        centre = QPointF(self.width() / 2, (text_top + pad) / 2)
        outer = QRectF(0, 0, size, size)
        outer.moveCenter(centre)
        return centre, outer, size, text_top

    def _words_height(self) -> float:
        """The longest words' height at the readable size (kept: each frame asks)."""
        least = theme.readable_px(self)
        key = (self.width(), least)
        if self._words_room[0] != key:
            widest = self.width() - 16
            lines = max(lines_at(words, widest, least, True) for words in self._all_words)
            self._words_room = (key, block_height(theme.font(least, True), lines))
        return self._words_room[1]

    def words_block(self) -> Block:
        text_top = self._circle()[3]
        area = QRectF(8, text_top, self.width() - 16, self.height() * 0.96 - text_top)
        return fit(self.words, area, self.height() * 0.124, theme.readable_px(self), bold=True)

    def must_read(self) -> list[Shown]:
        what = "Breath"  # i18n: not shown
        return [Shown(what, self.words_block(), theme.TEXT)] if self.words else []

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre, outer, size, _ = self._circle()
        colour = QColor(theme.BREATH_COLOUR)

        def still(layer: QPainter) -> None:
            theme.draw_card(layer, QRectF(self.rect()).adjusted(4, 4, -4, -4))
            layer.setPen(QPen(theme.TRACK, max(2.0, size * 0.02)))
            layer.setBrush(Qt.BrushStyle.NoBrush)
            layer.drawEllipse(outer)
            # The words change with the breath, a few times a rep: in the layer, not
            # measured and drawn again at every frame of the circle.
            self.words_block().draw(layer, theme.TEXT)

        key = (self.words, theme.readable_px(self), self._words_height())
        self._still.draw(painter, self, key, still)
        radius = size / 2 * (0.25 + 0.75 * self.level)
        # The breath colour, see-through, over the card: mixed once rather than blended.
        fill = theme.over(colour, 110, theme.SURFACE)
        theme.draw_ringed_disc(painter, centre, radius, fill, colour, max(2.0, size * 0.025))
        if self.breath is Breath.HOLD:
            # A bar across the circle: nothing moves while the breath is held.
            bar = QRectF(0, 0, radius * 1.3, max(4.0, size * 0.07))
            bar.moveCenter(centre)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.TEXT)
            painter.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
        painter.end()
