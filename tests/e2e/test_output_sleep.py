"""End to end: the output put to sleep between workouts costs no CPU, and once woken its
cues land where they are planned again, through a real PulseAudio null sink, recorded."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.pulse import find_onsets, judge, needs_pulse, recorded_driver

pytestmark = needs_pulse()


def test_asleep_it_is_idle_and_woken_it_is_on_time_again(tmp_path: Path) -> None:
    out = tmp_path / "sleep.json"
    facts, recording = recorded_driver("tests.e2e.sleep_driver", out)
    print(f"\nsleep figures: {facts}")
    assert facts["asleep_refused"] == "the audio output is asleep"
    # Asleep, the stream reads nothing: no pulls, so no CPU for it (the CPU figures above
    # include this driver's own event pumping, and are for reading, not asserting).
    assert facts["awake_frames_read"] > 2 * 48_000
    assert facts["asleep_frames_read"] == 0
    assert facts["wake_s"] < 5
    planned = facts["ticks"]
    assert len(planned) == 6
    verdict = judge(recording, planned, find_onsets(recording.samples))
    assert verdict.problems() == [], verdict
