"""The training log as progression reads it: one workout's sessions, their work sets only."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Final

from thrusttimer.core.content import load_exercise
from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.progression import SessionResult, Suggestion, WorkSet, suggest
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.loading.today import held_inventory, held_loading
from thrusttimer.core.loading.units import STEP
from thrusttimer.core.plan import Plan, modified_name
from thrusttimer.store.exercise_names import HIP_THRUST_ID, exercise_id
from thrusttimer.store.log_records import LoggedSession, Unit, from_kg

WORK_KINDS: Final = ("normal", "failure")
"""Sets progression judges: not warm-ups, and not drop sets (lighter, after the work)."""


def workout_history(
    sessions: Iterable[LoggedSession], name: str, unit: Unit, exercise: str = HIP_THRUST_ID
) -> list[SessionResult]:
    """The sessions of the workout called `name` (or its "(modified)" version), oldest
    first, each with its work sets of exercise id `exercise` (the barbell hip thrust unless
    another is named; whatever name each set was logged under), loads in `unit`."""
    names = {name, modified_name(name)}
    results: list[SessionResult] = []
    for session in sorted(sessions, key=lambda s: s.started_at):
        if session.name not in names:
            continue
        rows = [
            s for s in session.sets if s.kind in WORK_KINDS and exercise_id(s.exercise) == exercise
        ]
        done = [
            WorkSet(
                load=None if s.load_kg is None else round(from_kg(s.load_kg, unit) * STEP) / STEP,
                reps=s.reps,
                rpe=s.rpe,
            )
            for s in rows
        ]
        sides = [s.side for s in rows]
        sets = _pair_sides(done, sides)
        if sets:
            results.append(SessionResult(sets))
    return results


def _pair_sides(done: list[WorkSet], sides: Sequence[str | None]) -> tuple[WorkSet, ...]:
    """One work set for each set of a one-sided exercise: its two sides (logged as two
    rows, one after the other) count as one set at the weaker side's reps and the harder
    side's RPE, so a set reaches the top of the range only when both legs did, and three
    sets read "3 × 10", not "6 × 10". A side without its pair counts on its own."""
    paired: list[WorkSet] = []
    index = 0
    while index < len(done):
        one = done[index]
        if (
            sides[index] is not None
            and index + 1 < len(done)
            and sides[index + 1] not in (None, sides[index])
            and done[index + 1].load == one.load
        ):
            other = done[index + 1]
            rpes = [r for r in (one.rpe, other.rpe) if r is not None]
            paired.append(WorkSet(one.load, min(one.reps, other.reps), max(rpes, default=None)))
            index += 2
            continue
        paired.append(one)
        index += 1
    return tuple(paired)


def suggest_next(
    sessions: Iterable[LoggedSession], plan: Plan, inventory: Inventory, block: int = 0
) -> Suggestion:
    """Today's load and reps for block `block` of `plan` (from 0), from the sets of its
    exercise in the plan's sessions in the log, whatever name each set was logged under
    (see `suggest`)."""
    chosen = plan.blocks[block]
    history = workout_history(sessions, plan.name, inventory.unit, chosen.exercise)
    rule = chosen.progression or Progression(chosen.reps, chosen.reps)
    if load_exercise(chosen.exercise).bar:
        return suggest(history, rule, inventory)
    # No bar: a load held (0: bodyweight), stepped by the increment, never made of plates.
    held = suggest(history, rule, held_inventory(inventory.unit))
    if held.load is None:
        return held
    return replace(held, loading=held_loading(held.load, held.unit))
