"""Training statistics as pure functions: volume, estimated 1RM (Epley), personal records,
weekly volume and time under tension, per session, per training day and per week.

Warm-up sets count towards time under tension (the bar was on the hips) but not towards
volume, top load or 1RM, as Strong and Hevy count them. A set whose load was not logged
counts towards nothing but time under tension. The progress figures (`day_figures`,
`session_figures`, `weekly_volume`) are one exercise's at a time (`exercise`, an id of
`exercise_names`; the barbell hip thrust unless another is named): a frog pump's reps or a
glute bridge's load say nothing about the hip thrust's. A one-sided exercise's left and
right sets are each a set of their own (`side` keeps one side's only). A set logged under a
name that is none of our exercises (an older import's "Hip Thrust (Machine)") is in no
exercise's figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final, Protocol

from thrusttimer.store.exercise_names import HIP_THRUST_ID, exercise_id

LOGGED_BY_THRUSTTIMER: Final = "thrusttimer"
"""The `source` of a session ThrustTimer logged itself (any other was imported)."""


class SetLike(Protocol):
    @property
    def exercise(self) -> str: ...
    @property
    def load_kg(self) -> float | None: ...
    @property
    def reps(self) -> int: ...
    @property
    def tut_s(self) -> float | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def side(self) -> str | None: ...


class SessionLike(Protocol):
    @property
    def started_at(self) -> datetime: ...
    @property
    def source(self) -> str: ...
    @property
    def sets(self) -> Sequence[SetLike]: ...


def is_barbell_hip_thrust(exercise: str) -> bool:
    """Is `exercise` the barbell hip thrust? "Hip Thrust (Barbell)" (ThrustTimer's, Strong's
    and Hevy's name), "Barbell Hip Thrust" or a plain "Hip thrust", in any case; not a glute
    bridge, nor a machine, Smith machine, single-leg or dumbbell hip thrust, whose loads are
    not comparable (`exercise_names` says which name is which exercise)."""
    return exercise_id(exercise) == HIP_THRUST_ID


def sets_of(
    sets: Iterable[SetLike], exercise: str = HIP_THRUST_ID, side: str | None = None
) -> list[SetLike]:
    """The sets of exercise id `exercise`, whatever name each was logged under; with a
    `side`, that side's only."""
    return [
        s for s in sets if exercise_id(s.exercise) == exercise and (side is None or s.side == side)
    ]


def hip_thrust_sets(sets: Iterable[SetLike]) -> list[SetLike]:
    return sets_of(sets, HIP_THRUST_ID)


def _check(load_kg: float, reps: int) -> None:
    if not load_kg >= 0:
        raise ValueError(f"load: {load_kg!r} is not allowed; allowed: 0 or more")  # i18n: not shown
    if reps < 0:
        raise ValueError(f"reps: {reps!r} is not allowed; allowed: 0 or more")  # i18n: not shown


def volume(load_kg: float, reps: int) -> float:
    """Load × reps."""
    _check(load_kg, reps)
    return load_kg * reps


def epley_1rm(load_kg: float, reps: int) -> float:
    """Epley's estimate of the one-rep max: load × (1 + reps / 30); a single is the load
    itself and a set of 0 reps estimates nothing (0)."""
    _check(load_kg, reps)
    if reps == 0:
        return 0.0
    if reps == 1:
        return load_kg
    return load_kg * (1 + reps / 30)


def work_sets(sets: Iterable[SetLike]) -> list[tuple[float, int]]:
    """(load, reps) of each set that is not a warm-up and whose load was logged."""
    return [(s.load_kg, s.reps) for s in sets if s.kind != "warmup" and s.load_kg is not None]


def session_volume(sets: Iterable[SetLike]) -> float:
    return sum((volume(load, reps) for load, reps in work_sets(sets)), 0.0)


def top_load(sets: Iterable[SetLike]) -> float | None:
    """The heaviest load lifted for at least one rep (None: no work set with reps)."""
    loads = [load for load, reps in work_sets(sets) if reps > 0]
    return max(loads) if loads else None


def best_1rm(sets: Iterable[SetLike]) -> float | None:
    estimates = [epley_1rm(load, reps) for load, reps in work_sets(sets) if reps > 0]
    return max(estimates) if estimates else None


def time_under_tension(sets: Iterable[SetLike]) -> float:
    """Seconds under tension, from the sets that know it (imported sets may not)."""
    return sum((s.tut_s for s in sets if s.tut_s is not None and s.tut_s > 0), 0.0)


def knows_time_under_tension(sets: Iterable[SetLike]) -> bool:
    """Does any set know its time under tension? ThrustTimer's always do; an imported one
    only if the app timed it (Strong's Seconds, Hevy's duration_seconds)."""
    return any(s.tut_s is not None and s.tut_s > 0 for s in sets)


def personal_records(values: Sequence[float | None]) -> list[bool]:
    """For each value in time order: is it a personal record, higher than every earlier one?

    The first value is a record; a tie with the best so far is not; None is never one.
    """
    best: float | None = None
    marks: list[bool] = []
    for value in values:
        record = value is not None and (best is None or value > best)
        if record:
            best = value
        marks.append(record)
    return marks


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def weekly_volume(
    sessions: Iterable[SessionLike], exercise: str = HIP_THRUST_ID
) -> list[tuple[date, float]]:
    """One exercise's volume per ISO week (Monday to Sunday, keyed by its Monday), oldest
    first, with empty weeks between the first and last as 0 so a chart shows the gaps.

    A session belongs to the day on its own clock (the time it was logged with)."""
    totals: dict[date, float] = {}
    for session in sessions:
        lifts = sets_of(session.sets, exercise)
        if not lifts:
            continue
        monday = week_start(session.started_at.date())
        totals[monday] = totals.get(monday, 0.0) + session_volume(lifts)
    if not totals:
        return []
    weeks: list[tuple[date, float]] = []
    monday, last = min(totals), max(totals)
    while monday <= last:
        weeks.append((monday, totals.get(monday, 0.0)))
        monday += timedelta(days=7)
    return weeks


@dataclass(frozen=True, slots=True)
class SessionFigures:
    """One session's figures, as the charts plot them."""

    started_at: datetime
    top_load_kg: float | None
    volume_kg: float
    tut_s: float
    best_1rm_kg: float | None
    is_1rm_record: bool


def session_figures(
    sessions: Iterable[SessionLike], exercise: str = HIP_THRUST_ID
) -> list[SessionFigures]:
    """One exercise's figures per session in time order, with 1RM personal records marked
    (another exercise's load is not comparable, as in the charts). A session without a set
    of `exercise` has no load, volume or estimate."""
    ordered = sorted(sessions, key=lambda s: s.started_at)
    lifts = [sets_of(s.sets, exercise) for s in ordered]
    estimates = [best_1rm(sets) for sets in lifts]
    records = personal_records(estimates)
    return [
        SessionFigures(
            started_at=s.started_at,
            top_load_kg=top_load(sets),
            volume_kg=session_volume(sets),
            tut_s=time_under_tension(sets),
            best_1rm_kg=estimate,
            is_1rm_record=record,
        )
        for s, sets, estimate, record in zip(ordered, lifts, estimates, records, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One training day's figures for one exercise, as the progress charts plot them."""

    day: date
    sessions: int
    top_load_kg: float | None
    """The day's heaviest load (None: no work set with a logged load and reps)."""
    best_1rm_kg: float | None
    """The day's best estimate, whichever session it came from."""
    is_1rm_record: bool
    tut_s: float | None
    """Seconds under tension over the day's sessions that know it; None if none does."""
    sessions_without_tut: int
    """Sessions of the day that do not know their time under tension (imported, untimed)."""
    imported_without_tut: int
    """Of those, how many were imported from another app."""


def day_figures(
    sessions: Iterable[SessionLike], exercise: str = HIP_THRUST_ID, side: str | None = None
) -> list[DayFigures]:
    """One exercise's figures per training day, oldest first, 1RM records marked (`side`:
    one side's sets only, of a one-sided exercise).

    A lifter reads progress day by day: two sessions on one day (a morning and an evening
    one) are one point with the day's best load and estimate, and the day's time under
    tension in total. A day without a set of the exercise is not a training day here.
    """
    by_day: dict[date, list[Sequence[SetLike]]] = {}
    sources: dict[date, list[str]] = {}
    for session in sessions:
        lifts = sets_of(session.sets, exercise, side)
        if lifts:
            day = session.started_at.date()
            by_day.setdefault(day, []).append(lifts)
            sources.setdefault(day, []).append(session.source)
    days = sorted(by_day)
    estimates = [_best(best_1rm(sets) for sets in by_day[day]) for day in days]
    records = personal_records(estimates)
    figures: list[DayFigures] = []
    for day, estimate, record in zip(days, estimates, records, strict=True):
        groups = by_day[day]
        untimed = [
            source
            for sets, source in zip(groups, sources[day], strict=True)
            if not knows_time_under_tension(sets)
        ]
        timed = [sets for sets in groups if knows_time_under_tension(sets)]
        figures.append(
            DayFigures(
                day=day,
                sessions=len(groups),
                top_load_kg=_best(top_load(sets) for sets in groups),
                best_1rm_kg=estimate,
                is_1rm_record=record,
                tut_s=sum((time_under_tension(s) for s in timed), 0.0) if timed else None,
                sessions_without_tut=len(untimed),
                imported_without_tut=sum(src != LOGGED_BY_THRUSTTIMER for src in untimed),
            )
        )
    return figures


def _best(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None
