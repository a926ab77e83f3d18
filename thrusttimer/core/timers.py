"""Timers as the core sees them: made by an injected factory, so tests run on a fake clock.

The app's factory makes Qt timers (`thrusttimer.gui.timers`); tests and previews use
`FakeTimers`, which fires each timer when its `FakeClock` is moved past the timer's due time.
A timer only says *when to look*: what is due is always read from the clock, never counted
from ticks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from thrusttimer.core.clock import FakeClock


class Timer(Protocol):
    """Calls its callback every `interval_ms` while active (once, if single-shot)."""

    @property
    def active(self) -> bool: ...

    @property
    def interval_ms(self) -> int: ...

    def start(self, interval_ms: int | None = None) -> None:
        """Start (or restart) it, at `interval_ms` if given, else at its last interval."""

    def stop(self) -> None: ...


class TimerFactory(Protocol):
    def __call__(
        self, callback: Callable[[], None], interval_ms: int = 0, *, single_shot: bool = False
    ) -> Timer: ...


class FakeTimer:
    """A timer of `FakeTimers`: due `interval_ms` after it was started or last fired."""

    def __init__(
        self, owner: FakeTimers, callback: Callable[[], None], interval_ms: int, single_shot: bool
    ) -> None:
        self._owner = owner
        self.callback = callback
        self._interval_ms = interval_ms
        self.single_shot = single_shot
        self.due: float | None = None

    @property
    def active(self) -> bool:
        return self.due is not None

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def start(self, interval_ms: int | None = None) -> None:
        if interval_ms is not None:
            self._interval_ms = interval_ms
        self.due = self._owner.clock() + self._interval_ms / 1000

    def stop(self) -> None:
        self.due = None


class FakeTimers:
    """A `TimerFactory` on a `FakeClock`: `advance` moves the clock and fires what falls due,
    in the order of their due times, each at its own moment."""

    def __init__(self, clock: FakeClock | None = None) -> None:
        self.clock = clock if clock is not None else FakeClock()
        self.made: list[FakeTimer] = []

    def __call__(
        self, callback: Callable[[], None], interval_ms: int = 0, *, single_shot: bool = False
    ) -> FakeTimer:
        timer = FakeTimer(self, callback, interval_ms, single_shot)
        self.made.append(timer)
        return timer

    @property
    def active(self) -> list[FakeTimer]:
        return [timer for timer in self.made if timer.active]

    def advance(self, seconds: float) -> None:
        """Move the clock `seconds` on, firing every timer due meanwhile at its due time."""
        end = self.clock.now + seconds
        while True:
            due = [t for t in self.made if t.due is not None and t.due <= end]
            if not due:
                break
            timer = min(due, key=lambda t: t.due or 0.0)
            assert timer.due is not None
            self.clock.now = max(self.clock.now, timer.due)
            if timer.single_shot:
                timer.due = None
            else:
                # At least 1 ms on, as a real timer: a 0 ms timer cannot spin for ever.
                timer.due = self.clock.now + max(timer.interval_ms, 1) / 1000
            timer.callback()
        self.clock.now = max(self.clock.now, end)
