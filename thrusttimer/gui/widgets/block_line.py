"""The line over the phase word in a workout of several exercises or of a one-sided one:
the exercise being done (or, in the rest before a new one, the one coming next), the side
the working leg is on, and which exercise of how many. What it says is decided in
`core.gym_words.block_line`; this widget only paints it, never under the readable size."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from thrusttimer.core.gym_words import BlockLine, block_line, shows_block_line
from thrusttimer.core.model import Phase
from thrusttimer.core.session_events import Event
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.text import Block, Shown, block_height

SIZE_SHARE = 0.62
"""The words' pixel size as a share of the line's height (never under the readable size)."""
SIDE_COLOUR = theme.PHASES[Phase.SWITCH].colour
"""The side in the switch's colour: the two go together."""


class BlockLineView(SessionBinding, QWidget):
    """Shown only for a workout that needs it (`gym_words.shows_block_line`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.paint_own_background(self)
        self.line = BlockLine("")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(self.tr("Exercise"))
        self.hide()

    def on_event(self, event: Event | None) -> None:
        session = self.session
        wanted = session is not None and shows_block_line(session.plan)
        if wanted == self.isHidden():
            self.setVisible(wanted)  # a new plan: the layout gives the line room, or none
        line = block_line(session) if session is not None and wanted else BlockLine("")
        if line != self.line:
            self.line = line
            texts = (line.exercise, line.side, line.place)
            self.setAccessibleDescription(", ".join(t for t in texts if t))
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # One line at the readable size, whatever share of the height the layout gives.
        font = theme.font(theme.readable_px(self), bold=True)
        self.setMinimumHeight(math.ceil(block_height(font, 1) * 1.1))

    def must_read(self) -> list[Shown]:
        """The exercise and the side from the left, the exercise's number on the right: one
        size for all three, the largest at which they fit across (down to the readable)."""
        line = self.line
        h, w = float(self.height()), float(self.width())
        margin = h * 0.3
        gap = h * 0.6
        least = theme.readable_px(self)
        parts = [
            ("Exercise", line.exercise, True, theme.TEXT),  # i18n: not shown
            ("Side", line.side, True, SIDE_COLOUR),  # i18n: not shown
            ("Exercise number", line.place, False, theme.MUTED),  # i18n: not shown
        ]
        parts = [part for part in parts if part[1]]

        def widths(px: float) -> list[float]:
            return [
                QFontMetricsF(theme.font(px, bold)).horizontalAdvance(text)
                for _, text, bold, _ in parts
            ]

        def across() -> float:
            return w - 2 * margin - gap * max(0, len(parts) - 1)

        if parts and parts[-1][0] == "Exercise number" and sum(widths(least)) > across():
            parts = parts[:-1]  # a narrow window: the exercise's number gives way first
        size = max(float(least), h * SIZE_SHARE)
        total = sum(widths(size))
        if total > across() > 0:
            size = max(float(least), math.floor(size * across() / total * 0.98))
        shown = []
        x = margin
        for (what, text, bold, colour), width in zip(parts, widths(size), strict=True):
            font = theme.font(size, bold)
            area = QRectF(x, 0, width + 1, h)
            if what == "Exercise number":
                area.moveRight(w - margin)
            block = Block((text,), font, area, Qt.AlignmentFlag.AlignLeft)
            shown.append(Shown(what, block, colour))
            x += width + gap
        return shown

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for shown in self.must_read():
            shown.block.draw(painter, QColor(shown.colour))
        painter.end()
