"""Training statistics as pure functions: volume, estimated 1RM (Epley), personal records,
weekly volume and time under tension.

Warm-up sets count towards time under tension (the bar was on the hips) but not towards
volume, top load or 1RM, as Strong and Hevy count them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol


class SetLike(Protocol):
    @property
    def load_kg(self) -> float: ...
    @property
    def reps(self) -> int: ...
    @property
    def tut_s(self) -> float | None: ...
    @property
    def kind(self) -> str: ...


class SessionLike(Protocol):
    @property
    def started_at(self) -> datetime: ...
    @property
    def sets(self) -> Sequence[SetLike]: ...


def _check(load_kg: float, reps: int) -> None:
    if not load_kg >= 0:
        raise ValueError(f"load: {load_kg!r} is not allowed; allowed: 0 or more")
    if reps < 0:
        raise ValueError(f"reps: {reps!r} is not allowed; allowed: 0 or more")


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


def work_sets(sets: Iterable[SetLike]) -> list[SetLike]:
    return [s for s in sets if s.kind != "warmup"]


def session_volume(sets: Iterable[SetLike]) -> float:
    return sum((volume(s.load_kg, s.reps) for s in work_sets(sets)), 0.0)


def top_load(sets: Iterable[SetLike]) -> float | None:
    """The heaviest load lifted for at least one rep (None: no work set with reps)."""
    loads = [s.load_kg for s in work_sets(sets) if s.reps > 0]
    return max(loads) if loads else None


def best_1rm(sets: Iterable[SetLike]) -> float | None:
    estimates = [epley_1rm(s.load_kg, s.reps) for s in work_sets(sets) if s.reps > 0]
    return max(estimates) if estimates else None


def time_under_tension(sets: Iterable[SetLike]) -> float:
    """Seconds under tension, from the sets that know it (imported sets may not)."""
    return sum((s.tut_s for s in sets if s.tut_s is not None and s.tut_s > 0), 0.0)


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


def weekly_volume(sessions: Iterable[SessionLike]) -> list[tuple[date, float]]:
    """Volume per ISO week (keyed by its Monday), oldest first, with empty weeks between
    the first and last as 0 so a chart shows the gaps."""
    totals: dict[date, float] = {}
    for session in sessions:
        monday = week_start(session.started_at.date())
        totals[monday] = totals.get(monday, 0.0) + session_volume(session.sets)
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


def session_figures(sessions: Iterable[SessionLike]) -> list[SessionFigures]:
    """Figures per session in time order, with 1RM personal records marked."""
    ordered = sorted(sessions, key=lambda s: s.started_at)
    estimates = [best_1rm(s.sets) for s in ordered]
    records = personal_records(estimates)
    return [
        SessionFigures(
            started_at=s.started_at,
            top_load_kg=top_load(s.sets),
            volume_kg=session_volume(s.sets),
            tut_s=time_under_tension(s.sets),
            best_1rm_kg=estimate,
            is_1rm_record=record,
        )
        for s, estimate, record in zip(ordered, estimates, records, strict=True)
    ]
