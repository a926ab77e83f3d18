"""Today's loads: how the bar is loaded for the work sets, and the warm-up sets before them.

A workout has loads only once the lifter has said what is on the bar (the load prompt);
`todays_loads` turns that answer, the saved plates and the warm-up scheme into the plates of
every set. A load that is not logged has no plates and no ramp.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.plates import Loading, load_bar
from thrusttimer.core.loading.units import Unit, convert, to_steps
from thrusttimer.core.loading.warmup import WarmupScheme, ramp
from thrusttimer.core.tempo import Tempo

WARMUP_REST_S: Final = 60.0
"""The rest after a warm-up set whose step names none (never longer than the workout's)."""


@dataclass(frozen=True, slots=True)
class WarmupSet:
    """One warm-up set as it runs: its plates, reps, and (None: the workout's) tempo and
    rest after it."""

    loading: Loading
    reps: int
    tempo: Tempo | None = None
    rest_s: float | None = None

    @property
    def load(self) -> float:
        return self.loading.load


@dataclass(frozen=True, slots=True)
class Loads:
    """The plates of the work sets, and the warm-up sets that run before them, lightest
    first (each lighter than the work load)."""

    work: Loading
    warmup: tuple[WarmupSet, ...] = ()

    def loading_of(self, number: int) -> Loading:
        """The plates of set `number`, counted from 1 over the warm-ups, then the work sets."""
        if 1 <= number <= len(self.warmup):
            return self.warmup[number - 1].loading
        return self.work


def held_loading(load: float, unit: Unit) -> Loading:
    """An exercise without a bar: the load held (a plate or a dumbbell; 0 is bodyweight),
    as given, in `unit`: no plate maths, nothing rounded."""
    load = round(max(0.0, load), 2)
    return Loading(unit, load, load, bar=0.0, collar=0.0, per_side=(), held=True)


HELD_STEPS: Final = (32.0, 16.0, 8.0, 4.0, 2.0, 1.0, 0.5, 0.25)
"""What progression makes a held load (no bar) of, as pairs: any half unit from 0 to 127.5
(a plate or a dumbbell of any weight, not a bar's pairs of plates)."""


def held_inventory(unit: Unit) -> Inventory:
    """The "plates" progression rounds a held load with: no bar, every half step."""
    from thrusttimer.core.loading.inventory import PlateStock

    return Inventory(unit, 0.0, tuple(PlateStock(w, 1) for w in HELD_STEPS))


def todays_loads(
    load: float | None,
    unit: Unit,
    inventory: Inventory,
    scheme: WarmupScheme | None = None,
    *,
    bar: bool = True,
) -> Loads | None:
    """The loads for a first work set of `load` (in `unit`; None: not logged, no loads),
    in the plates' unit, with the ramp `scheme` gives (None or no steps: no warm-up).

    A load the plates cannot make is loaded at the nearest one they make, and its `Loading`
    says so (`loading_text` tells the lifter). An exercise without a `bar` holds its load as
    given (`held_loading`), with no warm-up ramp."""
    if load is None:
        return None
    if not bar:
        return Loads(held_loading(load, unit))
    wanted = convert(load, unit, inventory.unit)
    work = load_bar(inventory, round(wanted, 2))
    warmup: tuple[WarmupSet, ...] = ()
    if scheme is not None and scheme.steps:
        # A ramp step is a share of the work load rounded down on purpose: its loading is
        # the load made, not a target missed.
        warmup = tuple(
            WarmupSet(replace(s.loading, target=s.load), s.reps, s.step.tempo, s.step.rest_s)
            for s in ramp(inventory, work.load, scheme)
            if to_steps(s.load) < to_steps(work.load)
        )
    return Loads(work, warmup)
