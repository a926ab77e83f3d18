"""The calibration's measuring without the screen: a run of ticks on a fake clock and a
fake output, the taps on them, and what each poll says to show."""

from __future__ import annotations

import pytest

from tests.gui.fake_output import FakeSoundOutput
from thrusttimer.audio.calibration import LEAD_IN_TICKS, TICK_INTERVAL_S, TICKS
from thrusttimer.core.clock import FakeClock
from thrusttimer.gui.calibration.measuring import (
    NO_SOUND,
    START_AFTER_S,
    STILL_STARTING,
    Measuring,
)


def test_without_a_usable_output_nothing_starts_and_it_says_why() -> None:
    clock = FakeClock(10.0)
    assert Measuring(None, clock, TICKS).begin("tap") == NO_SOUND
    assert Measuring(FakeSoundOutput(available=False), clock, TICKS).begin("flash") == NO_SOUND
    starting = Measuring(FakeSoundOutput(ready=False), clock, TICKS)
    assert starting.begin("tap") == STILL_STARTING
    assert starting.mode is None
    assert starting.poll(0) is None


def test_a_tap_run_places_every_tick_and_measures_the_lag() -> None:
    clock = FakeClock(10.0)
    output = FakeSoundOutput()
    measuring = Measuring(output, clock, TICKS)
    assert measuring.begin("tap") is None
    first = clock() + START_AFTER_S
    assert measuring.tap() == 1  # a tap before the ticks counts, and is left out
    frame = None
    for i in range(TICKS):
        while clock() < first + i * TICK_INTERVAL_S + 0.1:
            clock.advance(0.016)
            frame = measuring.poll(0)
        measuring.tap()
    while measuring.mode is not None:
        clock.advance(0.016)
        frame = measuring.poll(0)
    assert frame is not None
    assert frame.finished
    assert frame.progress == 1.0
    assert len(measuring.placed) == TICKS
    assert [tick for tick, _ in measuring.placed] == pytest.approx(
        [first + i * TICK_INTERVAL_S for i in range(TICKS)]
    )
    result = measuring.measured
    assert result is not None
    assert result.offset_ms == pytest.approx(100, abs=17)
    assert result.used == TICKS - LEAD_IN_TICKS
    assert measuring.taps == []  # the run is over
    assert measuring.tap() is None


def test_a_flash_run_lights_from_each_tick_until_stopped() -> None:
    clock = FakeClock(10.0)
    measuring = Measuring(FakeSoundOutput(), clock, TICKS)
    assert measuring.begin("flash") is None
    first = clock() + START_AFTER_S
    clock.now = first + 0.01
    frame = measuring.poll(0)
    assert frame is not None
    assert frame.lit is True
    clock.now = first + TICK_INTERVAL_S / 2
    frame = measuring.poll(0)
    assert frame is not None
    assert frame.lit is False
    assert measuring.stop() == "flash"
    assert measuring.poll(0) is None
