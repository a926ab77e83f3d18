"""One PulseAudio playback stream through ctypes, and the server's account of where it is.

libpulse ships with Debian's `libpulse0` (QtMultimedia needs it anyway), and pipewire-pulse
serves the same protocol, so this reaches both servers. Nothing here is Qt. Windows and
macOS have no such library: `load()` returns None there and the app keeps its QAudioSink.

Where the stream is comes from the server's timing reply, not from libpulse's interpolation:
the interpolated latency is smoothed over about a second and, on a loaded machine, wandered
by up to 2.6 ms around the truth in a saw-tooth. A timing reply from a local server carries
the server's own clock reading taken with its read index (`synchronized_clocks`), so each
reply is one exact point: at that moment, this many frames had been heard.

pipewire-pulse answers differently (`PlaybackStream.in_flight_frames`): its `sink_usec` is
0, while its read index already counts the graph period it has just handed on, which only
starts to play then. Through PipeWire the reply alone is therefore one period early.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from thrusttimer.audio.output.default_output import UNNAMED, DefaultOutput
from thrusttimer.audio.output.libpulse_abi import (
    DEFAULT,
    PA_CONTEXT_FAILED,
    PA_CONTEXT_NOAUTOSPAWN,
    PA_CONTEXT_READY,
    PA_CONTEXT_TERMINATED,
    PA_OPERATION_RUNNING,
    PA_SAMPLE_FLOAT32LE,
    PA_SEEK_RELATIVE,
    PA_STREAM_ADJUST_LATENCY,
    PA_STREAM_FAILED,
    PA_STREAM_READY,
    PA_STREAM_TERMINATED,
    BufferAttr,
    PulseError,
    RequestCallback,
    SampleSpec,
    ServerInfoCallback,
    StateCallback,
    SuccessCallback,
    load,
)
from thrusttimer.core.i18n import translate

__all__ = ["PlaybackStream", "Position", "PulseError", "load"]  # i18n: not shown

PERIOD_STEPS = 3
"""Through PipeWire, positions wait for this many moves of the read index: the smallest is
the graph period (`in_flight_frames`)."""
PERIOD_WINDOW = 16
"""...taken over this many recent moves, so a period the graph changes is followed."""


@dataclass(frozen=True, slots=True)
class Position:
    """One timing reply: at `t_mono`, `heard` frames of the stream had been played out."""

    t_mono: float
    heard: float
    exact: bool
    """The reply carried the server's own clock (a local server): no transport guess."""


class PlaybackStream:
    """One float32 playback stream on its own libpulse main loop. `write` blocks (with the
    GIL released) until the server has room; `position` asks nothing and never blocks long.

    By default the stream has no pre-buffering (`prebuf_frames = 0`): the server plays from
    the moment it connects and never stops to refill. Frame n of what we write is therefore
    heard at one fixed moment for the stream's whole life; audio that arrives after its
    moment (the writer stalled past the buffer) is dropped by the server, and nothing after
    it moves. With pre-buffering the stream is an ordinary one: idle until written to, then
    played as soon as `prebuf_frames` are in (for sounds that answer a key at once).
    """

    def __init__(
        self,
        rate: int,
        channels: int,
        target_frames: int,
        request_frames: int,
        name: str,
        prebuf_frames: int = 0,
        follow_default: bool = False,
    ) -> None:
        lib = load()
        if lib is None:
            raise PulseError("libpulse is not installed")  # i18n: not shown
        self._lib = lib
        self.rate = rate
        self.frame_bytes = 4 * channels
        self._last_stamp: tuple[int, int] | None = None
        self.server_name = ""
        """What the server calls itself: "pulseaudio", or "PulseAudio (on PipeWire 1.2.7)"."""
        self._last_read: int | None = None
        self._steps: deque[int] = deque(maxlen=PERIOD_WINDOW)
        self._loop = lib.pa_threaded_mainloop_new()
        self._context: int | None = None
        self._stream: int | None = None
        self._default = DefaultOutput(lib, self._loop) if follow_default else None
        """With `follow_default`: the output the stream plays on, and whether the user has
        picked another since (`default_changed`)."""
        # Kept as attributes: ctypes callbacks must outlive every call that may run them.
        self._signal_state = StateCallback(self._wake_waiter)
        self._signal_write = RequestCallback(self._wake_writer)
        self._signal_done = SuccessCallback(self._wake_done)
        self._signal_info = ServerInfoCallback(self._take_server_info)
        try:
            self._connect(channels, target_frames, request_frames, prebuf_frames, name)
        except BaseException:
            self.free()
            raise

    def _wake_waiter(self, _object: int | None, _userdata: int | None) -> None:
        self._lib.pa_threaded_mainloop_signal(self._loop, 0)

    def _wake_writer(self, _stream: int | None, _size: int, _userdata: int | None) -> None:
        self._lib.pa_threaded_mainloop_signal(self._loop, 0)

    def _wake_done(self, _stream: int | None, _success: int, _userdata: int | None) -> None:
        self._lib.pa_threaded_mainloop_signal(self._loop, 0)

    def _take_server_info(self, _context: int | None, info: Any, _userdata: int | None) -> None:
        if info and info.contents.server_name:
            self.server_name = info.contents.server_name.decode(errors="replace")
        self._lib.pa_threaded_mainloop_signal(self._loop, 0)

    def output_description(self) -> str:
        """What the server calls the output this stream plays on (with `follow_default`)."""
        if self._default is not None:
            return self._default.description
        return translate("AudioOutput", UNNAMED)

    def default_changed(self) -> bool:
        """True, once, when the server's default output changed after the stream connected:
        the stream plays on where the default was (with `follow_default`)."""
        return self._default is not None and self._default.take_change()

    @property
    def on_pipewire(self) -> bool:
        return "pipewire" in self.server_name.lower()

    def _connect(
        self, channels: int, target_frames: int, request_frames: int, prebuf: int, name: str
    ) -> None:
        lib, loop = self._lib, self._loop
        self._context = lib.pa_context_new(lib.pa_threaded_mainloop_get_api(loop), b"ThrustTimer")
        lib.pa_context_set_state_callback(self._context, self._signal_state, None)
        if lib.pa_context_connect(self._context, None, PA_CONTEXT_NOAUTOSPAWN, None) < 0:
            raise PulseError(self._error())
        if lib.pa_threaded_mainloop_start(loop) < 0:
            raise PulseError("cannot start the PulseAudio main loop")  # i18n: not shown
        lib.pa_threaded_mainloop_lock(loop)
        try:
            self._await(
                lambda: lib.pa_context_get_state(self._context),
                PA_CONTEXT_READY,
                (PA_CONTEXT_FAILED, PA_CONTEXT_TERMINATED),
            )
            operation = lib.pa_context_get_server_info(self._context, self._signal_info, None)
            if operation:
                while lib.pa_operation_get_state(operation) == PA_OPERATION_RUNNING:
                    lib.pa_threaded_mainloop_wait(loop)
                lib.pa_operation_unref(operation)
            if self._default is not None:
                # Before the stream: a change of default from here on is heard.
                self._default.start(self._context)
            spec = SampleSpec(PA_SAMPLE_FLOAT32LE, self.rate, channels)
            self._stream = lib.pa_stream_new(self._context, name.encode(), spec, None)
            if not self._stream:
                raise PulseError(self._error())
            lib.pa_stream_set_state_callback(self._stream, self._signal_state, None)
            lib.pa_stream_set_write_callback(self._stream, self._signal_write, None)
            attr = BufferAttr(
                maxlength=DEFAULT,
                tlength=target_frames * self.frame_bytes,
                prebuf=prebuf * self.frame_bytes,
                minreq=request_frames * self.frame_bytes,
                fragsize=DEFAULT,
            )
            flags = PA_STREAM_ADJUST_LATENCY
            if lib.pa_stream_connect_playback(self._stream, None, attr, flags, None, None) < 0:
                raise PulseError(self._error())
            self._await(
                lambda: lib.pa_stream_get_state(self._stream),
                PA_STREAM_READY,
                (PA_STREAM_FAILED, PA_STREAM_TERMINATED),
            )
        finally:
            lib.pa_threaded_mainloop_unlock(loop)

    def _await(self, state: Any, ready: int, failed: tuple[int, int]) -> None:
        """Wait (main loop locked) until `state()` is `ready`; raise once it failed."""
        while (now := state()) != ready:
            if now in failed:
                raise PulseError(self._error())
            self._lib.pa_threaded_mainloop_wait(self._loop)

    def _error(self) -> str:
        code = self._lib.pa_context_errno(self._context) if self._context else 0
        text = self._lib.pa_strerror(code)
        if text:
            return str(text.decode(errors="replace"))
        return f"PulseAudio error {code}"  # i18n: not shown

    def write(self, data: bytes) -> None:
        """Queue `data` (whole frames), waiting for room; then ask for a timing reply."""
        lib, loop, stream = self._lib, self._loop, self._stream
        if stream is None:
            raise PulseError("the stream is closed")  # i18n: not shown
        view = memoryview(data)
        lib.pa_threaded_mainloop_lock(loop)
        try:
            while view:
                if lib.pa_stream_get_state(stream) != PA_STREAM_READY:
                    raise PulseError(self._error())
                room = lib.pa_stream_writable_size(stream)
                if room == 0 or room == 2**64 - 1:
                    lib.pa_threaded_mainloop_wait(loop)
                    continue
                part = bytes(view[: min(room, len(view))])
                if lib.pa_stream_write(stream, part, len(part), None, 0, PA_SEEK_RELATIVE) < 0:
                    raise PulseError(self._error())
                view = view[len(part) :]
            operation = lib.pa_stream_update_timing_info(stream, None, None)
            if operation:
                lib.pa_operation_unref(operation)
        finally:
            lib.pa_threaded_mainloop_unlock(loop)

    def queue(self, data: bytes) -> float:
        """Queue `data` without waiting (what does not fit is left out) and return roughly
        how long until it starts to be heard: the device's latency at the last reply."""
        lib, loop, stream = self._lib, self._loop, self._stream
        if stream is None:
            raise PulseError("the stream is closed")  # i18n: not shown
        lib.pa_threaded_mainloop_lock(loop)
        try:
            room = lib.pa_stream_writable_size(stream)
            if room == 2**64 - 1:
                raise PulseError(self._error())
            part = data[: room - room % self.frame_bytes]
            if part and lib.pa_stream_write(stream, part, len(part), None, 0, PA_SEEK_RELATIVE) < 0:
                raise PulseError(self._error())
            pointer = lib.pa_stream_get_timing_info(stream)
            latency = pointer.contents.configured_sink_usec / 1e6 if pointer else 0.0
        finally:
            lib.pa_threaded_mainloop_unlock(loop)
        return float(latency)

    def read_frames(self) -> int:
        """How far the server has read the stream, in frames, asked now (one round trip).
        What lies before it is gone to the output; what lies after can still be rewritten."""
        lib, loop, stream = self._lib, self._loop, self._stream
        if stream is None:
            raise PulseError("the stream is closed")  # i18n: not shown
        lib.pa_threaded_mainloop_lock(loop)
        try:
            operation = lib.pa_stream_update_timing_info(stream, self._signal_done, None)
            if not operation:
                raise PulseError(self._error())
            while lib.pa_operation_get_state(operation) == PA_OPERATION_RUNNING:
                lib.pa_threaded_mainloop_wait(loop)
            lib.pa_operation_unref(operation)
            pointer = lib.pa_stream_get_timing_info(stream)
            if not pointer or pointer.contents.read_index_corrupt:
                raise PulseError("no timing reply")  # i18n: not shown
            return int(pointer.contents.read_index) // self.frame_bytes
        finally:
            lib.pa_threaded_mainloop_unlock(loop)

    def rewrite(self, data: bytes) -> None:
        """Write `data` (whole frames) over the end of what is queued: it ends where the last
        write ended, so the write index stays put. The server drops any part it has already
        read (PulseAudio rewinds its output for what it has mixed but not played)."""
        lib, loop, stream = self._lib, self._loop, self._stream
        if stream is None:
            raise PulseError("the stream is closed")  # i18n: not shown
        lib.pa_threaded_mainloop_lock(loop)
        try:
            if lib.pa_stream_write(stream, data, len(data), None, -len(data), PA_SEEK_RELATIVE) < 0:
                raise PulseError(self._error())
        finally:
            lib.pa_threaded_mainloop_unlock(loop)

    def cork(self, paused: bool) -> None:
        """Pause (cork) or resume the stream, and wait for the server to do it. Corked, the
        server reads nothing: the stream resumes from the frame it stopped at, later."""
        lib, loop, stream = self._lib, self._loop, self._stream
        if stream is None:
            raise PulseError("the stream is closed")  # i18n: not shown
        lib.pa_threaded_mainloop_lock(loop)
        try:
            operation = lib.pa_stream_cork(stream, int(paused), self._signal_done, None)
            if not operation:
                raise PulseError(self._error())
            while lib.pa_operation_get_state(operation) == PA_OPERATION_RUNNING:
                lib.pa_threaded_mainloop_wait(loop)
            lib.pa_operation_unref(operation)
        finally:
            lib.pa_threaded_mainloop_unlock(loop)

    def position(self) -> Position | None:
        """The newest timing reply not seen before, or None (none new, or not valid)."""
        lib, loop, stream = self._lib, self._loop, self._stream
        if stream is None:
            return None
        lib.pa_threaded_mainloop_lock(loop)
        try:
            pointer = lib.pa_stream_get_timing_info(stream)
            if not pointer:
                return None
            info = pointer.contents
            stamp = (info.timestamp.tv_sec, info.timestamp.tv_usec)
            if stamp == self._last_stamp or info.read_index_corrupt:
                return None
            self._last_stamp = stamp
            read_index, sink_usec, exact = info.read_index, info.sink_usec, info.synchronized_clocks
        finally:
            lib.pa_threaded_mainloop_unlock(loop)
        # The reply's clock is the system's wall clock: carried over to the monotonic one
        # by their difference now (both are slewed alike; a step shows as one odd reading).
        wall = stamp[0] + stamp[1] / 1e6
        t_mono = wall - (time.time() - time.monotonic())
        heard = read_index / self.frame_bytes - sink_usec * self.rate / 1e6
        if self.on_pipewire:
            in_flight = self.in_flight_frames(read_index)
            if in_flight is None:
                return None
            heard -= in_flight
        return Position(t_mono, heard, bool(exact))

    def in_flight_frames(self, read_index: int) -> int | None:
        """Through PipeWire: the graph period the read index counts but no one has heard.

        pipewire-pulse (module-protocol-pulse, `do_process_done`, unchanged up to its 2026
        sources) moves the read index by one period as it hands the period to the graph,
        and answers `sink_usec` 0; the period is heard over the next cycle. Measured through
        a null sink at periods of 1024, 2048 and 4096 frames, the recording sat exactly one
        period after the reply's account. The period is the smallest move of the read
        index (None until `PERIOD_STEPS` moves are seen). `tests/e2e` hears the app through
        PipeWire and fails when this is no longer so.
        """
        if self._last_read is not None and read_index > self._last_read:
            self._steps.append(read_index - self._last_read)
        self._last_read = read_index
        if len(self._steps) < PERIOD_STEPS:
            return None
        return min(self._steps) // self.frame_bytes

    def free(self) -> None:
        """Close the stream without waiting for what is queued to play out."""
        lib, loop = self._lib, self._loop
        if loop is None:
            return
        lib.pa_threaded_mainloop_lock(loop)
        stream, self._stream = self._stream, None
        context, self._context = self._context, None
        if stream:
            lib.pa_stream_disconnect(stream)
            lib.pa_stream_unref(stream)
        if context:
            lib.pa_context_disconnect(context)
            lib.pa_context_unref(context)
        lib.pa_threaded_mainloop_unlock(loop)
        lib.pa_threaded_mainloop_stop(loop)
        lib.pa_threaded_mainloop_free(loop)
        self._loop = None
