"""Statistics per exercise: each exercise's PRs, 1RM, volume and charts data apart, whatever
name its sets were logged under, and a one-sided exercise's sides as sets of their own."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.store.exercise_names import LOG_NAMES, log_name
from thrusttimer.store.exercise_stats import (
    exercise_records,
    exercises_logged,
    only_exercise,
    records_text,
)
from thrusttimer.store.log_records import LoggedSession, LoggedSet
from thrusttimer.store.stats import day_figures, epley_1rm, session_figures, weekly_volume


@dataclass(frozen=True)
class S:
    exercise: str
    load_kg: float | None
    reps: int
    side: str | None = None
    kind: str = "normal"
    tut_s: float | None = None


@dataclass(frozen=True)
class Session:
    started_at: datetime
    sets: list[S] = field(default_factory=list)
    source: str = "thrusttimer"


DAY = datetime(2026, 11, 2, 18, tzinfo=UTC)
NEXT = datetime(2026, 11, 5, 18, tzinfo=UTC)


def glute_day() -> list[Session]:
    return [
        Session(
            DAY,
            [
                S("Hip Thrust (Barbell)", 100, 8),
                S("Frog Pumps", None, 40),
                S("frog-pump", 10, 30),
                S("Single Leg Hip Thrust", 20, 10, "left"),
                S("Single Leg Hip Thrust", 20, 12, "right"),
                S("Hip Thrust (Machine)", 300, 10),
            ],
        ),
        Session(
            NEXT,
            [
                S("hip-thrust", 110, 5),  # an older log's raw id
                S("single-leg-hip-thrust", 25, 8, "left"),
                S("Glute Bridge", 140, 10),
            ],
        ),
    ]


def test_a_frog_pumps_reps_never_reach_the_hip_thrusts_1rm() -> None:
    thrust = day_figures(glute_day())
    assert [d.best_1rm_kg for d in thrust] == pytest.approx([epley_1rm(100, 8), epley_1rm(110, 5)])
    pumps = day_figures(glute_day(), "frog-pump")
    assert [(d.day, d.top_load_kg) for d in pumps] == [(DAY.date(), 10)]
    bridges = session_figures(glute_day(), "glute-bridge")
    assert [f.top_load_kg for f in bridges] == [None, 140]
    assert weekly_volume(glute_day(), "single-leg-hip-thrust") == [
        (date(2026, 11, 2), 20 * 10 + 20 * 12 + 25 * 8)
    ], "both sides' sets, each a set of its own"


def test_one_sides_figures() -> None:
    left = day_figures(glute_day(), "single-leg-hip-thrust", side="left")
    right = day_figures(glute_day(), "single-leg-hip-thrust", side="right")
    assert [d.top_load_kg for d in left] == [20, 25]
    assert [d.top_load_kg for d in right] == [20]


def test_the_exercises_logged_are_ours_only_in_a_session_order() -> None:
    assert exercises_logged(glute_day()) == [
        "hip-thrust",
        "single-leg-hip-thrust",
        "glute-bridge",
        "frog-pump",
    ], "the machine hip thrust is none of ours"
    assert exercises_logged([]) == []


def test_records_per_exercise_and_per_side() -> None:
    (thrust,) = exercise_records(glute_day(), "hip-thrust")
    assert thrust.side is None
    assert thrust.best_1rm is not None
    assert thrust.best_1rm.value == pytest.approx(epley_1rm(110, 5))
    assert thrust.heaviest is not None
    assert (thrust.heaviest.load_kg, thrust.heaviest.day) == (110, NEXT.date())
    assert thrust.work_sets == 2
    left, right = exercise_records(glute_day(), "single-leg-hip-thrust")
    assert (left.side, right.side) == ("left", "right")
    assert left.heaviest is not None
    assert left.heaviest.load_kg == 25
    assert right.most_reps is not None
    assert right.most_reps.reps == 12
    (pumps,) = exercise_records(glute_day(), "frog-pump")
    assert pumps.most_reps is not None
    assert (pumps.most_reps.reps, pumps.most_reps.load_kg) == (40, None), "load not logged"
    text = records_text(left, "kg")
    assert text.startswith("Single-leg hip thrust, left side: best estimated 1RM (Epley)")
    assert "heaviest 25 kg × 8 on 2026-11-05" in text


def test_bodyweight_sets_have_reps_records_and_no_1rm_or_heaviest() -> None:
    sessions = [Session(DAY, [S("Frog Pumps", 0, 25), S("Frog Pumps", 0, 30)])]
    (pumps,) = exercise_records(sessions, "frog-pump")
    assert (pumps.best_1rm, pumps.heaviest) == (None, None)
    assert pumps.most_reps is not None
    assert pumps.most_reps.reps == 30
    text = records_text(pumps, "kg")
    assert text == "Frog pump: most reps 30 on 2026-11-02 (2 work sets)."


def test_warmups_are_no_records() -> None:
    sessions = [Session(DAY, [S(LOG_NAMES["hip-thrust"], 200, 5, kind="warmup")])]
    (records,) = exercise_records(sessions, "hip-thrust")
    assert (records.work_sets, records.best_1rm, records.heaviest) == (0, None, None)
    assert records_text(records, "kg").endswith("no work sets yet (0 work sets).")


def logged(exercise: str, number: int, side: str | None = None) -> LoggedSet:
    return LoggedSet(
        id=number,
        session_id=1,
        set_number=number,
        exercise=exercise,
        ended_at=DAY,
        load_kg=50,
        reps=5,
        side=side,  # type: ignore[arg-type]
    )


def test_work_sets_are_numbered_within_their_exercise_and_side() -> None:
    sets = (
        logged("Hip Thrust (Barbell)", 1),
        logged("hip-thrust", 2),
        logged("Single Leg Hip Thrust", 3, "left"),
        logged("Single Leg Hip Thrust", 4, "right"),
        logged("single-leg-hip-thrust", 5, "left"),
        logged("Frog Pumps", 6),
    )
    session = LoggedSession(1, DAY, None, "Glutes", "", "thrusttimer", sets)
    assert [session.work_number(s) for s in sets] == [1, 2, 1, 1, 2, 1]
    (pumps,) = only_exercise([session], "frog-pump")
    assert [s.id for s in pumps.sets] == [6]
    assert only_exercise([session], "glute-bridge") == []


set_of_ours = st.builds(
    S,
    st.sampled_from([*LOG_NAMES.values(), *LOG_NAMES, "Squat"]),
    st.none() | st.integers(0, 300).map(float),
    st.integers(0, 50),
    st.sampled_from([None, "left", "right"]),
    st.sampled_from(["normal", "warmup", "drop"]),
)


@given(st.lists(st.lists(set_of_ours, max_size=6), max_size=4))
def test_each_exercises_figures_are_its_own_sets_figures(groups: list[list[S]]) -> None:
    sessions = [
        Session(datetime(2026, 1, 1 + index, tzinfo=UTC), sets) for index, sets in enumerate(groups)
    ]
    for exercise in LOG_NAMES:
        alone = [
            Session(
                s.started_at, [x for x in s.sets if x.exercise in (exercise, log_name(exercise))]
            )
            for s in sessions
        ]
        assert day_figures(sessions, exercise) == day_figures(alone, exercise)
        assert exercise_records(sessions, exercise) == exercise_records(alone, exercise)
