"""Progression read from the training log: one workout's work sets, in the lifter's unit."""

from __future__ import annotations

from pathlib import Path

from tests.support.training_log import add_session
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB
from thrusttimer.core.loading.progression import Kind, SessionResult, WorkSet
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import preset
from thrusttimer.store.log import KG_PER_LB, TrainingLog
from thrusttimer.store.log_progression import suggest_next, workout_history

HYPERTROPHY = preset("hypertrophy")


def test_only_that_workouts_work_sets_count(tmp_path: Path) -> None:
    with TrainingLog.open(tmp_path / "log.sqlite3") as log:
        add_session(log, HYPERTROPHY.name, 9, 100, [12, 12])
        add_session(log, "Heavy strength", 10, 140, [5, 5])
        add_session(log, f"{HYPERTROPHY.name} (modified)", 11, 102.5, [10, 9])
        add_session(log, HYPERTROPHY.name, 12, 80, [12], exercise="Glute Bridge")
        add_session(log, HYPERTROPHY.name, 2, 95, [11, 10])
        sessions = log.sessions()
    history = workout_history(sessions, HYPERTROPHY.name, "kg")
    assert history == [
        SessionResult((WorkSet(95, 11, 8), WorkSet(95, 10, 8))),
        SessionResult((WorkSet(100, 12, 8), WorkSet(100, 12, 8))),
        SessionResult((WorkSet(102.5, 10, 8), WorkSet(102.5, 9, 8))),
    ]
    result = suggest_next(sessions, HYPERTROPHY, DEFAULT_KG)
    assert (result.kind, result.load, result.reps) == (Kind.KEEP, 102.5, 10)


def test_loads_come_back_in_the_inventorys_unit(tmp_path: Path) -> None:
    with TrainingLog.open(tmp_path / "log.sqlite3") as log:
        add_session(log, HYPERTROPHY.name, 9, 225 * KG_PER_LB, [12, 12, 12], unit="lb")
        sessions = log.sessions()
    assert workout_history(sessions, HYPERTROPHY.name, "lb")[0].load == 225
    result = suggest_next(sessions, HYPERTROPHY, DEFAULT_LB)
    assert (result.kind, result.load, result.unit) == (Kind.ADD, 230, "lb")


def test_sets_without_a_logged_load_give_a_first_time(tmp_path: Path) -> None:
    with TrainingLog.open(tmp_path / "log.sqlite3") as log:
        add_session(log, HYPERTROPHY.name, 9, None, [12, 12])
        sessions = log.sessions()
    assert suggest_next(sessions, HYPERTROPHY, DEFAULT_KG).kind is Kind.FIRST


def test_progression_follows_one_exercise_by_any_name_it_was_logged_under(
    tmp_path: Path,
) -> None:
    with TrainingLog.open(tmp_path / "log.sqlite3") as log:
        add_session(log, HYPERTROPHY.name, 9, 100, [12, 12])
        add_session(log, HYPERTROPHY.name, 10, 60, [12, 11], exercise="glute-bridge")
        add_session(log, HYPERTROPHY.name, 11, 62.5, [10], exercise="Glute Bridge (Barbell)")
        sessions = log.sessions()
    assert workout_history(sessions, HYPERTROPHY.name, "kg") == [
        SessionResult((WorkSet(100, 12, 8), WorkSet(100, 12, 8)))
    ], "the hip thrust unless another is named"
    bridges = workout_history(sessions, HYPERTROPHY.name, "kg", exercise="glute-bridge")
    assert [[s.load for s in r.sets] for r in bridges] == [[60, 60], [62.5]]
    bridge_day = Plan.build(HYPERTROPHY, exercise="glute-bridge")
    assert suggest_next(sessions, bridge_day, DEFAULT_KG).load == 62.5
