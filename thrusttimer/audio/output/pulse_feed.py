"""The libpulse stream feed: a Python thread that writes the mix to PulseAudio or PipeWire.

After every write it reads the server's own account of where the stream is.

Why not QAudioSink here: Qt's PulseAudio sink copies our audio to the server on a timer of
its own, and the only clock we could see was when it came back for more. That reading moved
with every late wake-up of the audio thread; on a quiet 2-core machine the clock took such
a wobble for an underrun about once a minute and moved cues by 3 ms, on a loaded one by
tens of ms (issue 12 has the traces). The server knows exactly where the stream is: each
timing reply says how far it has read, how long its device takes to play that, and (on a
local server) the server's clock when it looked (`libpulse.Position`). Those points lie on
one straight line to about ±0.02 ms, loaded or not, so the clock has nothing to guess.

The stream has no pre-buffering (`libpulse.PlaybackStream`): frame n is heard at one fixed
moment for the stream's life, and a stall of the writer loses only the audio that came too
late, never moves what follows. `TARGET_S` of audio waits in the server, so this thread
can be late by that much before anything is lost. Sounds that must be heard at once (a
key's click) skip that queue on a second, pre-buffered stream (`play_now`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.output.libpulse import PulseError
from thrusttimer.audio.output.pulse_streams import (
    BLOCK_S,
    CHANNELS,
    RATE,
    TARGET_S,
    open_prompt_stream,
    open_server_stream,
)
from thrusttimer.audio.output.server_stream import FollowsDefault, PromptStream, Stream
from thrusttimer.audio.output.take_back import GUARD_FRAMES, TakesBack, WrittenTail
from thrusttimer.core.i18n import translate

if TYPE_CHECKING:
    from thrusttimer.audio.output.facade import AudioOutput

log = logging.getLogger(__name__)

SETTLE_S = 0.2
"""Readings of a new stream's first moments are left out: the server is still placing it."""
RETRY_S = 2.0
"""While no server answers, try again this often."""
STALE_S = 0.5
"""No write has finished for this long: the server is not taking audio (frozen, or gone)."""
MOVING_FRAMES = RATE // 1000
"""A stream whose replies have moved on by this much (1 ms) is being played."""
TAKEN_BACK_KEPT = 32
"""`PulseFeed.taken_back` keeps this many, the latest."""
FIRST_WRITE_GRACE_S = 4.0
"""A new stream's first write may wait this long: a PulseAudio null sink with no stream
sleeps up to 2 s before it renders again, and a fresh stream waits that out (1.85-1.90 s,
measured; PulseAudio 16.1), and so may a stream resumed on a sink that went idle."""


class PulseFeed:
    """Owns the server stream on its own thread for `AudioOutput`."""

    def __init__(
        self,
        output: AudioOutput,
        open_stream: Callable[[], Stream] = open_server_stream,
        clock: Callable[[], float] = time.monotonic,
        open_prompt: Callable[[], PromptStream] | None = open_prompt_stream,
    ) -> None:
        self._out = output
        self._open_stream = open_stream
        self._open_prompt = open_prompt
        self._prompt: PromptStream | None = None
        self._prompt_lock = threading.Lock()
        self._now = clock
        self._wake = threading.Condition()
        self._stop = False
        self._sleep = False
        self._corked = False
        """The stream is paused on the server while the output sleeps."""
        self._move: str | None = None
        """Why the stream must be opened again on the (new) default output, once."""
        self._take_back: int | None = None
        """The schedule changed at this frame: what the server has not read of the audio
        before it is to be silenced (`take_back`)."""
        self._tail = WrittenTail(2 * round(TARGET_S * RATE), CHANNELS)
        self.taken_back: deque[tuple[float, int]] = deque(maxlen=TAKEN_BACK_KEPT)
        """When the latest take-backs were done, and the frames of the old schedule each
        silenced (what the server would have played on)."""
        self._moved: str | None = None
        """...and, until it is, what to tell the user then (the next stream follows a move:
        the clock keeps the card's rate)."""
        self._stream: Stream | None = None
        self.written = 0
        """Frames written to the current stream."""
        self.last_write = self._opened_at = clock()
        self._taken = False
        """The server is playing the current stream (past its start-up wait, or resumed)."""
        self._heard_before: float | None = None
        """Where the stream stood when it was opened or resumed: it is playing once the
        server's replies have moved past this."""
        self.opened = threading.Event()
        self._thread = threading.Thread(target=self._run, name="thrusttimer-audio", daemon=True)

    # Called from the app's threads ----------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    @property
    def stalled(self) -> bool:
        """A stream is open but the server has not taken audio for a while."""
        allowed = STALE_S if self._taken else FIRST_WRITE_GRACE_S
        return self._stream is not None and self._now() - self.last_write > allowed

    def sleep(self) -> None:
        with self._wake:
            self._sleep = True
            self._wake.notify_all()

    def wake(self) -> None:
        with self._wake:
            self._sleep = False
            self._wake.notify_all()

    def play_now(self, data: bytes) -> float | None:
        """Play float32 frames at once on the prompt stream; returns about how long until
        they are heard, or None when there is no prompt stream."""
        with self._prompt_lock:
            if self._prompt is None:
                return None
            try:
                return self._prompt.queue(data)
            except PulseError as error:
                log.warning("the prompt stream failed: %s", error)
                self._prompt.free()
                self._prompt = None
                return None

    def take_back(self, cut_at: int) -> None:
        """Silence what the server has queued and not read yet of the audio written before
        frame `cut_at`, where the mixer cut its clips (`take_back`). The audio thread does
        it before its next write, within a block."""
        with self._wake:
            self._take_back = max(cut_at, self._take_back or 0)
            self._wake.notify_all()

    def move(self, why: str) -> None:
        """Open the stream again on the server's (new) default output."""
        with self._wake:
            self._move = why
            self._wake.notify_all()

    def close(self, timeout_s: float = 1.0) -> None:
        """Stop the thread. A server that froze holds it in a write: it is left to the
        process's exit (a daemon thread), so closing never hangs."""
        with self._wake:
            self._stop = True
            self._wake.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout_s)
            if self._thread.is_alive():
                log.warning("the sound server is not answering: the audio thread is left")

    # The audio thread -----------------------------------------------------------------

    def _run(self) -> None:
        try:
            while True:
                with self._wake:
                    if self._stop:
                        break
                    if self._sleep:
                        self._fall_asleep()
                        self._wake.wait()
                        continue
                    if self._corked:
                        self._wake_up()
                    moved, self._move = self._move, None
                    take_back, self._take_back = self._take_back, None
                if moved is not None and self._stream is not None:
                    self._close(forget=False)
                    self._moved = moved
                    # Re-plan now: opening the next stream can take seconds.
                    self._out.restarted.emit()
                if self._stream is None:
                    if not self._open():
                        self.opened.set()
                        with self._wake:
                            self._wake.wait(RETRY_S)
                    continue
                try:
                    if take_back is not None:
                        self._take_back_queued(take_back)
                    self._feed()
                except PulseError as error:
                    log.warning("the sound server stopped taking audio: %s", error)
                    self._close()
                    self._go_silent(
                        translate(
                            "PulseFeed", "the sound server stopped: the workout goes on silently"
                        )
                    )
                    self._out.restarted.emit()
        finally:
            self._close()

    def _open(self) -> bool:
        out = self._out
        try:
            stream = self._open_stream()
        except PulseError as error:
            if not out.silent:
                log.info("no sound server: %s", error)
                self._go_silent(
                    translate("PulseFeed", "no audio output: the workout goes on without sound")
                )
            return False
        was_silent = out.silent and self.opened.is_set()
        if self._moved is None:
            out._set_format(AudioFormat(RATE, CHANNELS))
        self._stream = stream
        if isinstance(stream, FollowsDefault):
            out.default_description = stream.output_description()
        self._open_prompt_stream()
        self.written = 0
        self._tail.clear()
        with self._wake:
            self._take_back = None  # frames of the stream before
        self._taken = False
        self._heard_before = None
        self._opened_at = self.last_write = self._now()
        out.silent = False
        out.asleep = False
        out._set_device(out.default_description)
        self.opened.set()
        log.info("audio output %r at %d Hz", out.default_description, RATE)
        moved, self._moved = self._moved, None
        if moved is not None:
            out.notice.emit(
                translate("PulseFeed", "{reason}: now playing on {output}").format(
                    reason=moved, output=repr(out.default_description)
                )
            )
        elif was_silent:
            out.notice.emit(
                translate("PulseFeed", "sound is back on {output}").format(
                    output=repr(out.default_description)
                )
            )
            out.restarted.emit()
        return True

    def _open_prompt_stream(self) -> None:
        if self._open_prompt is None:
            return
        try:
            prompt = self._open_prompt()
        except PulseError as error:
            log.info("no prompt stream (key sounds wait behind the cues): %s", error)
            return
        with self._prompt_lock:
            self._prompt = prompt

    def _feed(self) -> None:
        stream = self._stream
        assert stream is not None
        out = self._out
        frames = round(BLOCK_S * RATE)
        block = out.mixer.render_sound(frames)
        if block is None:
            data = bytes(frames * CHANNELS * 4)
        else:
            data = np.ascontiguousarray(block, dtype="<f4").tobytes()
        stream.write(data)
        self._tail.add(self.written, frames, block)
        if isinstance(stream, FollowsDefault) and stream.default_changed():
            self.move(translate("PulseFeed", "the audio output changed"))
        self.written += frames
        now = self._now()
        self.last_write = now
        position = stream.position()
        if position is None:
            return  # no new timing reply since the last write
        if not self._taken:
            if self._heard_before is None:
                self._heard_before = max(0.0, position.heard)
            if position.heard > self._heard_before + MOVING_FRAMES:
                # The server is reading it: a fresh stream's (or a resumed one's) wait for
                # an idle sink to wake is over. Readings before this are of a standing
                # stream and would put the line in the wrong place.
                self._taken = True
                self._opened_at = now  # settle from here
        if not self._taken or now - self._opened_at < SETTLE_S:
            return
        out.clock.observe(position.t_mono, position.heard)
        if out.trace is not None:
            out.trace.reading(position.t_mono, round(position.heard))

    def _take_back_queued(self, cut_at: int) -> None:
        """Write over the queued audio from just past where the server has read: up to
        `cut_at` what was there fades out, then silence; after it (clips placed since)
        it stays as written."""
        stream = self._stream
        cut_at = min(cut_at, self.written)
        if not isinstance(stream, TakesBack) or self._corked:
            return
        at = stream.read_frames() + GUARD_FRAMES
        if at < cut_at:
            stream.rewrite(self._tail.taken_back(at, cut_at, self.written))
            self.taken_back.append((self._now(), cut_at - at))

    def _fall_asleep(self) -> None:
        """Cork the stream: the server stops reading it and this thread stops writing, so
        an idle app costs nothing. It stays connected, so waking takes no new stream (a
        new one on an idle null sink waits ~2 s for its first read)."""
        out = self._out
        if self._stream is not None and not self._corked:
            try:
                self._stream.cork(True)
            except PulseError as error:
                log.warning("cannot pause the stream: %s", error)
                self._close()
            else:
                self._corked = True
                # It resumes later than its frames say: where it sits is found again.
                self._forget_placed(out.mixer.cancel)
                log.info("audio output asleep")
        out.asleep = True

    def _wake_up(self) -> None:
        """Resume a corked stream (called with the condition held)."""
        self._corked = False
        if self._stream is not None:
            try:
                self._stream.cork(False)
            except PulseError as error:
                log.warning("cannot resume the stream: %s", error)
                self._close()
            self._taken = False
            self._heard_before = None
            self._opened_at = self.last_write = self._now()
        self._out.asleep = False
        log.info("audio output awake")

    def _close(self, forget: bool = True) -> None:
        self._corked = False
        with self._prompt_lock:
            prompt, self._prompt = self._prompt, None
        if prompt is not None:
            prompt.free()
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.free()
            if forget:
                self._out._stream_closed()
            else:  # the next stream starts at frame 0
                self._forget_placed(self._out.mixer.reset)

    def _forget_placed(self, drop: Callable[[], list[object]]) -> None:
        """The stream will not play on from where the clock has it: nothing is placed until
        it is steady again (with the card's rate kept), and what was placed is reported
        lost. `drop` empties the mixer and returns the tags it held."""
        self._out.clock.resume()
        lost = drop()
        if lost:
            self._out.lost.emit(lost)

    def _go_silent(self, why: str) -> None:
        self._out._set_device(None)
        self._out.silent = True
        self._out.notice.emit(why)
