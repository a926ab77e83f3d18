"""The calibration screen's own widgets: the tap pad, the flash circle and its lines of text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from thrusttimer.core.i18n import translate
from thrusttimer.gui import theme

LIT: Final = QColor("#ffd23f")


class TapPad(QWidget):
    """The big target: a click, a touch or any key on it is a tap."""

    def __init__(
        self,
        tap: Callable[[], None],
        key_tap: Callable[[QKeyEvent], bool],
        parent: QWidget | None = None,
    ) -> None:
        """`tap` hears a click; `key_tap` a key, answering whether it was a tap."""
        super().__init__(parent)
        self._tap = tap
        self._key_tap = key_tap
        self.setObjectName("tapPad")
        self.setAccessibleName(translate("TapPad", "Tap pad"))
        self.setToolTip(
            translate("TapPad", "Tap here, or press Space or any key, on every tick you hear")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text = translate("TapPad", "Press Start")

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._tap()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key_tap(event):
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        theme.draw_card(painter, rect)
        if self.hasFocus():
            painter.setPen(QPen(theme.MUTED, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = min(rect.width(), rect.height()) * 0.06
            painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(theme.TEXT)
        painter.setFont(theme.fitted_font(self.text, rect.width() * 0.9, rect.height() * 0.3, True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)


class FlashCircle(QWidget):
    """A big circle, lit for a moment on each tick's planned moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flashCircle")
        self.setAccessibleName(translate("FlashCircle", "Flash"))
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.lit = False

    def set_lit(self, lit: bool) -> None:
        if lit != self.lit:
            self.lit = lit
            # Straight away rather than at the next idle moment: the flash is the timing.
            self.repaint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = min(self.width(), self.height()) * 0.9
        rect = QRectF((self.width() - size) / 2, (self.height() - size) / 2, size, size)
        painter.setPen(QPen(theme.MUTED if not self.lit else LIT, max(3.0, size * 0.03)))
        painter.setBrush(LIT if self.lit else theme.SURFACE)
        painter.drawEllipse(rect)


def label(text: str = "", name: str = "", big: bool = False) -> QLabel:
    """A word-wrapped line of the screen, bold if `big`."""
    made = QLabel(text)
    made.setWordWrap(True)
    if name:
        made.setObjectName(name)
    if big:
        font = QFont(made.font())
        font.setBold(True)
        made.setFont(font)
    return made
