"""Real X key events for the app's window under Xvfb, as a keyboard, clicker or headset
sends them (xdotool)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

NEEDS_X = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
    reason="needs Xvfb and xdotool",
)
"""The mark of a test that drives the real window with X key events."""


def events(log: Path) -> list[dict[str, Any]]:
    """The app's event log so far (none yet: empty)."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def window_keys(env: Mapping[str, str]) -> Callable[[str], None]:
    """Wait for the app's main window on `env`'s display; return a function that presses
    a key (an xdotool key name: "space", "Next", "XF86AudioPause") on it."""
    found = subprocess.run(
        # Only the visible main window: Qt also makes a hidden 1x1 window of the same
        # class, and which of the two a plain search finds first varies.
        ["xdotool", "search", "--sync", "--onlyvisible", "--class", "^ThrustTimer$"],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    window = found.stdout.split()[0]

    def key(name: str) -> None:
        # stderr: xdotool warns that Xvfb, with no window manager, has no focus window.
        subprocess.run(
            ["xdotool", "key", "--window", window, name],
            env=dict(env),
            check=True,
            stderr=subprocess.DEVNULL,
        )

    return key


def open_window(args: list[str], log: Path, env: Mapping[str, str]) -> subprocess.Popen[bytes]:
    """The real app's window (`python -m thrusttimer ARGS`) at 1024x700, writing its event
    log to `log`, on `env`'s display."""
    command = [sys.executable, "-m", "thrusttimer", *args, "--event-log", str(log)]
    return subprocess.Popen([*command, "--window-size", "1024x700"], env=dict(env))


def start_unlogged(key: Callable[[str], None], log: Path, qtbot: QtBot, timeout_ms: int) -> None:
    """Space, then N on the load prompt (the workout not logged) once it is up, as a lifter
    presses it on seeing it: before that the window has no N key and nothing happens. Until
    the event log says the session started. (A log of its own has no load yet, so the
    window asks for one.)"""
    key("space")

    def not_logged() -> bool:
        key("n")
        qtbot.wait(200)
        return "session_start" in [e["event"] for e in events(log)]

    qtbot.waitUntil(not_logged, timeout=timeout_ms)
