"""The real app under Xvfb driven by real X key events (xdotool): keyboard, headset media key
and clicker keys reach the session, the event log records pause and resume, and the keep-awake
hold follows them on a private session bus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.dbus import FakeScreenSaver, private_bus
from tests.support.xdotool import NEEDS_X, events, open_window, start_unlogged, window_keys
from tests.support.xvfb import xvfb

pytestmark = [
    pytest.mark.slow,
    NEEDS_X,
]


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb("1366x768x24") as name:
        yield name


def names(log: Path) -> list[object]:
    return [event["event"] for event in events(log)]


def test_keys_media_key_and_clicker_drive_the_real_app(
    qtbot: QtBot, display: str, tmp_path: Path
) -> None:
    log = tmp_path / "events.jsonl"
    with private_bus() as address:
        screensaver = FakeScreenSaver(address, tmp_path / "screensaver.log")
        qtbot.waitUntil(lambda: screensaver.ready, timeout=15000)
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "DBUS_SESSION_BUS_ADDRESS": address,
            "THRUSTTIMER_DATA_DIR": str(tmp_path / "data"),  # a log of its own: no load yet
        }
        app = open_window(["--preset", "warm-up", "--lead-in", "30"], log, env)
        try:
            key = window_keys(env)
            start_unlogged(key, log, qtbot, timeout_ms=15000)
            qtbot.waitUntil(lambda: len(screensaver.calls) == 1, timeout=10000)
            qtbot.wait(300)  # a hold let go at once would show up here as an UnInhibit
            assert screensaver.calls == ["Inhibit ThrustTimer 'A workout is running' -> 42"]
            key("XF86AudioPause")  # a headset's button
            qtbot.waitUntil(lambda: "paused" in names(log), timeout=10000)
            key("b")  # a clicker's "blank screen" button
            qtbot.waitUntil(lambda: "resumed" in names(log), timeout=10000)
            key("Next")  # a clicker's "next" (PageDown): skip the set-up
            qtbot.waitUntil(lambda: "brace" in [e.get("phase") for e in events(log)], timeout=10000)
            key("Escape")
            key("Escape")
            qtbot.waitUntil(lambda: "session_end" in names(log), timeout=10000)
        finally:
            app.terminate()
            app.wait(10)
        expected = [
            "Inhibit ThrustTimer 'A workout is running' -> 42",
            "UnInhibit 42",
            "Inhibit ThrustTimer 'A workout is running' -> 43",
            "UnInhibit 43",
        ]
        qtbot.waitUntil(lambda: len(screensaver.calls) >= len(expected), timeout=10000)
        screensaver.close()
    assert screensaver.calls == expected
    # Cue lines (placed or dropped: this display has no sound server) are the voice's.
    run = [e for e in events(log) if e["event"] not in ("cue", "cue_dropped")]
    assert [e["event"] for e in run] == [
        "session_start",
        "phase",
        "paused",
        "resumed",
        "phase",
        "session_end",
    ]
    assert run[-1]["completed"] is False
    assert run[2]["at_s"] == run[3]["at_s"]  # nothing moved while paused
