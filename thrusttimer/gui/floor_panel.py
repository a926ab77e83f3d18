"""The look the quick entry and the load prompt share: a dark panel with a teal edge and
big controls, sized from the window's readable size (`theme.readable_px`) so they read from
the floor at any window size, and refitted whenever the window changes size.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from thrusttimer.gui import theme

CONTROL_SHARE: Final = 1.8
"""A control's height, in readable text sizes: the text and a finger's room around it."""
LEAST_TEXT_PX: Final = 16
"""Below a window too small for the rule, text still at a size a screen shows clearly."""


def panel_style(name: str, text_px: int) -> str:
    control = round(text_px * CONTROL_SHARE)
    # A style sheet (the comment marks the one literal the two pieces make).
    return (
        ""  # i18n: not shown
        f"""
{name} {{ background: #171a20; border: 2px solid #5be0c8; border-radius: 12px; }}
{name} QLabel {{ color: #f4f6f8; font-size: {text_px}px; background: transparent;
    border: none; }}
{name} QLabel#title {{ font-weight: bold; font-size: {round(text_px * 1.2)}px; }}
{name} QLabel#hint {{ color: #a9b1bb; }}
{name} QDoubleSpinBox, {name} QSpinBox, {name} QComboBox, {name} QLineEdit,
{name} QPushButton {{
    font-size: {text_px}px; min-height: {control}px; max-height: {control}px; color: #f4f6f8;
    background: #0b0d10; border: 1px solid #a9b1bb; border-radius: 6px; padding: 0 8px;
}}
{name} QPushButton#save {{ background: #5be0c8; color: #0b0d10; font-weight: bold; }}
{name} QPushButton#step {{ min-width: {control}px; max-width: {control}px; font-weight: bold;
    padding: 0; }}
{name} QAbstractSpinBox::up-button, {name} QAbstractSpinBox::down-button {{ width: 0; }}
"""
    )


def step_button(text: str, step: Callable[[], None]) -> QPushButton:
    """A big − or + beside a number, for a mouse or a touch screen; the keys stay where
    they were."""
    button = QPushButton(text)
    button.setObjectName("step")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoRepeat(True)
    button.clicked.connect(lambda _checked=False: step())
    return button


class FloorPanel(QFrame):
    """A panel in the floor look, kept at the window's readable size."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAutoFillBackground(True)
        self._name = name
        self._text_px = 0
        self._watched: QWidget | None = None
        self.fit()

    @property
    def text_px(self) -> int:
        return self._text_px

    def fit(self) -> None:
        """Size the text and controls for the window the panel is in now."""
        size = max(LEAST_TEXT_PX, theme.readable_px(self))
        if size != self._text_px:
            self._text_px = size
            self.setStyleSheet(panel_style(f"#{self._name}", size))
            # The column the panel is in asks its size again: its controls changed theirs.
            layout = self.layout()
            if layout is not None:
                layout.invalidate()
            self.updateGeometry()

    def _close(self) -> None:
        """Hide, giving the keys back to the window if the panel had them."""
        had_focus = self.isAncestorOf(self.focusWidget()) or self.hasFocus()
        self.hide()
        host = self.parentWidget()
        if had_focus and host is not None:
            host.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        self.fit()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
