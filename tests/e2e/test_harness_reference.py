"""The harness proves itself before it judges the app: a WAV of short clicks at exact sample
positions, played with paplay through each sound server's null sink and recorded with
`Recorder`, must come back with every click exactly CLICK_EVERY samples after the last.
Whatever this shows is the harness's own error (AUDIO-CAPTURE.md, "Prove the harness")."""

from __future__ import annotations

import os
import subprocess
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from tests.e2e.pipewire import pipewire_missing
from tests.e2e.pulse import RATE, Recorder, find_onsets, needs_pulse, sound_server

pytestmark = needs_pulse()

CLICKS = int(os.environ.get("THRUSTTIMER_REFERENCE_CLICKS", "20"))
"""20 s of clicks by default; set it to 62 for the minute-long proof."""
CLICK_EVERY = RATE
LEAD_IN = RATE // 2
CLICK = np.r_[np.full(24, 16_000), np.full(24, -16_000)].astype(np.int16)
"""1 ms: 0.5 ms up, 0.5 ms down, far above find_onsets' −50 dBFS."""


def write_reference(path: Path) -> list[int]:
    """48 kHz stereo int16 clicks; returns the sample index of each."""
    at = [LEAD_IN + i * CLICK_EVERY for i in range(CLICKS)]
    frames = np.zeros((at[-1] + RATE // 2, 2), np.int16)
    for i in at:
        frames[i : i + len(CLICK)] = CLICK[:, None]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames.tobytes())
    return at


@pytest.mark.parametrize(
    "kind",
    [
        "pulseaudio",
        pytest.param(
            "pipewire",
            marks=pytest.mark.skipif(
                bool(pipewire_missing()),
                reason=f"needs PipeWire: {', '.join(pipewire_missing())} not installed",
            ),
        ),
    ],
)
def test_reference_clicks_are_recorded_exactly_one_second_apart(tmp_path: Path, kind: str) -> None:
    wav = tmp_path / "reference.wav"
    planned = write_reference(wav)
    with sound_server(kind) as server:
        recorder = Recorder(server)
        recorder.start()
        time.sleep(0.3)  # the recording is running before the first click
        subprocess.run(["paplay", str(wav)], env=server.env, check=True, timeout=CLICKS + 30)
        time.sleep(0.3)
        recording = recorder.stop()
    onsets = find_onsets(recording.samples)
    intervals = np.diff(onsets).tolist()
    off = {i: gap - CLICK_EVERY for i, gap in enumerate(intervals) if abs(gap - CLICK_EVERY) > 1}
    assert len(onsets) == len(planned), f"{len(onsets)} clicks heard of {len(planned)}: {onsets}"
    assert off == {}, f"intervals off by (samples, after click i): {off}"
