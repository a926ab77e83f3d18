from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from tests.support.hostile_json import plan_texts
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import DEFAULT_PRESET, PRESETS, preset
from thrusttimer.core.tempo import parse_tempo
from thrusttimer.core.timeline import compile_plan


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("sets", 0, "from 1 to 20"),
        ("sets", 21, "from 1 to 20"),
        ("reps", 0, "from 1 to 100"),
        ("reps", 101, "from 1 to 100"),
        ("reps", "1.5", "whole number"),
        ("rest_s", -5, "from 0 to 900 s"),
        ("rest_s", 900.5, "from 0 to 900 s"),
        ("rest_s", "abc", "from 0 to 900 s"),
        ("lead_in_s", 301, "from 0 to 300 s"),
        ("set_brace_s", 0, "from 0.5 to 30 s"),
        ("explosive_s", 5, "from 0.3 to 3 s"),
    ],
)
def test_validation_names_field_value_and_range(field: str, value: object, allowed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Plan.build(None, **{field: value})
    assert caught.value.field == field
    assert caught.value.value == value
    assert allowed in caught.value.allowed


def test_bounds_are_inclusive() -> None:
    plan = Plan.build(sets=20, reps=100, rest_s=900, lead_in_s=0, tempo="30-30-30-30")
    assert (plan.sets, plan.reps, plan.rest_s) == (20, 100, 900)
    assert Plan.build(sets="1", reps=" 1 ", rest_s="0").sets == 1


def test_text_values_become_numbers() -> None:
    plan = Plan.build(sets="4", reps="8", rest_s="75.5", tempo="31X1", cue_mode="counts")
    assert plan.sets == 4
    assert isinstance(plan.sets, int)
    assert plan.rest_s == 75.5
    assert plan.tempo == parse_tempo("3-1-X-1")
    assert plan.cues.mode is CueMode.COUNTS


def test_unknown_cue_mode_and_field_are_refused() -> None:
    with pytest.raises(ValidationError, match="one of full, breath, counts, tones, silent"):
        Plan.build(cue_mode="loud")
    with pytest.raises(ValidationError, match="unknown field"):
        Plan.build(repz=3)


def test_json_round_trip_for_every_preset() -> None:
    for item in PRESETS.values():
        plan = Plan.build(item.plan, advance_when_ready=True, cue_mode="breath")
        assert Plan.from_json(plan.to_json()) == plan


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("{", "plan"),
        ("[]", "plan"),
        ('{"reps": 0}', "reps"),
        ('{"tempo": "3-1-Z-1"}', "tempo"),
        ('{"format": 2}', "format"),
        ('{"colour": "red"}', "colour"),
        ('{"cues": "loud"}', "cues"),
        ('{"cues": {"mode": "full", "form_tips": "yes"}}', "cues.form_tips"),
        ('{"advance_when_ready": 1}', "advance_when_ready"),
        ('{"name": ""}', "name"),
    ],
)
def test_malformed_json_names_the_field(text: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Plan.from_json(text)
    assert caught.value.field == field


def test_presets_are_what_a_coach_would_recognise() -> None:
    assert len(PRESETS) >= 4
    assert DEFAULT_PRESET in PRESETS
    strength, warm_up = preset("strength"), preset("warm-up")
    assert strength.reps <= 6 < preset("hypertrophy").reps
    assert strength.rest_s > warm_up.rest_s
    assert strength.tempo.explosive
    assert preset("slow-eccentric").tempo.eccentric >= 3
    assert preset("hypertrophy").tempo.top_pause >= 2
    json.dumps({k: p.plan.to_dict() for k, p in PRESETS.items()})


def test_unknown_preset_lists_the_choices() -> None:
    with pytest.raises(ValidationError, match="strength, hypertrophy"):
        preset("yoga")


# Hostile plan files: every one is a Plan or one clear ValidationError ---------------------


def one_line(error: ValidationError) -> str:
    text = str(error)
    assert "\n" not in text
    assert len(text) < 600
    text.encode("utf-8")  # no lone surrogate reaches a terminal
    return text


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "plan", "JSON nested too deeply"),
        ('{"cues": ' + "[" * 5000 + "]" * 5000 + "}", "plan", "nested too deeply"),
        ('{"sets": ' + "9" * 5000 + "}", "number", "a number 5000 characters long"),
        ('{"rest_s": 1' + "0" * 400 + ".5}", "number", "at most 30 characters"),
        ('{"exercise": "squat"}', "exercise", "'squat' is not allowed (unknown exercise)"),
        ('{"exercise": ["hip-thrust"]}', "exercise", "a list is not allowed"),
        ('{"name": "a\\ud800b"}', "name", "'a\\ud800b' is not allowed (not valid Unicode"),
        ('{"sets": [[[[1]]]]}', "sets", "sets: a list is not allowed"),
        ('{"' + "k" * 5000 + '": 1}', "k" * 60 + "…", "unknown field"),
    ],
)
def test_hostile_plan_json_is_one_clear_error(text: str, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Plan.from_json(text)
    assert caught.value.field == field or str(caught.value).startswith(field)
    assert words in one_line(caught.value)


def test_a_name_with_terminal_escapes_is_kept_and_shown_escaped_in_errors() -> None:
    plan = Plan.from_json('{"name": "x\\u001b[2J\\u0000"}')
    assert plan.name == "x\x1b[2J\x00"
    with pytest.raises(ValidationError) as caught:
        Plan.build(plan, tempo="\x1b[31m" + "9" * 1000)
    text = one_line(caught.value)
    assert "\x1b" not in text
    assert "\\x1b[31m" in text


@settings(max_examples=150, deadline=None)
@given(plan_texts)
def test_any_plan_json_gives_a_plan_or_one_clear_line(text: str) -> None:
    try:
        plan = Plan.from_json(text)
    except ValidationError as error:
        one_line(error)
        return
    # A plan that validates also runs: its exercise exists and its name can be written.
    plan.to_json().encode("utf-8")
    assert compile_plan(plan).total_s > 0


def test_a_built_in_preset_is_built_and_checked_when_first_asked_for() -> None:
    from thrusttimer.core.presets import Presets

    presets = Presets(("fine", "Fine", "three sets", {"sets": 3}), ("bad", "Bad", "", {"sets": 0}))
    assert list(presets) == ["fine", "bad"]
    assert len(presets) == 2
    assert presets["fine"].plan.sets == 3
    assert presets["fine"] is presets["fine"]
    with pytest.raises(ValidationError, match="sets"):
        presets["bad"]
    with pytest.raises(KeyError):
        presets["none"]
