"""The training log as progression reads it: one workout's sessions, their work sets only."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.progression import SessionResult, Suggestion, WorkSet, suggest
from thrusttimer.core.loading.units import STEP
from thrusttimer.core.plan import Plan, modified_name
from thrusttimer.store.exercise_names import HIP_THRUST_ID, exercise_id
from thrusttimer.store.log_records import LoggedSession, Unit, from_kg

WORK_KINDS: Final = ("normal", "failure")
"""Sets progression judges: not warm-ups, and not drop sets (lighter, after the work)."""


def workout_history(
    sessions: Iterable[LoggedSession], name: str, unit: Unit, *, exercise: str = HIP_THRUST_ID
) -> list[SessionResult]:
    """The sessions of the workout called `name` (or its "(modified)" version), oldest
    first, each with its work sets of exercise id `exercise` (the barbell hip thrust unless
    another is named; whatever name each set was logged under), loads in `unit`."""
    names = {name, modified_name(name)}
    results: list[SessionResult] = []
    for session in sorted(sessions, key=lambda s: s.started_at):
        if session.name not in names:
            continue
        sets = tuple(
            WorkSet(
                load=None if s.load_kg is None else round(from_kg(s.load_kg, unit) * STEP) / STEP,
                reps=s.reps,
                rpe=s.rpe,
            )
            for s in session.sets
            if s.kind in WORK_KINDS and exercise_id(s.exercise) == exercise
        )
        if sets:
            results.append(SessionResult(sets))
    return results


def suggest_next(
    sessions: Iterable[LoggedSession],
    plan: Plan,
    inventory: Inventory,
    *,
    exercise: str = HIP_THRUST_ID,
) -> Suggestion:
    """Today's load and reps for `plan`'s `exercise`, from its sessions in the log (see
    `suggest`)."""
    history = workout_history(sessions, plan.name, inventory.unit, exercise=exercise)
    return suggest(history, plan.progression_rule, inventory)
