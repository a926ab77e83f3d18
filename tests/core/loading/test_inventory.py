"""The plate inventory: defaults for a gym in kg and lb, validation, JSON round trips."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.loading.strategies import inventories, one_line
from tests.support.hostile_json import values
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.loading.inventory import (
    DEFAULT_KG,
    DEFAULT_LB,
    Inventory,
    PlateStock,
    default_inventory,
)


def test_the_defaults_are_a_commercial_gym() -> None:
    assert default_inventory("kg") is DEFAULT_KG
    assert default_inventory("lb") is DEFAULT_LB
    assert (DEFAULT_KG.bar, DEFAULT_KG.empty) == (20, 20)
    assert [s.weight for s in DEFAULT_KG.plates] == [25, 20, 15, 10, 5, 2.5, 1.25]
    assert (DEFAULT_LB.bar, DEFAULT_LB.plates[0]) == (45, PlateStock(45, 6))
    assert DEFAULT_LB.plates[-1].weight == 2.5
    assert DEFAULT_KG.heaviest == 545
    assert DEFAULT_LB.heaviest == 915


def test_plates_are_kept_heaviest_first_and_collars_count_twice() -> None:
    inventory = Inventory.build(
        unit="kg", bar="15", collar=2.5, plates=[(1.25, 1), {"weight": 20, "pairs": "2"}]
    )
    assert inventory.plates == (PlateStock(20, 2), PlateStock(1.25, 1))
    assert inventory.empty == 20
    assert inventory.heaviest == 20 + 2 * (40 + 1.25)
    assert inventory.describe() == (
        "Bar 15 kg, collars 2.5 kg each; plates in pairs: 20 kg × 2, 1.25 kg × 1"
    )


@pytest.mark.parametrize(
    ("changes", "field", "allowed"),
    [
        ({"bar": -20}, "bar", "a number from 0 to 60 kg"),
        ({"bar": "heavy"}, "bar", "a number from 0 to 60 kg"),
        ({"collar": 6}, "collar", "a number from 0 to 5 kg"),
        ({"plates": [(0, 2)]}, "plate", "a number from 0.25 to 50 kg"),
        ({"plates": [(20, 0)]}, "pairs", "a whole number from 1 to 50 pairs"),
        ({"plates": [(20, 1.5)]}, "pairs", "a whole number from 1 to 50 pairs"),
        ({"plates": [(1.255, 1)]}, "plate", "in steps of 0.01"),
        ({"plates": [(20, 1), (20.0, 2)]}, "plate", "each weight once"),
        ({"plates": "25,20"}, "plates", "a list of plate weights"),
        ({"plates": [[20]]}, "plates", "a plate weight with its pairs"),
        ({"unit": "stone"}, "unit", "kg or lb"),
        ({"colour": "red"}, "colour", "unit, bar, collar or plates"),
    ],
)
def test_bad_values_name_the_field_and_the_range(
    changes: dict[str, Any], field: str, allowed: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Inventory.build(**changes)
    assert caught.value.field == field
    assert allowed in caught.value.allowed
    assert "\n" not in str(caught.value)


def test_pound_ranges_are_in_pounds() -> None:
    with pytest.raises(ValidationError, match="from 0 to 135 lb"):
        Inventory.build(DEFAULT_LB, bar=136)
    assert Inventory.build(DEFAULT_LB, bar=135).bar == 135


@given(inventories())
def test_json_round_trips(inventory: Inventory) -> None:
    text = json.dumps(inventory.to_dict())
    assert Inventory.from_dict(json.loads(text)) == inventory


@given(values)
def test_any_json_gives_an_inventory_or_a_validation_error(value: object) -> None:
    try:
        Inventory.from_dict(value)
    except ValidationError as error:
        one_line(error)


@given(
    st.fixed_dictionaries(
        {"unit": st.sampled_from(["kg", "lb"])},
        optional={"bar": values, "collar": values, "plates": values},
    )
)
def test_inventory_shaped_json_gives_an_inventory_or_a_validation_error(
    value: dict[str, object],
) -> None:
    try:
        inventory = Inventory.from_dict(value)
    except ValidationError:
        return
    assert inventory.heaviest >= inventory.empty >= 0
