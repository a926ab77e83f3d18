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

from thrusttimer.core.i18n import number, translate
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
            translate(
                "Progression",
                "No session of this workout in the log yet: choose a load you can lift for "
                "{reps} reps.",
            ).format(reps=span),
            line=translate(
                "Progression", "First time: choose a load you can lift for {reps} reps."
            ).format(reps=span),
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
        why = translate(
            "Progression", "Two sessions in a row below {reps} reps: take {percent} % off."
        ).format(reps=rule.rep_low, percent=number(rule.deload_pct))
    elif min(reps) >= rule.rep_high and not too_hard:
        step = convert(rule.increment, rule.unit, unit)
        loading = load_bar(inventory, last.load + step)
        if to_steps(loading.load) <= to_steps(kept.load):
            heavier = next_heavier(inventory, kept.load)
            loading = kept if heavier is None else load_bar(inventory, heavier)
        if rpes:
            reached = translate("Progression", "Every set reached {reps} at RPE {rpe} or less")
        else:
            reached = translate("Progression", "Every set reached {reps}")
        reached = reached.format(reps=rule.rep_high, rpe=number(rule.max_rpe))
        if loading is kept:
            why = translate(
                "Progression", "{reached}, but {load} is the most your plates make."
            ).format(reached=reached, load=with_unit(kept.load, unit))
        else:
            kind, target = Kind.ADD, rule.rep_low
            added = to_steps(loading.load) - to_steps(kept.load)
            increment = with_unit(rule.increment, rule.unit)
            if added != to_steps(step):
                why = translate(
                    "Progression", "{reached}: add {increment} (your plates make +{added})."
                ).format(reached=reached, increment=increment, added=with_unit(added / STEP, unit))
            else:
                why = translate("Progression", "{reached}: add {increment}.").format(
                    reached=reached, increment=increment
                )
    elif min(reps) >= rule.rep_high:
        why = translate(
            "Progression", "Every set reached {reps}, but RPE {rpe} is above {most}: keep the load."
        ).format(reps=rule.rep_high, rpe=weight_text(max(too_hard)), most=number(rule.max_rpe))
    else:
        why = translate(
            "Progression", "Not every set reached {reps}: keep the load and aim for {aim}."
        ).format(reps=rule.rep_high, aim=aim)
    today = with_unit(loading.load, unit)
    if not loading.exact and kind is not Kind.ADD:
        today = translate("Progression", "{load} (the nearest your plates make)").format(load=today)
    goal = f"{target}" if target == rule.rep_high else f"{target}–{rule.rep_high}"
    last_time = translate("Progression", "Last time: {summary}.").format(
        summary=_summary(last, unit)
    )
    today_text = translate("Progression", "Today: {load} × {reps}.").format(load=today, reps=goal)
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
    load = with_unit(session.load, unit)
    rpes = sorted({s.rpe for s in session.sets if s.rpe is not None})
    if not rpes:
        return translate("Progression", "{sets} at {load}").format(sets=done, load=load)
    low, high = weight_text(rpes[0]), weight_text(rpes[-1])
    rpe = low if low == high else f"{low}–{high}"
    return translate("Progression", "{sets} at {load}, RPE {rpe}").format(
        sets=done, load=load, rpe=rpe
    )
