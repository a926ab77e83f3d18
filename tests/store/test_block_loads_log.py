"""Loads per block in the training log: each set logged with its block's exercise and load
(both sides of a one-sided set alike), and each block's suggestion from its own exercise's
sets in the workout's sessions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.store.test_recorder import record_whole
from tests.support.short_sessions import block, short_session
from thrusttimer.core.loading.inventory import DEFAULT_KG
from thrusttimer.core.loading.progression import Kind
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.loading.today import todays_loads
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME
from thrusttimer.core.session_states import State
from thrusttimer.store.exercise_names import log_name
from thrusttimer.store.log import HIP_THRUST, TrainingLog
from thrusttimer.store.log_progression import suggest_next, workout_history

PLAN = short_session(
    block("hip-thrust", 1, 2, 5),
    block("b-stance-hip-thrust", 2, 3, 5, switch_s=4, progression=Progression(8, 12, 2.5)),
    block("frog-pump", 1, 4, 5, progression=Progression(15, 20, 2.5)),
    block_rest_s=6,
    lead_in_s=3,
)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def test_each_set_is_logged_with_its_blocks_exercise_and_load(log: TrainingLog) -> None:
    plan = PLAN.with_loads(
        todays_loads(100, "kg", DEFAULT_KG, DEFAULT_SCHEME),
        (todays_loads(60, "kg", DEFAULT_KG), todays_loads(0, "kg", DEFAULT_KG, bar=False)),
    )
    session = record_whole(log, plan, 100)
    assert session.state is State.DONE
    (logged,) = log.sessions()
    work = [(s.exercise, s.side, s.reps, s.load_kg) for s in logged.sets if s.kind == "normal"]
    assert work == [
        (HIP_THRUST, None, 2, 100.0),
        (log_name("b-stance-hip-thrust"), "left", 3, 60.0),
        (log_name("b-stance-hip-thrust"), "right", 3, 60.0),
        (log_name("b-stance-hip-thrust"), "left", 3, 60.0),
        (log_name("b-stance-hip-thrust"), "right", 3, 60.0),
        (log_name("frog-pump"), None, 4, 0.0),
    ]
    warmups = [(s.exercise, s.load_kg) for s in logged.sets if s.kind == "warmup"]
    assert warmups
    assert all(exercise == HIP_THRUST for exercise, _ in warmups)


def add_glute_day(log: TrainingLog, day: int, b_stance: list[int], frog: float) -> None:
    """A logged glute day: hip thrusts at 100 kg, the B-stance at 60 kg per side, frog
    pumps 20 reps holding `frog` kg."""
    began = datetime(2026, 11, day, 18).astimezone()
    session = log.start_session(PLAN.name, began)
    rows = [(HIP_THRUST, 100.0, 10, None)]
    rows += [("b-stance-hip-thrust", 60.0, r, side) for r in b_stance for side in ("left", "right")]
    rows += [("frog-pump", frog, 20, None)]
    for number, (exercise, load, reps, side) in enumerate(rows, start=1):
        log.add_set(
            session, number, load_kg=load, reps=reps, rpe=8, exercise=exercise, side=side,
            ended_at=began + timedelta(minutes=number),
        )  # fmt: skip


def test_each_block_is_suggested_from_its_own_exercises_sets(log: TrainingLog) -> None:
    add_glute_day(log, 2, [12, 12], frog=10)
    sessions = log.sessions()
    b_stance = workout_history(sessions, PLAN.name, "kg", "b-stance-hip-thrust")
    assert [len(s.sets) for s in b_stance] == [2], "2 sets, each of a left and a right side"
    assert workout_history(sessions, PLAN.name, "kg")[0].load == 100, "block 1 as before"
    first = suggest_next(sessions, PLAN, DEFAULT_KG)
    assert first.load == 102.5, "its 2 reps reached: +2.5 kg"
    second = suggest_next(sessions, PLAN, DEFAULT_KG, 1)
    assert (second.kind, second.load) == (Kind.ADD, 62.5)
    assert second.loading is not None
    assert second.loading.per_side == (20, 1.25)
    frog = suggest_next(sessions, PLAN, DEFAULT_KG, 2)
    assert (frog.kind, frog.load) == (Kind.ADD, 12.5), "a held load: no bar to round to"
    assert frog.loading is not None
    assert frog.loading.held
    assert "Today: 12.5 kg × 15–20." in frog.line


def test_an_exercise_never_logged_has_no_suggestion_and_bodyweight_stays_light(
    log: TrainingLog,
) -> None:
    assert suggest_next(log.sessions(), PLAN, DEFAULT_KG, 1).kind is Kind.FIRST
    add_glute_day(log, 2, [9, 8], frog=0)
    frog = suggest_next(log.sessions(), PLAN, DEFAULT_KG, 2)
    assert (frog.kind, frog.load) == (Kind.ADD, 2.5)
    b_stance = suggest_next(log.sessions(), PLAN, DEFAULT_KG, 1)
    assert (b_stance.kind, b_stance.load, b_stance.reps) == (Kind.KEEP, 60, 9)


def test_a_one_sided_set_counts_once_at_its_weaker_side(log: TrainingLog) -> None:
    began = datetime(2026, 11, 3, 18).astimezone()
    session = log.start_session(PLAN.name, began)
    rows = [("left", 10, 8.0), ("right", 9, 9.0), ("left", 10, 8.0), ("right", 10, 8.5)]
    for number, (side, reps, rpe) in enumerate(rows, start=1):
        log.add_set(
            session, number, load_kg=60, reps=reps, rpe=rpe, ended_at=began,
            exercise=log_name("b-stance-hip-thrust"), side=side,
        )  # fmt: skip
    (result,) = workout_history(log.sessions(), PLAN.name, "kg", "b-stance-hip-thrust")
    assert [(s.reps, s.rpe) for s in result.sets] == [(9, 9.0), (10, 8.5)]
