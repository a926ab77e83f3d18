"""The fake timers fire each timer at its own due time, in order, as the clock moves."""

from __future__ import annotations

import pytest

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.timers import FakeTimers


def test_repeating_timer_fires_at_each_interval_on_the_clock() -> None:
    timers = FakeTimers(FakeClock(0.0))
    seen: list[float] = []
    timer = timers(lambda: seen.append(timers.clock()), 250)
    timer.start()
    timers.advance(1.0)
    assert seen == pytest.approx([0.25, 0.5, 0.75, 1.0])
    assert timers.clock() == 1.0


def test_single_shot_fires_once_and_stops() -> None:
    timers = FakeTimers(FakeClock(0.0))
    seen: list[float] = []
    timer = timers(lambda: seen.append(timers.clock()), 100, single_shot=True)
    timer.start()
    timers.advance(1.0)
    assert seen == [0.1]
    assert not timer.active


def test_timers_fire_in_due_order_and_a_callback_can_restart_another() -> None:
    timers = FakeTimers(FakeClock(0.0))
    order: list[str] = []
    slow = timers(lambda: order.append("slow"), 300, single_shot=True)

    def fast_fired() -> None:
        order.append("fast")
        slow.start(50)

    fast = timers(fast_fired, 200, single_shot=True)
    slow.start()
    fast.start()
    timers.advance(1.0)
    # fast at 0.2 restarts slow for 0.25: slow's first due time (0.3) is gone.
    assert order == ["fast", "slow"]


def test_stopped_timer_never_fires_and_restart_takes_a_new_interval() -> None:
    timers = FakeTimers(FakeClock(0.0))
    seen: list[float] = []
    timer = timers(lambda: seen.append(timers.clock()), 100)
    timer.start()
    timer.stop()
    timers.advance(0.5)
    assert seen == []
    timer.start(200)
    timers.advance(0.5)
    assert seen == pytest.approx([0.7, 0.9])
    assert timer.interval_ms == 200
