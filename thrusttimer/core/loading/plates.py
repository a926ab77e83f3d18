"""Plates per side for a load: the fewest plates, or the nearest load the inventory makes.

Sums are worked in whole hundredths of the unit, divided by the plates' greatest common
divisor, so they are exact and the search is small (a few hundred sums for a gym's plates).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Final

from thrusttimer.core.errors import NumberField
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP
from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.units import Unit, from_steps, to_steps

TARGET_LIMITS: Final[dict[Unit, float]] = {"kg": 1000, "lb": 2200}


def target_field(unit: Unit, name: str = "load") -> NumberField:
    """The range a load asked for may be in (what a bar could hold, with room)."""
    return NumberField(name, 0, TARGET_LIMITS[unit], unit)


class Rounding(StrEnum):
    NEAREST = "nearest"
    """The nearest load the inventory makes; halfway between two, the lighter."""
    DOWN = "down"
    """The heaviest load at or below the target (the empty bar if the target is lighter)."""
    UP = "up"
    """The lightest load at or above the target (every plate if the target is heavier)."""


class Rounded(StrEnum):
    EXACT = "exact"
    UP = "up"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class Loading:
    """How to load the bar for `target`: `per_side` plates (heaviest first, the order they
    go on), making `load`, which is `target` unless the inventory cannot make it."""

    unit: Unit
    target: float
    load: float
    bar: float
    collar: float
    per_side: tuple[float, ...]
    beyond: str = ""
    """Why the target is out of reach whatever the rounding: "lighter than the empty bar",
    "heavier than all your plates"; empty when the inventory reaches it. English, shown
    through `translate("Loading", beyond)` (`wording.loading_text`)."""
    held: bool = False
    """No bar: an added load held (a plate or dumbbell on the hips; 0 is bodyweight), made
    as given, with no plates to count (`today.held_loading`)."""

    @property
    def rounded(self) -> Rounded:
        difference = to_steps(self.load) - to_steps(self.target)
        if difference == 0:
            return Rounded.EXACT
        return Rounded.UP if difference > 0 else Rounded.DOWN

    @property
    def exact(self) -> bool:
        return self.rounded is Rounded.EXACT

    @property
    def off_by(self) -> float:
        """How far the load is from the target (never negative)."""
        return from_steps(abs(to_steps(self.load) - to_steps(self.target)))

    @property
    def empty_bar(self) -> bool:
        return not self.per_side


@dataclass(frozen=True, slots=True)
class PlateChange:
    """What to take off and put on, each side, to go from one loading to the next."""

    take_off: tuple[float, ...]
    add: tuple[float, ...]

    @property
    def none(self) -> bool:
        return not self.take_off and not self.add


def loadable(inventory: Inventory) -> tuple[float, ...]:
    """Every load the inventory makes, lightest first."""
    scale, sums = _sums(_stock_steps(inventory))
    empty = to_steps(inventory.empty)
    return tuple(from_steps(empty + 2 * s * scale) for s in sums)


def load_bar(
    inventory: Inventory,
    target: float,
    rounding: Rounding = Rounding.NEAREST,
    *,
    from_plates: Sequence[float] = (),
) -> Loading:
    """How to load `target` (in the inventory's unit): the fewest plates, heaviest first.

    When the inventory cannot make `target`, the load is rounded as `rounding` says and the
    `Loading` says which way (`rounded`, `off_by`, `beyond`): never silently. Given the
    plates on each side now (`from_plates`), the plates are chosen to move the fewest.
    """
    stock = _stock_steps(inventory)
    scale, sums = _sums(stock)
    empty = to_steps(inventory.empty)
    wanted = to_steps(target)
    # Side sums are in units of `scale` hundredths; a load is empty + 2 × side.
    exact_side = (wanted - empty) / (2 * scale)
    side = _pick(sums, exact_side, rounding)
    beyond = ""
    if wanted < empty:
        beyond = QT_TRANSLATE_NOOP("Loading", "lighter than the empty bar")
    elif wanted > empty + 2 * sums[-1] * scale:
        beyond = QT_TRANSLATE_NOOP("Loading", "heavier than all your plates")
    counts = _fewest(stock, side, _counts(from_plates, stock))
    plates = tuple(
        from_steps(weight)
        for (weight, _), count in zip(stock, counts, strict=True)
        for _ in range(count)
    )
    return Loading(
        unit=inventory.unit,
        target=from_steps(wanted),
        load=from_steps(empty + 2 * side * scale),
        bar=inventory.bar,
        collar=inventory.collar,
        per_side=plates,
        beyond=beyond,
    )


def plate_change(before: Loading, after: Loading) -> PlateChange:
    """The plates to take off and to add on each side, heaviest first."""
    old = Counter(to_steps(p) for p in before.per_side)
    new = Counter(to_steps(p) for p in after.per_side)
    take_off = sorted((old - new).elements(), reverse=True)
    add = sorted((new - old).elements(), reverse=True)
    return PlateChange(tuple(map(from_steps, take_off)), tuple(map(from_steps, add)))


def next_heavier(inventory: Inventory, load: float) -> float | None:
    """The lightest load the inventory makes above `load`; None when none is."""
    loads = loadable(inventory)
    index = bisect.bisect_right([to_steps(x) for x in loads], to_steps(load))
    return loads[index] if index < len(loads) else None


# The search ------------------------------------------------------------------------


Stock = tuple[tuple[int, int], ...]
"""(weight in hundredths, pairs), heaviest first."""


def _stock_steps(inventory: Inventory) -> Stock:
    return tuple((to_steps(s.weight), s.pairs) for s in inventory.plates)


@cache
def _sums(stock: Stock) -> tuple[int, tuple[int, ...]]:
    """The scale (the plates' common divisor, in hundredths) and every side sum the plates
    make, in units of it, lightest first."""
    scale = math.gcd(*(weight for weight, _ in stock)) if stock else 1
    reachable = {0}
    for weight, pairs in stock:
        unit = weight // scale
        reachable |= {s + k * unit for s in reachable for k in range(1, pairs + 1)}
    return scale, tuple(sorted(reachable))


def _pick(sums: tuple[int, ...], exact: float, rounding: Rounding) -> int:
    """The side sum `rounding` chooses for the wanted side sum `exact` (maybe fractional)."""
    below = bisect.bisect_right(sums, exact) - 1
    lower = sums[below] if below >= 0 else None
    upper = sums[below + 1] if below + 1 < len(sums) else None
    if lower is None:
        return sums[0]
    if upper is None or lower == exact or rounding is Rounding.DOWN:
        return lower
    if rounding is Rounding.UP:
        return upper
    return lower if exact - lower <= upper - exact else upper


def _counts(plates: Sequence[float], stock: Stock) -> tuple[int, ...]:
    """How many of each stock weight `plates` holds."""
    held = Counter(to_steps(p) for p in plates)
    return tuple(held.get(weight, 0) for weight, _ in stock)


def _fewest(stock: Stock, side: int, current: tuple[int, ...]) -> tuple[int, ...]:
    """The count of each plate making `side` (in units of the scale): the fewest plates
    moved from `current` and left on the bar together, then the fewest on the bar, then the
    heaviest plates first. From an empty bar that is simply the fewest plates."""
    scale, _ = _sums(stock)
    Key = tuple[int, int, tuple[int, ...]]
    best: dict[int, Key] = {0: (0, 0, ())}
    for index, (weight, pairs) in enumerate(stock):
        unit = weight // scale
        now = current[index]
        grown: dict[int, Key] = {}
        for total, (moved, count, negated) in best.items():
            for k in range(pairs + 1):
                reached = total + k * unit
                if reached > side:
                    break
                key = (moved + abs(k - now) + k, count + k, (*negated, -k))
                if reached not in grown or key < grown[reached]:
                    grown[reached] = key
        best = grown
    return tuple(-k for k in best[side][2])
