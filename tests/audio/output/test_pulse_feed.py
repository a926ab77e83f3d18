"""The PulseAudio feed with a fake server stream: where the stream is comes from the server's
timing replies, nothing the writer's own timing does moves it, and a server that fails,
freezes, sleeps or moves is handled. The thread is real; the clock is the fake stream's."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest

from tests.support.pulse_fakes import FakeOutput, wait_for
from thrusttimer.audio.mixer import FADE_FRAMES
from thrusttimer.audio.output import pulse_feed
from thrusttimer.audio.output.libpulse import Position, PulseError
from thrusttimer.audio.output.pulse_feed import PulseFeed
from thrusttimer.audio.output.pulse_streams import BLOCK_S, RATE
from thrusttimer.audio.output.take_back import GUARD_FRAMES, WrittenTail
from thrusttimer.core.model import CueKind

PPM = 60e-6
"""The fake card runs this much slower than the system clock."""
QUEUED = 6000
"""Frames written that the fake server has not read yet (125 ms)."""


class World:
    """A fake server and its clock: each write moves time on by one block (the server took
    one), and each timing reply says exactly how much had been heard then."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.lock = threading.Lock()
        self.streams: list[FakeStream] = []
        self.prompts: list[FakePrompt] = []
        self.refuse = False
        self.frozen = False
        self.thaw = threading.Event()
        self.data = bytearray()
        self.after_write: Callable[[], None] | None = None
        """Called by the writer after each write (a test's moment to act mid-stream)."""

    def clock(self) -> float:
        with self.lock:
            return self.now

    def open_prompt(self) -> FakePrompt:
        prompt = FakePrompt()
        self.prompts.append(prompt)
        return prompt

    def open(self) -> FakeStream:
        if self.refuse:
            raise PulseError("Connection refused")
        stream = FakeStream(self)
        self.streams.append(stream)
        return stream


class FakePrompt:
    def __init__(self) -> None:
        self.queued = bytearray()
        self.freed = False

    def queue(self, data: bytes) -> float:
        self.queued += data
        return 0.012

    def free(self) -> None:
        self.freed = True


class FakeStream:
    def __init__(self, world: World) -> None:
        self.world = world
        self.started = world.now + 0.05  # heard from here on, at the card's rate
        self.freed = False
        self.corked = False
        self.fail = False
        self.writes = 0
        self.resume_wait = 0.0
        """After a resume the server reads nothing for this long (an idle null sink)."""
        self.floor = -1e18
        self.rewrites: list[tuple[int, int]] = []
        """The first frame each `rewrite` wrote over, and the frames written then."""
        self.corked_at: float
        """When it was last paused (set by `cork`)."""

    def write(self, data: bytes) -> None:
        if self.world.frozen:
            self.world.thaw.wait(5)  # a frozen server holds the writer
        if self.fail:
            raise PulseError("Connection terminated")
        self.writes += 1
        self.world.data += data
        if self.world.after_write is not None:
            self.world.after_write()
        with self.world.lock:
            self.world.now += BLOCK_S

    def position(self) -> Position | None:
        t = self.world.now - 0.003 - 0.002 * (self.writes % 3)  # replies describe the past
        heard = max(self.floor, (t - self.started) * RATE * (1 - PPM))
        return Position(t, heard, True)

    def read_frames(self) -> int:
        """The server holds QUEUED frames of what was written, unread."""
        return len(self.world.data) // 8 - QUEUED

    def rewrite(self, data: bytes) -> None:
        written = len(self.world.data) // 8
        self.rewrites.append((written - len(data) // 8, written))
        self.world.data[len(self.world.data) - len(data) :] = data

    def cork(self, paused: bool) -> None:
        if not paused:
            # Resumed: it sits later than its frames say by however long it was paused.
            with self.world.lock:
                self.floor = (self.corked_at - self.started) * RATE * (1 - PPM)
                self.started += self.world.now - self.corked_at + self.resume_wait
        else:
            self.corked_at = self.world.now
        self.corked = paused

    def free(self) -> None:
        self.freed = True


@pytest.fixture
def rig() -> Iterator[tuple[FakeOutput, World, PulseFeed]]:
    out, world = FakeOutput(), World()
    feed = PulseFeed(
        out,  # type: ignore[arg-type]
        open_stream=world.open,
        clock=world.clock,
        open_prompt=world.open_prompt,
    )
    yield out, world, feed
    world.thaw.set()
    feed.close()


def test_the_clock_is_the_servers_account_exactly(rig: Any) -> None:
    out, world, feed = rig
    feed.start()
    wait_for(lambda: out.clock.steady)
    stream = world.streams[0]
    wait_for(lambda: stream.writes > 400)  # past the slope's first fit (4 s)
    t = world.now + 1.0
    want = (t - stream.started) * RATE * (1 - PPM)
    assert out.clock.frame_at(t) == pytest.approx(want, abs=0.05)  # 1 µs
    assert out.device == "Fake card"


def test_a_placed_clip_is_written_at_its_frame(rig: Any) -> None:
    out, world, feed = rig
    feed.start()
    wait_for(lambda: out.clock.steady)
    frame = out.mixer.frame + RATE // 2
    clip = np.full((10, 2), 1000, dtype=np.int16)
    assert out.mixer.add("tick", clip, frame, CueKind.COUNT, spoken=False).placed
    wait_for(lambda: out.mixer.frame > frame + 10)
    samples = np.frombuffer(bytes(world.data), dtype="<f4").reshape(-1, 2)
    loud = np.nonzero(samples[:, 0])[0]
    assert loud[0] == frame
    assert len(loud) == 10


def test_no_server_is_said_once_and_tried_again(rig: Any, monkeypatch: Any) -> None:
    out, world, feed = rig
    monkeypatch.setattr(pulse_feed, "RETRY_S", 0.01)
    world.refuse = True
    feed.start()
    assert feed.opened.wait(5)
    wait_for(lambda: out.silent)
    assert out.notice.calls == [("no audio output: the workout goes on without sound",)]
    world.refuse = False
    wait_for(lambda: not out.silent)
    assert out.notice.calls[-1] == ("sound is back on 'Fake card'",)
    assert out.restarted.calls


def test_a_server_that_stops_leaves_the_output_silent_and_says_so(rig: Any) -> None:
    out, world, feed = rig
    feed.start()
    wait_for(lambda: out.clock.steady)
    world.refuse = True
    world.streams[0].fail = True
    wait_for(lambda: out.silent)
    assert ("the sound server stopped: the workout goes on silently",) in out.notice.calls
    assert out.restarted.calls
    assert world.streams[0].freed


def test_a_frozen_server_is_seen_as_stalled_and_close_does_not_hang(rig: Any) -> None:
    out, world, feed = rig
    feed.start()
    wait_for(lambda: out.clock.steady)
    world.frozen = True
    with world.lock:
        world.now += 1.0  # a second passes with the writer held
    wait_for(lambda: feed.stalled)
    feed.close(timeout_s=0.05)  # returns although the thread is held in a write


@pytest.mark.parametrize("resume_wait", [0.0, 1.9])
def test_sleep_pauses_the_stream_and_wake_finds_where_it_sits(rig: Any, resume_wait: float) -> None:
    out, world, feed = rig
    feed.start()
    wait_for(lambda: world.streams and world.streams[0].writes > 500)
    stream = world.streams[0]
    stream.resume_wait = resume_wait
    rate = out.clock.rate_error_ppm
    assert rate == pytest.approx(PPM * 1e6, abs=1)
    clip = np.ones((10, 1), dtype=np.int16)
    # The fake server takes blocks as fast as they come (each moves its clock 20 ms): held
    # at its lock, the writer cannot play the clip out before it sees the sleep.
    with world.lock:
        assert out.mixer.add("placed", clip, out.mixer.frame + RATE, CueKind.COUNT).placed
        feed.sleep()
    wait_for(lambda: out.asleep and stream.corked)
    assert not out.clock.steady
    assert out.lost.calls == [(["placed"],)]
    writes = stream.writes
    with world.lock:
        world.now += 60.0  # a long break; nothing is written meanwhile
    assert stream.writes == writes
    feed.wake()
    wait_for(lambda: not stream.corked and out.clock.steady)
    assert len(world.streams) == 1
    assert out.clock.rate_error_ppm == pytest.approx(rate, abs=1)
    t = world.now + 0.5
    want = (t - stream.started) * RATE * (1 - PPM)
    assert out.clock.frame_at(t) == pytest.approx(want, abs=0.05)


def test_a_move_drops_what_was_placed_and_opens_on_the_new_default(rig: Any) -> None:
    out, world, feed = rig
    feed.start()
    wait_for(lambda: out.clock.steady)
    clip = np.ones((10, 1), dtype=np.int16)
    assert out.mixer.add("far cue", clip, out.mixer.frame + RATE * 5, CueKind.COUNT).placed
    out.default_description = "Headphones"
    feed.move("the audio output changed")
    wait_for(lambda: len(world.streams) == 2)
    assert world.streams[0].freed
    assert out.lost.calls == [(["far cue"],)]
    assert out.restarted.calls
    wait_for(lambda: out.notice.calls != [])
    assert out.notice.calls == [("the audio output changed: now playing on 'Headphones'",)]


def test_a_sound_for_now_goes_to_the_prompt_stream_and_closes_with_the_output(rig: Any) -> None:
    out, world, feed = rig
    assert feed.play_now(b"\0" * 8) is None  # nothing open yet
    feed.start()
    wait_for(lambda: out.clock.steady)
    assert feed.play_now(b"\1" * 80) == 0.012
    assert world.prompts[0].queued == b"\1" * 80
    world.refuse = True
    world.streams[0].fail = True
    wait_for(lambda: out.silent)
    assert world.prompts[0].freed
    assert feed.play_now(b"\0" * 8) is None


def test_a_cancel_silences_what_the_server_has_not_read(rig: Any) -> None:
    """A pause in the middle of a cue: the server has QUEUED frames of it unread. They are
    written over (`take_back`): the cue is heard up to GUARD_FRAMES past the server's read
    index, fades out over FADE_FRAMES, and is silent from there; the stream's write index
    does not move, and what is written next goes on from it."""
    out, world, feed = rig
    feed.start()
    wait_for(lambda: out.clock.steady)
    clip = np.full((RATE, 2), 8000, dtype=np.int16)  # a second of sound
    cut: list[tuple[list[str], int]] = []

    def cancel_half_way() -> None:  # from the writer, so the fake server cannot run ahead
        if not cut and out.mixer.frame > start + RATE // 2:
            dropped, cut_at = out.mixer.cancel_now()
            feed.take_back(cut_at)
            cut.append((dropped, cut_at))

    with world.lock:  # the writer waits until the clip is in (it runs far ahead otherwise)
        start = out.mixer.frame + RATE // 10
        assert out.mixer.add("cue", clip, start, CueKind.PHASE).placed
        world.after_write = cancel_half_way
    stream = world.streams[0]
    wait_for(lambda: stream.rewrites != [] and out.mixer.frame > start + 2 * RATE)
    [(dropped, _)] = cut
    assert dropped == []  # it was sounding: not dropped, cut
    samples = np.frombuffer(bytes(world.data), dtype="<f4").reshape(-1, 2)[:, 0]
    loud = np.flatnonzero(samples)
    at, written = stream.rewrites[0]  # the first frame written over
    assert at == written - QUEUED + GUARD_FRAMES  # just past where the server had read
    assert loud[0] == start
    assert loud[-1] == at + FADE_FRAMES - 1
    level = 8000 / 32768
    assert samples[at - 1] == pytest.approx(level)
    fade = samples[at : at + FADE_FRAMES]
    assert fade[0] == pytest.approx(level)
    assert np.all(np.diff(fade) < 0)
    assert not samples[at + FADE_FRAMES :].any()
    assert len(samples) % (round(BLOCK_S * RATE)) == 0  # whole blocks: nothing shifted


def test_a_clip_placed_after_a_cancel_is_kept_when_the_queue_is_taken_back() -> None:
    tail = WrittenTail(RATE, 2)
    for index in range(10):  # ten blocks of 100 frames: old sound, then the new cue
        tail.add(index * 100, 100, np.full((100, 2), 0.5 if index < 6 else 0.25, np.float32))
    data = np.frombuffer(tail.taken_back(300, 600, 1000), dtype="<f4").reshape(-1, 2)
    assert len(data) == 700
    assert data[0, 0] == pytest.approx(0.5)
    assert data[FADE_FRAMES - 1, 0] > 0
    assert not data[FADE_FRAMES:300].any()  # up to the cut: silence after the fade
    assert np.all(data[300:] == 0.25)  # from the cut on: as written


def test_the_tail_keeps_only_what_may_still_be_queued() -> None:
    tail = WrittenTail(200, 1)
    for index in range(10):
        tail.add(index * 100, 100, np.ones((100, 1), np.float32))
    old = np.frombuffer(tail.taken_back(0, 1000, 1000), dtype="<f4")
    assert not old.any()  # long gone: silence, no fade of audio no longer kept
    assert np.frombuffer(tail.taken_back(900, 950, 1000), dtype="<f4")[0] == 1.0
