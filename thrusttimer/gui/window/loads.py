"""Today's loads, worked out for the window: the suggestion the load prompt starts from,
and the plates of every set from the lifter's answer.

They come from the training log's sessions of the workout (`suggest_next`) and the plates
and warm-up scheme saved in the settings (a commercial gym's and the default ramp until the
lifter changes them). Imported when the load is first asked, not with the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from thrusttimer.core.content import load_exercise
from thrusttimer.core.loading.inventory import DEFAULT_KG, Inventory
from thrusttimer.core.loading.plates import load_bar
from thrusttimer.core.loading.today import Loads, held_loading, todays_loads
from thrusttimer.core.loading.units import convert
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME, WarmupScheme
from thrusttimer.core.plan import Plan
from thrusttimer.store.log import TrainingLog
from thrusttimer.store.log_opening import FAILURES
from thrusttimer.store.log_progression import suggest_next
from thrusttimer.store.log_records import LoggedSession, Unit, to_kg
from thrusttimer.store.workout_log import last_load


class PlateSettings(Protocol):
    """Where the saved plates and warm-up come from (`store.settings.Settings`)."""

    def load_inventory(self) -> tuple[Inventory, str | None]: ...

    def load_warmup(self) -> tuple[WarmupScheme, str | None]: ...


def saved_plates(settings: PlateSettings | None) -> tuple[Inventory, WarmupScheme]:
    """The saved plates and warm-up scheme (the defaults without settings)."""
    if settings is None:
        return DEFAULT_KG, DEFAULT_SCHEME
    return settings.load_inventory()[0], settings.load_warmup()[0]


@dataclass(frozen=True, slots=True)
class BlockAdvice:
    """What the load prompt starts from for a block after the first."""

    number: int
    """The block's number, from 1 (2 for the first of these)."""
    exercise: str
    """Its name: "B-stance hip thrust"."""
    bar: bool
    """Loaded on a bar (plates); False: a load held, or bodyweight (0)."""
    default_kg: float | None
    """Its load from the exercise's own history in this workout (None: not logged; with no
    history, bodyweight for an exercise without a bar, else not logged)."""
    line: str = ""
    """ "Last time: 3 × 10 at 60 kg. Today: 62.5 kg × 8–12." ("" if unknown)."""


@dataclass(frozen=True, slots=True)
class LoadAdvice:
    """What the load prompt starts from."""

    default: tuple[float | None, Unit] | None
    """The load in kg and its unit (the suggestion's, else the last used); None: none yet."""
    line: str
    """ "Last time: 4 × 10 at 100 kg, RPE 8. Today: 102.5 kg × 8–12." ("" if unknown)."""
    warmup: bool = False
    """Whether the warm-up ramp is on to begin with (`warmup_by_default`)."""
    more: tuple[BlockAdvice, ...] = ()
    """The blocks after the first, asked in the same prompt."""


def warmup_by_default(plan: Plan) -> bool:
    """A workout with a rep range to progress in is heavy work: it ramps up to its load. One
    without (the light warm-up preset, a plan of your own) starts at the load given. The
    prompt's toggle (W) decides for today."""
    return plan.progression is not None


def load_advice(log: TrainingLog, plan: Plan, inventory: Inventory) -> LoadAdvice:
    """Today's suggestion for `plan` from the log: its load as the prompt's default, and
    its one line. The first time, the last load used (as before there were suggestions)."""
    warmup = warmup_by_default(plan)
    try:
        sessions = log.sessions()
    except FAILURES:
        return LoadAdvice(last_load(log, plan.name), "", warmup, later_advice((), plan, inventory))
    more = later_advice(sessions, plan, inventory)
    suggestion = suggest_next(sessions, plan, inventory)
    if suggestion.load is None:
        return LoadAdvice(last_load(log, plan.name), suggestion.line, warmup, more)
    kg = to_kg(suggestion.load, suggestion.unit)
    return LoadAdvice((kg, suggestion.unit), suggestion.line, warmup, more)


def later_advice(
    sessions: Sequence[LoggedSession], plan: Plan, inventory: Inventory
) -> tuple[BlockAdvice, ...]:
    """The suggestion for each block after the first, from its own exercise's sets."""
    advice = []
    for index, block in enumerate(plan.blocks[1:], start=1):
        exercise = load_exercise(block.exercise)
        suggestion = suggest_next(sessions, plan, inventory, index)
        if suggestion.load is None:
            kg, line = (None if exercise.bar else 0.0), ""
        else:
            kg, line = to_kg(suggestion.load, suggestion.unit), suggestion.line
        advice.append(BlockAdvice(index + 1, exercise.name, exercise.bar, kg, line))
    return tuple(advice)


def chosen_loads(
    load: float | None, unit: Unit, warmup: bool, settings: PlateSettings | None
) -> Loads | None:
    """The plates of every set for a first work set of `load` (None: not logged, none),
    with the saved warm-up ramp before them if `warmup`."""
    inventory, scheme = saved_plates(settings)
    return todays_loads(load, unit, inventory, scheme if warmup else None)


def chosen_block_loads(
    plan: Plan, loads: Sequence[float | None], unit: Unit, settings: PlateSettings | None
) -> tuple[Loads | None, ...]:
    """The loads of the blocks after the first, from the lifter's answers (in `unit`; None:
    not logged): plates on a bar, as given for an exercise without one; no warm-ups."""
    inventory, _ = saved_plates(settings)
    return tuple(
        todays_loads(load, unit, inventory, bar=load_exercise(block.exercise).bar)
        for block, load in zip(plan.blocks[1:], loads, strict=False)
    )


def warmup_sets(load: float | None, unit: Unit, settings: PlateSettings | None) -> int:
    """How many warm-up sets the saved ramp gives before `load` (0 without a load)."""
    loads = chosen_loads(load, unit, True, settings)
    return 0 if loads is None else len(loads.warmup)


def amended_loads(
    loads: Loads | None, load: float | None, unit: Unit, settings: PlateSettings | None
) -> Loads | None:
    """Today's loads with the work sets at `load` (the lifter's correction in the quick
    entry); None when nothing changes (no loads, or the load is no longer logged: the
    warm-ups and the plates shown stay as they were)."""
    if loads is None or load is None:
        return None
    if loads.work.held:
        held = held_loading(load, unit)
        return None if held == loads.work else replace(loads, work=held)
    inventory, _ = saved_plates(settings)
    wanted = round(convert(load, unit, inventory.unit), 2)
    # The plates on the bar now are moved as few as possible.
    work = load_bar(inventory, wanted, from_plates=loads.work.per_side)
    return None if work == loads.work else replace(loads, work=work)
