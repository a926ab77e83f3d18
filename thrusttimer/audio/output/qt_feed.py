"""The QAudioSink stream feed: a QThread that keeps one sink open and fills it from the mixer.

Windows and macOS play through it, and Linux where libpulse or a server is missing
(`probe.use_pulse_feed`). The sink runs on its own QThread in pull mode, so a stalled GUI
cannot starve it. Each time it pulls audio, `StreamClock` notes how much it has consumed;
that is how a moment on the monotonic clock becomes a frame of the stream.

PySide6 6.12 pitfalls this code works around (see AUDIO-CAPTURE.md): `readData` must return
`bytes` of at most `maxlen`, `bytesAvailable` must be overridden, the first `readData` runs
inside `start()`, `stateChanged` cannot be connected from Python (state and error are
polled), underruns are silent (the clock sees them as jumps), and a dead server leaves the
sink Active (a watchdog notices that nothing is being consumed).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QIODevice, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.output.probe import pulse_socket, socket_answers
from thrusttimer.runtime import thread_state

if TYPE_CHECKING:
    from thrusttimer.audio.output.facade import AudioOutput

log = logging.getLogger(__name__)

OUTPUT_LATENCY_S = 0.016
"""From the moment the sink consumes a frame to the moment it is heard; measured through a
PulseAudio null sink (benchmarks/cue_timing.py). The user's latency offset adds to it."""
BUFFER_S = 0.100
"""The sink's buffer. The mix is placed ahead by the clock, so its size does not move cues;
it only sets how long the audio thread may wait (for the GIL, mostly) before an underrun."""
FILL_EVERY_S = 0.016
"""Qt asks the feed for more after each ~5 ms the sound server takes from the sink's
buffer: it asks `bytesAvailable`, then reads. Each is a call into Python, and ~190 asks a
second cost ~3 % of a core with the stream silent. The feed says it has data only once this
long has passed since its last top-up, so it renders every ~16-21 ms (the third or fourth
ask) and at least 75 ms stay queued. A top-up still follows a take of the server's at once,
so the clock's readings are as early as before."""
WATCHDOG_S = 0.25
"""No audio consumed for this long while Active means the server is gone."""
STARTUP_GRACE_S = 4.0
"""A fresh stream on an idle server takes a chunk, then stalls for up to ~2 s: until its
clock has been steady once, the watchdog allows this long without a read."""
POLL_MS = 50
RETRY_S = 2.0
"""While silent, look for a working default output this often."""

_SAMPLE_TYPES: dict[QAudioFormat.SampleFormat, tuple[str, float, float]] = {
    # numpy type, scale, offset
    QAudioFormat.SampleFormat.Int16: ("<i2", 32767.0, 0.0),
    QAudioFormat.SampleFormat.Int32: ("<i4", 2147483647.0, 0.0),
    QAudioFormat.SampleFormat.Float: ("<f4", 1.0, 0.0),
    QAudioFormat.SampleFormat.UInt8: ("u1", 127.0, 128.0),
}


@dataclass(slots=True)
class _Gate:
    next_fill: float = 0.0
    """`time.monotonic()` from which the feed offers data again (0: at once)."""


@dataclass(slots=True)
class _Stream:
    """One open QAudioSink and what belongs to it."""

    device: QAudioDevice
    sink: QAudioSink
    feed: _Feed
    bytes_per_frame: int
    dtype: str
    scale: float
    offset: float
    written: int = 0
    buffer_bytes: int = 0
    """The sink's buffer size, read once it has started (0 until then)."""
    last_pull: float = field(default_factory=time.monotonic)
    established: bool = False
    """Its clock has been steady once: from then on the watchdog is strict."""
    gate: _Gate = field(default_factory=_Gate)
    """When the next top-up is due (`FILL_EVERY_S`); the feed reads it on every ask."""
    asleep: bool = False
    """Suspended (corked) while nothing will play: see `AudioOutput.sleep`."""
    _silence: bytes = b""

    def silence(self, frames: int) -> bytes:
        """`frames` frames of silence in the sink's format, from a block made once."""
        size = frames * self.bytes_per_frame
        if len(self._silence) < size:
            # Room for reads up to four times this one before it is made again.
            samples = 4 * size // np.dtype(self.dtype).itemsize
            self._silence = np.full(samples, self.offset, dtype=self.dtype).tobytes()
        return self._silence[:size]


class _Feed(QIODevice):
    """The sink pulls from this: each read renders the next frames of the mix. Between
    top-ups (`FILL_EVERY_S`) it says it has nothing, so Qt does not read."""

    def __init__(self, pull: Callable[[int], bytes], gate: _Gate) -> None:
        super().__init__()
        self._pull = pull
        self._gate = gate

    def readData(self, maxlen: int) -> bytes:
        data = self._pull(maxlen)
        return data if len(data) <= maxlen else data[:maxlen]

    def writeData(self, data: bytes | bytearray | memoryview, length: int) -> int:
        return -1

    def bytesAvailable(self) -> int:
        return 1 << 30 if time.monotonic() >= self._gate.next_fill else 0

    def isSequential(self) -> bool:
        return True


class SinkWorker(QObject):
    """Owns the sink on the audio thread: opens it, feeds it, watches it, moves it."""

    notice = Signal(str)
    restarted = Signal()
    lost = Signal(list)

    def __init__(self, output: AudioOutput) -> None:
        super().__init__()
        self._out = output
        self._stream: _Stream | None = None
        self._devices: QMediaDevices | None = None
        self._timer: QTimer | None = None
        self._silent_since: float | None = None
        self._server_socket: str | None = None
        """The sound server's socket, when one answered as the stream opened."""
        self._server_gone = False
        self._python_state: int | None = None

    @Slot()
    def begin(self) -> None:
        # Kept for the thread's life: Qt calls into Python here ~250 times a second.
        self._python_state = thread_state.hold()
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._open(QMediaDevices.defaultAudioOutput())
        self._out._opened.set()

    @Slot()
    def sleep(self) -> None:
        stream = self._stream
        if stream is None or stream.asleep:
            return
        stream.sink.suspend()
        stream.asleep = True
        self._out.asleep = True
        if self._timer is not None:
            self._timer.stop()  # nothing to watch: a corked stream reads nothing
        log.info("audio output asleep")

    @Slot()
    def wake(self) -> None:
        if self._timer is not None and not self._timer.isActive():
            self._timer.start()
        stream = self._stream
        if stream is not None and stream.asleep:
            # The stream resumes from where it stopped while the system clock ran on: its
            # clock finds where it now sits (keeping its rate), and the watchdog allows a
            # fresh stream's start-up again.
            self._out.clock.resume()
            stream.established = False
            stream.last_pull = time.monotonic()
            stream.asleep = False
            stream.sink.resume()
            log.info("audio output awake")
        # Last: the window thread reads `ready` as awake and steady, and the clock from
        # before the sleep must not look steady for a moment in between.
        self._out.asleep = False

    @Slot()
    def end(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._close()
        thread_state.release(self._python_state)
        self._python_state = None
        thread = QThread.currentThread()
        thread.quit()

    def _open(self, device: QAudioDevice) -> bool:
        self._close()
        if device.isNull():
            self._go_silent(self.tr("no audio output: the workout goes on without sound"))
            return False
        fmt = self._choose_format(device)
        dtype, scale, offset = _SAMPLE_TYPES[fmt.sampleFormat()]
        sink = QAudioSink(device, fmt, self)
        bpf = fmt.bytesPerFrame()
        sink.setBufferSize(int(BUFFER_S * fmt.sampleRate()) * bpf)
        gate = _Gate()
        feed = _Feed(self._pull, gate)
        stream = _Stream(device, sink, feed, bpf, dtype, scale, offset, gate=gate)
        self._out._set_format(AudioFormat(fmt.sampleRate(), fmt.channelCount()))
        # The feed reads the stream and the mixer: both must be ready before start(),
        # which already pulls the first block.
        self._stream = stream
        stream.feed.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)
        stream.last_pull = time.monotonic()
        sink.start(stream.feed)
        stream.buffer_bytes = sink.bufferSize()
        log.debug("sink started: %s %s", sink.state(), sink.error())
        if sink.error().name != "NoError" or sink.state().name == "StoppedState":
            self._close()
            self._go_silent(
                self.tr("cannot open {output}: the workout goes on silently").format(
                    output=repr(device.description())
                )
            )
            return False
        self._silent_since = None
        self._out.silent = False
        self._out.asleep = False
        path = pulse_socket()
        self._server_socket = path if path and socket_answers(path) else None
        self._out._set_device(device.description())
        log.info("audio output %r at %s", device.description(), self._out.fmt)
        return True

    def _choose_format(self, device: QAudioDevice) -> QAudioFormat:
        fmt = device.preferredFormat()
        if fmt.sampleFormat() not in _SAMPLE_TYPES:
            fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if fmt.channelCount() < 1:
            fmt.setChannelCount(2)
        if fmt.sampleRate() <= 0:
            fmt.setSampleRate(48_000)
        return fmt

    def _close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        stream.sink.stop()
        stream.feed.close()
        stream.sink.deleteLater()
        self._out._stream_closed()

    def _server_died(self) -> bool:
        """True when the sound server we played through no longer answers. Qt's PulseAudio
        backend aborts the process (a libpulse assertion) if a sink is started after that,
        so from then on this process stays silent."""
        if self._server_socket is not None and not socket_answers(self._server_socket):
            self._server_gone = True
        return self._server_gone

    def _go_silent(self, why: str) -> None:
        self._silent_since = time.monotonic()
        self._out._set_device(None)
        self._out.silent = True
        self.notice.emit(why)

    def _pull(self, maxlen: int) -> bytes:
        stream = self._stream
        if stream is None:
            return b""
        now = time.monotonic()
        bpf = stream.bytes_per_frame
        frames = maxlen // bpf
        if frames <= 0:
            return b""
        # What the sink holds is its buffer less the room it asks to fill. No Qt call here:
        # each one gives up the GIL, and winning it back from a busy main thread costs up
        # to a switch interval (5 ms). When Qt splits a read, maxlen is less than the room,
        # which only makes this reading late, and the clock keeps the earliest readings.
        consumed = stream.written - max(0, stream.buffer_bytes - maxlen) // bpf
        if stream.written > 0 and stream.buffer_bytes and consumed >= 0:
            jump = self._out.clock.observe(now, consumed)
            if self._out.trace is not None:
                self._out.trace.reading(now, consumed)
                if jump:
                    self._out.trace.jump(now, jump)
            if jump:
                # Keep what is placed ahead on time: the stream now runs `jump` later.
                late = self._out.mixer.shift(-round(jump * self._out.fmt.rate))
                log.info("audio clock jumped %+.1f ms at frame %d", jump * 1000, consumed)
                if late:
                    self.lost.emit(late)
        block = self._out.mixer.render_sound(frames)
        stream.written += frames
        stream.last_pull = now
        stream.gate.next_fill = now + FILL_EVERY_S
        if block is None:
            return stream.silence(frames)
        if stream.offset:
            block = block * stream.scale + stream.offset
        elif stream.scale != 1.0:
            block = block * stream.scale
        return np.ascontiguousarray(block.astype(stream.dtype)).tobytes()

    def _poll(self) -> None:
        stream = self._stream
        now = time.monotonic()
        if stream is None:
            retry_due = self._silent_since is not None and now - self._silent_since >= RETRY_S
            if retry_due and not self._server_died():
                device = QMediaDevices.defaultAudioOutput()
                self._silent_since = now
                if not device.isNull() and self._open(device):
                    self.notice.emit(
                        self.tr("sound is back on {output}").format(
                            output=repr(device.description())
                        )
                    )
                    self.restarted.emit()
            return
        error = stream.sink.error()
        if not stream.established and self._out.clock.steady:
            stream.established = True
        quiet = now - stream.last_pull
        stalled = quiet > (WATCHDOG_S if stream.established else STARTUP_GRACE_S)
        if error.name in ("OpenError", "FatalError", "IOError") or (
            stalled and stream.sink.state().name == "ActiveState"
        ):
            if error.name != "NoError":
                why = self.tr("audio error {error}").format(error=error.name)
            else:
                why = self.tr("stalled")
            log.warning("audio output %r %s", stream.device.description(), why)
            if self._server_died():
                self._close()
                self._go_silent(self.tr("the sound server stopped: the workout goes on silently"))
                self.restarted.emit()
                return
            self._move_to(
                QMediaDevices.defaultAudioOutput(),
                self.tr("sound stopped ({reason})").format(reason=why),
            )

    def _on_outputs_changed(self) -> None:
        if self._server_died():
            return
        device = QMediaDevices.defaultAudioOutput()
        stream = self._stream
        if stream is not None and not device.isNull() and device.id() == stream.device.id():
            return
        self._move_to(device, self.tr("the audio output changed"))

    def _move_to(self, device: QAudioDevice, why: str) -> None:
        if self._open(device):
            self.notice.emit(
                self.tr("{reason}: now playing on {output}").format(
                    reason=why, output=repr(device.description())
                )
            )
        self.restarted.emit()
