"""A workout's progression rule: validated, round-tripped, and carried by plans and presets."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.loading.strategies import one_line
from tests.support.hostile_json import progression_objects
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import PRESETS, preset


@pytest.mark.parametrize(
    ("values", "field", "allowed"),
    [
        ({"increment": 0}, "increment", "a number from 0.25 to 20 kg"),
        ({"increment": 1000}, "increment", "a number from 0.25 to 20 kg"),
        ({"increment": 50, "unit": "lb"}, "increment", "a number from 0.5 to 45 lb"),
        ({"rep_low": 12, "rep_high": 8}, "rep range", "a bottom no higher than the top"),
        ({"rep_low": 0}, "rep_low", "a whole number from 1 to 100"),
        ({"rep_high": 8.5}, "rep_high", "a whole number from 1 to 100"),
        ({"max_rpe": 11}, "max_rpe", "a number from 6 to 10"),
        ({"max_rpe": 8.3}, "max_rpe", "6 to 10 in half steps"),
        ({"deload_pct": 0}, "deload_pct", "a number from 1 to 50 %"),
        ({"unit": "st"}, "unit", "kg or lb"),
        ({"sets": 3}, "sets", "progression fields"),
    ],
)
def test_bad_values_name_the_field_and_the_range(
    values: dict[str, Any], field: str, allowed: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Progression.from_mapping(values)
    assert caught.value.field == field
    assert allowed in caught.value.allowed


def test_the_rep_range_error_shows_the_range() -> None:
    with pytest.raises(ValidationError, match="rep range: '12–8' is not allowed"):
        Progression(12, 8)


def test_numbers_may_be_text() -> None:
    rule = Progression.from_mapping({"rep_low": "6", "rep_high": "10", "increment": "5"})
    assert (rule.rep_low, rule.rep_high, rule.increment) == (6, 10, 5)
    assert rule.describe() == "6–10 reps, +5 kg"
    assert Progression(5, 5, 5, "lb").describe() == "5 reps, +5 lb"


@given(
    st.integers(1, 100),
    st.integers(0, 20),
    st.sampled_from([0.5, 1, 2.5, 5, 10]),
    st.sampled_from(["kg", "lb"]),
    st.integers(12, 20),
)
def test_json_round_trips(low: int, span: int, increment: float, unit: str, rpe2: int) -> None:
    rule = Progression.from_mapping(
        {
            "rep_low": low,
            "rep_high": min(100, low + span),
            "increment": increment,
            "unit": unit,
            "max_rpe": rpe2 / 2,
        }
    )
    assert Progression.from_mapping(json.loads(json.dumps(rule.to_dict()))) == rule


@given(progression_objects)
def test_any_json_gives_a_rule_or_a_validation_error(value: dict[str, object]) -> None:
    try:
        Progression.from_mapping(value)
    except ValidationError as error:
        one_line(error)


def test_built_in_presets_carry_a_rule_that_contains_their_reps() -> None:
    for key, item in PRESETS.items():
        rule = item.plan.progression
        if key == "warm-up":
            assert rule is None
            continue
        assert rule is not None
        assert rule.rep_low <= item.plan.reps <= rule.rep_high
    assert preset("hypertrophy").progression == Progression(8, 12, 2.5, "kg")


def test_a_plan_round_trips_its_rule_and_an_old_plan_still_loads() -> None:
    plan = Plan.build(preset("strength"), progression={"rep_low": 4, "rep_high": 6})
    assert Plan.from_json(plan.to_json()) == plan
    old = preset("strength").to_dict()
    del old["progression"]
    loaded = Plan.from_dict(old)
    assert loaded.progression is None
    assert "progression" not in loaded.to_dict()
    # Without a rule, progress once every set reaches the plan's reps.
    assert loaded.progression_rule == Progression(5, 5, 2.5, "kg")


def test_a_plan_with_a_bad_rule_names_the_field() -> None:
    with pytest.raises(ValidationError, match="rep range"):
        Plan.from_dict({"progression": {"rep_low": 12, "rep_high": 8}})
    with pytest.raises(ValidationError, match="progression"):
        Plan.from_dict({"progression": [8, 12]})
    assert Plan.from_dict({"progression": None}).progression is None
