"""The gym screen's buttons: big text on a dark rounded panel, drawn by the app itself.

They used to get that look from an application-wide style sheet. A style sheet makes Qt
style every widget through QStyleSheetStyle, which cost ~5 ms of start-up for the window's
28 widgets (benchmarks/startup.py), for the sake of eight buttons. Drawing them here gives
the same look without it: a panel with a border that lights up under the mouse, darkens
while pressed and greys out, with its text, when the command can't be used. A label too wide
for its button goes onto two lines (`fit_bar` decides which, and how tall the bar is).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFontInfo, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from thrusttimer.gui import theme
from thrusttimer.gui.widgets.text import Block, Shown, block_height, fit

BORDER_PX = 2.0
RADIUS_PX = 8.0
PADDING = (10.0, 4.0)
"""Between the border and the text: horizontal, vertical."""
DISABLED_BORDER = QColor("#20242b")


class GymButton(QToolButton):
    """A text-only button for `action` that never takes keyboard focus: Space, the arrows
    and Enter must reach the window's shortcuts, not a button."""

    def __init__(
        self,
        action: QAction,
        policy: QSizePolicy.Policy = QSizePolicy.Policy.Ignored,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDefaultAction(action)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(policy, QSizePolicy.Policy.Ignored)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.texts: tuple[str, ...] = ()
        """Every label its action may show besides the current one (a toggle's), so the
        button is as wide as the widest and the bar does not shift when it changes."""

    def labels(self) -> tuple[str, ...]:
        return (self.text(), *self.texts)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(label) for label in self.labels())
        width = widest + 2 * (PADDING[0] + BORDER_PX)
        height = metrics.height() + 2 * (PADDING[1] + BORDER_PX)
        return QSize(round(width + 0.5), round(height + 0.5))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def colours(self) -> tuple[QColor, QColor, QColor]:
        """(panel, border, text) for the button's state now."""
        if not self.isEnabled():
            return theme.SURFACE, DISABLED_BORDER, theme.DISABLED
        panel = theme.TRACK if self.isDown() else theme.SURFACE
        border = theme.MUTED if self.underMouse() else theme.TRACK
        return panel, border, theme.TEXT

    def paintEvent(self, event: QPaintEvent) -> None:
        panel, border, text = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = BORDER_PX / 2
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.setPen(QPen(border, BORDER_PX))
        painter.setBrush(panel)
        painter.drawRoundedRect(rect, RADIUS_PX, RADIUS_PX)
        self.label_block().draw(painter, text)
        painter.end()

    def label_block(self) -> Block:
        """The label in the button's font, on as many lines as its width needs."""
        inset = BORDER_PX + PADDING[0], BORDER_PX + PADDING[1]
        inner = QRectF(self.rect()).adjusted(inset[0], inset[1], -inset[0], -inset[1])
        size = QFontInfo(self.font()).pixelSize()  # also when it is set in points
        return fit(self.text(), inner, size, size, self.font().bold())

    def must_read(self) -> list[Shown]:
        return [
            Shown(f"{self.text()} button", self.label_block(), self.colours()[2])
        ]  # i18n: not shown


def two_lines(text: str, font_width: Callable[[str], float]) -> float:
    """How wide `text` is at its narrowest on two lines, broken at one of its spaces."""
    words = text.split()
    return min(
        (
            max(font_width(" ".join(words[:cut])), font_width(" ".join(words[cut:])))
            for cut in range(1, len(words))
        ),
        default=font_width(text),
    )


def fit_bar(buttons: Sequence[GymButton], width: float, spacing: float, size: int) -> int:
    """Lay a row of buttons out across `width` with their labels at `size` pixels: each
    button at least as wide as its label, the spare width shared by the layout. Where one
    line each would not fit, labels of more than one word go onto two lines, those that
    gain most first. Only a row too narrow even then (narrower than 1024 px for the
    window's bar) gets a smaller font. Returns the lines the labels take."""
    font = theme.font(size, bold=True)
    metrics = QFontMetricsF(font)
    chrome = 2 * (PADDING[0] + BORDER_PX) + 1
    room = width - spacing * (len(buttons) - 1) - chrome * len(buttons)
    advance = metrics.horizontalAdvance
    one = [max(advance(label) for label in b.labels()) for b in buttons]
    two = [max(two_lines(label, advance) for label in b.labels()) for b in buttons]
    needs, lines = list(one), 1
    for index in sorted(range(len(buttons)), key=lambda i: two[i] - one[i]):
        if sum(needs) <= room:
            break
        if two[index] < one[index]:
            needs[index], lines = two[index], 2
    if sum(needs) > room > 0:
        scale = room / sum(needs)
        font = theme.font(max(1, math.floor(size * scale)), bold=True)
        needs = [need * scale for need in needs]
    height = math.ceil(block_height(font, lines) + 2 * (PADDING[1] + BORDER_PX))
    for button, need in zip(buttons, needs, strict=True):
        button.setFont(font)
        button.setMinimumSize(math.ceil(need + chrome), height)
    return lines
