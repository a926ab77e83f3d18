"""Personal records per exercise (and per side of a one-sided one), and which exercises a
log holds: what History's summary and `thrusttimer history` say about each exercise apart.

A record is the best of one exercise's sets that are not warm-ups (as in `stats`): the best
estimated 1RM (Epley) and the set it came from, the heaviest load lifted and the most
volume in one session (of sets with a logged load), and the most reps in one set (any set:
a frog pump's load is often not logged). A one-sided exercise
has a record for each side, as a lifter compares the left leg with the right; its sides'
sets are never added into one set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from thrusttimer.core.i18n import number, singular, translate
from thrusttimer.store.exercise_names import display_name, exercise_id, is_unilateral, known_ids
from thrusttimer.store.log_records import LoggedSession, Unit, from_kg
from thrusttimer.store.stats import SessionLike, epley_1rm, session_volume, sets_of

SIDES: Final = ("left", "right")


@dataclass(frozen=True, slots=True)
class BestSet:
    """A record set: its load (kg), reps and day; `value` is what the record compares."""

    value: float
    load_kg: float | None
    """None: not logged (a bodyweight set's most reps)."""
    reps: int
    day: date


@dataclass(frozen=True, slots=True)
class Records:
    """One exercise's records, or one side's of a one-sided exercise (`side`)."""

    exercise: str
    side: str | None
    work_sets: int
    """Sets that are not warm-ups: what the records come from."""
    best_1rm: BestSet | None
    heaviest: BestSet | None
    most_reps: BestSet | None
    best_session_volume: tuple[float, date] | None


def exercises_logged(sessions: Iterable[SessionLike]) -> list[str]:
    """The ids of our exercises that have a set in `sessions`, in `known_ids` order."""
    found = {exercise_id(s.exercise) for session in sessions for s in session.sets}
    return [exercise for exercise in known_ids() if exercise in found]


def exercise_records(sessions: Sequence[SessionLike], exercise: str) -> list[Records]:
    """`exercise`'s records: one for each side of a one-sided exercise that has sets on
    that side (and one for its sets logged without a side), else one."""
    if not is_unilateral(exercise):
        return [_records(sessions, exercise, None, every_side=True)]
    sides = {s.side for session in sessions for s in sets_of(session.sets, exercise)}
    return [_records(sessions, exercise, side) for side in (*SIDES, None) if side in sides]


def _records(
    sessions: Sequence[SessionLike], exercise: str, side: str | None, every_side: bool = False
) -> Records:
    best_1rm: BestSet | None = None
    heaviest: BestSet | None = None
    most_reps: BestSet | None = None
    volume: tuple[float, date] | None = None
    count = 0
    for session in sorted(sessions, key=lambda s: s.started_at):
        day = session.started_at.date()
        lifts = [s for s in sets_of(session.sets, exercise) if every_side or s.side == side]
        work = [s for s in lifts if s.kind != "warmup"]
        count += len(work)
        for s in work:
            if s.reps <= 0:
                continue
            # Strictly better only: the first time a record was set is its day.
            most_reps = _better(most_reps, BestSet(s.reps, s.load_kg, s.reps, day))
            if s.load_kg is None or s.load_kg <= 0:
                continue  # not logged, or bodyweight: no 1RM and no "heaviest 0 kg"
            best_1rm = _better(
                best_1rm, BestSet(epley_1rm(s.load_kg, s.reps), s.load_kg, s.reps, day)
            )
            heaviest = _better(heaviest, BestSet(s.load_kg, s.load_kg, s.reps, day))
        total = session_volume(lifts)
        if total > 0 and (volume is None or total > volume[0]):
            volume = (total, day)
    return Records(exercise, side, count, best_1rm, heaviest, most_reps, volume)


def _better(best: BestSet | None, candidate: BestSet) -> BestSet:
    return candidate if best is None or candidate.value > best.value else best


def only_exercise(sessions: Iterable[LoggedSession], exercise: str) -> list[LoggedSession]:
    """`sessions` with the sets of exercise id `exercise` only; a session without one is
    left out (History and `history --exercise` show one exercise so)."""
    kept: list[LoggedSession] = []
    for session in sessions:
        sets = tuple(s for s in session.sets if exercise_id(s.exercise) == exercise)
        if sets:
            kept.append(replace(session, sets=sets))
    return kept


def records_text(records: Records, unit: Unit) -> str:
    """One exercise's (or side's) records on one line, as History and `thrusttimer
    history` say them: "Barbell hip thrust: best estimated 1RM (Epley) 128.3 kg on
    2026-11-09 (110 kg × 5); heaviest 110 kg × 5 on 2026-11-09; …"."""
    name = display_name(records.exercise)
    if records.side == "left":
        name = translate("ExerciseRecords", "{exercise}, left side").format(exercise=name)
    elif records.side is not None:
        name = translate("ExerciseRecords", "{exercise}, right side").format(exercise=name)
    parts = []
    if records.best_1rm is not None:
        best = records.best_1rm
        parts.append(
            translate(
                "ExerciseRecords",
                "best estimated 1RM (Epley) {estimate} on {day} ({load} × {reps})",
            ).format(
                estimate=_load(best.value, unit),
                day=f"{best.day:%Y-%m-%d}",
                load=_load(best.load_kg, unit),
                reps=best.reps,
            )
        )
    if records.heaviest is not None:
        top = records.heaviest
        parts.append(
            translate("ExerciseRecords", "heaviest {load} × {reps} on {day}").format(
                load=_load(top.load_kg, unit), reps=top.reps, day=f"{top.day:%Y-%m-%d}"
            )
        )
    if records.most_reps is not None:
        most = records.most_reps
        parts.append(
            translate("ExerciseRecords", "most reps {reps} on {day}").format(
                reps=most.reps, day=f"{most.day:%Y-%m-%d}"
            )
        )
    if records.best_session_volume is not None:
        volume, day = records.best_session_volume
        parts.append(
            translate(
                "ExerciseRecords", "most volume in a session {volume} × reps on {day}"
            ).format(volume=_load(volume, unit), day=f"{day:%Y-%m-%d}")
        )
    said = "; ".join(parts) if parts else translate("ExerciseRecords", "no work sets yet")
    count = records.work_sets
    if singular(count):
        sets = translate("ExerciseRecords", "{count} work set").format(count=count)
    else:
        sets = translate("ExerciseRecords", "{count} work sets").format(count=count)
    return translate("ExerciseRecords", "{exercise}: {records} ({sets}).").format(
        exercise=name, records=said, sets=sets
    )


def _load(load_kg: float | None, unit: Unit) -> str:
    """ "100 kg", "128.3 kg"; "—" for a load not logged."""
    if load_kg is None:
        return "—"
    value = from_kg(load_kg, unit)
    places = 0 if f"{value:.1f}".endswith(".0") else 1
    return f"{number(value, places)} {unit}"
