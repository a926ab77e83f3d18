"""End to end: the calibration screen's ticks through a real PulseAudio null sink, recorded.
Tap along plays each tick at its planned moment; tick-meets-flash with +100 ms plays each
tick 100 ms before its flash. Bounds are loose; the measured figures are in the README."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.pulse import find_onsets, match, needs_pulse, run_recorded

BOUND_S = 0.005

pytestmark = needs_pulse()


def test_calibration_ticks_are_heard_where_they_are_planned(tmp_path: Path) -> None:
    out = tmp_path / "ticks.json"
    done, recording = run_recorded("tests.e2e.calibration_driver", out)
    assert done.returncode == 0, done.stdout + done.stderr + out.read_text()
    planned = json.loads(out.read_text())
    assert planned["tap_refused"] == []
    assert planned["flash_refused"] == []
    assert len(planned["tap_ticks"]) == 8
    assert len(planned["flash_ticks"]) >= 3
    heard = [recording.time_of(i) for i in find_onsets(recording.samples)]
    shift = planned["flash_offset_ms"] / 1000
    expected = planned["tap_ticks"] + [t - shift for t in planned["flash_ticks"]]
    assert len(heard) == len(expected), "a tick is missing, or a sound no tick explains"
    pairs = match(expected, heard, window_s=0.1)
    errors_ms = [None if got is None else round((got - want) * 1000, 2) for want, got in pairs]
    assert all(e is not None and abs(e) <= BOUND_S * 1000 for e in errors_ms), errors_ms
