"""End to end: a cancel (a pause, a skip, a stop) silences what the sound server has queued
at once, through a real null sink of PulseAudio and of PipeWire, recorded. Before, the
server played out up to `pulse_feed.TARGET_S` (250 ms) of the old schedule after a pause:
the start of a cue due then was heard after the lifter paused, and whole after the resume."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.e2e.pipewire import FIXED_QUANTUM
from tests.e2e.pulse import RATE, SERVERS, find_onsets, judge, needs_pulse, recorded_driver
from thrusttimer.audio.mixer import FADE_FRAMES
from thrusttimer.audio.output.take_back import GUARD_FRAMES

pytestmark = needs_pulse()

LEFT_S = (GUARD_FRAMES + FADE_FRAMES) / RATE
"""Of the old schedule, what plays on after the take-back besides what the server has handed
on: the frames left for its reading on (`take_back.GUARD_FRAMES`) and the fade (12 ms)."""
HANDED_ON_S = {"pulseaudio": 0.010, "pipewire": FIXED_QUANTUM / RATE}
"""What the server has handed on to its output and cannot take back: a PulseAudio null
sink's render (a few ms), PipeWire's graph period (42.7 ms in these tests)."""
GAP_S = 0.001
"""How far a heard gap may differ from its planned one (as `pulse.judge` holds gaps)."""
SILENCE = 10 ** (-50 / 20)
"""Below this (-50 dBFS, `pulse.find_onsets`'s threshold) the recording is silence."""


@pytest.mark.parametrize("server", SERVERS)
def test_a_cancel_silences_the_queued_audio_at_once(tmp_path: Path, server: str) -> None:
    out = tmp_path / "take_back.json"
    facts, recording = recorded_driver("tests.e2e.take_back_driver", out, server)
    # Both sounds begin where they were planned: the recording's clock is right, and the
    # stream plays on after the take-back from where it was.
    assert facts["tick_at"] is not None
    verdict = judge(recording, [facts["tone_at"], facts["tick_at"]], find_onsets(recording.samples))
    assert verdict.problems() == [], verdict
    # Timed by the recording itself, from the tone's own start: how long it was heard,
    # against how long it ran (as planned) before the cancel and before the take-back.
    tone_start, tick_start = find_onsets(recording.samples)
    loud = np.flatnonzero(np.abs(recording.samples[tone_start:tick_start]) > SILENCE)
    heard_s = (loud[-1] + 1) / RATE
    [(taken_at, frames)] = facts["taken_back"]
    after_cancel = heard_s - (facts["cancelled_at"] - facts["tone_at"])
    after_take_back = heard_s - (taken_at - facts["tone_at"])
    print(
        f"\n{server}: the tone was heard for {after_cancel * 1000:.1f} ms after the cancel and "
        f"{after_take_back * 1000:.1f} ms after the take-back (done "
        f"{(taken_at - facts['cancelled_at']) * 1000:.1f} ms after the cancel), which "
        f"silenced {frames / RATE * 1000:.0f} ms the server would have played"
    )
    assert facts["dropped"] == []  # sounding, so cut, not dropped
    assert taken_at >= facts["cancelled_at"]
    assert after_take_back <= LEFT_S + HANDED_ON_S[server] + GAP_S
    # Without it the server would have played on what it had queued of the tone.
    assert frames / RATE > LEFT_S
