"""Words a lifter reads from the floor: laid out never smaller than `theme.readable_px`,
wrapped at spaces onto more lines rather than shrunk below it, and drawn line by line where
`Block` places them, so what a widget reports (`must_read`) is what is on the screen.
"""

from __future__ import annotations

import math
from typing import NamedTuple, Protocol, runtime_checkable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from thrusttimer.gui import theme

Align = Qt.AlignmentFlag
SHRINK_STEP = 0.92
"""A text too big for its place tries again this much smaller, down to the readable size."""
EPS = 1e-6
"""Room made for exactly some lines holds them, whatever the rounding."""


def wrap(text: str, font: QFont, width: float) -> tuple[str, ...]:
    """`text` broken at spaces into lines no wider than `width` (a word wider than that has
    a line of its own; `fit` cuts it short)."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            longer = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(longer) > width:
                lines.append(line)
                line = word
            else:
                line = longer
        lines.append(line)
    return tuple(lines)


def block_height(font: QFont, lines: int) -> float:
    """How tall `lines` lines of `font` are, from the first line's top to the last's bottom."""
    metrics = QFontMetricsF(font)
    return metrics.lineSpacing() * (max(1, lines) - 1) + metrics.ascent() + metrics.descent()


class Block(NamedTuple):
    """Lines of one font, centred as a block in `area`, each placed across by `align`."""

    lines: tuple[str, ...]
    font: QFont
    area: QRectF
    align: Align = Align.AlignHCenter

    def origins(self) -> list[QPointF]:
        """Where each line's baseline starts."""
        metrics = QFontMetricsF(self.font)
        top = self.area.top() + (self.area.height() - block_height(self.font, len(self.lines))) / 2
        result = []
        for index, line in enumerate(self.lines):
            width = metrics.horizontalAdvance(line)
            x = self.area.left() + (self.area.width() - width) / 2
            if self.align & Align.AlignLeft:
                x = self.area.left()
            elif self.align & Align.AlignRight:
                x = self.area.right() - width
            # On whole pixels: glyphs drawn there are as crisp as their hinting makes them.
            y = top + metrics.ascent() + index * metrics.lineSpacing()
            result.append(QPointF(round(x), round(y)))
        return result

    def inks(self) -> list[QRectF]:
        """Where each line's ink is (an empty line has none)."""
        metrics = QFontMetricsF(self.font)
        return [
            metrics.tightBoundingRect(line).translated(origin)
            for line, origin in zip(self.lines, self.origins(), strict=True)
        ]

    def draw(self, painter: QPainter, colour: QColor) -> None:
        painter.setFont(self.font)
        painter.setPen(colour)
        for line, origin in zip(self.lines, self.origins(), strict=True):
            painter.drawText(origin, line)


def fit(
    text: str,
    area: QRectF,
    largest: float,
    least: int,
    bold: bool = False,
    align: Align = Align.AlignHCenter,
) -> Block:
    """`text` in `area` at the largest size from `largest` down to `least` pixels at which it
    fits, wrapped at spaces; at `least` it takes the lines it needs, and only what still
    does not fit in `area` is cut short with "…" (a layout reserves the room: `lines_at`)."""
    size = max(least, round(largest))
    if not text.strip():
        return Block((), theme.font(size, bold), area, align)
    while size > least:
        font = theme.font(size, bold)
        lines = wrap(text, font, area.width())
        metrics = QFontMetricsF(font)
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        if widest <= area.width() + EPS and block_height(font, len(lines)) <= area.height() + EPS:
            return Block(lines, font, area, align)
        step = SHRINK_STEP
        if block_height(font, 2) > area.height():
            # Room for one line only: straight to the size at which it fits across.
            step = min(step, area.width() / metrics.horizontalAdvance(text))
        size = max(least, min(size - 1, math.floor(size * step)))
    font = theme.font(least, bold)
    lines = wrap(text, font, area.width())
    metrics = QFontMetricsF(font)
    room = 1 + max(0, int((area.height() - block_height(font, 1)) / metrics.lineSpacing() + EPS))
    if len(lines) > room:
        lines = (*lines[: room - 1], " ".join(lines[room - 1 :]))
    width = round(area.width())
    shown = tuple(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)
    return Block(shown, font, area, align)


def lines_at(text: str, width: float, size: int, bold: bool = False) -> int:
    """How many lines `text` takes at `size` pixels across `width`."""
    return len(wrap(text, theme.font(size, bold), width))


class Shown(NamedTuple):
    """A text on screen, for the legibility check: what it is, and how it is drawn."""

    what: str
    block: Block
    colour: QColor


@runtime_checkable
class MustRead(Protocol):
    """A widget showing words a lifter must read during a workout."""

    def must_read(self) -> list[Shown]: ...


def shown_texts(window: QWidget) -> list[dict[str, object]]:
    """Every must-read text on screen in `window` now, in the window's coordinates: what it
    says line by line, its pixel size, colour, where each line's ink is and the widget's
    rectangle (for the screenshot check)."""
    facts: list[dict[str, object]] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, MustRead) or not widget.isVisible():
            continue
        corner = QPointF(widget.mapTo(window, QPoint(0, 0)))
        place = QRectF(widget.rect()).translated(corner)
        for shown in widget.must_read():
            block = shown.block
            facts.append(
                {
                    "what": shown.what,
                    "lines": list(block.lines),
                    "pixel_size": block.font.pixelSize(),
                    "bold": block.font.bold(),
                    "colour": shown.colour.name(),
                    "widget": as_list(place),
                    "ink": [as_list(ink.translated(corner)) for ink in block.inks()],
                }
            )
    return facts


def as_list(rect: QRectF) -> list[float]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


class ReadableText(QWidget):
    """A painted label for words the lifter must read: `share` of its own height across
    one line where that fits, else smaller down to the readable size, then wrapped."""

    def __init__(
        self,
        name: str,
        share: float = 0.55,
        bold: bool = False,
        colour: QColor = theme.TEXT,
        align: Align = Align.AlignHCenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        theme.paint_own_background(self)
        self.share, self.bold, self.colour, self.align = share, bold, colour, align
        self.largest: float | None = None
        """Its largest size in pixels, if not `share` of its height."""
        self._text = ""
        self._block: tuple[tuple[object, ...], Block] | None = None
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleDescription(text)
            self.update()

    def set_colour(self, colour: QColor) -> None:
        if colour != self.colour:
            self.colour = colour
            self.update()

    def lines_needed(self, text: str | None = None, across: float | None = None) -> int:
        """Lines `text` (this label's own by default) takes at the readable size, across
        `across` pixels (its own width by default)."""
        words = self._text if text is None else text
        width = self.width() if across is None else across
        return lines_at(words, width, theme.readable_px(self), self.bold)

    def block(self) -> Block:
        largest = self.height() * self.share if self.largest is None else self.largest
        key = (self._text, self.width(), self.height(), theme.readable_px(self), largest)
        if self._block is None or self._block[0] != key:
            found = fit(self._text, QRectF(self.rect()), largest, key[3], self.bold, self.align)
            self._block = (key, found)
        return self._block[1]

    def must_read(self) -> list[Shown]:
        return [Shown(self.accessibleName(), self.block(), self.colour)] if self._text else []

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.block().draw(painter, self.colour)
        painter.end()
