"""Calibration: taps along to ticks give the extra latency as a robust median."""

from __future__ import annotations

import random

import pytest

from thrusttimer.audio.calibration import (
    FLASH_S,
    LATENCY_OFFSET_MS,
    LEAD_IN_TICKS,
    MIN_TAPS,
    PLACE_AHEAD_S,
    Calibration,
    CalibrationResult,
    TickTrack,
    flash_lit,
    sound_moment,
)
from thrusttimer.core.errors import ValidationError


def test_steady_taps_180_ms_late_measure_180_ms() -> None:
    rng = random.Random(3)
    calibration = Calibration(start=50.0)
    for tick in calibration.ticks:
        calibration.tap(tick + 0.180 + rng.gauss(0, 0.012))
    result = calibration.result()
    assert result is not None
    assert result.offset_ms == pytest.approx(180, abs=8)
    assert result.used == calibration.count - LEAD_IN_TICKS
    assert result.ignored == LEAD_IN_TICKS
    assert 0 < result.spread_ms < 20


def test_missed_doubled_and_stray_taps_do_not_move_the_median() -> None:
    calibration = Calibration(start=0.0, interval_s=0.75, count=16)
    for i, tick in enumerate(calibration.ticks):
        if i == 7:
            continue  # missed
        calibration.tap(tick + 0.100)
        if i == 9:
            calibration.tap(tick + 0.110)  # a double tap on the same tick
    calibration.tap(calibration.ticks[11] + 0.300)  # nearer the next tick: a stray tap
    result = calibration.result()
    assert result is not None
    assert result.offset_ms == pytest.approx(100)


def test_early_taps_give_a_negative_offset() -> None:
    calibration = Calibration(start=10.0)
    for tick in calibration.ticks:
        calibration.tap(tick - 0.030)
    result = calibration.result()
    assert result is not None
    assert result.offset_ms == pytest.approx(-30)


def test_too_few_taps_give_no_result() -> None:
    calibration = Calibration(start=0.0)
    for tick in calibration.ticks[LEAD_IN_TICKS : LEAD_IN_TICKS + MIN_TAPS - 1]:
        calibration.tap(tick + 0.05)
    assert calibration.result() is None


def test_the_new_setting_adds_to_the_current_one_within_range() -> None:
    result = CalibrationResult(offset_ms=140.4, spread_ms=5, used=12, ignored=0)
    assert result.new_setting_ms(20) == 160
    assert result.new_setting_ms(450) == LATENCY_OFFSET_MS.high


def test_the_setting_names_its_range() -> None:
    with pytest.raises(ValidationError, match="from -500 to 500 ms"):
        LATENCY_OFFSET_MS.check("2000")


def test_the_setting_has_the_range_the_saved_preference_has() -> None:
    from thrusttimer.store.settings import VOICE_FIELDS

    saved = VOICE_FIELDS["latency_ms"]
    assert (LATENCY_OFFSET_MS.low, LATENCY_OFFSET_MS.high) == (saved.low, saved.high)


# Playing the ticks -------------------------------------------------------------------------


def test_the_tick_is_handed_over_with_only_the_difference_from_the_outputs_offset() -> None:
    # The output already sends everything 20 ms early (its saved offset); trying 150 ms
    # means 130 ms more: the output then sends it 150 ms before the planned moment.
    assert sound_moment(100.0, 20, 150) == pytest.approx(99.870)
    assert sound_moment(100.0, 150, 150) == pytest.approx(100.0)
    assert sound_moment(100.0, 0, -40) == pytest.approx(100.040)


def test_ticks_are_due_one_at_a_time_just_before_they_must_leave() -> None:
    track = TickTrack(start=10.0, interval_s=0.75, count=4)
    # With a 200 ms offset tick 0 leaves at 9.8 s, so it is placed from 9.8 - 0.3 = 9.5 s.
    assert track.due(9.49, offset_ms=200) == []
    assert track.due(9.50, offset_ms=200) == [10.0]
    assert track.due(9.60, offset_ms=200) == []
    # A new offset applies from the next tick on: tick 1 (10.75 s) with -100 ms leaves at
    # 10.85 s, placed from 10.55 s.
    assert track.due(10.54, offset_ms=-100) == []
    assert track.due(10.55, offset_ms=-100) == [10.75]
    # After a stall every overdue tick comes at once (the output refuses the late ones),
    # and a counted track ends.
    assert track.due(20.0, offset_ms=0) == [11.5, 12.25]
    assert track.due(30.0, offset_ms=0) == []
    assert track.next_index == 4


def test_an_endless_track_keeps_ticking() -> None:
    track = TickTrack(start=0.0, interval_s=0.5)
    ticks = track.due(100.0 - PLACE_AHEAD_S, offset_ms=0)
    assert len(ticks) == 201
    assert ticks[-1] == pytest.approx(100.0)


@pytest.mark.parametrize(
    ("now", "lit"),
    [
        (9.999, False),  # before the first tick
        (10.000, True),  # on the tick
        (10.079, True),  # still within the 80 ms flash
        (10.081, False),
        (10.749, False),
        (10.750, True),  # the next tick
        (10.829, True),
        (10.831, False),
        (17.500, True),  # tick 10, however long it has run
    ],
)
def test_the_circle_is_lit_for_80_ms_from_each_planned_tick(now: float, lit: bool) -> None:
    assert round(FLASH_S * 1000) == 80
    assert flash_lit(now, start=10.0, interval_s=0.75) is lit


def test_a_lead_lights_the_flash_that_much_earlier() -> None:
    assert not flash_lit(9.991, start=10.0, interval_s=0.75)
    assert flash_lit(9.991, start=10.0, interval_s=0.75, lead_s=0.010)
    assert not flash_lit(10.071, start=10.0, interval_s=0.75, lead_s=0.010)
