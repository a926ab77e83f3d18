"""End to end: the output put to sleep between workouts costs no CPU, and once woken its
cues land where they are planned again, through a real PulseAudio null sink, recorded."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.pulse import find_onsets, match, needs_pulse, run_recorded

BOUND_S = 0.005

pytestmark = needs_pulse()


def test_asleep_it_is_idle_and_woken_it_is_on_time_again(tmp_path: Path) -> None:
    out = tmp_path / "sleep.json"
    done, recording = run_recorded("tests.e2e.sleep_driver", out)
    assert done.returncode == 0, done.stdout + done.stderr
    facts = json.loads(out.read_text())
    print(f"\nsleep figures: {facts}")
    assert facts["asleep_refused"] == "the audio output is asleep"
    # Asleep, the stream reads nothing: no pulls, so no CPU for it (the CPU figures above
    # include this driver's own event pumping, and are for reading, not asserting).
    assert facts["awake_frames_read"] > 2 * 48_000
    assert facts["asleep_frames_read"] == 0
    assert facts["wake_s"] < 5
    planned = facts["ticks"]
    assert len(planned) == 6
    heard = [recording.time_of(i) for i in find_onsets(recording.samples)]
    assert len(heard) == len(planned), "a tick is missing, or a sound no tick explains"
    errors_ms = [
        None if got is None else round((got - want) * 1000, 2)
        for want, got in match(planned, heard, window_s=0.1)
    ]
    assert all(e is not None and abs(e) <= BOUND_S * 1000 for e in errors_ms), errors_ms
