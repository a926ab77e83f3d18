"""How a workout progresses: its rep range, load increment, RPE ceiling and deload."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Final

from thrusttimer.core.errors import NumberField, ValidationError
from thrusttimer.core.i18n import number, singular, translate
from thrusttimer.core.loading.units import Unit, unit_of

INCREMENT_LIMITS: Final[dict[Unit, tuple[float, float]]] = {"kg": (0.25, 20), "lb": (0.5, 45)}
RULE_FIELDS: Final = {
    "rep_low": NumberField("rep_low", 1, 100, "reps", integer=True),
    "rep_high": NumberField("rep_high", 1, 100, "reps", integer=True),
    "max_rpe": NumberField("max_rpe", 6, 10),
    "deload_pct": NumberField("deload_pct", 1, 50, "%"),
}
KEYS: Final = ("rep_low", "rep_high", "increment", "unit", "max_rpe", "deload_pct")


def increment_field(unit: Unit) -> NumberField:
    low, high = INCREMENT_LIMITS[unit]
    return NumberField("increment", low, high, unit)


@dataclass(frozen=True, slots=True)
class Progression:
    """Double progression: work in `rep_low`–`rep_high` reps at one load; once every work
    set reaches `rep_high` (at RPE `max_rpe` or less, where logged), add `increment`.
    Two sessions in a row below `rep_low` take `deload_pct` off."""

    rep_low: int = 8
    rep_high: int = 12
    increment: float = 2.5
    unit: Unit = "kg"
    """The increment's unit (the inventory may be in the other: it is converted)."""
    max_rpe: float = 9.0
    deload_pct: float = 10.0

    def __post_init__(self) -> None:
        unit = unit_of(self.unit)
        for name, spec in RULE_FIELDS.items():
            object.__setattr__(self, name, spec.check(getattr(self, name)))
        object.__setattr__(self, "increment", increment_field(unit).check(self.increment))
        if self.max_rpe * 2 != int(self.max_rpe * 2):
            raise ValidationError(
                "max_rpe", self.max_rpe, translate("Progression", "6 to 10 in half steps")
            )
        if self.rep_low > self.rep_high:
            raise ValidationError(
                translate("Progression", "rep range"),
                f"{self.rep_low}–{self.rep_high}",
                translate("Progression", "a bottom no higher than the top, such as 8–12"),
            )

    @classmethod
    def from_mapping(cls, data: object) -> Progression:
        """A rule from ``{"rep_low": 8, "rep_high": 12, "increment": 2.5, "unit": "kg"}``
        (``max_rpe`` and ``deload_pct`` optional; numbers may be text)."""
        if not isinstance(data, Mapping):
            allowed = translate("Progression", "an object with {fields}").format(
                fields=", ".join(KEYS)
            )
            raise ValidationError("progression", data, allowed)
        for key in data:
            if key not in KEYS:
                raise ValidationError(
                    str(key),
                    data[key],
                    translate("Progression", "progression fields: {fields}").format(
                        fields=", ".join(KEYS)
                    ),
                    translate("Progression", "unknown field"),
                )
        return cls(**{str(key): value for key, value in data.items()})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        """ "8–12 reps, +2.5 kg"."""
        reps = (
            f"{self.rep_low}"
            if self.rep_low == self.rep_high
            else (f"{self.rep_low}–{self.rep_high}")
        )
        if self.rep_low == self.rep_high and singular(self.rep_low):
            text = translate("Progression", "{reps} rep, +{increment} {unit}")
        else:
            text = translate("Progression", "{reps} reps, +{increment} {unit}")
        return text.format(reps=reps, increment=number(self.increment), unit=self.unit)
