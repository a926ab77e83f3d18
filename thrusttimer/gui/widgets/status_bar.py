"""The status area: refused commands and warnings for a few seconds, and the keep-awake state.

A message goes away on its own after a few seconds (one single-shot timer, nothing repeating).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from thrusttimer.gui import theme

MESSAGE_MS = 5000


class StatusArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = QLabel()
        self.message_label.setAccessibleName("Status message")
        self.detail_label = QLabel()
        self.detail_label.setAccessibleName("Status")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.detail_label.setStyleSheet(f"color: {theme.MUTED.name()};")
        for label in (self.message_label, self.detail_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 0)
        layout.addWidget(self.message_label, 3)
        layout.addWidget(self.detail_label, 2)
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(self.clear_message)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def show_message(self, text: str, warning: bool = True, ms: int = MESSAGE_MS) -> None:
        colour = theme.WARNING if warning else theme.TEXT
        font = self.message_label.font()
        self.message_label.setStyleSheet(f"color: {colour.name()};")
        # A new style sheet re-polishes the label and drops the scaled font: put it back.
        self.message_label.setFont(font)
        self.message_label.setText(text)
        # The message gets the whole width while it shows: it matters more than the hints.
        self.detail_label.hide()
        self._clear.start(ms)

    def clear_message(self) -> None:
        self.message_label.clear()
        self.detail_label.show()

    def set_detail(self, text: str) -> None:
        if text != self.detail_label.text():
            self.detail_label.setText(text)
            self._fit()

    def _fit(self) -> None:
        size = max(11.0, self.height() * 0.55)
        self.message_label.setFont(theme.font(size, bold=True))
        width = (self.width() - 24) * 0.4
        self.detail_label.setFont(theme.fitted_font(self.detail_label.text(), width, size * 0.85))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)
