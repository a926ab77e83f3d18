"""Units: kg↔lb conversions round-trip, and weights are written as a lifter writes them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.loading.units import (
    KG_PER_LB,
    convert,
    from_steps,
    to_steps,
    unit_of,
    weight_text,
    with_unit,
)

hundredths = st.integers(0, 500_000)


def test_a_pound_is_the_international_pound() -> None:
    assert KG_PER_LB == 0.45359237
    assert convert(100, "lb", "kg") == pytest.approx(45.359237)
    assert convert(45.359237, "kg", "lb") == pytest.approx(100)
    assert convert(142.5, "kg", "kg") == 142.5


@given(hundredths)
def test_kg_to_lb_and_back_at_hundredths_is_stable(steps: int) -> None:
    kg = from_steps(steps)
    lb = from_steps(to_steps(convert(kg, "kg", "lb")))
    assert to_steps(convert(lb, "lb", "kg")) == steps


@given(hundredths, st.sampled_from(["kg", "lb"]), st.sampled_from(["kg", "lb"]))
def test_any_round_trip_returns_the_weight(steps: int, source: str, target: str) -> None:
    weight = from_steps(steps)
    there = convert(weight, unit_of(source), unit_of(target))
    assert convert(there, unit_of(target), unit_of(source)) == pytest.approx(weight, abs=1e-9)
    assert weight_text(convert(there, unit_of(target), unit_of(source))) == weight_text(weight)


@pytest.mark.parametrize(
    ("weight", "text"),
    [(120, "120"), (142.5, "142.5"), (1.25, "1.25"), (0.5, "0.5"), (0, "0"), (99.999, "100")],
)
def test_weights_are_written_without_trailing_zeros(weight: float, text: str) -> None:
    assert weight_text(weight) == text


def test_with_unit() -> None:
    assert with_unit(142.5, "kg") == "142.5 kg"
    assert with_unit(315, "lb") == "315 lb"


@pytest.mark.parametrize("value", ["KG", "lbs", "", None, 1])
def test_a_unit_is_kg_or_lb(value: object) -> None:
    with pytest.raises(ValidationError, match="allowed: kg or lb"):
        unit_of(value)
