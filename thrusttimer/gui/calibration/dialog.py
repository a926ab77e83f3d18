"""The latency calibration screen: the offset that makes the coach's sound land on the beat
through the user's own headphones (Bluetooth ones lag 100–300 ms behind what the app sees).

Two ways, whichever the user finds easier:

- **Tap along**: ticks play at exact moments and the user taps on each one they hear; the
  median lag (`audio.calibration.Calibration`) corrects the offset under test.
- **Tick meets flash**: a big circle flashes at each tick's planned moment and the user
  moves the offset until the sound and the flash come together.

This module is the view: the ticks, taps and results are `measuring.Measuring`'s, polled
once a frame by a timer from the injected factory. Without an audio device the screen says
so and offers nothing else.
"""

from __future__ import annotations

import time
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.audio.calibration import (
    LATENCY_OFFSET_MS,
    TICKS,
    CalibrationResult,
    TickTrack,
)
from thrusttimer.core.clock import Clock
from thrusttimer.core.i18n import singular, translate
from thrusttimer.core.timers import TimerFactory
from thrusttimer.gui.calibration.measuring import (
    FRAME_MS,
    NO_SOUND,
    Measuring,
    Mode,
    SoundOutput,
    describe_result,
    not_enough_taps,
    sound_usable,
)
from thrusttimer.gui.calibration.pages import BUTTON_HEIGHT, FlashPage, TapPage
from thrusttimer.gui.calibration.widgets import label
from thrusttimer.gui.timers import qt_timers

FONT_SCALE: Final = 1.3


class CalibrationDialog(QDialog):
    """Finds the latency offset; after `accept`, `chosen_ms` is the value to use."""

    def __init__(
        self,
        current_ms: int,
        output: SoundOutput | None,
        *,
        clock: Clock = time.monotonic,
        ticks: int = TICKS,
        timers: TimerFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`output` plays the ticks (None: no sound here); `clock` is the one they are
        planned and the taps timed on; `timers` makes the frame poll (Qt's by default)."""
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.setWindowTitle(translate("CalibrationDialog", "Calibrate the latency offset"))
        size = QFont(self.font()).pointSizeF() * FONT_SCALE
        self.setStyleSheet(f"QWidget {{ font-size: {size:.1f}pt; }}")
        low, high = int(LATENCY_OFFSET_MS.low), int(LATENCY_OFFSET_MS.high)
        self.current_ms = min(max(int(current_ms), low), high)
        self.chosen_ms: int | None = None
        self.measuring = Measuring(output, clock, ticks)
        self._frames = (timers if timers is not None else qt_timers(self))(self.poll, FRAME_MS)

        layout = QVBoxLayout(self)
        title = label(
            translate("CalibrationDialog", "Match the coach's sound to the beat"), big=True
        )
        title.setStyleSheet(f"font-size: {size * 1.4:.1f}pt;")
        layout.addWidget(title)
        layout.addWidget(
            label(
                translate(
                    "CalibrationDialog",
                    "Wear the headphones or speakers you train with. Bluetooth headphones "
                    "often lag 100–300 ms. The latency offset now: {offset} ms.",
                ).format(offset=self.current_ms)
            )
        )
        self.no_sound = label(translate("Calibration", NO_SOUND), "noSound", big=True)
        self.no_sound.setProperty("role", "error")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("calibrationModes")
        tap_page = TapPage(self.measuring.ticks, self.tap, self.key_tap)
        self.pad, self.tap_progress = tap_page.pad, tap_page.progress
        self.tap_message = tap_page.message
        self.tap_start, self.tap_use = tap_page.start, tap_page.use
        self.tap_start.clicked.connect(self.start_tapping)
        self.tap_use.clicked.connect(self.use_tapped)
        flash_page = FlashPage(self.current_ms)
        self.circle, self.slider = flash_page.circle, flash_page.slider
        self.offset, self.flash_message = flash_page.offset, flash_page.message
        self.flash_start, self.flash_use = flash_page.start, flash_page.use
        self.flash_start.clicked.connect(self.toggle_flashing)
        self.flash_use.clicked.connect(self.use_flash)
        self.tabs.addTab(tap_page, translate("CalibrationDialog", "Tap along"))
        self.tabs.addTab(flash_page, translate("CalibrationDialog", "Tick meets flash"))
        self.tabs.currentChanged.connect(lambda _: self.stop())
        layout.addWidget(self.no_sound)
        layout.addWidget(self.tabs, 1)
        close = QPushButton(translate("CalibrationDialog", "Close"))
        close.setAccessibleName(translate("CalibrationDialog", "Close"))
        close.setToolTip(translate("CalibrationDialog", "Leave the latency offset as it is (Esc)"))
        close.setMinimumHeight(BUTTON_HEIGHT)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

        usable = sound_usable(output)
        self.no_sound.setVisible(not usable)
        self.tabs.setVisible(usable)
        self.resize(820, 640 if usable else 300)

    # Running ----------------------------------------------------------------------------

    @property
    def output(self) -> SoundOutput | None:
        return self.measuring.output

    @property
    def running(self) -> Mode | None:
        """ "tap" or "flash" while ticks play."""
        return self.measuring.mode

    @property
    def track(self) -> TickTrack | None:
        """The ticks of the run on, None between runs."""
        return self.measuring.track

    @property
    def measured(self) -> CalibrationResult | None:
        """The last tap run's result, None until it gives one."""
        return self.measuring.measured

    @property
    def placed(self) -> list[tuple[float, float]]:
        """(planned moment, moment handed to the output) for each tick of the last run."""
        return self.measuring.placed

    @property
    def refused(self) -> list[str]:
        """Why ticks of the last run could not be played."""
        return self.measuring.refused

    @property
    def taps(self) -> list[float]:
        """The moments of this tap run's taps (none between runs)."""
        return self.measuring.taps

    def test_offset_ms(self) -> int:
        """The offset the ticks are played with: the saved-to-be one while tapping, the
        slider's while matching the flash."""
        return self.slider.value() if self.running == "flash" else self.current_ms

    def _begin(self, mode: Mode) -> bool:
        """Start ticks from a moment just ahead, or say why they can't play."""
        self.stop()
        why_not = self.measuring.begin(mode)
        if why_not is not None:
            (self.tap_message if mode == "tap" else self.flash_message).setText(why_not)
            return False
        self._frames.start()
        return True

    def start_tapping(self) -> None:
        if not self._begin("tap"):
            return
        self.tap_use.setEnabled(False)
        self.tap_use.setText(translate("CalibrationDialog", "Use this"))
        self.tap_start.setText(translate("CalibrationDialog", "Restart"))
        self.tap_message.setText(
            translate("CalibrationDialog", "Listen… tap on every tick you hear.")
        )
        self.pad.set_text(translate("CalibrationDialog", "Tap on each tick"))
        self.pad.setFocus()
        self.poll()

    def toggle_flashing(self) -> None:
        if self.running == "flash":
            self.stop()
            return
        if not self._begin("flash"):
            return
        self.flash_start.setText(translate("CalibrationDialog", "Stop"))
        self.flash_message.setText(
            translate(
                "CalibrationDialog", "Move the offset until the tick and the flash come together."
            )
        )
        self.slider.setFocus()
        self.poll()

    def stop(self) -> None:
        """Stop any run; ticks already handed to the output (at most one) still play."""
        self._frames.stop()
        was = self.measuring.stop()
        self.circle.set_lit(False)
        self.flash_start.setText(translate("CalibrationDialog", "Start"))
        if was == "tap":
            self.tap_start.setText(translate("CalibrationDialog", "Start"))
            self.pad.set_text(translate("CalibrationDialog", "Press Start"))
            self.tap_message.setText(translate("CalibrationDialog", "Stopped."))
            self.tap_progress.setValue(0)

    def poll(self) -> None:
        """Once a frame while ticks play: place the ticks coming up, light the flash, and
        end the tap run after its last tick."""
        frame = self.measuring.poll(self.test_offset_ms())
        if frame is None:
            return
        if frame.lit is not None:
            self.circle.set_lit(frame.lit)
        if frame.progress is not None:
            self.tap_progress.setValue(round(1000 * frame.progress))
        if frame.finished:
            self._finish_tapping()

    def _finish_tapping(self) -> None:
        self._frames.stop()
        self.tap_start.setText(translate("CalibrationDialog", "Try again"))
        self.tap_progress.setValue(1000)
        measured = self.measured
        refused = self.refused
        missing = ""
        if refused:
            missing = "\n" + translate(
                "CalibrationDialog",
                "{count} of {ticks} ticks could not be played ({reason}): try again.",
            ).format(count=len(refused), ticks=self.measuring.ticks, reason=refused[0])
        if measured is None:
            self.pad.set_text(translate("CalibrationDialog", "Try again"))
            self.tap_message.setText(not_enough_taps() + missing)
            return
        new = round(measured.new_setting_ms(self.current_ms))
        self.pad.set_text(f"{new} ms")
        self.tap_message.setText(describe_result(measured, self.current_ms) + missing)
        self.tap_use.setText(translate("CalibrationDialog", "Use {offset} ms").format(offset=new))
        self.tap_use.setEnabled(True)

    # Taps -------------------------------------------------------------------------------

    def tap(self) -> None:
        """The user heard a tick: timestamped now, on the clock the ticks were planned on.

        (Qt's event timestamps are the window system's milliseconds, not this clock.)
        """
        taps = self.measuring.tap()
        if taps is None:
            return
        if singular(taps):
            self.pad.set_text(translate("CalibrationDialog", "{count} tap").format(count=taps))
        else:
            self.pad.set_text(translate("CalibrationDialog", "{count} taps").format(count=taps))

    def key_tap(self, event: QKeyEvent) -> bool:
        """Any key but Esc and Tab is a tap while tapping; held keys repeat no taps."""
        if self.running != "tap":
            return False
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if not event.isAutoRepeat():
            self.tap()
        event.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_tap(event):
            return
        if event.key() == Qt.Key.Key_Escape and self.running is not None:
            self.stop()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.running == "tap":
            self.tap()
            event.accept()
            return
        super().mousePressEvent(event)

    # Choosing ---------------------------------------------------------------------------

    def use_tapped(self) -> None:
        if self.measured is None:
            return
        self.chosen_ms = round(self.measured.new_setting_ms(self.current_ms))
        self.accept()

    def use_flash(self) -> None:
        self.chosen_ms = self.slider.value()
        self.accept()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)
