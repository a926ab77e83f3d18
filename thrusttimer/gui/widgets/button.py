"""The gym screen's buttons: big text on a dark rounded panel, drawn by the app itself.

They used to get that look from an application-wide style sheet. A style sheet makes Qt
style every widget through QStyleSheetStyle, which cost ~5 ms of start-up for the window's
28 widgets (benchmarks/startup.py), for the sake of eight buttons. Drawing them here gives
the same look without it: a panel with a border that lights up under the mouse, darkens
while pressed and greys out, with its text, when the command can't be used.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from thrusttimer.gui import theme

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

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(self.text()) + 2 * (PADDING[0] + BORDER_PX)
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
        painter.setPen(text)
        painter.setFont(self.font())
        inner = rect.adjusted(PADDING[0], PADDING[1], -PADDING[0], -PADDING[1])
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()
