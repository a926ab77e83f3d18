"""The start-up benchmark's child (`benchmarks/startup_child.py`) reports the moment each of
its three windows has drawn its first frame: at that moment the window's image on the screen
is the whole painted window, not a blank or half-drawn one. A harness check, not a timing:
the figures themselves come from `benchmarks/startup.py`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "benchmarks" / "startup_child.py"

LEAST_COLOURS = {"bare": 5, "floor": 100, "app": 200}
"""Distinct colours in the child's coarse sample of the window at the reported moment: the
bare window (a grey window and a line of text) shows 9, the floor 180, ThrustTimer's idle
gym screen 308. An unpainted window shows one."""


def first_frame(kind: str, tmp_path: Path) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PULSE_SERVER"] = "unix:/nonexistent"  # the frame comes before the sound
    image = tmp_path / f"{kind}.png"
    result = subprocess.run(
        [sys.executable, str(CHILD), kind, "frame", "--check-frame", str(image)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("BENCH ")]
    assert lines, f"{kind}: no figure (exit {result.returncode}):\n{result.stderr}"
    figures: dict[str, Any] = json.loads(lines[-1][len("BENCH ") :])
    assert image.is_file()
    return figures


@pytest.mark.parametrize("kind", ["bare", "floor", "app"])
def test_the_reported_moment_shows_the_whole_painted_window(kind: str, tmp_path: Path) -> None:
    figures = first_frame(kind, tmp_path)
    assert figures["frame_image_size"] == figures["frame_window_size"]
    assert figures["frame_colours"] >= LEAST_COLOURS[kind], figures
    if kind == "app":  # the real command line, on the benchmark's own preset
        assert figures["thrusttimer_tree"] == str(ROOT)
        assert figures["title"] == "Hypertrophy squeeze (modified)"


def test_the_floor_window_runs_no_thrusttimer_code(tmp_path: Path) -> None:
    figures = first_frame("floor", tmp_path)
    assert "thrusttimer_tree" not in figures  # `thrusttimer` was never imported
