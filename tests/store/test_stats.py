"""Training statistics: worked examples and properties that hold for any input."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.store.log_records import HIP_THRUST
from thrusttimer.store.stats import (
    best_1rm,
    day_figures,
    epley_1rm,
    is_barbell_hip_thrust,
    personal_records,
    session_figures,
    session_volume,
    time_under_tension,
    top_load,
    volume,
    week_start,
    weekly_volume,
)

TZ = UTC


@dataclass(frozen=True)
class S:
    load_kg: float | None
    reps: int
    tut_s: float | None = None
    kind: str = "normal"
    exercise: str = HIP_THRUST
    side: str | None = None


@dataclass(frozen=True)
class Session:
    started_at: datetime
    sets: list[S] = field(default_factory=list)
    source: str = "thrusttimer"


def bridge(load_kg: float, reps: int, tut_s: float | None = None) -> S:
    return S(load_kg, reps, tut_s, exercise="Glute Bridge (Barbell)")


loads = st.floats(min_value=0, max_value=1000, allow_nan=False)
reps = st.integers(min_value=0, max_value=100)
sets = st.builds(
    S,
    loads,
    reps,
    st.none() | st.floats(min_value=0, max_value=600),
    st.sampled_from(["normal", "warmup", "failure", "drop"]),
)


def test_worked_examples() -> None:
    assert volume(100, 5) == 500
    assert epley_1rm(100, 5) == pytest.approx(116.667, abs=1e-3)
    assert epley_1rm(100, 1) == 100
    assert epley_1rm(100, 0) == 0
    work = [S(100, 5, 25), S(60, 10, 40, "warmup"), S(110, 3, 15)]
    assert session_volume(work) == 830
    assert top_load(work) == 110
    assert best_1rm(work) == pytest.approx(121.0)
    assert time_under_tension(work) == 80
    assert week_start(date(2026, 11, 29)) == date(2026, 11, 23)


@pytest.mark.parametrize(("load", "count"), [(-1.0, 5), (10.0, -1), (float("nan"), 1)])
def test_negative_or_missing_input_is_refused(load: float, count: int) -> None:
    with pytest.raises(ValueError, match="allowed: 0 or more"):
        volume(load, count)
    with pytest.raises(ValueError, match="allowed: 0 or more"):
        epley_1rm(load, count)


@given(loads, reps)
def test_volume_and_1rm_are_never_negative(load: float, count: int) -> None:
    assert volume(load, count) >= 0
    assert epley_1rm(load, count) >= 0


@given(loads, st.integers(min_value=1, max_value=100))
def test_the_1rm_estimate_is_at_least_the_load_lifted(load: float, count: int) -> None:
    assert epley_1rm(load, count) >= load


@given(st.lists(st.none() | st.floats(min_value=0, max_value=1000, allow_nan=False)))
def test_a_pr_is_the_best_so_far_and_the_last_pr_is_the_maximum(
    values: list[float | None],
) -> None:
    marks = personal_records(values)
    assert len(marks) == len(values)
    known = [v for v in values if v is not None]
    records = [v for v, pr in zip(values, marks, strict=True) if pr]
    assert None not in records
    if not known:
        assert records == []
        return
    assert records[-1] == max(known)
    for index, (value, pr) in enumerate(zip(values, marks, strict=True)):
        if pr:
            assert value is not None
            assert all(v is None or v < value for v in values[:index])
    assert records == sorted({v for v in records if v is not None}), "records only ever go up"


@given(st.lists(st.lists(sets, max_size=6), max_size=12), st.integers(0, 60))
def test_session_figures_are_non_negative_and_weekly_volume_adds_up(
    per_session: list[list[S]], gap_days: int
) -> None:
    start = datetime(2026, 1, 5, 18, tzinfo=TZ)
    sessions = [
        Session(start + timedelta(days=i * gap_days), list(group))
        for i, group in enumerate(per_session)
    ]
    figures = session_figures(sessions)
    for figure in figures:
        assert figure.volume_kg >= 0
        assert figure.tut_s >= 0
        assert figure.top_load_kg is None or figure.top_load_kg >= 0
        assert figure.best_1rm_kg is None or figure.best_1rm_kg >= (figure.top_load_kg or 0)
    weeks = weekly_volume(sessions)
    assert sum(v for _, v in weeks) == pytest.approx(sum(f.volume_kg for f in figures))
    assert all(b - a == timedelta(days=7) for (a, _), (b, _) in itertools.pairwise(weeks))
    estimates = [f.best_1rm_kg for f in figures if f.best_1rm_kg is not None]
    if estimates:
        best = max(f.best_1rm_kg or 0.0 for f in figures if f.is_1rm_record)
        assert best == max(estimates)


def test_weekly_volume_shows_an_empty_week_as_zero() -> None:
    first = Session(datetime(2026, 11, 2, 18, tzinfo=TZ), [S(100, 10)])
    third = Session(datetime(2026, 11, 18, 18, tzinfo=TZ), [S(100, 5)])
    assert weekly_volume([third, first]) == [
        (date(2026, 11, 2), 1000.0),
        (date(2026, 11, 9), 0.0),
        (date(2026, 11, 16), 500.0),
    ]


def test_a_sunday_session_is_in_the_week_of_its_monday() -> None:
    sunday = Session(datetime(2026, 10, 4, 19, 30, tzinfo=TZ), [S(100, 10)])
    assert weekly_volume([sunday]) == [(date(2026, 9, 28), 1000.0)]


def test_weekly_volume_counts_only_the_barbell_hip_thrust() -> None:
    mixed = Session(
        datetime(2026, 11, 2, 18, tzinfo=TZ),
        [S(100, 10), bridge(140, 10), S(200, 10, exercise="Hip Thrust (Machine)")],
    )
    only_bridges = Session(datetime(2026, 11, 30, 18, tzinfo=TZ), [bridge(120, 8)])
    assert weekly_volume([mixed, only_bridges]) == [(date(2026, 11, 2), 1000.0)]


@pytest.mark.parametrize(
    ("name", "counted"),
    [
        ("Hip Thrust (Barbell)", True),
        ("hip thrust", True),
        ("Barbell Hip-Thrust", True),
        ("Glute Bridge (Barbell)", False),
        ("Hip Thrust (Machine)", False),
        ("Hip Thrust (Smith Machine)", False),
        ("Single Leg Hip Thrust (Barbell)", False),
        ("Hip Thrust (Dumbbell)", False),
    ],
)
def test_which_exercises_are_the_barbell_hip_thrust(name: str, counted: bool) -> None:
    assert is_barbell_hip_thrust(name) is counted


def test_two_sessions_on_one_day_are_one_day_with_its_best() -> None:
    morning = Session(datetime(2026, 9, 7, 7, tzinfo=TZ), [S(120, 3, 15), S(100, 8, 40)])
    evening = Session(datetime(2026, 9, 7, 19, tzinfo=TZ), [S(110, 5, 30), bridge(150, 5, 30)])
    next_day = Session(datetime(2026, 9, 8, 19, tzinfo=TZ), [S(60, 10, 50)])
    first, second = day_figures([next_day, evening, morning])
    assert (first.day, first.sessions) == (date(2026, 9, 7), 2)
    assert first.top_load_kg == 120, "the heaviest hip thrust, not the glute bridge"
    assert first.best_1rm_kg == pytest.approx(max(epley_1rm(120, 3), epley_1rm(100, 8)))
    assert first.tut_s == 15 + 40 + 30, "the day's total, glute bridges left out"
    assert first.is_1rm_record
    assert (second.day, second.top_load_kg, second.is_1rm_record) == (date(2026, 9, 8), 60, False)


def test_a_day_says_how_many_sessions_do_not_know_their_time_under_tension() -> None:
    day = datetime(2026, 9, 7, 7, tzinfo=TZ)
    timed = Session(day, [S(100, 8, 40)])
    imported = Session(day + timedelta(hours=2), [S(100, 8)], source="strong")
    only_imported = Session(day + timedelta(days=2), [S(105, 8)], source="hevy")
    imported_timed = Session(day + timedelta(days=4), [S(100, 5, 25)], source="strong")
    first, second, third = day_figures([timed, imported, only_imported, imported_timed])
    assert (first.tut_s, first.sessions_without_tut, first.imported_without_tut) == (40, 1, 1)
    assert (second.tut_s, second.sessions_without_tut, second.top_load_kg) == (None, 1, 105)
    assert (third.tut_s, third.sessions_without_tut) == (25, 0), "an import that timed its sets"


def test_a_set_without_a_logged_load_counts_only_towards_time_under_tension() -> None:
    sets = [S(None, 10, 40), S(80, 10, 40)]
    assert session_volume(sets) == 800
    assert top_load(sets) == 80
    assert best_1rm(sets) == pytest.approx(epley_1rm(80, 10))
    assert time_under_tension(sets) == 80
    (day,) = day_figures([Session(datetime(2026, 9, 7, 18, tzinfo=TZ), [S(None, 10, 40)])])
    assert (day.top_load_kg, day.best_1rm_kg, day.tut_s) == (None, None, 40)


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 23), st.lists(sets, max_size=4))))
def test_day_figures_are_one_per_day_in_order_with_each_days_best(
    planned: list[tuple[int, int, list[S]]],
) -> None:
    start = datetime(2026, 1, 5, tzinfo=TZ)
    sessions = [
        Session(start + timedelta(days=day, hours=hour), group) for day, hour, group in planned
    ]
    days = day_figures(sessions)
    assert [d.day for d in days] == sorted({s.started_at.date() for s in sessions if s.sets})
    for figure in days:
        same_day = [s for s in sessions if s.started_at.date() == figure.day]
        tops = [top_load(s.sets) for s in same_day]
        assert figure.top_load_kg == max((t for t in tops if t is not None), default=None)
        assert figure.sessions == sum(1 for s in same_day if s.sets)
