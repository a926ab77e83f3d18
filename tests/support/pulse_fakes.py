"""What the PulseAudio feed's tests give it in place of the app's output: a recording
signal and the attributes of `facade.AudioOutput` the feed touches."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.mixer import Mixer
from thrusttimer.audio.output.pulse_streams import RATE, make_clock


class Signal:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def emit(self, *args: Any) -> None:
        self.calls.append(args)


class FakeOutput:
    """What the feed touches of `facade.AudioOutput`."""

    def __init__(self) -> None:
        self.fmt = AudioFormat()
        self.mixer: Mixer[Any] = Mixer(2)
        self.clock = make_clock(RATE)
        self.trace = None
        self.silent = False
        self.asleep = False
        self.device: str | None = None
        self.default_description = "Fake card"
        self.notice, self.restarted, self.lost = Signal(), Signal(), Signal()

    def _set_format(self, fmt: AudioFormat) -> None:
        self.fmt = fmt
        self.clock.reset()
        self.mixer.reset()

    def _set_device(self, name: str | None) -> None:
        self.device = name

    def _stream_closed(self) -> None:
        self.device = None
        self.clock.reset()
        self.mixer.reset()


def wait_for(condition: Callable[[], bool], timeout_s: float = 5.0) -> None:
    """Until `condition()` holds (the feed runs on a thread of its own), or fail."""
    pause = threading.Event()
    for _ in range(int(timeout_s / 0.002)):
        if condition():
            return
        pause.wait(0.002)
    raise AssertionError("timed out")
