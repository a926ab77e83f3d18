"""End to end: the real window under Xvfb runs a workout of two exercises, the second one
done a side at a time, driven by X key events, into a private PulseAudio null sink that is
recorded. Every cue the window logs is heard at its logged moment (`pulse.judge`), the
rest between the exercises and the switch between the sides included, none dropped."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.e2e.pulse import Recorder, find_onsets, judge, needs_pulse, sound_server
from tests.support.xdotool import NEEDS_X, events, open_window, start_unlogged, window_keys
from tests.support.xvfb import xvfb

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [*needs_pulse(), NEEDS_X]

PLAN = {
    "format": 2,
    "name": "Two glute moves",
    "lead_in_s": 2,
    "block_rest_s": 4,
    "advance_when_ready": False,
    "blocks": [
        {"exercise": "hip-thrust", "sets": 1, "reps": 2, "tempo": "1-0-1-1", "rest_s": 5},
        {
            "exercise": "single-leg-hip-thrust",
            "sets": 1,
            "reps": 2,
            "tempo": "1-0-1-1",
            "switch_s": 3,
        },
    ],
}


def test_the_window_runs_two_exercises_and_two_sides_on_time(qtbot: QtBot, tmp_path: Path) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN))
    log = tmp_path / "events.jsonl"
    with xvfb("1366x768x24") as display, sound_server("pulseaudio") as server:
        env = {
            **os.environ,
            **server.env,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "THRUSTTIMER_DATA_DIR": str(tmp_path / "data"),  # a log of its own: no load yet
            "PYTHONPATH": str(ROOT),
        }
        recorder = Recorder(server)
        recorder.start()
        app = open_window(["--plan-file", str(plan), "--cue-mode", "tones"], log, env)
        try:
            start_unlogged(window_keys(env), log, qtbot, timeout_ms=20000)
            qtbot.waitUntil(
                lambda: "session_end" in [e["event"] for e in events(log)], timeout=60000
            )
            time.sleep(0.5)  # the final tone reaches the recording
        finally:
            recording = recorder.stop()
            app.terminate()
            app.wait(10)
    entries = events(log)
    phases = [(e.get("phase"), e.get("side")) for e in entries if e["event"] == "phase"]
    assert ("switch", "left") in phases, phases  # the switch after the left side
    assert ("thrust", "right") in phases, phases
    assert entries[-1]["event"] == "session_end"
    assert entries[-1]["completed"] is True
    assert [e for e in entries if e["event"] == "cue_dropped"] == []
    cues = [e for e in entries if e["event"] == "cue"]
    assert any(c["id"] == "switch" for c in cues)
    verdict = judge(recording, [c["t_mono"] for c in cues], find_onsets(recording.samples))
    assert verdict.problems() == [], verdict
