"""`thrusttimer next`: the suggestion from the log, as text or JSON, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.training_log import add_session
from thrusttimer.cli import main
from thrusttimer.commands import next_session
from thrusttimer.core.loading.inventory import DEFAULT_LB
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import preset
from thrusttimer.store.log import DATA_DIR_ENV, KG_PER_LB, LOG_FILE_NAME, TrainingLog
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import Settings


@pytest.fixture
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    path = tmp_path / "settings.ini"
    monkeypatch.setattr(next_session, "open_settings", lambda: Settings(path))
    return Settings(path)


def log_sessions(tmp_path: Path, name: str, *sessions: tuple[float, list[int]]) -> None:
    with TrainingLog.open(tmp_path / "data" / LOG_FILE_NAME) as log:
        for day, (load, reps) in enumerate(sessions, start=2):
            add_session(log, name, day, load, reps)


def test_the_first_time(saved: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["next"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Hypertrophy squeeze (8–12 reps, +2.5 kg)",
        "No session of this workout in the log yet: choose a load you can lift for 8–12 reps.",
    ]


def test_a_suggestion_with_its_plates_and_warm_up(
    tmp_path: Path, saved: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    log_sessions(tmp_path, "Hypertrophy squeeze", (97.5, [12, 11, 10, 10]), (100, [12] * 4))
    assert main(["next", "--preset", "hypertrophy"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Hypertrophy squeeze (8–12 reps, +2.5 kg)",
        "Last time: 4 × 12 at 100 kg, RPE 8. Every set reached 12 at RPE 9 or less: add 2.5 kg. "
        "Today: 102.5 kg × 8–12.",
        "Plates: 102.5 kg: 25 + 15 + 1.25 each side",
        "Warm-up: 20 kg × 10, 40 kg × 8, 60 kg × 5, 80 kg × 3 "
        "(empty bar × 10, 40 % × 8, 60 % × 5, 80 % × 3)",
    ]


def test_json_for_scripts(
    tmp_path: Path, saved: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    saved.save_inventory(DEFAULT_LB)
    assert saved.sync() is None
    log_sessions(tmp_path, "Heavy strength", (140 * KG_PER_LB, [4, 3]))
    assert main(["next", "--preset", "Heavy Strength", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["workout"] == "Heavy strength"
    assert data["sessions"] == 1
    assert (data["kind"], data["unit"], data["reps"]) == ("keep", "lb", 4)
    assert data["progression"]["rep_low"] == 3
    assert data["load"] == 140
    assert data["plates"] == "140 lb: 45 + 2.5 each side"
    assert data["warmup"][0] == {
        "load": 45,
        "reps": 10,
        "plates_per_side": [],
        "plates": "the empty bar",
    }


def test_a_users_preset_by_name(
    tmp_path: Path, saved: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    presets, _ = UserPresets.load()
    presets.add(Plan.build(preset("strength"), name="Glute day", progression={"rep_low": 6}))
    assert main(["next", "--preset", "glute day"]) == 0
    assert capsys.readouterr().out.startswith("Glute day (6–12 reps, +2.5 kg)\n")


def test_an_unknown_preset_names_the_choices(
    saved: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    presets, _ = UserPresets.load()
    presets.add(Plan.build(preset("strength"), name="Glute day"))
    assert main(["next", "--preset", "Leg day"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "thrusttimer next: error: --preset: 'Leg day' is not allowed (unknown preset); allowed: "
        "one of strength, hypertrophy, slow-eccentric, warm-up, pause-reps, glute-day-a, "
        "glute-day-b; "
        "or one of yours: "
        "Glute day\n"
    )


def test_a_whole_session_suggests_each_block_from_its_own_exercise(
    tmp_path: Path, saved: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    with TrainingLog.open(tmp_path / "data" / LOG_FILE_NAME) as log:
        add_session(log, "Glute day A", 2, 100, [12, 12, 12, 12])
        add_session(log, "Glute day A", 3, 60, [10, 10, 10], exercise="b-stance-hip-thrust")
        add_session(log, "Glute day A", 4, 0, [20, 20], exercise="Frog Pumps")
    assert main(["next", "--preset", "glute-day-a"]) == 0
    out = capsys.readouterr().out
    first, b_stance, frogs = out.split("\n\n")
    assert first.startswith("Glute day A (8–12 reps, +2.5 kg)\nLast time: 4 × 12 at 100 kg")
    assert "Today: 102.5 kg" in first
    assert b_stance.startswith(
        "2 · B-stance hip thrust (10 reps, +2.5 kg)\nLast time: 3 × 10 at 60 kg"
    )
    assert "Today: 62.5 kg" in b_stance
    assert "Plates: 62.5 kg" in b_stance
    assert frogs.startswith("3 · Frog pump (20 reps, +2.5 kg)\nLast time: 2 × 20")
    assert "Plates" not in frogs, "held or bodyweight: no plate maths"
    assert frogs.splitlines()[-1] == "Load: 2.5 kg held on the hips"
    assert main(["next", "--preset", "glute-day-a", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["load"] == 102.5
    assert [(b["block"], b["exercise"], b["sessions"], b["load"]) for b in data["blocks"]] == [
        (2, "b-stance-hip-thrust", 1, 62.5),
        (3, "frog-pump", 1, 2.5),
    ]
