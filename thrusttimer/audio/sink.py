"""The one output stream: a QAudioSink kept open for the app's lifetime, fed by the mixer.

The sink runs on its own QThread in pull mode, so a stalled GUI cannot starve it. Each
time it pulls audio, `StreamClock` notes how much it has consumed; that is how a moment
on the monotonic clock becomes a frame of the stream. `AudioOutput` is the thread-safe
face the player uses: `play_at(clip, t_mono)`, `cancel()`.

PySide6 6.12 pitfalls this code works around (see AUDIO-CAPTURE.md): `readData` must return
`bytes` of at most `maxlen`, `bytesAvailable` must be overridden, the first `readData` runs
inside `start()`, `stateChanged` cannot be connected from Python (state and error are
polled), underruns are silent (the clock sees them as jumps), and a dead server leaves the
sink Active (a watchdog notices that nothing is being consumed).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QIODevice, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices

from thrusttimer.audio import clocktrace, libpulse
from thrusttimer.audio.clips import FULL_SCALE, AudioFormat, Samples
from thrusttimer.audio.mixer import Mixer
from thrusttimer.audio.player import Scheduled
from thrusttimer.audio.pulse_feed import PulseFeed, make_clock
from thrusttimer.audio.qtplugins import skip_media_backend
from thrusttimer.audio.streamclock import StreamClock
from thrusttimer.core.model import CueKind

log = logging.getLogger(__name__)

_STUCK: list[tuple[QThread, QObject]] = []
"""Audio threads that never came back from a frozen sound server, kept so Qt never
destroys a running thread."""

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
SWITCH_INTERVAL_S = 0.001
"""Python's GIL switch interval while the output is open. A main thread busy in Python
holds the GIL for this long before the audio thread gets a turn (default 5 ms), and the
sink asks for data every ~5 ms: with 1 ms a 300 ms Python stall no longer underruns."""
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


def pulse_socket() -> str | None:
    """The PulseAudio (or pipewire-pulse) server's socket this process would use, if local."""
    address = os.environ.get("PULSE_SERVER")
    if address:
        for part in address.split():
            if part.startswith("unix:"):
                return part[5:]
            if part.startswith("/"):
                return part
        return None
    runtime = os.environ.get("PULSE_RUNTIME_PATH")
    if not runtime and os.environ.get("XDG_RUNTIME_DIR"):
        runtime = os.path.join(os.environ["XDG_RUNTIME_DIR"], "pulse")
    return os.path.join(runtime, "native") if runtime else None


def socket_answers(path: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.2)
        try:
            probe.connect(path)
        except OSError:
            return False
    return True


BACKEND_ENV = "THRUSTTIMER_AUDIO_BACKEND"
"""`pulse` or `qt` to choose the output path (benchmarks compare them); unset: pulse when
the PulseAudio client library is there and a server (PulseAudio or PipeWire) answers."""


def use_pulse_feed() -> bool:
    """True when the output should write to the sound server itself (`pulse_feed`); else
    the QAudioSink path, which is what Windows and macOS use."""
    choice = os.environ.get(BACKEND_ENV, "").strip().lower()
    if choice == "qt" or libpulse.load() is None:
        return False
    if choice == "pulse":
        return True
    path = pulse_socket()
    return path is not None and socket_answers(path)


def _float_frames(clip: Samples, channels: int) -> bytes:
    """An int16 clip as the float32 frames a server stream takes."""
    block = clip.astype(np.float32) * np.float32(1 / FULL_SCALE)
    if block.shape[1] != channels:
        block = np.repeat(block[:, :1], channels, axis=1)
    return np.ascontiguousarray(block, dtype="<f4").tobytes()


def default_output_available() -> bool:
    """True when the system has an audio output to open (an audio server is running)."""
    return not QMediaDevices.defaultAudioOutput().isNull()


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


def _hold_python_thread_state() -> int | None:
    """Keep this Qt thread's Python thread state alive between calls into Python.

    Each call from Qt into Python on a thread Python did not start (the sink's `readData`,
    some 200 a second) makes a fresh thread state and frame stack and frees them on return:
    measured, that was most of what an idle open stream cost (mmap, page faults, ~100 µs a
    call). One more `PyGILState_Ensure` here keeps the state for the thread's life.
    """
    try:
        ensure = ctypes.pythonapi.PyGILState_Ensure
    except AttributeError:  # not CPython
        return None
    ensure.restype = ctypes.c_int
    return int(ensure())


def _release_python_thread_state(state: int | None) -> None:
    if state is not None:
        release = ctypes.pythonapi.PyGILState_Release
        release.argtypes = [ctypes.c_int]
        release(state)


class _Worker(QObject):
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
        self._python_state = _hold_python_thread_state()
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
        _release_python_thread_state(self._python_state)
        self._python_state = None
        thread = QThread.currentThread()
        thread.quit()

    def _open(self, device: QAudioDevice) -> bool:
        self._close()
        if device.isNull():
            self._go_silent("no audio output: the workout goes on without sound")
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
            self._go_silent(f"cannot open {device.description()!r}: the workout goes on silently")
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
                    self.notice.emit(f"sound is back on {device.description()!r}")
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
            why = f"audio error {error.name}" if error.name != "NoError" else "stalled"
            log.warning("audio output %r %s", stream.device.description(), why)
            if self._server_died():
                self._close()
                self._go_silent("the sound server stopped: the workout goes on silently")
                self.restarted.emit()
                return
            self._move_to(QMediaDevices.defaultAudioOutput(), f"sound stopped ({why})")

    def _on_outputs_changed(self) -> None:
        if self._server_died():
            return
        device = QMediaDevices.defaultAudioOutput()
        stream = self._stream
        if stream is not None and not device.isNull() and device.id() == stream.device.id():
            return
        self._move_to(device, "the audio output changed")

    def _move_to(self, device: QAudioDevice, why: str) -> None:
        if self._open(device):
            self.notice.emit(f"{why}: now playing on {device.description()!r}")
        self.restarted.emit()


def exit_if_stuck(code: int) -> None:
    """End the process now, with `code`, when an audio thread is stuck in a frozen sound
    server: Qt would abort on destroying it, or hang in the client library's teardown.

    Everything the app keeps is written by then (sets as they end, the event log closed);
    only the process's destructors are skipped.
    """
    if not _STUCK:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    logging.shutdown()
    os._exit(code)


class AudioOutput(QObject):
    """The app's sound: one stream on a worker thread, and the mixer it plays. On Linux the
    thread writes to the sound server itself (`pulse_feed.PulseFeed`); elsewhere, or with
    no server, it is a QAudioSink on a QThread (`_Worker`).

    `notice(str)` tells the user about a device that changed, vanished or never existed;
    `restarted()` means anything scheduled is gone and should be planned again; `lost(tags)`
    gives clips dropped because an underrun made them late.
    """

    notice = Signal(str)
    restarted = Signal()
    lost = Signal(list)

    def __init__(self, latency_offset_s: float = 0.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        skip_media_backend()
        self.latency_offset_s = latency_offset_s
        self.output_latency_s = OUTPUT_LATENCY_S
        self.fmt = AudioFormat()
        self.mixer: Mixer[Any] = Mixer(self.fmt.channels)
        self.clock = StreamClock(self.fmt.rate)
        self.trace = clocktrace.from_env()
        """THRUSTTIMER_CLOCK_TRACE: a record of the clock's readings, for offline replay."""
        self.device: str | None = None
        self.silent = False
        """No output could be opened: cues are dropped until one can."""
        self.asleep = False
        """The stream is suspended (`sleep`) until `wake`."""
        self._lock = threading.Lock()
        self._opened = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("thrusttimer-audio")
        self._worker = _Worker(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.begin)
        self._worker.notice.connect(self.notice)
        self._worker.restarted.connect(self.restarted)
        self._worker.lost.connect(self.lost)
        self._pulse: PulseFeed | None = None
        self._devices: QMediaDevices | None = None
        self._default_id = b""
        self.default_description = "the default output"
        """The server's default output, which the PulseAudio path plays on."""
        self._make_clock: Callable[[int], StreamClock] = StreamClock
        self._closed = False

    @property
    def latency_s(self) -> float:
        """Consumed-to-heard time: the measured output latency plus the user's offset."""
        return self.output_latency_s + self.latency_offset_s

    @property
    def available(self) -> bool:
        return self.device is not None

    @property
    def ready(self) -> bool:
        """True when cues can be placed: a device is playing and its clock is steady."""
        if self._pulse is not None and self._pulse.stalled:
            return False
        return self.available and not self.asleep and self.clock.steady

    def sleep(self) -> None:
        """Suspend the stream while nothing will play for a long while (the app idle after
        a workout): an open stream costs ~2-3 % of a core even when silent, a suspended one
        nothing. The device may then sleep too (a Bluetooth speaker), so `wake` comes
        before anything is played, and takes a resumed stream's settling time (~0.5-0.8 s
        through a null sink)."""
        if self._pulse is not None and not self._closed:
            self.asleep = True
            self._pulse.sleep()
        elif self._thread.isRunning() and not self._closed:
            self.asleep = True
            QTimer.singleShot(0, self._worker, self._worker.sleep)

    def wake(self) -> None:
        """Resume a stream put to `sleep`; `ready` follows once its clock is steady again."""
        if self._pulse is not None and not self._closed:
            self._pulse.wake()
        elif self._thread.isRunning() and not self._closed and self.asleep:
            QTimer.singleShot(0, self._worker, self._worker.wake)

    def start(self) -> None:
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        if use_pulse_feed():
            # The server's own latency answer places the stream: nothing to add to it.
            self.output_latency_s = 0.0
            self._make_clock = make_clock
            self.clock = make_clock(self.fmt.rate)
            self._watch_default_output()
            self._pulse = PulseFeed(self)
            self._pulse.start()
            return
        self._thread.start()

    def _watch_default_output(self) -> None:
        """The PulseAudio path plays on the server's default output; when the user picks
        another one, the stream moves there (QMediaDevices hears the server's events)."""
        self._devices = QMediaDevices(self)
        self._note_default_output()
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)

    def _note_default_output(self) -> bool:
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return False
        identity = bytes(device.id().data())
        changed = bool(self._default_id) and identity != self._default_id
        self._default_id = identity
        self.default_description = device.description()
        return changed

    def _on_outputs_changed(self) -> None:
        if self._note_default_output() and self._pulse is not None:
            self._pulse.move("the audio output changed")

    @property
    def _opened_event(self) -> threading.Event:
        """Set once the output has tried its first stream (opened or gone silent)."""
        return self._pulse.opened if self._pulse is not None else self._opened

    def wait_opened(self, timeout_s: float = 5.0) -> bool:
        return self._opened_event.wait(timeout_s)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._pulse is not None:
            self._pulse.close()
        if self._thread.isRunning():
            QTimer.singleShot(0, self._worker, self._worker.end)
            if not self._thread.wait(3000):
                # Stuck in the sound server's client library (a frozen server): destroying
                # a running QThread aborts the process, so it is kept for the process's
                # life and the process ends without waiting for it (`exit_code`).
                log.warning("the sound server is not answering: the audio thread is left")
                _STUCK.append((self._thread, self._worker))
                return
        self._worker.deleteLater()

    # Called by the worker (audio thread) ----------------------------------------------

    def _set_format(self, fmt: AudioFormat) -> None:
        with self._lock:
            if fmt != self.fmt:
                self.fmt = fmt
                self.clock = self._make_clock(fmt.rate)
                self.mixer = Mixer(fmt.channels)
            self.clock.reset()
            self.mixer.reset()
        if self.trace is not None:
            self.trace.opened(fmt.rate)

    def _set_device(self, name: str | None) -> None:
        self.device = name

    def _stream_closed(self) -> None:
        self.device = None
        self.clock.reset()
        self.mixer.reset()

    # The player's side --------------------------------------------------------------

    def play_at(
        self,
        tag: Any,
        clip: Samples,
        t_mono: float,
        kind: CueKind,
        spoken: bool,
        asap: bool = False,
    ) -> Scheduled:
        """Place `clip` so that it is heard at `t_mono`. With `asap`, a moment that has
        already passed means "as soon as possible" instead of "too late"."""
        with self._lock:
            mixer, clock = self.mixer, self.clock
        if not self.available:
            return Scheduled(False, t_mono, "no audio output")
        if self.asleep:
            return Scheduled(False, t_mono, "the audio output is asleep")
        if self._pulse is not None and self._pulse.stalled:
            return Scheduled(False, t_mono, "the sound server is not answering")
        if not clock.steady:
            return Scheduled(False, t_mono, "the audio output is starting")
        latency = self.latency_s
        exact = clock.frame_at(t_mono - latency)
        if exact is None:
            return Scheduled(False, t_mono, "the audio output is starting")
        frame = round(exact)
        if asap and frame <= mixer.frame and self._pulse is not None:
            # Too late for the cue stream's queue: the prompt stream plays it at once.
            delay = self._pulse.play_now(_float_frames(clip, self.fmt.channels))
            if delay is not None:
                return Scheduled(True, time.monotonic() + delay)
        if asap:
            frame = max(frame, mixer.frame + 1)
        result = mixer.add(tag, clip, frame, kind, spoken)
        heard = clock.time_of(frame)
        if not result.placed:
            reason = result.reason
            if reason.startswith("late by"):
                late_ms = (mixer.frame - frame) / self.fmt.rate * 1000
                reason = f"late by {late_ms:.1f} ms"
            return Scheduled(False, t_mono, reason)
        assert heard is not None
        if self.trace is not None:
            self.trace.placed(t_mono, latency, frame)
        return Scheduled(True, heard + latency, displaced=result.displaced)

    def cancel(self) -> list[Any]:
        """Drop everything not yet heard; returns the tags that will not be heard at all."""
        return self.mixer.cancel()

    def wait_steady(self, timeout_s: float, pump: Callable[[], None]) -> bool:
        """Wait (calling `pump` to keep the event loop alive) until cues can be placed, the
        output turns out to be missing, or `timeout_s` passes."""
        deadline = time.monotonic() + timeout_s
        self.wait_opened(timeout_s)
        while time.monotonic() < deadline:
            pump()
            if self.ready or (self._opened_event.is_set() and self.silent):
                break
            time.sleep(0.01)
        return self.ready
