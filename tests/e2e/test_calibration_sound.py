"""End to end: the calibration screen's ticks through a real PulseAudio null sink, recorded.
Tap along plays each tick at its planned moment; tick-meets-flash with +100 ms plays each
tick 100 ms before its flash. Each heard gap between ticks must match the planned gap to
1 ms, and every tick sit within 10 ms of its moment (`pulse.judge`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.pulse import (
    SERVERS,
    find_onsets,
    judge,
    needs_pulse,
    recorded_driver,
)

pytestmark = needs_pulse()


@pytest.mark.parametrize("server", SERVERS)
def test_calibration_ticks_are_heard_where_they_are_planned(tmp_path: Path, server: str) -> None:
    out = tmp_path / "ticks.json"
    planned, recording = recorded_driver("tests.e2e.calibration_driver", out, server)
    assert planned["tap_refused"] == []
    assert planned["flash_refused"] == []
    assert len(planned["tap_ticks"]) == 8
    assert len(planned["flash_ticks"]) >= 3
    shift = planned["flash_offset_ms"] / 1000
    expected = planned["tap_ticks"] + [t - shift for t in planned["flash_ticks"]]
    verdict = judge(recording, expected, find_onsets(recording.samples))
    assert verdict.problems() == [], verdict
