"""The status area: refused commands and warnings for a few seconds, and the keep-awake state.

A message goes away on its own after a few seconds (one single-shot timer, nothing repeating).
It is read from the floor (the stop prompt, warnings), so it is never under the readable size:
a long one wraps, and the area asks for the lines it needs. The hint beside it (the keys, or
"Screen kept awake") is for whoever stands at the laptop and may be smaller.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from thrusttimer.core.timers import TimerFactory
from thrusttimer.gui import theme
from thrusttimer.gui.timers import qt_timers
from thrusttimer.gui.widgets.text import ReadableText, block_height

MESSAGE_MS = 5000


class StatusArea(QWidget):
    def __init__(self, parent: QWidget | None = None, timers: TimerFactory | None = None) -> None:
        super().__init__(parent)
        self.message_label = ReadableText(
            self.tr("Status message"),
            bold=True,
            colour=theme.WARNING,
            align=Qt.AlignmentFlag.AlignLeft,
        )
        self.detail_label = QLabel()
        self.detail_label.setAccessibleName(self.tr("Status"))
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.detail_label.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.detail_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 0)
        layout.addWidget(self.message_label, 3)
        layout.addWidget(self.detail_label, 2)
        made = timers if timers is not None else qt_timers(self)
        self._clear = made(self.clear_message, MESSAGE_MS, single_shot=True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def show_message(self, text: str, warning: bool = True, ms: int = MESSAGE_MS) -> None:
        self.message_label.set_colour(theme.WARNING if warning else theme.TEXT)
        self.message_label.setText(text)
        # The message gets the whole width while it shows: it matters more than the hints.
        self.detail_label.hide()
        self._clear.start(ms)
        self._fit()

    def clear_message(self) -> None:
        self.message_label.setText("")
        self.detail_label.show()
        self._fit()

    def set_detail(self, text: str) -> None:
        if text != self.detail_label.text():
            self.detail_label.setText(text)
            self._fit()

    def _fit(self) -> None:
        size = max(11.0, self.height() * 0.55)
        width = (self.width() - 24) * 0.4
        self.detail_label.setFont(theme.fitted_font(self.detail_label.text(), width, size * 0.85))
        # One line of the message always, more while a long one shows (once laid out:
        # before, its width means nothing).
        font = theme.font(theme.readable_px(self), bold=True)
        lines = self.message_label.lines_needed(across=self.width() - 24) if self.isVisible() else 1
        self.setMinimumHeight(math.ceil(block_height(font, lines)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)
