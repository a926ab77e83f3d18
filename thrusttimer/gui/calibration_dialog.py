"""The latency calibration screen: the offset that makes the coach's sound land on the beat
through the user's own headphones (Bluetooth ones lag 100–300 ms behind what the app sees).

Two ways, whichever the user finds easier:

- **Tap along**: ticks play at exact moments and the user taps on each one they hear; the
  median lag (`audio.calibration.Calibration`) corrects the offset under test.
- **Tick meets flash**: a big circle flashes at each tick's planned moment and the user
  moves the offset until the sound and the flash come together.

Ticks go to the app's one output with `play_at`, each placed just ahead of time (`TickTrack`)
with the offset under test applied as the player would apply it; nothing is fired from a
timer. The flash is lit by a poll at frame rate against the same monotonic moments. Without
an audio device the screen says so and offers nothing else.
"""

from __future__ import annotations

import time
from typing import Final, Protocol

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.calibration import (
    LATENCY_OFFSET_MS,
    LEAD_IN_TICKS,
    MIN_TAPS,
    TICK_INTERVAL_S,
    TICKS,
    Calibration,
    CalibrationResult,
    TickTrack,
    flash_lit,
    sound_moment,
)
from thrusttimer.audio.clips import Samples
from thrusttimer.audio.player import Placer
from thrusttimer.audio.tones import cached_tone
from thrusttimer.core.clock import Clock
from thrusttimer.core.timeline import Cue, CueKind, Tone
from thrusttimer.gui import theme

FRAME_MS: Final = 16
"""The poll that places ticks and lights the flash: once a frame."""
START_AFTER_S: Final = 1.0
"""The first tick comes this long after Start: time to put a hand on the key."""
FONT_SCALE: Final = 1.3
BUTTON_HEIGHT: Final = 52
LIT: Final = QColor("#ffd23f")
NO_SOUND: Final = (
    "⚠ No audio device: ThrustTimer can't play ticks here, so there is nothing to "
    "calibrate. Connect headphones or speakers, then open this again."
)


class SoundOutput(Placer, Protocol):
    """What this screen and "test voice" need of the app's output
    (`audio.output.facade.AudioOutput`)."""

    latency_offset_s: float

    @property
    def available(self) -> bool: ...

    @property
    def ready(self) -> bool: ...


def sound_usable(output: SoundOutput | None) -> bool:
    return output is not None and output.available


def describe_result(result: CalibrationResult, current_ms: int) -> str:
    """The tap-along result in the user's words."""
    lag = round(result.offset_ms)
    if lag > 0:
        heard = f"You hear the ticks {lag} ms later than the app plays them."
    elif lag < 0:
        heard = f"You hear the ticks {-lag} ms earlier than the app plays them."
    else:
        heard = "You hear the ticks right on time."
    steady = (
        f"Your taps were steady to ±{result.spread_ms:.0f} ms "
        f"({result.used} used, {result.ignored} left out)."
    )
    new = round(result.new_setting_ms(current_ms))
    return f"{heard} {steady}\nNew latency offset: {new} ms (now {current_ms} ms)."


def not_enough_taps() -> str:
    return (
        f"Not enough taps on the beat: at least {MIN_TAPS} steady taps after the first "
        f"{LEAD_IN_TICKS} ticks are needed. Press Try again and tap on every tick you hear."
    )


class TapPad(QWidget):
    """The big target: a click, a touch or any key on it is a tap."""

    def __init__(self, dialog: CalibrationDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.setObjectName("tapPad")
        self.setAccessibleName("Tap pad")
        self.setToolTip("Tap here, or press Space or any key, on every tick you hear")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text = "Press Start"

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._dialog.tap()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._dialog.key_tap(event):
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
        self.setAccessibleName("Flash")
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


def _label(text: str = "", name: str = "", big: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if big:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class CalibrationDialog(QDialog):
    """Finds the latency offset; after `accept`, `chosen_ms` is the value to use."""

    def __init__(
        self,
        current_ms: int,
        output: SoundOutput | None,
        *,
        clock: Clock = time.monotonic,
        ticks: int = TICKS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.setWindowTitle("Calibrate the latency offset")
        size = QFont(self.font()).pointSizeF() * FONT_SCALE
        self.setStyleSheet(f"QWidget {{ font-size: {size:.1f}pt; }}")
        low, high = int(LATENCY_OFFSET_MS.low), int(LATENCY_OFFSET_MS.high)
        self.current_ms = min(max(int(current_ms), low), high)
        self.chosen_ms: int | None = None
        self.measured: CalibrationResult | None = None
        self.output = output
        self._clock = clock
        self._ticks = ticks
        self._tick_clip: Samples | None = None
        self._mode: str | None = None
        """"tap" or "flash" while ticks play, else None."""
        self._track: TickTrack | None = None
        self._calibration: Calibration | None = None
        self.placed: list[tuple[float, float]] = []
        """(planned moment, moment handed to the output) for each tick of the last run."""
        self.refused: list[str] = []
        """Why ticks of the last run could not be played."""

        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.poll)

        layout = QVBoxLayout(self)
        title = _label("Match the coach's sound to the beat", big=True)
        title.setStyleSheet(f"font-size: {size * 1.4:.1f}pt;")
        layout.addWidget(title)
        layout.addWidget(
            _label(
                "Wear the headphones or speakers you train with. Bluetooth headphones "
                f"often lag 100–300 ms. The latency offset now: {self.current_ms} ms."
            )
        )
        self.no_sound = _label(NO_SOUND, "noSound", big=True)
        self.no_sound.setProperty("role", "error")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("calibrationModes")
        self.tabs.addTab(self._build_tap_page(), "Tap along")
        self.tabs.addTab(self._build_flash_page(), "Tick meets flash")
        self.tabs.currentChanged.connect(lambda _: self.stop())
        layout.addWidget(self.no_sound)
        layout.addWidget(self.tabs, 1)
        close = QPushButton("Close")
        close.setAccessibleName("Close")
        close.setToolTip("Leave the latency offset as it is (Esc)")
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

    # Building ---------------------------------------------------------------------------

    def _button(self, text: str, tip: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.setMinimumHeight(BUTTON_HEIGHT)
        button.setAutoDefault(False)
        return button

    def _build_tap_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            _label(
                f"Press Start, then tap Space (or any key, or click the pad) on every tick "
                f"you hear: {self._ticks} ticks, {TICK_INTERVAL_S:g} s apart. Listen, don't "
                f"watch. The first {LEAD_IN_TICKS} ticks are for finding the beat."
            )
        )
        self.pad = TapPad(self)
        column.addWidget(self.pad, 1)
        self.tap_progress = QProgressBar()
        self.tap_progress.setObjectName("tapProgress")
        self.tap_progress.setAccessibleName("Calibration progress")
        self.tap_progress.setRange(0, 1000)
        self.tap_progress.setTextVisible(False)
        column.addWidget(self.tap_progress)
        self.tap_message = _label(name="tapMessage", big=True)
        self.tap_message.setAccessibleName("Calibration result")
        column.addWidget(self.tap_message)
        row = QHBoxLayout()
        self.tap_start = self._button(
            "Start", "Play the ticks and start counting your taps", "tapStart"
        )
        self.tap_start.clicked.connect(self.start_tapping)
        self.tap_use = self._button(
            "Use this", "Put the measured offset into the latency field", "tapUse"
        )
        self.tap_use.setEnabled(False)
        self.tap_use.clicked.connect(self.use_tapped)
        row.addWidget(self.tap_start)
        row.addWidget(self.tap_use)
        row.addStretch(1)
        column.addLayout(row)
        return page

    def _build_flash_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            _label(
                "Press Start: the circle flashes on every tick. Move the offset until you "
                "hear each tick exactly when you see the flash. ← → move it 5 ms, ↑ ↓ in "
                "the box 1 ms."
            )
        )
        self.circle = FlashCircle()
        column.addWidget(self.circle, 1)
        row = QHBoxLayout()
        label = QLabel("Offset")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("offsetSlider")
        self.slider.setAccessibleName("Latency offset under test")
        self.slider.setToolTip("Later sound → move right. ← → 5 ms, PgUp/PgDn 50 ms")
        self.slider.setRange(int(LATENCY_OFFSET_MS.low), int(LATENCY_OFFSET_MS.high))
        self.slider.setSingleStep(5)
        self.slider.setPageStep(50)
        self.slider.setMinimumHeight(BUTTON_HEIGHT)
        self.offset = QSpinBox()
        self.offset.setObjectName("offsetSpin")
        self.offset.setAccessibleName("Latency offset under test, ms")
        self.offset.setToolTip(f"↑ ↓ 1 ms — {LATENCY_OFFSET_MS.allowed}")
        self.offset.setRange(int(LATENCY_OFFSET_MS.low), int(LATENCY_OFFSET_MS.high))
        self.offset.setSingleStep(1)
        self.offset.setSuffix(" ms")
        self.offset.setMinimumHeight(BUTTON_HEIGHT)
        self.offset.setMinimumWidth(160)
        self.slider.valueChanged.connect(self.offset.setValue)
        self.offset.valueChanged.connect(self.slider.setValue)
        self.offset.setValue(self.current_ms)
        self.slider.setValue(self.current_ms)
        label.setBuddy(self.slider)
        row.addWidget(label)
        row.addWidget(self.slider, 1)
        row.addWidget(self.offset)
        column.addLayout(row)
        self.flash_message = _label(name="flashMessage")
        column.addWidget(self.flash_message)
        buttons = QHBoxLayout()
        self.flash_start = self._button(
            "Start", "Flash the circle and play a tick with it, until Stop", "flashStart"
        )
        self.flash_start.clicked.connect(self.toggle_flashing)
        self.flash_use = self._button(
            "Use this offset", "Put the offset shown into the latency field", "flashUse"
        )
        self.flash_use.clicked.connect(self.use_flash)
        buttons.addWidget(self.flash_start)
        buttons.addWidget(self.flash_use)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return page

    # Running ----------------------------------------------------------------------------

    @property
    def running(self) -> str | None:
        """ "tap" or "flash" while ticks play."""
        return self._mode

    def test_offset_ms(self) -> int:
        """The offset the ticks are played with: the saved-to-be one while tapping, the
        slider's while matching the flash."""
        return self.slider.value() if self._mode == "flash" else self.current_ms

    def _begin(self, mode: str, count: int | None) -> TickTrack | None:
        """Start ticks from a moment just ahead, or say why they can't play."""
        self.stop()
        output = self.output
        message = self.tap_message if mode == "tap" else self.flash_message
        if output is None or not output.available:
            message.setText(NO_SOUND)
            return None
        if not output.ready:
            message.setText("The audio output is still starting: press Start again in a moment.")
            return None
        if self._tick_clip is None:
            # The workout's own tick at full volume, from the clip cache (made there by the
            # speech worker; made here only if it is missing).
            self._tick_clip = cached_tone(Tone.TICK, output.fmt, 1.0, ClipCache())
        self._mode = mode
        self.placed = []
        self.refused = []
        self._track = TickTrack(self._clock() + START_AFTER_S, TICK_INTERVAL_S, count)
        self._timer.start()
        return self._track

    def start_tapping(self) -> None:
        track = self._begin("tap", self._ticks)
        if track is None:
            return
        self.measured = None
        self._calibration = Calibration(track.start, track.interval_s, self._ticks)
        self.tap_use.setEnabled(False)
        self.tap_use.setText("Use this")
        self.tap_start.setText("Restart")
        self.tap_message.setText("Listen… tap on every tick you hear.")
        self.pad.set_text("Tap on each tick")
        self.pad.setFocus()
        self.poll()

    def toggle_flashing(self) -> None:
        if self._mode == "flash":
            self.stop()
            return
        if self._begin("flash", None) is None:
            return
        self.flash_start.setText("Stop")
        self.flash_message.setText("Move the offset until the tick and the flash come together.")
        self.slider.setFocus()
        self.poll()

    def stop(self) -> None:
        """Stop any run; ticks already handed to the output (at most one) still play."""
        self._timer.stop()
        was = self._mode
        self._mode = None
        self._track = None
        self.circle.set_lit(False)
        self.flash_start.setText("Start")
        if was == "tap":
            self._calibration = None
            self.tap_start.setText("Start")
            self.pad.set_text("Press Start")
            self.tap_message.setText("Stopped.")
            self.tap_progress.setValue(0)

    def poll(self) -> None:
        """Once a frame while ticks play: place the ticks coming up, light the flash, and
        end the tap run after its last tick."""
        track = self._track
        if track is None:
            return
        now = self._clock()
        offset_ms = self.test_offset_ms()
        for tick in track.due(now, offset_ms):
            self._place(tick, offset_ms)
        if self._mode == "flash":
            self.circle.set_lit(
                flash_lit(now, track.start, track.interval_s, lead_s=FRAME_MS / 2000)
            )
        elif self._mode == "tap" and self._calibration is not None:
            calibration = self._calibration
            total = calibration.end - calibration.start + START_AFTER_S
            done = (now - calibration.start + START_AFTER_S) / total
            self.tap_progress.setValue(round(1000 * min(max(done, 0.0), 1.0)))
            if now >= calibration.end:
                self._finish_tapping(calibration)

    def _place(self, tick: float, offset_ms: int) -> None:
        output = self.output
        assert output is not None
        assert self._tick_clip is not None
        at = sound_moment(tick, output.latency_offset_s * 1000, offset_ms)
        tag = Cue(len(self.placed) + len(self.refused), "calibration.tick", "", CueKind.COUNT,
                  tone=Tone.TICK)  # fmt: skip
        result = output.play_at(tag, self._tick_clip, at, CueKind.COUNT, spoken=False)
        if result.placed:
            self.placed.append((tick, at))
        else:
            self.refused.append(result.reason)

    def _finish_tapping(self, calibration: Calibration) -> None:
        self._timer.stop()
        self._mode = None
        self._track = None
        self._calibration = None
        self.tap_start.setText("Try again")
        self.tap_progress.setValue(1000)
        self.measured = calibration.result()
        missing = ""
        if self.refused:
            missing = (
                f"\n{len(self.refused)} of {self._ticks} ticks could not be played "
                f"({self.refused[0]}): try again."
            )
        if self.measured is None:
            self.pad.set_text("Try again")
            self.tap_message.setText(not_enough_taps() + missing)
            return
        new = round(self.measured.new_setting_ms(self.current_ms))
        self.pad.set_text(f"{new} ms")
        self.tap_message.setText(describe_result(self.measured, self.current_ms) + missing)
        self.tap_use.setText(f"Use {new} ms")
        self.tap_use.setEnabled(True)

    # Taps -------------------------------------------------------------------------------

    def tap(self) -> None:
        """The user heard a tick: timestamped now, on the clock the ticks were planned on.

        (Qt's event timestamps are the window system's milliseconds, not this clock.)
        """
        if self._mode != "tap" or self._calibration is None:
            return
        self._calibration.tap(self._clock())
        taps = len(self._calibration.taps)
        self.pad.set_text(f"{taps} tap{'s' if taps != 1 else ''}")

    def key_tap(self, event: QKeyEvent) -> bool:
        """Any key but Esc and Tab is a tap while tapping; held keys repeat no taps."""
        if self._mode != "tap":
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
        if event.key() == Qt.Key.Key_Escape and self._mode is not None:
            self.stop()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._mode == "tap":
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
