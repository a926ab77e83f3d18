"""The plates a lifter can use: unit, bar, collars, and pairs of each plate, validated."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from thrusttimer.core.errors import NumberField, ValidationError
from thrusttimer.core.i18n import number as number_text
from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.units import STEP, Unit, to_steps, unit_of, with_unit

MAX_PAIRS: Final = 50
MAX_PLATE_KINDS: Final = 20
LIMITS: Final[dict[Unit, dict[str, tuple[float, float]]]] = {
    "kg": {"bar": (0, 60), "collar": (0, 5), "plate": (0.25, 50)},
    "lb": {"bar": (0, 135), "collar": (0, 11), "plate": (0.25, 100)},
}
"""The allowed range of each weight, by unit: a bar of 0 is a landmine or a plate-loaded
handle; a collar is one of the two (0: spring clips); the lightest plate is a quarter."""


def weight_field(name: str, unit: Unit, kind: str | None = None) -> NumberField:
    low, high = LIMITS[unit][kind or name]
    return NumberField(name, low, high, unit)


PAIRS_FIELD: Final = NumberField("pairs", 1, MAX_PAIRS, "pairs", integer=True)


@dataclass(frozen=True, slots=True)
class PlateStock:
    """Pairs of one plate weight: a plate goes on each side, so they are counted in pairs."""

    weight: float
    pairs: int


@dataclass(frozen=True, slots=True)
class Inventory:
    """What the bar can be loaded with. Plates are kept heaviest first, one entry a weight.

    Construct through `Inventory.build` from text or numbers; the constructor checks too.
    """

    unit: Unit
    bar: float
    plates: tuple[PlateStock, ...]
    collar: float = 0.0
    """One collar's weight; both are always on the bar."""

    def __post_init__(self) -> None:
        unit = unit_of(self.unit)
        object.__setattr__(self, "bar", _hundredths(weight_field("bar", unit), self.bar))
        object.__setattr__(self, "collar", _hundredths(weight_field("collar", unit), self.collar))
        if not isinstance(self.plates, tuple) or len(self.plates) > MAX_PLATE_KINDS:
            raise ValidationError(
                "plates",
                self.plates,
                translate("Plates", "a list of at most {most} plate weights").format(
                    most=MAX_PLATE_KINDS
                ),
            )
        plate = weight_field("plate", unit)
        checked: list[PlateStock] = []
        for stock in self.plates:
            if not isinstance(stock, PlateStock):
                raise ValidationError(
                    "plates", stock, translate("Plates", "plate weights with their pairs")
                )
            weight = _hundredths(plate, stock.weight)
            if any(to_steps(weight) == to_steps(other.weight) for other in checked):
                raise ValidationError(
                    "plate",
                    weight,
                    translate("Plates", "each weight once in the list ({allowed})").format(
                        allowed=plate.allowed
                    ),
                    translate("Plates", "repeated"),
                )
            checked.append(PlateStock(weight, int(PAIRS_FIELD.check(stock.pairs))))
        object.__setattr__(self, "plates", tuple(sorted(checked, key=lambda s: -s.weight)))

    @classmethod
    def build(cls, base: Inventory | None = None, **changes: Any) -> Inventory:
        """`base` (the kg defaults if None) with `changes`; numbers may be text, plates a
        list of ``{"weight", "pairs"}`` objects, ``(weight, pairs)`` or `PlateStock`."""
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name == "unit":
                values[name] = unit_of(value)
            elif name in ("bar", "collar"):
                values[name] = value
            elif name == "plates":
                values[name] = plate_list(value)
            else:
                raise ValidationError(
                    name,
                    value,
                    translate("Plates", "unit, bar, collar or plates"),
                    translate("Plates", "unknown field"),
                )
        return replace(base or DEFAULT_KG, **values)

    # Derived figures ---------------------------------------------------------------

    @property
    def empty(self) -> float:
        """The bar with its collars: the lightest load."""
        return (to_steps(self.bar) + 2 * to_steps(self.collar)) / STEP

    @property
    def heaviest(self) -> float:
        """Every plate on: the heaviest load."""
        side = sum(to_steps(s.weight) * s.pairs for s in self.plates)
        return (to_steps(self.empty) + 2 * side) / STEP

    def describe(self) -> str:
        """ "Bar 20 kg, no collars; plates in pairs: 25 × 4, 20 × 4, …"."""
        if self.collar:
            collars = translate("Plates", "collars {collar} each").format(
                collar=with_unit(self.collar, self.unit)
            )
        else:
            collars = translate("Plates", "no collars")
        plates = ", ".join(f"{with_unit(s.weight, self.unit)} × {s.pairs}" for s in self.plates)
        return translate("Plates", "Bar {bar}, {collars}; plates in pairs: {plates}").format(
            bar=with_unit(self.bar, self.unit),
            collars=collars,
            plates=plates or translate("Plates", "none"),
        )

    # JSON ----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "bar": self.bar,
            "collar": self.collar,
            "plates": [{"weight": s.weight, "pairs": s.pairs} for s in self.plates],
        }

    @classmethod
    def from_dict(cls, data: object) -> Inventory:
        if not isinstance(data, Mapping):
            raise ValidationError(
                "inventory", data, translate("Plates", "an object with unit, bar, collar, plates")
            )
        unit = unit_of(data.get("unit"))
        return cls.build(default_inventory(unit), **dict(data))


def plate_list(value: object) -> tuple[PlateStock, ...]:
    """Plates given as ``[{"weight": 25, "pairs": 4}, …]``, ``[(25, 4), …]`` or `PlateStock`s
    as a tuple (the inventory checks the numbers)."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise ValidationError(
            "plates", value, translate("Plates", "a list of plate weights with their pairs")
        )
    if len(value) > MAX_PLATE_KINDS:
        allowed = translate("Plates", "at most {most} plate weights").format(most=MAX_PLATE_KINDS)
        raise ValidationError("plates", value, allowed)
    stocks: list[PlateStock] = []
    for item in value:
        if isinstance(item, PlateStock):
            stocks.append(item)
        elif isinstance(item, Mapping) and set(item) == {"weight", "pairs"}:
            stocks.append(PlateStock(item["weight"], item["pairs"]))
        elif isinstance(item, Sequence) and not isinstance(item, str) and len(item) == 2:
            stocks.append(PlateStock(item[0], item[1]))
        else:
            raise ValidationError(
                "plates", item, translate("Plates", "a plate weight with its pairs")
            )
    return tuple(stocks)


def _hundredths(field: NumberField, value: object) -> float:
    """`value` checked against `field`, and a whole number of hundredths of its unit."""
    number = field.check(value)
    if abs(number * STEP - round(number * STEP)) > 1e-6:
        allowed = translate("Plates", "{allowed}, in steps of {step}").format(
            allowed=field.allowed, step=number_text(0.01)
        )
        raise ValidationError(field.name, value, allowed)
    return round(number * STEP) / STEP


def _stock(*pairs: tuple[float, int]) -> tuple[PlateStock, ...]:
    return tuple(PlateStock(weight, count) for weight, count in pairs)


DEFAULT_KG: Final = Inventory(
    "kg",
    20.0,
    _stock((25, 4), (20, 4), (15, 2), (10, 3), (5, 3), (2.5, 2), (1.25, 2)),
)
"""A commercial gym in kilograms: a 20 kg bar, spring clips, and change plates to 1.25 kg."""
DEFAULT_LB: Final = Inventory(
    "lb",
    45.0,
    _stock((45, 6), (35, 2), (25, 2), (10, 3), (5, 2), (2.5, 2)),
)
"""A commercial gym in pounds: a 45 lb bar, spring clips, plenty of 45s, plates to 2.5 lb."""


def default_inventory(unit: Unit) -> Inventory:
    return DEFAULT_KG if unit == "kg" else DEFAULT_LB
