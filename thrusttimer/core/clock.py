"""The session's clock: `time.monotonic` in the app, a `FakeClock` in tests and previews."""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]
"""Returns monotonic seconds."""

monotonic: Clock = time.monotonic


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")  # i18n: not shown
        self.now += seconds
        return self.now
