"""Choosing each cue's wording so that it ends before the next cue starts.

A rough spoken length (`estimate_speech_s`) stands in for the real clips until they are
rendered; `fit_cues` then gives each cue the fullest wording that fits its slot, or its
tone, or drops it, so nothing spoken ever spills into the next cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from thrusttimer.core.model import Cue

GUARD_MS = 60
"""Silence kept between the end of one cue and the start of the next."""

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_WORD = re.compile(r"[A-Za-z']+|[0-9]+")


@cache
def estimate_speech_s(text: str, words_per_minute: float = 175.0) -> float:
    """A rough spoken length for `text`, for fitting cues before real clips are rendered.
    Kept per text: a plan asks for the same few dozen wordings hundreds of times."""
    syllables = 0
    for word in _WORD.findall(text.lower()):
        if word.isdigit():
            syllables += 1 + len(word)
        else:
            groups = len(_VOWEL_GROUPS.findall(word))
            if word.endswith("e") and groups > 1 and not word.endswith("le"):
                groups -= 1
            syllables += max(1, groups)
    pauses = text.count(",") + text.count(".") + text.count(":")
    seconds_per_syllable = 60.0 / words_per_minute / 1.45
    return syllables * seconds_per_syllable + pauses * 0.12 + 0.08


def fill(template: str, **values: object) -> str:
    return template.format(**values) if "{" in template else template


def fit_cues(cues: Sequence[Cue], measure: Callable[[str], float | None]) -> list[Cue]:
    """Give each cue the fullest wording that ends `GUARD_MS` before the next cue starts.

    Cues of one family (the same id but for its numbers: every rep count, every thrust)
    take the same wording throughout, the fullest that fits all of them, so the coach does
    not say "2, squeeze" and then "3" as slots vary by a few milliseconds. When no wording
    fits, the cue becomes its tone if that fits, and is dropped otherwise. Of two cues at
    the same moment the higher kind is kept. The last cue's slot is open.
    """
    ordered = sorted(cues, key=lambda c: (c.at_ms, -c.kind))
    unique: list[Cue] = []
    for cue in ordered:
        if unique and unique[-1].at_ms == cue.at_ms:
            continue
        unique.append(cue)
    budgets: list[int | None] = []
    for index, cue in enumerate(unique):
        slot_end = unique[index + 1].at_ms if index + 1 < len(unique) else None
        budgets.append(None if slot_end is None else slot_end - cue.at_ms - GUARD_MS)
    shortest_needed: dict[str, int] = {}
    for cue, budget in zip(unique, budgets, strict=True):
        first = _fitting_variant(cue, measure, budget, 0)
        if first is not None:
            family = family_of(cue)
            shortest_needed[family] = max(shortest_needed.get(family, 0), first)
    fitted: list[Cue] = []
    for cue, budget in zip(unique, budgets, strict=True):
        start = shortest_needed.get(family_of(cue), 0)
        chosen = _fitting_variant(cue, measure, budget, start)
        if chosen is None:
            chosen = _fitting_variant(cue, measure, budget, 0)
        if chosen is not None:
            fitted.append(replace(cue, text=_wordings(cue)[chosen]))
        elif cue.tone is not None and (budget is None or cue.tone.value <= budget):
            fitted.append(replace(cue, text=""))
    return fitted


_NUMBERS = re.compile(r"[0-9]+")


OWN_WORDING = frozenset({"setup.load", "rest.load"})
"""Cues whose words differ from one to the next (the plates): each is fitted on its own."""


def family_of(cue: Cue) -> str:
    """Cues that differ only in their numbers ("count.3", "count.4") are one family."""
    if cue.id in OWN_WORDING:
        return f"{cue.id}@{cue.at_ms}"
    return _NUMBERS.sub("#", cue.id)


def _wordings(cue: Cue) -> tuple[str, ...]:
    return cue.variants or ((cue.text,) if cue.text else ())


def _fitting_variant(
    cue: Cue, measure: Callable[[str], float | None], budget_ms: int | None, start: int
) -> int | None:
    """The index of the fullest wording from `start` on that can be spoken and fits."""
    wordings = _wordings(cue)
    for index in range(start, len(wordings)):
        seconds = measure(wordings[index])
        if seconds is not None and (budget_ms is None or seconds * 1000 <= budget_ms):
            return index
    return None
