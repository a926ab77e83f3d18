"""What the coach shows and says about loading the bar: plates, rounding, and changes.

Shown texts are in the context "Loading"; spoken ones in "Speech". A weight is spoken in
English as a lifter says it ("one twenty", "a ten each side", `spoken`); in any other
language as a number ("62,5") and plates counted in digits, which the speech engine reads
in its own language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from thrusttimer.core.i18n import language, speech_language, spoken_number, translate
from thrusttimer.core.language import ENGLISH
from thrusttimer.core.loading.plates import Loading, Rounded, plate_change
from thrusttimer.core.loading.spoken import below_hundred, spoken_plate, spoken_weight
from thrusttimer.core.loading.units import to_steps, weight_text, with_unit


def held_text(loading: Loading) -> str:
    """A load with no bar: "bodyweight", "10 kg held on the hips"."""
    if to_steps(loading.load) == 0:
        return translate("Loading", "bodyweight")
    return translate("Loading", "{load} held on the hips").format(
        load=with_unit(loading.load, loading.unit)
    )


def plates_text(per_side: Sequence[float]) -> str:
    """ "25 + 20 + 5 each side", or "the empty bar"."""
    if not per_side:
        return translate("Loading", "the empty bar")
    return translate("Loading", "{plates} each side").format(
        plates=" + ".join(weight_text(p) for p in per_side)
    )


def loading_text(loading: Loading) -> str:
    """ "120 kg: 25 + 20 + 5 each side". A target the plates cannot make says so, and which
    way it was rounded: "121 kg can't be made with your plates; rounded down to 120 kg: …".
    A load held with no bar: `held_text`."""
    if loading.held:
        return held_text(loading)
    plates = plates_text(loading.per_side)
    if loading.collar:
        plates = translate("Loading", "{plates} (collars {collar} each)").format(
            plates=plates, collar=with_unit(loading.collar, loading.unit)
        )
    load = with_unit(loading.load, loading.unit)
    if loading.exact:
        return translate("Loading", "{load}: {plates}").format(load=load, plates=plates)
    up = loading.rounded is Rounded.UP
    if loading.beyond and up:
        text = translate("Loading", "{target} is {beyond}; rounded up to {load}: {plates}")
    elif loading.beyond:
        text = translate("Loading", "{target} is {beyond}; rounded down to {load}: {plates}")
    elif up:
        text = translate(
            "Loading", "{target} can't be made with your plates; rounded up to {load}: {plates}"
        )
    else:
        text = translate(
            "Loading", "{target} can't be made with your plates; rounded down to {load}: {plates}"
        )
    return text.format(
        target=with_unit(loading.target, loading.unit),
        beyond=translate("Loading", loading.beyond) if loading.beyond else "",
        load=load,
        plates=plates,
    )


def said_weight(weight: float) -> str:
    """A weight as the coach says it: "one forty-two and a half" in English, "142,5" in a
    language whose speech engine reads the number itself."""
    return spoken_weight(weight) if _spoken_english() else spoken_number(weight)


def spoken_loading(loading: Loading, lead: str | None = None) -> str:
    """ "Next set: one twenty. Twenty-five, twenty and five each side." (the load loaded,
    in its unit, as a lifter says it; equal plates counted, "Two twenty-fives each side";
    "Just the bar." when there are no plates). A held load: "Next set: ten, held on the
    hips.", "Next set: bodyweight."."""
    lead = translate("Speech", "Next set") if lead is None else lead
    weight = said_weight(loading.load)
    if loading.held:
        if to_steps(loading.load) == 0:
            return translate("Speech", "{lead}: bodyweight.").format(lead=lead)
        return translate("Speech", "{lead}: {weight}, held on the hips.").format(
            lead=lead, weight=weight
        )
    if not loading.per_side:
        return translate("Speech", "{lead}: {weight}. Just the bar.").format(
            lead=lead, weight=weight
        )
    if _spoken_english():
        names = [
            spoken_weight(weight) if count == 1 else spoken_plate(weight, count)
            for weight, count in Counter(loading.per_side).items()
        ]
    else:
        names = [_counted(weight, count) for weight, count in Counter(loading.per_side).items()]
    listed = _joined(names, spoken=True)
    return translate("Speech", "{lead}: {weight}. {plates} each side.").format(
        lead=lead, weight=weight, plates=_capitalised(listed)
    )


def change_text(before: Loading, after: Loading) -> str:
    """ "add a 5 each side", "take off a 10 each side", "take off a 20 and a 5, then add a
    25 each side"; "no change" when the plates stay."""
    change = plate_change(before, after)
    if change.none:
        return translate("Loading", "no change")
    off = _listed(change.take_off, _plate_text)
    on = _listed(change.add, _plate_text)
    if change.take_off and change.add:
        text = translate("Loading", "take off {off}, then add {on} each side")
    elif change.take_off:
        text = translate("Loading", "take off {off} each side")
    else:
        text = translate("Loading", "add {on} each side")
    return text.format(off=off, on=on)


def spoken_change(before: Loading, after: Loading, lead: str | None = None) -> str:
    """ "Next set: one twenty-five. Add a five each side." Only what to take off or add;
    to or from a load held with no bar, the whole loading (`spoken_loading`)."""
    if after.held or before.held:
        return spoken_loading(after, lead)
    lead = translate("Speech", "Next set") if lead is None else lead
    change = plate_change(before, after)
    weight = said_weight(after.load)
    if change.none:
        return translate("Speech", "{lead}: {weight}. Same plates.").format(
            lead=lead, weight=weight
        )
    name = spoken_plate if _spoken_english() else _counted
    off = _listed(change.take_off, name, spoken=True)
    on = _listed(change.add, name, spoken=True)
    if change.take_off and change.add:
        text = translate("Speech", "{lead}: {weight}. Take off {off}, then add {on} each side.")
    elif change.take_off:
        text = translate("Speech", "{lead}: {weight}. Take off {off} each side.")
    else:
        text = translate("Speech", "{lead}: {weight}. Add {on} each side.")
    return text.format(lead=lead, weight=weight, off=off, on=on)


def _english() -> bool:
    return language() == ENGLISH


def _spoken_english() -> bool:
    """Whether the coach speaks English (its number words); else digits for the engine."""
    return speech_language() == ENGLISH


def _capitalised(words: str) -> str:
    return f"{words[0].upper()}{words[1:]}"


def _counted(weight: float, count: int = 1) -> str:
    """A plate, or `count` of one plate, in digits for a speech engine to read: "62,5",
    "2 × 20"."""
    if count == 1:
        return spoken_number(weight)
    plate = spoken_number(weight)
    return translate("Speech", "{count} × {plate}").format(count=count, plate=plate)


def _plate_text(weight: float, count: int = 1) -> str:
    """ "a 5", "an 8", "two 20s" (in another language: "5", "2 × 20")."""
    if not _english():
        if count == 1:
            return weight_text(weight)
        return translate("Loading", "{count} × {plate}").format(
            count=count, plate=weight_text(weight)
        )
    if count > 1:
        return f"{below_hundred(count) if count < 100 else count} {weight_text(weight)}s"
    article = "an" if spoken_weight(weight).startswith("e") else "a"
    return f"{article} {weight_text(weight)}"


def _listed(
    plates: Sequence[float], name: Callable[[float, int], str], spoken: bool = False
) -> str:
    """Plates heaviest first, equal ones counted: "a 20 and two 5s"."""
    words = [name(weight, count) for weight, count in Counter(plates).items()]
    return _joined(words, spoken)


def _joined(words: Sequence[str], spoken: bool = False) -> str:
    """ "a 20", "a 20 and a 5", "a 20, a 10 and a 5"."""
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    if spoken:
        text = translate("Speech", "{plates} and {last}")
    else:
        text = translate("Loading", "{plates} and {last}")
    return text.format(plates=", ".join(words[:-1]), last=words[-1])
