"""The plan form's model, without Qt: what the fields make (a plan, or one error per field
naming the field and its allowed range), the words the form shows, and that any text typed
gives one or the other, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.loading.rule import Progression, increment_field
from thrusttimer.core.plan import FIELDS, CueMode, Plan
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.gui.setup.form import (
    LABELS,
    NOT_READY,
    PLAN_NUMBERS,
    TEMPO_SAMPLES,
    PlanFields,
    check_number,
    check_plan,
    describe,
    inline,
    number_messages,
    rule_messages,
    start_reason,
    summary,
    summary_room,
    tempo_messages,
)

ROOT = Path(__file__).resolve().parents[3]
BASE = preset(DEFAULT_PRESET)


def fields(**changes: object) -> PlanFields:
    values = {
        "sets": BASE.sets,
        "reps": BASE.reps,
        "rest_s": BASE.rest_s,
        "lead_in_s": BASE.lead_in_s,
        "tempo": "2-0-1-2",
        "cue_mode": BASE.cues.mode.value,
        "advance_when_ready": BASE.advance_when_ready,
        "rep_low": 8,
        "rep_high": 12,
        "increment": 2.5,
        "increment_unit": "kg",
    }
    return PlanFields(**{**values, **changes})  # type: ignore[arg-type]


def test_the_form_model_imports_no_qt() -> None:
    code = (
        "import sys, thrusttimer.gui.setup.form; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"


def test_the_fields_of_a_plan_give_that_plan_back() -> None:
    assert PlanFields.of(BASE) == fields()
    check = check_plan(PlanFields.of(BASE), BASE)
    assert check.plan == BASE
    assert check.errors == {}


def test_changed_fields_make_a_modified_plan() -> None:
    check = check_plan(fields(reps="12", tempo="3-1-X-1", cue_mode="tones"), BASE)
    assert check.plan == Plan.build(
        BASE, name="Hypertrophy squeeze (modified)", reps=12, tempo="3-1-X-1", cue_mode="tones"
    )


@pytest.mark.parametrize(
    ("name", "entry", "problem"),
    [
        ("sets", 0, "out of range"),
        ("sets", "21", "out of range"),
        ("reps", "", "not a number"),
        ("reps", "12.5", "not a whole number"),
        ("rest_s", "900.1", "out of range"),
        ("lead_in_s", "nan", "not a finite number"),
        ("lead_in_s", "-", "not a number"),
    ],
)
def test_a_bad_number_is_an_error_naming_its_field_and_range(
    name: str, entry: float | str, problem: str
) -> None:
    check = check_plan(fields(**{name: entry}), BASE)
    assert check.plan is None
    assert list(check.errors) == [name]
    error = check.errors[name]
    assert (error.field, error.problem, error.allowed) == (name, problem, FIELDS[name].allowed)


def test_every_field_wrong_gives_one_error_each_in_the_forms_order() -> None:
    check = check_plan(fields(sets="0", reps="x", rest_s="-1", lead_in_s="", tempo="3-1"), BASE)
    assert check.plan is None
    assert list(check.errors) == [*PLAN_NUMBERS, "tempo"]
    assert "it has 2 phases" in check.errors["tempo"].problem


def test_an_unknown_cue_mode_names_the_cues() -> None:
    check = check_plan(fields(cue_mode="shouting"), BASE)
    assert check.plan is None
    error = check.errors["cue_mode"]
    assert error.allowed.startswith("one of full")
    assert start_reason("cue_mode", error).startswith("Fix Cues to start:")


def test_the_words_for_an_error() -> None:
    error = ValidationError("sets", 0, FIELDS["sets"].allowed, "out of range")
    assert describe(error) == "Out of range. Allowed: a whole number from 1 to 20."
    assert inline(error) == "⚠ Out of range. Allowed: a whole number from 1 to 20."
    assert start_reason("sets", error) == (
        "Fix Sets to start: Out of range. Allowed: a whole number from 1 to 20."
    )
    assert check_number(FIELDS["reps"], " 12 ") == 12
    # A decimal comma, as German, Spanish, French and Portuguese spin boxes write it.
    assert check_number(FIELDS["rest_s"], "62,5") == 62.5


def test_the_summary_names_the_workout_or_says_it_is_not_ready() -> None:
    assert summary(BASE, BASE) == f"<b>Hypertrophy squeeze</b> — {BASE.describe()}"
    assert summary(None, BASE) == f"<b>Hypertrophy squeeze (modified)</b> — {NOT_READY}"
    longest, several, not_ready = summary_room(BASE)
    assert longest.startswith("<b>Hypertrophy squeeze (modified)</b> — 20 × 100")
    assert several.startswith("<b>Hypertrophy squeeze (modified)</b> — 12 exercises, 240 sets")
    assert not_ready == summary(None, BASE)


def test_the_message_room_covers_every_message_a_field_gives() -> None:
    assert len(tempo_messages()) == len(TEMPO_SAMPLES)
    assert number_messages(FIELDS["reps"]) == [
        "⚠ Out of range. Allowed: a whole number from 1 to 100.",
        "⚠ Out of range. Allowed: a whole number from 1 to 100.",
        "⚠ Not a number. Allowed: a whole number from 1 to 100.",
    ]


def test_the_rep_range_and_increment_are_the_plans_progression() -> None:
    check = check_plan(fields(rep_low="10", rep_high="15", increment="5"), BASE)
    assert check.plan is not None
    assert check.plan.name == "Hypertrophy squeeze (modified)"
    assert check.plan.progression == Progression(10, 15, 5.0, "kg")
    in_pounds = check_plan(fields(increment="10", increment_unit="lb"), BASE).plan
    assert in_pounds is not None
    assert in_pounds.progression == Progression(8, 12, 10.0, "lb")


def test_a_plan_without_a_rule_keeps_none_until_it_is_changed() -> None:
    warm_up = preset("warm-up")
    assert warm_up.progression is None
    shown = PlanFields.of(warm_up)
    assert (shown.rep_low, shown.rep_high, shown.increment) == (12, 12, 2.5)
    assert check_plan(shown, warm_up).plan == warm_up
    changed = check_plan(replace(shown, rep_low=10), warm_up).plan
    assert changed is not None
    assert changed.progression == Progression(10, 12, 2.5)


@pytest.mark.parametrize(
    ("changes", "name", "allowed"),
    [
        ({"rep_low": "12", "rep_high": "8"}, "rep range", "a bottom no higher than the top"),
        ({"increment": "0"}, "increment", "a number from 0.25 to 20 kg"),
        ({"increment": "1000"}, "increment", "a number from 0.25 to 20 kg"),
        ({"increment": "50", "increment_unit": "lb"}, "increment", "from 0.5 to 45 lb"),
        ({"rep_low": "0"}, "rep_low", "a whole number from 1 to 100 reps"),
        ({"rep_high": ""}, "rep_high", "a whole number from 1 to 100 reps"),
        ({"increment_unit": "st"}, "increment unit", "kg or lb"),
    ],
)
def test_a_bad_rule_names_its_field_and_range(
    changes: dict[str, str], name: str, allowed: str
) -> None:
    check = check_plan(fields(**changes), BASE)
    assert check.plan is None
    assert list(check.errors) == [name]
    assert allowed in check.errors[name].allowed
    assert start_reason(name, check.errors[name]).startswith(f"Fix {LABELS[name]} to start: ")
    assert inline(check.errors[name]) in rule_messages() or name != "rep range"


def numbers_as_typed() -> st.SearchStrategy[float | str]:
    return st.one_of(
        st.text(max_size=12),
        st.text(alphabet="0123456789.-+eE_ ,", max_size=12),
        st.integers(-(10**6), 10**6).map(str),
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(-1000, 1000),
    )


@given(
    sets=numbers_as_typed(),
    reps=numbers_as_typed(),
    rest_s=numbers_as_typed(),
    lead_in_s=numbers_as_typed(),
    tempo=st.one_of(st.text(max_size=24), st.text(alphabet="0123456789xX.-/: ", max_size=24)),
    cue_mode=st.one_of(st.sampled_from([mode.value for mode in CueMode]), st.text(max_size=8)),
    advance_when_ready=st.booleans(),
    rep_low=numbers_as_typed(),
    rep_high=numbers_as_typed(),
    increment=numbers_as_typed(),
    increment_unit=st.one_of(st.sampled_from(["kg", "lb"]), st.text(max_size=3)),
)
def test_any_text_in_the_fields_gives_a_plan_or_clear_errors(
    sets: float | str,
    reps: float | str,
    rest_s: float | str,
    lead_in_s: float | str,
    tempo: str,
    cue_mode: str,
    advance_when_ready: bool,
    rep_low: float | str,
    rep_high: float | str,
    increment: float | str,
    increment_unit: str,
) -> None:
    typed = PlanFields(
        sets, reps, rest_s, lead_in_s, tempo, cue_mode, advance_when_ready,
        rep_low, rep_high, increment, increment_unit,
    )  # fmt: skip
    check = check_plan(typed, BASE)
    if check.plan is not None:
        assert check.errors == {}
        assert check.plan.sets == check_number(FIELDS["sets"], sets)
        assert check.plan.advance_when_ready is advance_when_ready
        rule = check.plan.progression_rule
        assert rule.rep_low <= rule.rep_high
        assert rule.increment == check_number(increment_field(rule.unit), increment)
        return
    assert check.errors, "no plan and no reason"
    for name, error in check.errors.items():
        assert error.field == name
        assert name in LABELS, "every error names a field the form labels"
        assert error.allowed
        assert describe(error).endswith(f"Allowed: {error.allowed}.")
        assert start_reason(name, error).startswith(f"Fix {LABELS[name]} to start: ")
        assert str(error).startswith(f"{name}: ")
