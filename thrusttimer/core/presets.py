"""The built-in workouts: single-exercise presets and whole glute sessions, by id.

Each is built and checked the first time it is asked for (`Presets`), so that a window
opening on one preset does not wait for the others' exercise files before its first frame.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.glute_sessions import WHOLE_SESSIONS
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.plan import Plan


@dataclass(frozen=True, slots=True)
class Preset:
    """A built-in workout: its id, a line about it, and its plan.

    The plan's name and the description are English, marked for translation in the context
    "Presets": show them through `translate("Presets", ...)` (or `plan.shown_name`)."""

    id: str
    description: str
    plan: Plan


PresetSpec = tuple[str, str, str, dict[str, Any]]
"""A preset's id, name, description and plan values, built into a `Preset` when asked for."""


def _preset(id_: str, name: str, description: str, **values: Any) -> PresetSpec:
    return (id_, name, description, values)


class Presets(Mapping[str, Preset]):
    """The built-in presets by id, each built and checked the first time it is asked for:
    a whole session's blocks read their exercises' files, which a window opening on one
    preset need not wait for before its first frame."""

    def __init__(self, *specs: PresetSpec) -> None:
        self._specs = {spec[0]: spec for spec in specs}
        self._built: dict[str, Preset] = {}

    def __getitem__(self, key: str) -> Preset:
        built = self._built.get(key)
        if built is None:
            id_, name, description, values = self._specs[key]
            built = self._built[key] = Preset(id_, description, Plan.build(name=name, **values))
        return built

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)


PRESETS: Final = Presets(
    _preset(
        "strength",
        QT_TRANSLATE_NOOP("Presets", "Heavy strength"),
        QT_TRANSLATE_NOOP(
            "Presets", "Heavy triples to fives: explosive lift, a one-second lockout, long rests."
        ),
        sets=5,
        reps=5,
        tempo="2-0-X-1",
        rest_s=180,
        lead_in_s=30,
        progression=Progression(3, 5, 5.0),
    ),
    _preset(
        "hypertrophy",
        QT_TRANSLATE_NOOP("Presets", "Hypertrophy squeeze"),
        QT_TRANSLATE_NOOP(
            "Presets", "Moderate load for 10: a two-second squeeze at the top of every rep."
        ),
        sets=4,
        reps=10,
        tempo="2-0-1-2",
        rest_s=90,
        lead_in_s=30,
        progression=Progression(8, 12, 2.5),
    ),
    _preset(
        "slow-eccentric",
        QT_TRANSLATE_NOOP("Presets", "Slow eccentric"),
        QT_TRANSLATE_NOOP(
            "Presets", "Four seconds down and a dead stop at the bottom: time under tension."
        ),
        sets=3,
        reps=8,
        tempo="4-1-1-1",
        rest_s=120,
        lead_in_s=30,
        progression=Progression(6, 10, 2.5),
    ),
    _preset(
        "warm-up",
        QT_TRANSLATE_NOOP("Presets", "Light warm-up"),
        QT_TRANSLATE_NOOP(
            "Presets", "An empty or light bar before the work sets: groove the lockout."
        ),
        sets=2,
        reps=12,
        tempo="1-0-1-1",
        rest_s=45,
        lead_in_s=30,
    ),
    _preset(
        "pause-reps",
        QT_TRANSLATE_NOOP("Presets", "Paused reps"),
        QT_TRANSLATE_NOOP(
            "Presets", "A three-second hold at the top and a brace at the bottom: own the lockout."
        ),
        sets=3,
        reps=6,
        tempo="3-1-1-3",
        rest_s=120,
        lead_in_s=30,
        progression=Progression(5, 8, 2.5),
    ),
    *WHOLE_SESSIONS,
)

DEFAULT_PRESET: Final = "hypertrophy"


def preset(name: str) -> Plan:
    try:
        return PRESETS[name].plan
    except KeyError:
        raise ValidationError(
            "preset",
            name,
            translate("Presets", "one of {allowed}").format(allowed=", ".join(PRESETS)),
            translate("Presets", "unknown preset"),
        ) from None
