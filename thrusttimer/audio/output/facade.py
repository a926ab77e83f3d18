"""`AudioOutput`: the app's one sound output, as the rest of the app uses it.

It places clips at monotonic moments (`play_at`, `cancel`), sleeps and wakes the stream,
says when cues can be placed (`ready`, `wait_steady`) and what went wrong (`notice`,
`restarted`, `lost`), and leaves the stream itself to a feed on its own thread:
`pulse_feed` where a PulseAudio or PipeWire server answers, else `qt_feed` (`probe`).

QtMultimedia (with `qt_feed`) is imported only when the QAudioSink path is taken: the
PulseAudio path hears the default output change through libpulse itself, and loading
QtMultimedia and QtNetwork for nothing cost the running app 5.5-6 MB of memory (issue 15).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QObject, QThread, QTimer, Signal

from thrusttimer.audio import clocktrace
from thrusttimer.audio.clips import FULL_SCALE, AudioFormat, Samples
from thrusttimer.audio.mixer import Mixer
from thrusttimer.audio.output.probe import use_pulse_feed
from thrusttimer.audio.output.pulse_feed import PulseFeed
from thrusttimer.audio.output.pulse_streams import make_clock
from thrusttimer.audio.player import Scheduled
from thrusttimer.audio.qtplugins import skip_media_backend
from thrusttimer.audio.streamclock import StreamClock
from thrusttimer.core.i18n import number, translate
from thrusttimer.core.model import CueKind

if TYPE_CHECKING:
    from thrusttimer.audio.output.qt_feed import SinkWorker

log = logging.getLogger(__name__)

_STUCK: list[tuple[QThread, QObject]] = []
"""Audio threads that never came back from a frozen sound server, kept so Qt never
destroys a running thread."""

SWITCH_INTERVAL_S = 0.001
"""Python's GIL switch interval while the output is open. A main thread busy in Python
holds the GIL for this long before the audio thread gets a turn (default 5 ms), and the
sink asks for data every ~5 ms: with 1 ms a 300 ms Python stall no longer underruns."""


def _float_frames(clip: Samples, channels: int) -> bytes:
    """An int16 clip as the float32 frames a server stream takes."""
    block = clip.astype(np.float32) * np.float32(1 / FULL_SCALE)
    if block.shape[1] != channels:
        block = np.repeat(block[:, :1], channels, axis=1)
    return np.ascontiguousarray(block, dtype="<f4").tobytes()


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
    no server, it is a QAudioSink on a QThread (`qt_feed.SinkWorker`).

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
        self.output_latency_s = 0.0
        """Consumed-to-heard time of the path `start` takes (the PulseAudio path has none:
        the server's timing replies already place the stream)."""
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
        self._worker: SinkWorker | None = None
        self._pulse: PulseFeed | None = None
        self.default_description = translate("AudioOutput", "the default output")
        """The server's default output, which the PulseAudio path plays on (its feed says
        which, as each stream opens)."""
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
        elif self._worker is not None and self._thread.isRunning() and not self._closed:
            self.asleep = True
            QTimer.singleShot(0, self._worker, self._worker.sleep)

    def wake(self) -> None:
        """Resume a stream put to `sleep`; `ready` follows once its clock is steady again."""
        worker = self._worker
        if self._pulse is not None and not self._closed:
            self._pulse.wake()
        elif worker is not None and self._thread.isRunning() and not self._closed and self.asleep:
            QTimer.singleShot(0, worker, worker.wake)

    def start(self) -> None:
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        if use_pulse_feed():
            # The server's own latency answer places the stream: nothing to add to it.
            # The stream plays on the server's default output and follows it when the user
            # picks another (`libpulse.PlaybackStream.default_changed`).
            self._make_clock = make_clock
            self.clock = make_clock(self.fmt.rate)
            self._pulse = PulseFeed(self)
            self._pulse.start()
            return
        self._start_sink()

    def _start_sink(self) -> None:
        """The QAudioSink path: QtMultimedia is loaded here, and only here."""
        from thrusttimer.audio.output.qt_feed import OUTPUT_LATENCY_S, SinkWorker

        self.output_latency_s = OUTPUT_LATENCY_S
        worker = self._worker = SinkWorker(self)
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.begin)
        worker.notice.connect(self.notice)
        worker.restarted.connect(self.restarted)
        worker.lost.connect(self.lost)
        self._thread.start()

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
        if self._worker is None:
            return
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
            return Scheduled(False, t_mono, translate("AudioOutput", "no audio output"))
        if self.asleep:
            return Scheduled(False, t_mono, translate("AudioOutput", "the audio output is asleep"))
        if self._pulse is not None and self._pulse.stalled:
            return Scheduled(
                False, t_mono, translate("AudioOutput", "the sound server is not answering")
            )
        if not clock.steady:
            return Scheduled(
                False, t_mono, translate("AudioOutput", "the audio output is starting")
            )
        latency = self.latency_s
        exact = clock.frame_at(t_mono - latency)
        if exact is None:
            return Scheduled(
                False, t_mono, translate("AudioOutput", "the audio output is starting")
            )
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
            if reason.startswith("late by"):  # the mixer's own words, in frames
                late_ms = (mixer.frame - frame) / self.fmt.rate * 1000
                reason = translate("AudioOutput", "late by {milliseconds} ms").format(
                    milliseconds=number(late_ms, 1)
                )
            return Scheduled(False, t_mono, reason)
        assert heard is not None
        if self.trace is not None:
            self.trace.placed(t_mono, latency, frame)
        return Scheduled(True, heard + latency, displaced=result.displaced)

    @property
    def taken_back(self) -> list[tuple[float, int]]:
        """On the PulseAudio path, when the latest cancels' queued audio was silenced, and
        how many frames of it (`PulseFeed.taken_back`); elsewhere none."""
        return list(self._pulse.taken_back) if self._pulse is not None else []

    def cancel(self) -> list[Any]:
        """Drop everything not yet heard; returns the tags that will not be heard at all.
        On the PulseAudio path what is already queued in the server is silenced too
        (`take_back`); elsewhere it plays out (up to the output's buffer)."""
        if self._pulse is None:
            return self.mixer.cancel()
        dropped, cut_at = self.mixer.cancel_now()
        self._pulse.take_back(cut_at)
        return dropped

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
