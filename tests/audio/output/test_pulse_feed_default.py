"""The feed follows the server's default output through its own stream
(`server_stream.FollowsDefault`): when the stream says the user picked another output, the
feed opens a stream there and says so, and the output is named after the server's
description of it. Nothing of QtMultimedia is needed for that."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.pulse_fakes import FakeOutput, wait_for
from thrusttimer.audio.output.libpulse import Position
from thrusttimer.audio.output.pulse_feed import PulseFeed
from thrusttimer.audio.output.server_stream import FollowsDefault


class FollowingStream:
    """A server stream on the default output `description`; `switch()` plays the server
    announcing another default (what `libpulse.PlaybackStream.default_changed` reports)."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.writes = 0
        self.freed = False
        self._changed = threading.Event()

    def switch(self) -> None:
        self._changed.set()

    def write(self, data: bytes) -> None:
        self.writes += 1
        threading.Event().wait(0.002)  # the server takes a block

    def position(self) -> Position | None:
        return None

    def cork(self, paused: bool) -> None:
        pass

    def free(self) -> None:
        self.freed = True

    def output_description(self) -> str:
        return self.description

    def default_changed(self) -> bool:
        changed = self._changed.is_set()
        self._changed.clear()
        return changed


@pytest.fixture
def rig() -> Iterator[tuple[FakeOutput, list[FollowingStream], PulseFeed]]:
    out = FakeOutput()
    outputs = iter(["Speakers", "Headphones", "Too many"])
    streams: list[FollowingStream] = []

    def open_stream() -> FollowingStream:
        streams.append(FollowingStream(next(outputs)))
        return streams[-1]

    feed = PulseFeed(out, open_stream=open_stream, open_prompt=None)  # type: ignore[arg-type]
    yield out, streams, feed
    feed.close()


def test_the_real_stream_is_one_that_follows_the_default() -> None:
    assert isinstance(FollowingStream("x"), FollowsDefault)
    assert not isinstance(object(), FollowsDefault)


def test_the_output_is_named_after_the_servers_description(rig: Any) -> None:
    out, _streams, feed = rig
    feed.start()
    wait_for(lambda: out.device is not None)
    assert out.device == out.default_description == "Speakers"
    assert out.notice.calls == []


def test_a_new_default_moves_the_stream_there_and_says_so(rig: Any) -> None:
    out, streams, feed = rig
    feed.start()
    wait_for(lambda: streams and streams[0].writes > 3)
    streams[0].switch()
    wait_for(lambda: len(streams) == 2 and out.notice.calls != [])
    assert streams[0].freed
    assert out.restarted.calls
    assert out.notice.calls == [("the audio output changed: now playing on 'Headphones'",)]
    assert out.device == "Headphones"
    wait_for(lambda: streams[1].writes > 3)
    assert len(streams) == 2, "one announcement is one move"
