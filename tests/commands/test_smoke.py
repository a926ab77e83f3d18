"""`thrusttimer smoke-test` in-process: the frame check, the worker check, the audio check's
plan and its silent path (with a sound server it is exercised by tests/packaging)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from thrusttimer import cli
from thrusttimer.commands import smoke
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.core.timeline import compile_plan


def test_smoke_test_renders_a_frame_and_saves_it(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shot = tmp_path / "frame.png"
    assert smoke.main(["--no-audio", "--screenshot", str(shot)], "thrusttimer smoke-test") == 0
    out = capsys.readouterr().out
    assert "build: python package" in out
    assert "modules: imported all" in out
    assert "frame: " in out
    assert out.rstrip().endswith("smoke-test: ok")
    assert shot.stat().st_size > 1000


def test_the_smoke_plan_opens_with_the_apps_first_cue() -> None:
    # The cue the smoke test plays is the one a lifter hears first in the default workout.
    def first(plan: Plan) -> str:
        return next(c.text for c in compile_plan(plan).cues if c.text)

    assert first(smoke.smoke_plan()) == first(preset(DEFAULT_PRESET))
    assert smoke.smoke_plan().sets == 1


def test_without_a_sound_server_the_audio_check_passes_visual_only(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The same conductor and output as a workout: no server, so the app runs on silently.
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/thrusttimer-test/native")
    monkeypatch.setenv("THRUSTTIMER_CACHE_DIR", str(tmp_path / "cache"))
    assert smoke.play_first_cue(engine=False)
    out = capsys.readouterr().out
    assert "audio: no output device; skipped" in out


def test_worker_process_check_spawns_and_hears_back(capsys: pytest.CaptureFixture[str]) -> None:
    assert smoke.start_worker_process()
    assert "worker process: spawned and answered (exit 0)" in capsys.readouterr().out


def test_a_screenshot_that_cannot_be_written_is_one_line_before_any_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "frame.png"
    assert cli.main(["smoke-test", "--no-audio", "--screenshot", str(target)]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # refused before the first check ran
    assert err.startswith(f"thrusttimer smoke-test: error: --screenshot: cannot write '{target}'")
    assert err.count("\n") == 1
