"""Warm-up ramps: loadable, lighter than the work load, rising, and close steps dropped."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.loading.strategies import inventories, loads, one_line
from tests.support.hostile_json import values
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB, Inventory
from thrusttimer.core.loading.plates import loadable
from thrusttimer.core.loading.units import to_steps
from thrusttimer.core.loading.warmup import (
    DEFAULT_SCHEME,
    MIN_GAP,
    WarmupScheme,
    WarmupStep,
    ramp,
)
from thrusttimer.core.tempo import parse_tempo


def shown(sets: tuple[Any, ...]) -> list[tuple[float, int]]:
    return [(s.load, s.reps) for s in sets]


def test_the_default_ramp() -> None:
    assert DEFAULT_SCHEME.describe() == "empty bar × 10, 40 % × 8, 60 % × 5, 80 % × 3"
    assert shown(ramp(DEFAULT_KG, 100)) == [(20, 10), (40, 8), (60, 5), (80, 3)]
    assert shown(ramp(DEFAULT_LB, 225)) == [(45, 10), (90, 8), (135, 5), (180, 3)]


def test_steps_round_down_to_loads_the_plates_make() -> None:
    # 40 % of 142.5 is 57, 60 % is 85.5, 80 % is 114.
    assert shown(ramp(DEFAULT_KG, 142.5)) == [(20, 10), (55, 8), (85, 5), (112.5, 3)]


def test_steps_that_land_on_or_near_the_one_before_are_dropped() -> None:
    # 40 % of 60 rounds to 22.5: within 10 % (6 kg) of the empty bar.
    assert shown(ramp(DEFAULT_KG, 60)) == [(20, 10), (35, 5), (47.5, 3)]
    # 40 % of 40 is below the bar; 60 % rounds to 22.5, too close.
    assert shown(ramp(DEFAULT_KG, 40)) == [(20, 10), (30, 3)]
    assert ramp(DEFAULT_KG, 20) == ()


def test_plates_change_as_little_as_possible_between_steps() -> None:
    sets = ramp(DEFAULT_KG, 142.5)
    assert [s.loading.per_side for s in sets[1:3]] == [(15, 2.5), (15, 15, 2.5)]


def test_each_step_keeps_its_own_tempo_and_rest() -> None:
    scheme = WarmupScheme(
        (WarmupStep(None, 12, parse_tempo("1-0-1-1"), 45), WarmupStep(50, 6, rest_s=90))
    )
    first, second = ramp(DEFAULT_KG, 100, scheme)
    assert (first.step.tempo, first.step.rest_s) == (parse_tempo("1-0-1-1"), 45)
    assert (second.load, second.reps, second.step.tempo, second.step.rest_s) == (50, 6, None, 90)


@settings(max_examples=200)
@given(inventories(), loads)
def test_a_warm_up_never_reaches_the_work_load(inventory: Inventory, work: float) -> None:
    sets = ramp(inventory, work)
    made = loadable(inventory)
    steps = [to_steps(s.load) for s in sets]
    assert all(step < to_steps(work) for step in steps)
    assert all(s.load in made for s in sets)
    assert all(b - a >= max(MIN_GAP * to_steps(work), 1) for a, b in itertools.pairwise(steps))
    assert len(sets) <= len(DEFAULT_SCHEME.steps)


@pytest.mark.parametrize(
    ("steps", "field", "allowed"),
    [
        ([{"percent": 5, "reps": 8}], "warm-up step 1 percent", "from 10 to 95"),
        ([{"percent": 40, "reps": 0}], "warm-up step 1 reps", "from 1 to 30"),
        ([{"percent": 40, "reps": 8, "rest_s": -1}], "warm-up step 1 rest_s", "0 to 600"),
        ([{"percent": 40, "reps": 8, "tempo": "fast"}], "warm-up step 1 tempo", "E-P-C-P"),
        ([{"percent": 40, "reps": 8, "load": 3}], "warm-up step 1 load", "percent, reps"),
        ([{"percent": 60, "reps": 5}, {"percent": 40, "reps": 8}], "warm-up step 2 percent", ""),
        ([{"percent": 40, "reps": 8}, {"reps": 8}], "warm-up step 2 percent", "first step"),
        ([{"percent": 10 + i, "reps": 1} for i in range(9)], "warm-up steps", "at most 8"),
    ],
)
def test_bad_steps_name_the_step_and_field(
    steps: list[dict[str, Any]], field: str, allowed: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        WarmupScheme.from_dict({"steps": steps})
    assert caught.value.field == field
    assert allowed in caught.value.allowed


def test_no_steps_is_no_warm_up() -> None:
    scheme = WarmupScheme.from_dict({"steps": []})
    assert scheme.describe() == "no warm-up"
    assert ramp(DEFAULT_KG, 100, scheme) == ()


steps: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {"percent": st.integers(10, 95), "reps": st.integers(1, 30)},
    optional={
        "rest_s": st.integers(0, 600),
        "tempo": st.sampled_from(["2-0-1-2", "3-1-X-1"]),
    },
)
schemes = st.lists(steps, max_size=8, unique_by=lambda d: d["percent"]).map(
    lambda found: {"steps": sorted(found, key=lambda d: d["percent"])}
)


@given(schemes)
def test_json_round_trips(data: dict[str, Any]) -> None:
    scheme = WarmupScheme.from_dict(data)
    assert WarmupScheme.from_dict(json.loads(json.dumps(scheme.to_dict()))) == scheme


@given(st.one_of(values, st.builds(dict, steps=st.lists(values, max_size=3))))
def test_any_json_gives_a_scheme_or_a_validation_error(value: object) -> None:
    try:
        WarmupScheme.from_dict(value)
    except ValidationError as error:
        one_line(error)
