"""Training statistics: worked examples and properties that hold for any input."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.store.stats import (
    best_1rm,
    epley_1rm,
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
    load_kg: float
    reps: int
    tut_s: float | None = None
    kind: str = "normal"


@dataclass(frozen=True)
class Session:
    started_at: datetime
    sets: list[S] = field(default_factory=list)


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
    if not known:
        assert records == []
        return
    assert records[-1] == max(known)
    for index, (value, pr) in enumerate(zip(values, marks, strict=True)):
        if pr:
            assert value is not None
            assert all(v is None or v < value for v in values[:index])
    assert records == sorted(set(records)), "records only ever go up"


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
