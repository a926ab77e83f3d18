"""Kilograms and pounds: conversion, and weights as whole hundredths so sums are exact."""

from __future__ import annotations

from typing import Final, Literal

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import number, translate

Unit = Literal["kg", "lb"]
UNITS: Final[tuple[Unit, ...]] = ("kg", "lb")
KG_PER_LB: Final = 0.45359237
"""The international pound, exactly."""
STEP: Final = 100
"""Weights are kept as whole hundredths of their unit (1.25 kg is 125): plate sums are exact."""


def unit_of(value: object, field: str = "unit") -> Unit:
    """`value` as a unit, or ValidationError naming `field`."""
    if value == "kg":
        return "kg"
    if value == "lb":
        return "lb"
    raise ValidationError(field, value, translate("Units", "kg or lb"))


def convert(weight: float, source: Unit, target: Unit) -> float:
    """`weight` in `source` units, in `target` units (unrounded)."""
    if source == target:
        return weight
    return weight * KG_PER_LB if source == "lb" else weight / KG_PER_LB


def to_steps(weight: float) -> int:
    """`weight` in whole hundredths of its unit, to the nearest one."""
    return round(weight * STEP)


def from_steps(steps: int) -> float:
    return steps / STEP


def weight_text(weight: float) -> str:
    """A weight as a lifter writes it: "120", "142.5", "1.25" (to the hundredth, no zeros;
    "142,5" in a language that writes a decimal comma)."""
    return number(from_steps(to_steps(weight)))


def with_unit(weight: float, unit: Unit) -> str:
    """ "120 kg", "142.5 lb"."""
    return f"{weight_text(weight)} {unit}"
