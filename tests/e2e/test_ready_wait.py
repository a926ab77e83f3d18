"""The real window under Xvfb, heard through a recorded PulseAudio null sink: a rest waits
for Ready, the one reminder is heard READY_REMINDER_AFTER_S into the wait on its planned
sample, and Space ends the wait into the count-in."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.e2e.pulse import Recorder, find_onsets, judge, needs_pulse, pulse_server
from tests.support.xdotool import NEEDS_X, events, window_keys
from tests.support.xvfb import xvfb
from thrusttimer.core.session_queries import READY_REMINDER_AFTER_S

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    *needs_pulse(),
    NEEDS_X,
]


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb("1366x768x24") as name:
        yield name


def test_the_wait_for_ready_reminds_once_on_time_and_space_ends_it(
    qtbot: QtBot, display: str, tmp_path: Path
) -> None:
    log = tmp_path / "events.jsonl"
    plan = ["--sets", "2", "--reps", "1", "--tempo", "1-0-1-0", "--rest", "12", "--lead-in", "0"]
    with pulse_server() as server:
        env = {
            **server.env,
            "PYTHONPATH": str(ROOT),
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "THRUSTTIMER_DATA_DIR": str(tmp_path / "data"),
            "THRUSTTIMER_CACHE_DIR": str(tmp_path / "cache"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        recorder = Recorder(server)
        recorder.start()
        extra = ["--cue-mode", "tones", "--event-log", str(log), "--window-size", "1366x768"]
        app = subprocess.Popen(
            [sys.executable, "-m", "thrusttimer", *plan, *extra],
            env=env,
            cwd=tmp_path,
        )
        try:
            key = window_keys(env)

            key("space")

            def started() -> bool:
                key("n")  # the load prompt: not logging it (nothing happens before it is up)
                qtbot.wait(200)
                return any(e["event"] == "session_start" for e in events(log))

            qtbot.waitUntil(started, timeout=20000)

            def reminder() -> dict[str, Any] | None:
                return next((e for e in events(log) if e.get("id") == "rest.remind.1"), None)

            qtbot.waitUntil(lambda: reminder() is not None, timeout=40000)
            remind = reminder()
            assert remind is not None
            # Wait until it has been heard, with room for its beep, then stop listening
            # before Space, whose click is no cue.
            qtbot.waitUntil(lambda: time.monotonic() > remind["t_mono"] + 0.6, timeout=40000)
            recording = recorder.stop()
            waited = [e for e in events(log) if e["event"] == "phase" and e["set"] == 2]
            assert waited == [], "set 2 did not start by itself"
            key("space")  # Ready
            qtbot.waitUntil(
                lambda: any(e["event"] == "session_end" for e in events(log)), timeout=30000
            )
        finally:
            app.terminate()
            app.wait(10)
    entries = events(log)
    assert [e for e in entries if e["event"] == "cue_dropped"] == []
    rest = next(e for e in entries if e["event"] == "phase" and e["phase"] == "rest")
    wait_began = rest["t_mono"] + rest["duration_s"] - 4.0
    assert remind["t_mono"] == pytest.approx(wait_began + READY_REMINDER_AFTER_S, abs=0.05)
    # From the set's end on: the start's key clicks are no cues.
    since = rest["t_mono"] - 0.1
    cues = sorted(
        (
            e
            for e in entries
            if e["event"] == "cue" and since <= e["t_mono"] < remind["t_mono"] + 0.5
        ),
        key=lambda e: e["t_mono"],
    )
    assert [c["id"] for c in cues] == ["set-end.1", "rest.remind.1"]
    onsets = [i for i in find_onsets(recording.samples) if recording.time_of(i) >= since]
    verdict = judge(recording, [c["t_mono"] for c in cues], onsets)
    assert verdict.problems() == [], verdict
    end = entries[-1]
    assert end["event"] == "session_end"
    assert end["completed"] is True
    set_two = next(e for e in entries if e["event"] == "phase" and e["set"] == 2)
    assert set_two["t_mono"] > remind["t_mono"], "set 2 began only after Ready"
