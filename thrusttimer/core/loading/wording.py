"""What the coach shows and says about loading the bar: plates, rounding, and changes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from thrusttimer.core.loading.plates import Loading, Rounded, plate_change
from thrusttimer.core.loading.spoken import below_hundred, spoken_plate, spoken_weight
from thrusttimer.core.loading.units import to_steps, weight_text, with_unit

EACH_SIDE = "each side"
BODYWEIGHT = "bodyweight"
HELD = "held on the hips"
"""What a held load (no bar) is: "10 kg held on the hips"."""


def held_text(loading: Loading) -> str:
    """A load with no bar: "bodyweight", "10 kg held on the hips"."""
    if to_steps(loading.load) == 0:
        return BODYWEIGHT
    return f"{with_unit(loading.load, loading.unit)} {HELD}"


def plates_text(per_side: Sequence[float]) -> str:
    """ "25 + 20 + 5 each side", or "the empty bar"."""
    if not per_side:
        return "the empty bar"
    return " + ".join(weight_text(p) for p in per_side) + f" {EACH_SIDE}"


def loading_text(loading: Loading) -> str:
    """ "120 kg: 25 + 20 + 5 each side". A target the plates cannot make says so, and which
    way it was rounded: "121 kg can't be made with your plates; rounded down to 120 kg: …".
    A load held with no bar: `held_text`."""
    if loading.held:
        return held_text(loading)
    plates = plates_text(loading.per_side)
    if loading.collar:
        plates += f" (collars {with_unit(loading.collar, loading.unit)} each)"
    load = with_unit(loading.load, loading.unit)
    if loading.exact:
        return f"{load}: {plates}"
    why = f"is {loading.beyond}" if loading.beyond else "can't be made with your plates"
    way = "up" if loading.rounded is Rounded.UP else "down"
    return f"{with_unit(loading.target, loading.unit)} {why}; rounded {way} to {load}: {plates}"


def spoken_loading(loading: Loading, lead: str = "Next set") -> str:
    """ "Next set: one twenty. Twenty-five, twenty and five each side." (the load loaded,
    in its unit, as a lifter says it; equal plates counted, "Two twenty-fives each side";
    "Just the bar." when there are no plates). A held load: "Next set: ten, held on the
    hips.", "Next set: bodyweight."."""
    if loading.held:
        return f"{lead}: {_spoken_held(loading)}."
    said = f"{lead}: {spoken_weight(loading.load)}."
    if not loading.per_side:
        return f"{said} Just the bar."
    names = [
        spoken_weight(weight) if count == 1 else spoken_plate(weight, count)
        for weight, count in Counter(loading.per_side).items()
    ]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{said} {listed[0].upper()}{listed[1:]} {EACH_SIDE}."


def change_text(before: Loading, after: Loading) -> str:
    """ "add a 5 each side", "take off a 10 each side", "take off a 20 and a 5, then add a
    25 each side"; "no change" when the plates stay."""
    change = plate_change(before, after)
    if change.none:
        return "no change"
    parts = []
    if change.take_off:
        parts.append(f"take off {_listed(change.take_off, _plate_text)}")
    if change.add:
        parts.append(f"add {_listed(change.add, _plate_text)}")
    return f"{', then '.join(parts)} {EACH_SIDE}"


def spoken_change(before: Loading, after: Loading, lead: str = "Next set") -> str:
    """ "Next set: one twenty-five. Add a five each side." Only what to take off or add;
    to or from a load held with no bar, the whole loading (`spoken_loading`)."""
    if after.held or before.held:
        return spoken_loading(after, lead)
    change = plate_change(before, after)
    said = f"{lead}: {spoken_weight(after.load)}."
    if change.none:
        return f"{said} Same plates."
    parts = []
    if change.take_off:
        parts.append(f"take off {_listed(change.take_off, spoken_plate)}")
    if change.add:
        parts.append(f"add {_listed(change.add, spoken_plate)}")
    words = ", then ".join(parts)
    return f"{said} {words[0].upper()}{words[1:]} {EACH_SIDE}."


def _spoken_held(loading: Loading) -> str:
    if to_steps(loading.load) == 0:
        return BODYWEIGHT
    return f"{spoken_weight(loading.load)}, {HELD}"


def _plate_text(weight: float, count: int = 1) -> str:
    """ "a 5", "an 8", "two 20s"."""
    if count > 1:
        return f"{below_hundred(count) if count < 100 else count} {weight_text(weight)}s"
    article = "an" if spoken_weight(weight).startswith("e") else "a"
    return f"{article} {weight_text(weight)}"


def _listed(plates: Sequence[float], name: Callable[[float, int], str]) -> str:
    """Plates heaviest first, equal ones counted: "a 20 and two 5s"."""
    words = [name(weight, count) for weight, count in Counter(plates).items()]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
