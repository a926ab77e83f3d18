"""Calibration: taps along to ticks give the extra latency as a robust median."""

from __future__ import annotations

import random

import pytest

from thrusttimer.audio.calibration import (
    LATENCY_OFFSET_MS,
    LEAD_IN_TICKS,
    MIN_TAPS,
    Calibration,
    CalibrationResult,
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
