"""What `pulse_feed` needs of a server stream: `libpulse.PlaybackStream`, or a test's fake."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from thrusttimer.audio.output.libpulse import Position


class Stream(Protocol):
    """The stream the cues play on."""

    def write(self, data: bytes) -> None: ...

    def position(self) -> Position | None: ...

    def cork(self, paused: bool) -> None: ...

    def free(self) -> None: ...


@runtime_checkable
class FollowsDefault(Protocol):
    """A stream on the server's default output that hears when the user picks another
    (`libpulse.PlaybackStream` with `follow_default`)."""

    def output_description(self) -> str: ...

    def default_changed(self) -> bool: ...


class PromptStream(Protocol):
    """A stream that plays what it is given at once (`libpulse.PlaybackStream` with
    pre-buffering)."""

    def queue(self, data: bytes) -> float: ...

    def free(self) -> None: ...
