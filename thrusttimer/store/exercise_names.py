"""The names each of ThrustTimer's exercises goes by in the training log and in CSV files.

One catalogue, so the recorder, the statistics, History and the Strong/Hevy import and
export agree on which set belongs to which exercise. Each exercise has the name the log
and the Strong export write (`LOG_NAMES`) and the names an import accepts for it
(`ALIASES`, besides the log name, our own display name and the exercise id).

The written names follow Strong's "Exercise (Equipment)" pattern and are Strong's or
Hevy's own where those apps have the exercise:

- "Hip Thrust (Barbell)": Strong's and Hevy's barbell hip thrust.
- "Single Leg Hip Thrust": Hevy's (Strong has none; its "Single Leg Bridge" is a floor
  bridge).
- "B-Stance Hip Thrust (Barbell)": neither app has one; it is a custom exercise there.
- "Glute Bridge (Barbell)": the common custom name in Strong; Hevy's is "Glute Bridge".
- "Frog Pumps": Hevy has "Frog Pumps (Dumbbell)"; Strong has none.

Names are matched by their words, in any order, case, dashes, underscores and brackets
ignored and a plural "s" dropped, so "Barbell Hip Thrusts", "hip-thrust (barbell)" and
"HIP THRUST" are one name. A machine, Smith machine or dumbbell hip thrust is another
exercise (its loads are not a barbell's) and is not matched. Older logs hold the raw id
("b-stance-hip-thrust") for every exercise but the hip thrust: the id is an alias too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Final

from thrusttimer.core.content import available_exercises, load_exercise

HIP_THRUST_ID: Final = "hip-thrust"
"""The exercise the statistics and progression follow when none is named."""

LOG_NAMES: Final[dict[str, str]] = {
    "hip-thrust": "Hip Thrust (Barbell)",  # i18n: not shown
    "single-leg-hip-thrust": "Single Leg Hip Thrust",  # i18n: not shown
    "b-stance-hip-thrust": "B-Stance Hip Thrust (Barbell)",  # i18n: not shown
    "glute-bridge": "Glute Bridge (Barbell)",  # i18n: not shown
    "frog-pump": "Frog Pumps",  # i18n: not shown
}
"""The name written to the log and the Strong export, for each exercise id."""

ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "hip-thrust": (
        "Barbell Hip Thrust",  # i18n: not shown
        # Strong's and Hevy's plain name; lifters write it for the barbell one
        "Hip Thrust",  # i18n: not shown
        "BB Hip Thrust",  # i18n: not shown
    ),
    "single-leg-hip-thrust": (
        "Single Leg Hip Thrust (Bodyweight)",  # i18n: not shown
        # Hevy's loaded one: the same movement
        "Single Leg Hip Thrust (Dumbbell)",  # i18n: not shown
        "Single Leg Hip Thrust (Barbell)",  # i18n: not shown
        "One Leg Hip Thrust",  # i18n: not shown
    ),
    "b-stance-hip-thrust": (
        "B Stance Hip Thrust",  # i18n: not shown
        "BStance Hip Thrust",  # i18n: not shown
        "Barbell B-Stance Hip Thrust",  # i18n: not shown
        "Kickstand Hip Thrust",  # i18n: not shown
        "Kickstand Hip Thrust (Barbell)",  # i18n: not shown
    ),
    "glute-bridge": (
        # Hevy's
        "Glute Bridge",  # i18n: not shown
        "Barbell Glute Bridge",  # i18n: not shown
        "BB Glute Bridge",  # i18n: not shown
    ),
    "frog-pump": (
        "Frog Pump",  # i18n: not shown
        # Hevy's
        "Frog Pumps (Dumbbell)",  # i18n: not shown
        "Frog Pumps (Bodyweight)",  # i18n: not shown
        "Frog Pumps (Band)",  # i18n: not shown
        "Banded Frog Pumps",  # i18n: not shown
    ),
}
"""Other names an import (and an older log) may give each exercise."""

NAME_MAX: Final = 200
"""A longer text is no exercise name (and is not split into words)."""
_SEPARATORS: Final = re.compile(r"[\s\-_‐‑‒–—―/()\[\]{},.:;+&*'\"`]+")


def name_key(name: str) -> tuple[str, ...]:
    """The words of `name` as matching compares them: lower case, sorted, without
    separators and brackets, each word's plural "s" dropped."""
    words = _SEPARATORS.split(name.casefold())
    return tuple(sorted(_singular(word) for word in words if word))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@cache
def _ids() -> tuple[str, ...]:
    return tuple(available_exercises())


@cache
def _by_key() -> dict[tuple[str, ...], str]:
    keys: dict[tuple[str, ...], str] = {}
    for exercise_id in _ids():
        names: Iterable[str] = (
            exercise_id,
            load_exercise(exercise_id).name,
            LOG_NAMES.get(exercise_id, exercise_id),
            *ALIASES.get(exercise_id, ()),
        )
        for name in names:
            key = name_key(name)
            other = keys.setdefault(key, exercise_id)
            assert other == exercise_id, (
                f"{name!r} names both {other} and {exercise_id}"  # i18n: not shown
            )
    return keys


@lru_cache(maxsize=4096)
def exercise_id(name: str) -> str | None:
    """Which of our exercises `name` (a log's, Strong's or Hevy's) is; None: none of them."""
    if len(name) > NAME_MAX:
        return None
    return _by_key().get(name_key(name))


def log_name(exercise: str) -> str:
    """The name the log and the Strong export write for exercise id `exercise` (an unknown
    id is written as it is)."""
    return LOG_NAMES.get(exercise, exercise)


def display_name(exercise: str) -> str:
    """How History names exercise id `exercise`: its own name ("Barbell hip thrust")."""
    if exercise in _ids():
        return load_exercise(exercise).name
    return exercise


def shown_name(logged: str) -> str:
    """How History names a set logged as `logged`: our name for one of our exercises, the
    logged text for any other (an imported "Hip Thrust (Machine)" of an older version)."""
    found = exercise_id(logged)
    return logged if found is None else display_name(found)


def is_unilateral(exercise: str) -> bool:
    """Is exercise id `exercise` done one side at a time?"""
    return exercise in _ids() and load_exercise(exercise).unilateral


def known_ids() -> list[str]:
    """Our exercise ids: the barbell hip thrust first, then as a glute session runs them."""
    ours = [i for i in LOG_NAMES if i in _ids()]
    return [*ours, *sorted(set(_ids()) - set(ours))]
