"""The calibration screen's two tabs laid out: "Tap along" and "Tick meets flash".

Each page only holds its controls; the screen (`calibration.dialog`) connects them to what
they do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.audio.calibration import LATENCY_OFFSET_MS, LEAD_IN_TICKS, TICK_INTERVAL_S
from thrusttimer.core.i18n import number, translate
from thrusttimer.gui.calibration.widgets import FlashCircle, TapPad, label

BUTTON_HEIGHT: Final = 52


def page_button(text: str, tip: str, name: str) -> QPushButton:
    """A button of the screen: tall, named for screen readers, never pressed by Enter."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.setAccessibleName(text.rstrip("…"))
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setAutoDefault(False)
    return button


class TapPage(QWidget):
    """How to tap along, the tap pad, the run's progress and result, Start and Use this."""

    def __init__(
        self,
        ticks: int,
        tap: Callable[[], None],
        key_tap: Callable[[QKeyEvent], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.addWidget(
            label(
                translate(
                    "TapPage",
                    "Press Start, then tap Space (or any key, or click the pad) on every tick "
                    "you hear: {ticks} ticks, {interval} s apart. Listen, don't "
                    "watch. The first {lead_in} ticks are for finding the beat.",
                ).format(ticks=ticks, interval=number(TICK_INTERVAL_S), lead_in=LEAD_IN_TICKS)
            )
        )
        self.pad = TapPad(tap, key_tap, self)
        column.addWidget(self.pad, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("tapProgress")
        self.progress.setAccessibleName(translate("TapPage", "Calibration progress"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        column.addWidget(self.progress)
        self.message = label(name="tapMessage", big=True)
        self.message.setAccessibleName(translate("TapPage", "Calibration result"))
        column.addWidget(self.message)
        row = QHBoxLayout()
        self.start = page_button(
            translate("TapPage", "Start"),
            translate("TapPage", "Play the ticks and start counting your taps"),
            "tapStart",
        )
        self.use = page_button(
            translate("TapPage", "Use this"),
            translate("TapPage", "Put the measured offset into the latency field"),
            "tapUse",
        )
        self.use.setEnabled(False)
        row.addWidget(self.start)
        row.addWidget(self.use)
        row.addStretch(1)
        column.addLayout(row)


class FlashPage(QWidget):
    """How to match the tick to the flash, the circle, the offset under test (slider and
    box, in step), a message, Start/Stop and Use this offset."""

    def __init__(self, current_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.addWidget(
            label(
                translate(
                    "FlashPage",
                    "Press Start: the circle flashes on every tick. Move the offset until you "
                    "hear each tick exactly when you see the flash. ← → move it 5 ms, ↑ ↓ in "
                    "the box 1 ms.",
                )
            )
        )
        self.circle = FlashCircle()
        column.addWidget(self.circle, 1)
        row = QHBoxLayout()
        caption = QLabel(translate("FlashPage", "Offset"))
        low, high = int(LATENCY_OFFSET_MS.low), int(LATENCY_OFFSET_MS.high)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("offsetSlider")
        self.slider.setAccessibleName(translate("FlashPage", "Latency offset under test"))
        self.slider.setToolTip(
            translate("FlashPage", "Later sound → move right. ← → 5 ms, PgUp/PgDn 50 ms")
        )
        self.slider.setRange(low, high)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(50)
        self.slider.setMinimumHeight(BUTTON_HEIGHT)
        self.offset = QSpinBox()
        self.offset.setObjectName("offsetSpin")
        self.offset.setAccessibleName(translate("FlashPage", "Latency offset under test, ms"))
        self.offset.setToolTip(f"↑ ↓ 1 ms — {LATENCY_OFFSET_MS.allowed}")
        self.offset.setRange(low, high)
        self.offset.setSingleStep(1)
        self.offset.setSuffix(" ms")
        self.offset.setMinimumHeight(BUTTON_HEIGHT)
        self.offset.setMinimumWidth(160)
        self.slider.valueChanged.connect(self.offset.setValue)
        self.offset.valueChanged.connect(self.slider.setValue)
        self.offset.setValue(current_ms)
        self.slider.setValue(current_ms)
        caption.setBuddy(self.slider)
        row.addWidget(caption)
        row.addWidget(self.slider, 1)
        row.addWidget(self.offset)
        column.addLayout(row)
        self.message = label(name="flashMessage")
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        self.start = page_button(
            translate("FlashPage", "Start"),
            translate("FlashPage", "Flash the circle and play a tick with it, until Stop"),
            "flashStart",
        )
        self.use = page_button(
            translate("FlashPage", "Use this offset"),
            translate("FlashPage", "Put the offset shown into the latency field"),
            "flashUse",
        )
        buttons.addWidget(self.start)
        buttons.addWidget(self.use)
        buttons.addStretch(1)
        column.addLayout(buttons)
