"""Real X key events for the app's window under Xvfb, as a keyboard, clicker or headset
sends them (xdotool)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

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
