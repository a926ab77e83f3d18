"""`thrusttimer` with no subcommand: which workout the window opens on, and its options."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from thrusttimer import cli
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.gui import app
from thrusttimer.store.settings import LAST_PLAN_KEY, Settings


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What run_app was asked to open, instead of opening it."""
    calls: list[dict[str, Any]] = []

    def fake_run_app(plan: Plan | None = None, **options: Any) -> int:
        calls.append({"plan": plan, **options})
        return 0

    monkeypatch.setattr(app, "run_app", fake_run_app)
    return calls


def test_no_arguments_opens_the_last_used_workout(
    opened: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    real = app.load_last_plan
    monkeypatch.setattr(app, "load_last_plan", lambda: real(settings))
    assert cli.main([]) == 0
    assert opened[0]["plan"] == preset(DEFAULT_PRESET)  # first launch: the default preset
    assert opened[0]["startup"].settings is settings
    last = Plan.build(preset("strength"), name="Mine", sets=2)
    settings.save_last_plan(last)
    assert cli.main([]) == 0
    assert opened[1]["plan"] == last
    # Plan options change the last-used workout, and say so in its name; --preset replaces it.
    assert cli.main(["--reps", "7"]) == 0
    assert opened[2]["plan"] == Plan.build(last, reps=7, name="Mine (modified)")
    assert cli.main(["--preset", "warm-up"]) == 0
    assert opened[3]["plan"] == preset("warm-up")


def test_a_workout_changed_by_options_is_named_modified_for_the_title_and_the_log(
    opened: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`thrusttimer --sets 2 --reps 2` (no --preset) starts from the last workout: the
    window's title, the set-up dialog and the training log all take the plan's name."""
    settings = Settings(tmp_path / "settings.ini")
    real = app.load_last_plan
    monkeypatch.setattr(app, "load_last_plan", lambda: real(settings))
    assert cli.main(["--sets", "2", "--reps", "2"]) == 0
    plan = opened[0]["plan"]
    assert (plan.sets, plan.reps) == (2, 2)
    assert plan.name == "Hypertrophy squeeze (modified)"
    settings.save_last_plan(plan)
    assert cli.main(["--reps", "3"]) == 0
    assert opened[1]["plan"].name == "Hypertrophy squeeze (modified)", "not modified twice"
    assert cli.main(["--preset", "strength", "--sets", "2"]) == 0
    assert opened[2]["plan"].name == "Heavy strength (modified)"


def test_plan_options_and_event_log_reach_the_window(
    opened: list[dict[str, Any]], tmp_path: Path
) -> None:
    log = tmp_path / "events.jsonl"
    code = cli.main(
        [
            "--preset",
            "strength",
            "--sets",
            "2",
            "--tempo",
            "3-1-X-1",
            "--rest",
            "60",
            "--lead-in",
            "10",
            "--event-log",
            str(log),
            "--window-size",
            "800x600",
        ]
    )
    assert code == 0
    plan = opened[0]["plan"]
    assert (plan.sets, plan.rest_s, plan.lead_in_s) == (2, 60, 10)
    event_log = opened[0]["event_log"]
    event_log.close()
    assert event_log.path == log  # opened by the command, before any window
    assert opened[0]["window_size"] == (800, 600)
    assert opened[0]["screenshots"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--window-size", "big"], "--window-size: 'big' is not WIDTHxHEIGHT"),
        (["--window-size", "10x10"], "allowed 320x240 to 10000x10000"),
        (["--screenshot-at", "soon:x.png"], "--screenshot-at: 'soon:x.png' is not SECONDS:PATH"),
        (["--sets", "0"], "--sets: '0' is not allowed"),
    ],
)
def test_bad_options_exit_2_with_one_line(
    opened: list[dict[str, Any]], capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert opened == []


def test_a_damaged_settings_file_still_opens_the_default_workout_and_says_so(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\x00\xff[[[ not settings\n[General\nworkout/last_plan=\n")
    startup = app.load_last_plan(Settings(path))
    assert startup.plan == preset(DEFAULT_PRESET)
    assert any("damaged" in notice for notice in startup.notices)


@pytest.mark.parametrize("where", ["missing folder", "folder"])
def test_a_bad_event_log_is_one_line_before_any_window(
    opened: list[dict[str, Any]], capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str
) -> None:
    target = tmp_path / "missing" / "events.jsonl" if where == "missing folder" else tmp_path
    assert cli.main(["--preset", "strength", "--event-log", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"thrusttimer: error: --event-log: cannot write '{target}': ")
    assert err.count("\n") == 1
    assert opened == []


@pytest.mark.parametrize("where", ["a system folder", "under a file", "a folder"])
def test_a_screenshot_that_cannot_be_written_is_one_line_before_any_window(
    opened: list[dict[str, Any]], capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str
) -> None:
    if where == "a system folder":
        if not sys.platform.startswith("linux"):
            pytest.skip("/proc is Linux's")
        target = Path("/proc/shot.png")  # no one may create files here, root included
    elif where == "under a file":
        (tmp_path / "file").write_text("x")
        target = tmp_path / "file" / "shot.png"
    else:
        target = tmp_path
    assert cli.main(["--screenshot-at", f"1:{target}"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"thrusttimer: error: --screenshot-at: cannot write '{target}")
    assert err.count("\n") == 1
    assert opened == []


@pytest.mark.parametrize(
    ("saved", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),
        ('{"sets": ' + "9" * 5000 + "}", "a number 5000 characters long"),
        ('{"exercise": "squat"}', "exercise: 'squat' is not allowed"),
        ('{"name": "a\\ud800b"}', "name: 'a\\ud800b' is not allowed"),
    ],
)
def test_a_bad_saved_workout_opens_the_default_with_a_notice(
    opened: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    saved: str,
    words: str,
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings._qsettings.setValue(LAST_PLAN_KEY, saved)
    settings.sync()
    real = app.load_last_plan
    monkeypatch.setattr(app, "load_last_plan", lambda: real(Settings(tmp_path / "settings.ini")))
    assert cli.main([]) == 0
    assert opened[0]["plan"] == preset(DEFAULT_PRESET)
    (notice,) = opened[0]["startup"].notices
    assert words in notice
    assert "\n" not in notice
