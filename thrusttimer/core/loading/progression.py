"""What to lift next time, from the last sessions of a workout: double progression.

Every work set of the last session at the top of the rep range (and no logged RPE above
the rule's ceiling): add the increment. Two sessions in a row averaging below the bottom of
the range: deload. Otherwise keep the load and aim for one more rep. The load is always one
the inventory makes, and better performance never gives a lighter suggestion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.plates import Loading, load_bar, next_heavier
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.loading.units import STEP, Unit, convert, to_steps, weight_text, with_unit


@dataclass(frozen=True, slots=True)
class WorkSet:
    """A work set as logged (not a warm-up): its load in the inventory's unit (None: not
    logged), the reps done and the RPE, if given."""

    load: float | None
    reps: int
    rpe: float | None = None


@dataclass(frozen=True, slots=True)
class SessionResult:
    """The work sets of one session of the workout."""

    sets: tuple[WorkSet, ...]

    @property
    def load(self) -> float | None:
        """The heaviest logged load (None: no set's load was logged)."""
        loads = [s.load for s in self.sets if s.load is not None]
        return max(loads) if loads else None


class Kind(StrEnum):
    FIRST = "first"
    ADD = "add"
    KEEP = "keep"
    DELOAD = "deload"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Today's load and rep target, what kind of step it is, and why, in words."""

    kind: Kind
    load: float | None
    """None the first time: the lifter chooses."""
    unit: Unit
    reps: int
    """The reps to aim for in each work set."""
    rep_low: int
    rep_high: int
    reasoning: str
    loading: Loading | None = None
    line: str = ""
    """The suggestion in one line: "Last time: 4 × 10 at 100 kg, RPE 8. Today: 102.5 kg ×
    8–12." (the reasoning without the why)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "load": self.load,
            "unit": self.unit,
            "reps": self.reps,
            "rep_low": self.rep_low,
            "rep_high": self.rep_high,
            "plates_per_side": None if self.loading is None else list(self.loading.per_side),
            "reasoning": self.reasoning,
        }


def suggest(
    history: Sequence[SessionResult], rule: Progression, inventory: Inventory
) -> Suggestion:
    """Today's suggestion from the sessions of one workout, oldest first (loads in the
    inventory's unit; sessions whose loads were not logged are passed over)."""
    sessions = [s for s in history if s.load is not None and s.sets]
    unit = inventory.unit
    span = f"{rule.rep_low}" if rule.rep_low == rule.rep_high else f"{rule.rep_low}–{rule.rep_high}"
    if not sessions:
        return Suggestion(
            Kind.FIRST, None, unit, rule.rep_low, rule.rep_low, rule.rep_high,
            "No session of this workout in the log yet: choose a load you can lift for "
            f"{span} reps.",
            line=f"First time: choose a load you can lift for {span} reps.",
        )  # fmt: skip
    last = sessions[-1]
    assert last.load is not None
    kept = load_bar(inventory, last.load)
    reps = [s.reps for s in last.sets]
    rpes = [s.rpe for s in last.sets if s.rpe is not None]
    too_hard = [r for r in rpes if r > rule.max_rpe]
    aim = min(rule.rep_high, max(rule.rep_low, min(reps) + 1))
    kind, loading, target, why = Kind.KEEP, kept, aim, ""
    if len(sessions) >= 2 and all(_below(s, rule) for s in sessions[-2:]):
        kind, target = Kind.DELOAD, rule.rep_low
        loading = load_bar(inventory, last.load * (1 - rule.deload_pct / 100))
        why = f"Two sessions in a row below {rule.rep_low} reps: take {rule.deload_pct:g} % off."
    elif min(reps) >= rule.rep_high and not too_hard:
        step = convert(rule.increment, rule.unit, unit)
        loading = load_bar(inventory, last.load + step)
        if to_steps(loading.load) <= to_steps(kept.load):
            heavier = next_heavier(inventory, kept.load)
            loading = kept if heavier is None else load_bar(inventory, heavier)
        reached = f"Every set reached {rule.rep_high}" + (
            f" at RPE {rule.max_rpe:g} or less" if rpes else ""
        )
        if loading is kept:
            why = f"{reached}, but {with_unit(kept.load, unit)} is the most your plates make."
        else:
            kind, target = Kind.ADD, rule.rep_low
            why = f"{reached}: add {with_unit(rule.increment, rule.unit)}"
            added = to_steps(loading.load) - to_steps(kept.load)
            if added != to_steps(step):
                why += f" (your plates make +{with_unit(added / STEP, unit)})"
            why += "."
    elif min(reps) >= rule.rep_high:
        why = (
            f"Every set reached {rule.rep_high}, but RPE {weight_text(max(too_hard))} is "
            f"above {rule.max_rpe:g}: keep the load."
        )
    else:
        why = f"Not every set reached {rule.rep_high}: keep the load and aim for {aim}."
    today = with_unit(loading.load, unit)
    if not loading.exact and kind is not Kind.ADD:
        today += " (the nearest your plates make)"
    goal = f"{target}" if target == rule.rep_high else f"{target}–{rule.rep_high}"
    last_time, today_text = f"Last time: {_summary(last, unit)}.", f"Today: {today} × {goal}."
    return Suggestion(
        kind, loading.load, unit, target, rule.rep_low, rule.rep_high,
        f"{last_time} {why} {today_text}", loading, f"{last_time} {today_text}",
    )  # fmt: skip


def _below(session: SessionResult, rule: Progression) -> bool:
    """Did the session's work sets average fewer reps than the bottom of the range?"""
    return sum(s.reps for s in session.sets) < rule.rep_low * len(session.sets)


def _summary(session: SessionResult, unit: Unit) -> str:
    """ "4 × 10 at 100 kg, RPE 8", "12, 12, 11 at 100 kg, RPE 8–9"."""
    reps = [s.reps for s in session.sets]
    done = f"{len(reps)} × {reps[0]}" if len(set(reps)) == 1 else ", ".join(map(str, reps))
    assert session.load is not None
    text = f"{done} at {with_unit(session.load, unit)}"
    rpes = sorted({s.rpe for s in session.sets if s.rpe is not None})
    if rpes:
        low, high = weight_text(rpes[0]), weight_text(rpes[-1])
        text += f", RPE {low}" if low == high else f", RPE {low}–{high}"
    return text
