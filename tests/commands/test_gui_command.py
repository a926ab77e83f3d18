"""`thrusttimer` with no subcommand: which workout the window opens on, and its options."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from thrusttimer import cli
from thrusttimer.core.plan import DEFAULT_PRESET, Plan, preset
from thrusttimer.gui import app
from thrusttimer.store.settings import Settings


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
    # Plan options change the last-used workout; --preset replaces it.
    assert cli.main(["--reps", "7"]) == 0
    assert opened[2]["plan"] == Plan.build(last, reps=7)
    assert cli.main(["--preset", "warm-up"]) == 0
    assert opened[3]["plan"] == preset("warm-up")


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
    assert opened[0]["event_log"] == str(log)
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
