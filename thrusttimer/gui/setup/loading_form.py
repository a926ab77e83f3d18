"""The plates and warm-up forms as plain data, without Qt: what their rows make, or named errors.

`check_inventory` turns what the plates panel shows (unit, bar, collar, a weight and a
number of pairs a row) into an `Inventory`, and `check_warmup` the warm-up rows (the empty
bar or a share of the work load, and reps) into a `WarmupScheme`; else one
`ValidationError` per field, named by the row it is in ("plate 3 pairs", "warm-up step 2
percent") with its allowed range. The rules are the core's (`inventory.weight_field`,
`PAIRS_FIELD`, `warmup.STEP_FIELDS`, and the constructors' own checks).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from thrusttimer.core.errors import NumberField, ValidationError
from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.inventory import (
    MAX_PLATE_KINDS,
    PAIRS_FIELD,
    Inventory,
    PlateStock,
    weight_field,
)
from thrusttimer.core.loading.units import UNITS, Unit, to_steps, unit_of
from thrusttimer.core.loading.warmup import MAX_STEPS, STEP_FIELDS, WarmupScheme, WarmupStep
from thrusttimer.core.tempo import Tempo
from thrusttimer.gui.setup.form import Entry, check_number, label

# Plates ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InventoryFields:
    """What the plates panel shows: a weight and its pairs a row, in the rows' order."""

    unit: str
    bar: Entry
    collar: Entry
    plates: tuple[tuple[Entry, Entry], ...]

    @classmethod
    def of(cls, inventory: Inventory) -> InventoryFields:
        return cls(
            inventory.unit,
            inventory.bar,
            inventory.collar,
            tuple((s.weight, s.pairs) for s in inventory.plates),
        )


@dataclass(frozen=True, slots=True)
class InventoryCheck:
    """The plates the panel describes, or (`inventory` None) an error per field."""

    inventory: Inventory | None
    errors: Mapping[str, ValidationError] = field(default_factory=dict)


def plate_field(number: int, unit: Unit) -> NumberField:
    """The weight of the plate on row `number` (from 1)."""
    spec = weight_field("plate", unit)
    return NumberField(f"plate {number}", spec.low, spec.high, spec.unit)  # i18n: not shown


def pairs_field(number: int) -> NumberField:
    spec = PAIRS_FIELD
    name = f"plate {number} pairs"  # i18n: not shown
    return NumberField(name, spec.low, spec.high, spec.unit, integer=True)


def check_inventory(fields: InventoryFields) -> InventoryCheck:
    """The inventory `fields` describe; never raises for what a user can type."""
    errors: dict[str, ValidationError] = {}
    try:
        unit = unit_of(fields.unit)
    except ValidationError as error:
        return InventoryCheck(None, {"unit": error})
    numbers: dict[str, float] = {}
    for name in ("bar", "collar"):
        try:
            numbers[name] = check_number(weight_field(name, unit), getattr(fields, name))
        except ValidationError as error:
            errors[name] = error
    if len(fields.plates) > MAX_PLATE_KINDS:
        allowed = translate("LoadingForm", "at most {most} plate weights")
        errors["plates"] = ValidationError(
            "plates", len(fields.plates), allowed.format(most=MAX_PLATE_KINDS)
        )
    stock: list[PlateStock] = []
    seen: dict[int, int] = {}
    for number, (weight, pairs) in enumerate(fields.plates, start=1):
        spec = plate_field(number, unit)
        try:
            checked = check_number(spec, weight)
            if to_steps(checked) in seen:
                raise ValidationError(
                    spec.name,
                    checked,
                    translate("LoadingForm", "each weight once ({allowed})").format(
                        allowed=spec.allowed
                    ),
                    translate("LoadingForm", "the same as plate {number}").format(
                        number=seen[to_steps(checked)]
                    ),
                )
            seen[to_steps(checked)] = number
            stock.append(PlateStock(checked, int(check_number(pairs_field(number), pairs))))
        except ValidationError as error:
            errors[error.field] = error
    if errors:
        return InventoryCheck(None, errors)
    try:
        return InventoryCheck(Inventory(unit, numbers["bar"], tuple(stock), numbers["collar"]))
    except ValidationError as error:  # a weight in finer steps than hundredths
        return InventoryCheck(None, {error.field: error})


# Warm-up --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepFields:
    """One warm-up row: the empty bar (`percent` None) or a share of the work load, and
    reps. The step's own tempo and rest, which the row does not show, are kept."""

    percent: Entry | None
    reps: Entry
    tempo: Tempo | None = None
    rest_s: float | None = None

    @classmethod
    def of(cls, step: WarmupStep) -> StepFields:
        return cls(step.percent, step.reps, step.tempo, step.rest_s)


@dataclass(frozen=True, slots=True)
class WarmupCheck:
    """The warm-up the rows describe, or (`scheme` None) an error per field."""

    scheme: WarmupScheme | None
    errors: Mapping[str, ValidationError] = field(default_factory=dict)


def step_field(number: int, name: str) -> NumberField:
    """A field of the warm-up step on row `number` (from 1): "percent" or "reps"."""
    spec = STEP_FIELDS[name]
    return NumberField(
        f"warm-up step {number} {name}",  # i18n: not shown
        spec.low,
        spec.high,
        spec.unit,
        integer=spec.integer,
    )


def check_warmup(rows: tuple[StepFields, ...]) -> WarmupCheck:
    """The scheme the rows describe; never raises for what a user can type."""
    errors: dict[str, ValidationError] = {}
    if len(rows) > MAX_STEPS:
        allowed = translate("LoadingForm", "at most {most} steps").format(most=MAX_STEPS)
        errors["warm-up"] = ValidationError("warm-up", len(rows), allowed)
    steps: list[WarmupStep] = []
    for number, row in enumerate(rows, start=1):
        try:
            percent = (
                None
                if row.percent is None
                else check_number(step_field(number, "percent"), row.percent)
            )
            reps = int(check_number(step_field(number, "reps"), row.reps))
            steps.append(WarmupStep(percent, reps, row.tempo, row.rest_s))
        except ValidationError as error:
            errors[error.field] = error
    if errors:
        return WarmupCheck(None, errors)
    try:
        return WarmupCheck(WarmupScheme(tuple(steps)))
    except ValidationError as error:  # out of order, or the empty bar after a step
        return WarmupCheck(None, {error.field: error})


# Words ----------------------------------------------------------------------------------


def line(error: ValidationError) -> str:
    """The one line a panel shows: the field in words, what is wrong, the allowed range."""
    problem = error.problem or translate("LoadingForm", "not allowed")
    return translate("LoadingForm", "⚠ {field}: {problem}. Allowed: {allowed}.").format(
        field=label(error.field), problem=problem, allowed=error.allowed
    )


def plates_room() -> list[str]:
    """The longest lines the plates panel can show, for its room."""
    texts: list[str] = []
    not_a_number = translate("Validation", "not a number")
    out_of_range = translate("Validation", "out of range")
    for unit in UNITS:
        specs = [weight_field("bar", unit), weight_field("collar", unit)]
        specs += [plate_field(MAX_PLATE_KINDS, unit), pairs_field(MAX_PLATE_KINDS)]
        for spec in specs:
            for problem in (not_a_number, out_of_range):
                texts.append(line(ValidationError(spec.name, "", spec.allowed, problem)))
    return texts


def warmup_room() -> list[str]:
    """The longest lines the warm-up panel can show, for its room."""
    not_a_number = translate("Validation", "not a number")
    texts = [
        line(ValidationError(step_field(MAX_STEPS, name).name, "", spec.allowed, not_a_number))
        for name, spec in STEP_FIELDS.items()
        if name != "rest_s"
    ]
    checked = check_warmup((StepFields(95, 1), StepFields(None, 1), StepFields(94.5, 1)))
    return texts + [line(error) for error in checked.errors.values()]
