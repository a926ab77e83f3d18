"""Warm-up ramps: a scheme of steps (empty bar, then percentages of the first work set),
rounded down to loads the plates make, each with its own reps, tempo and rest."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from thrusttimer.core.errors import NumberField, ValidationError
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, number, translate
from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.plates import Loading, Rounding, load_bar
from thrusttimer.core.loading.units import to_steps
from thrusttimer.core.tempo import Tempo, format_tempo, parse_tempo

STEP_FIELDS: Final = {
    "percent": NumberField("percent", 10, 95, QT_TRANSLATE_NOOP("Units", "% of the work load")),
    "reps": NumberField("reps", 1, 30, integer=True),
    "rest_s": NumberField("rest_s", 0, 600, "s"),
}
MAX_STEPS: Final = 8
MIN_GAP: Final = 0.10
"""A ramp set at least this share of the work load heavier than the one before it is kept;
one closer (or the same load, after rounding) is dropped: it adds reps, not a step."""
KEYS: Final = ("percent", "reps", "tempo", "rest_s")


@dataclass(frozen=True, slots=True)
class WarmupStep:
    """One step of a scheme: the empty bar (`percent` None) or a share of the work load."""

    percent: float | None
    reps: int
    tempo: Tempo | None = None
    """None: the workout's own tempo."""
    rest_s: float | None = None
    """The rest after it; None: whatever rest the workout gives a warm-up set."""

    @classmethod
    def from_mapping(cls, data: object, where: str | None = None) -> WarmupStep:
        """A step from ``{"percent": 40, "reps": 8, "tempo": "2-0-1-1", "rest_s": 60}``
        (percent null or absent: the empty bar); ValidationError names `where` and field."""
        where = translate("Warmup", "warm-up step") if where is None else where
        if not isinstance(data, Mapping):
            allowed = translate("Warmup", "an object with {fields}").format(fields=", ".join(KEYS))
            raise ValidationError(where, data, allowed)
        for key in data:
            if key not in KEYS:
                raise ValidationError(
                    f"{where} {key}", data[key], ", ".join(KEYS), translate("Warmup", "unknown")
                )
        try:
            percent = data.get("percent")
            tempo = data.get("tempo")
            rest_s = data.get("rest_s")
            return cls(
                percent=None if percent is None else STEP_FIELDS["percent"].check(percent),
                reps=int(STEP_FIELDS["reps"].check(data.get("reps"))),
                tempo=None if tempo is None else parse_tempo(tempo),
                rest_s=None if rest_s is None else STEP_FIELDS["rest_s"].check(rest_s),
            )
        except ValidationError as error:
            raise ValidationError(
                f"{where} {error.field}", error.value, error.allowed, error.problem
            ) from None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"percent": self.percent, "reps": self.reps}
        if self.tempo is not None:
            data["tempo"] = format_tempo(self.tempo)
        if self.rest_s is not None:
            data["rest_s"] = self.rest_s
        return data

    def describe(self) -> str:
        """ "empty bar × 10", "40 % × 8"."""
        if self.percent is None:
            return translate("Warmup", "empty bar × {reps}").format(reps=self.reps)
        return translate("Warmup", "{percent} % × {reps}").format(
            percent=number(self.percent), reps=self.reps
        )


@dataclass(frozen=True, slots=True)
class WarmupScheme:
    """The steps of a warm-up, lightest first: the empty bar (if at all) first, then
    percentages that rise. No steps: no warm-up."""

    steps: tuple[WarmupStep, ...]

    def __post_init__(self) -> None:
        if len(self.steps) > MAX_STEPS:
            allowed = translate("Warmup", "at most {most} steps").format(most=MAX_STEPS)
            raise ValidationError("warm-up", self.describe(), allowed)
        before = -1.0
        for index, step in enumerate(self.steps, start=1):
            if step.percent is None and index > 1:
                raise ValidationError(
                    _percent_of(index),
                    translate("Warmup", "empty bar"),
                    translate("Warmup", "the empty bar only as the first step"),
                )
            if step.percent is not None and step.percent <= before:
                raise ValidationError(
                    _percent_of(index),
                    step.percent,
                    translate("Warmup", "more than the step before ({percent} %)").format(
                        percent=number(before)
                    ),
                )
            before = 0.0 if step.percent is None else step.percent

    @classmethod
    def from_dict(cls, data: object) -> WarmupScheme:
        if not isinstance(data, Mapping) or set(data) != {"steps"}:
            raise ValidationError("warm-up", data, translate("Warmup", 'an object with "steps"'))
        steps = data["steps"]
        if not isinstance(steps, list) or len(steps) > MAX_STEPS:
            raise ValidationError(
                translate("Warmup", "warm-up steps"),
                steps,
                translate("Warmup", "a list of at most {most} steps").format(most=MAX_STEPS),
            )
        return cls(
            tuple(
                WarmupStep.from_mapping(
                    step, translate("Warmup", "warm-up step {number}").format(number=index)
                )
                for index, step in enumerate(steps, start=1)
            )
        )

    def to_dict(self) -> dict[str, Any]:
        return {"steps": [step.to_dict() for step in self.steps]}

    def describe(self) -> str:
        """ "empty bar × 10, 40 % × 8, 60 % × 5, 80 % × 3", or "no warm-up"."""
        return ", ".join(step.describe() for step in self.steps) or translate(
            "Warmup", "no warm-up"
        )


def _percent_of(index: int) -> str:
    return translate("Warmup", "warm-up step {number} percent").format(number=index)


DEFAULT_SCHEME: Final = WarmupScheme(
    (WarmupStep(None, 10), WarmupStep(40, 8), WarmupStep(60, 5), WarmupStep(80, 3))
)


@dataclass(frozen=True, slots=True)
class RampSet:
    """One warm-up set: how the bar is loaded, and the step it came from (reps, tempo, rest)."""

    loading: Loading
    step: WarmupStep

    @property
    def load(self) -> float:
        return self.loading.load

    @property
    def reps(self) -> int:
        return self.step.reps


def ramp(
    inventory: Inventory, work_load: float, scheme: WarmupScheme = DEFAULT_SCHEME
) -> tuple[RampSet, ...]:
    """The warm-up sets before a first work set of `work_load` (in the inventory's unit).

    Each step's load is rounded down to one the plates make, so no warm-up set is as heavy
    as the work load; a step that rounds to the load before it, or lands within `MIN_GAP`
    of it, is left out (the lighter step keeps its reps). Plates are chosen to change as
    few as possible from one set to the next.
    """
    work = to_steps(work_load)
    gap = MIN_GAP * work
    sets: list[RampSet] = []
    for step in scheme.steps:
        target = inventory.empty if step.percent is None else work_load * step.percent / 100
        before = sets[-1].loading.per_side if sets else ()
        loading = load_bar(inventory, target, Rounding.DOWN, from_plates=before)
        load = to_steps(loading.load)
        if load >= work:
            continue
        if sets and load - to_steps(sets[-1].load) < max(gap, 1):
            continue
        sets.append(RampSet(loading, step))
    return tuple(sets)
