"""Plates per side: exact sums, the fewest plates, honest rounding, and changes between loads."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.loading.strategies import inventories, loads
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB, Inventory
from thrusttimer.core.loading.plates import (
    Rounded,
    Rounding,
    load_bar,
    loadable,
    next_heavier,
    plate_change,
)
from thrusttimer.core.loading.units import to_steps


def steps_on_bar(inventory: Inventory, per_side: tuple[float, ...]) -> int:
    return (
        to_steps(inventory.bar)
        + 2 * to_steps(inventory.collar)
        + 2 * sum(to_steps(p) for p in per_side)
    )


def test_a_load_the_plates_make_is_loaded_with_the_fewest_plates() -> None:
    loading = load_bar(DEFAULT_KG, 142.5)
    assert loading.per_side == (25, 25, 10, 1.25)
    assert (loading.load, loading.rounded, loading.beyond) == (142.5, Rounded.EXACT, "")
    assert load_bar(DEFAULT_KG, 120).per_side == (25, 25)
    assert load_bar(DEFAULT_LB, 315).per_side == (45, 45, 45)
    assert load_bar(DEFAULT_KG, 20).empty_bar


def test_a_load_the_plates_cannot_make_is_rounded_and_says_which_way() -> None:
    down = load_bar(DEFAULT_KG, 121)
    assert (down.load, down.rounded, down.off_by) == (120, Rounded.DOWN, 1)
    up = load_bar(DEFAULT_KG, 121, Rounding.UP)
    assert (up.load, up.rounded) == (122.5, Rounded.UP)
    # Halfway between two loads, the lighter one.
    assert load_bar(DEFAULT_KG, 101.25).load == 100
    light = load_bar(DEFAULT_KG, 10)
    assert (light.load, light.rounded) == (20, Rounded.UP)
    assert light.beyond == "lighter than the empty bar"
    heavy = load_bar(DEFAULT_KG, 600, Rounding.UP)
    assert (heavy.load, heavy.beyond) == (545, "heavier than all your plates")


def test_collars_are_part_of_the_load() -> None:
    inventory = Inventory.build(DEFAULT_KG, collar=2.5)
    loading = load_bar(inventory, 125)
    assert loading.per_side == (25, 25)
    assert load_bar(inventory, 20).load == 25


def test_no_plates_only_the_bar() -> None:
    inventory = Inventory.build(unit="kg", bar=20, plates=[])
    assert loadable(inventory) == (20,)
    assert load_bar(inventory, 100).load == 20
    assert next_heavier(inventory, 20) is None


@settings(max_examples=300)
@given(inventories(), loads, st.sampled_from(list(Rounding)))
def test_the_plates_always_sum_to_the_load(
    inventory: Inventory, target: float, rounding: Rounding
) -> None:
    loading = load_bar(inventory, target, rounding)
    assert steps_on_bar(inventory, loading.per_side) == to_steps(loading.load)
    assert list(loading.per_side) == sorted(loading.per_side, reverse=True)
    for stock in inventory.plates:
        assert loading.per_side.count(stock.weight) <= stock.pairs
    assert loading.load in loadable(inventory)
    assert inventory.empty <= loading.load <= inventory.heaviest


@settings(max_examples=300)
@given(inventories(), loads, st.sampled_from(list(Rounding)))
def test_rounding_is_honest(inventory: Inventory, target: float, rounding: Rounding) -> None:
    loading = load_bar(inventory, target, rounding)
    made = [to_steps(x) for x in loadable(inventory)]
    wanted, got = to_steps(target), to_steps(loading.load)
    assert loading.exact == (wanted in made)
    assert loading.rounded is (
        Rounded.EXACT if got == wanted else Rounded.UP if got > wanted else Rounded.DOWN
    )
    if rounding is Rounding.NEAREST:
        assert all(abs(m - wanted) >= abs(got - wanted) for m in made)
    elif rounding is Rounding.DOWN and wanted >= made[0]:
        assert got == max(m for m in made if m <= wanted)
    elif rounding is Rounding.UP and wanted <= made[-1]:
        assert got == min(m for m in made if m >= wanted)
    assert bool(loading.beyond) == (wanted < made[0] or wanted > made[-1])


@settings(max_examples=150)
@given(inventories(), loads)
def test_no_way_of_loading_uses_fewer_plates(inventory: Inventory, target: float) -> None:
    loading = load_bar(inventory, target)
    side = sum(to_steps(p) for p in loading.per_side)
    options = itertools.product(*(range(s.pairs + 1) for s in inventory.plates))
    fewest = min(
        sum(counts)
        for counts in options
        if sum(c * to_steps(s.weight) for c, s in zip(counts, inventory.plates, strict=True))
        == side
    )
    assert len(loading.per_side) == fewest


def test_from_the_plates_on_the_bar_the_fewest_change() -> None:
    before = load_bar(DEFAULT_KG, 120)
    after = load_bar(DEFAULT_KG, 130, from_plates=before.per_side)
    assert plate_change(before, after).add == (5,)
    assert plate_change(before, after).take_off == ()
    down = load_bar(DEFAULT_KG, 110, from_plates=before.per_side)
    change = plate_change(before, down)
    assert (change.take_off, change.add) == ((25,), (20,))
    assert plate_change(before, before).none


@settings(max_examples=200)
@given(inventories(), loads, loads)
def test_a_change_takes_the_bar_from_one_loading_to_the_next(
    inventory: Inventory, first: float, second: float
) -> None:
    before = load_bar(inventory, first)
    after = load_bar(inventory, second, from_plates=before.per_side)
    change = plate_change(before, after)
    side = [to_steps(p) for p in before.per_side]
    for plate in change.take_off:
        side.remove(to_steps(plate))
    side += [to_steps(p) for p in change.add]
    assert sorted(side) == sorted(to_steps(p) for p in after.per_side)
    assert after.load == load_bar(inventory, second).load


@given(inventories(), loads)
def test_next_heavier_is_the_next_load_the_plates_make(inventory: Inventory, load: float) -> None:
    heavier = next_heavier(inventory, load)
    made = loadable(inventory)
    if heavier is None:
        assert to_steps(made[-1]) <= to_steps(load)
    else:
        assert to_steps(heavier) > to_steps(load)
        assert not [m for m in made if to_steps(load) < to_steps(m) < to_steps(heavier)]


@pytest.mark.parametrize("unit", ["kg", "lb"])
def test_a_default_gym_makes_every_load_on_its_smallest_step(unit: str) -> None:
    inventory = DEFAULT_KG if unit == "kg" else DEFAULT_LB
    step = 2.5 if unit == "kg" else 5
    made = set(loadable(inventory))
    load = inventory.empty
    while load <= 300:
        assert load in made
        load += step
