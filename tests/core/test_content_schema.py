"""The exercise schema check: a wrong file is one clear line naming file, key and what is
allowed; whatever the data, the reader gives an Exercise or a ContentError, never a crash."""

from __future__ import annotations

import copy
import datetime
import tomllib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thrusttimer.core.content import (
    EXERCISES,
    ContentError,
    Exercise,
    exercise_from_data,
    parse_exercise,
)

Data = dict[str, Any]
HIP_THRUST: Data = tomllib.loads((EXERCISES / "hip-thrust.toml").read_text(encoding="utf-8"))
SINGLE_LEG: Data = tomllib.loads(
    (EXERCISES / "single-leg-hip-thrust.toml").read_text(encoding="utf-8")
)


def refusal(change: Callable[[Data], object], base: Data = HIP_THRUST) -> str:
    data = copy.deepcopy(base)
    change(data)
    with pytest.raises(ContentError) as error:
        exercise_from_data(data, "hip-thrust.toml")
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("hip-thrust.toml: ")
    return message.removeprefix("hip-thrust.toml: ")


def test_a_wrong_choice_names_the_key_and_what_is_allowed() -> None:
    message = refusal(lambda d: d["phases"]["thrust"].update(breath="exhal"))
    assert message == (
        "phases.thrust.breath: must be one of inhale, exhale, hold, not text ('exhal')"
    )
    message = refusal(lambda d: d.update(stance="sumo"))
    assert message.startswith("stance: must be one of feet-flat, single-leg, b-stance, soles-")
    message = refusal(lambda d: d["phases"]["brace"].update(shape="star"))
    assert message.startswith("phases.brace.shape: must be one of up, down, circle, square")


def test_a_missing_required_key_is_named() -> None:
    assert refusal(lambda d: d.pop("name")) == "name: missing; it is required"
    message = refusal(lambda d: d["phases"].pop("squeeze"))
    assert message == "phases.squeeze: missing; it is required"
    message = refusal(lambda d: d["phases"]["descent"].pop("tempo"))
    assert message == "phases.descent.tempo: missing; it is required"
    assert refusal(lambda d: d["phrases"].pop("done")) == "phrases.done: missing; it is required"


def test_an_unknown_key_is_named_with_the_keys_allowed_there() -> None:
    message = refusal(lambda d: d.update(colour="red"))
    assert message.startswith("colour: unknown key; allowed here: format, id, name,")
    message = refusal(lambda d: d["phases"].update(warmup={"label": "Warm up"}))
    assert message.startswith("phases.warmup: unknown key; allowed here: setup, brace,")
    message = refusal(lambda d: d["phases"]["setup"].update(tempo="concentric"))
    assert message == "phases.setup.tempo: unknown key; allowed here: label, instruction, shape"
    message = refusal(lambda d: d["setup_checklist"][1].update(says="x"))
    assert message == "setup_checklist[1].says: unknown key; allowed here: id, text, spoken"
    # A typo in a phrase's name is caught, not silently ignored.
    assert refusal(lambda d: d["phrases"].update(last_reps=["Last"])).startswith(
        "phrases.last_reps: unknown key"
    )


def test_a_wrong_type_says_what_it_must_be() -> None:
    message = refusal(lambda d: d.update(bench="yes"))
    assert message == "bench: must be true or false, not text ('yes')"
    message = refusal(lambda d: d.update(unilateral=1))
    assert message == "unilateral: must be true or false, not a whole number (1)"
    assert refusal(lambda d: d.update(name=3)) == "name: must be text, not a whole number (3)"
    assert refusal(lambda d: d.update(phases=[])) == "phases: must be a table, not a list ([])"
    message = refusal(lambda d: d["form_points"][0].update(spoken=[]))
    assert message == "form_points[0].spoken: must be a non-empty list of text, not a list ([])"
    message = refusal(lambda d: d["phrases"].update(count=["{n}", 4]))
    assert message == "phrases.count[1]: must be text that is not empty, not a whole number (4)"
    assert refusal(lambda d: d.update(format=2)) == "format: must be 1, not a whole number (2)"


def test_the_rep_order_must_name_each_phase_of_a_rep_once() -> None:
    message = refusal(lambda d: d.update(rep_order=["thrust", "squeeze", "lower", "brace"]))
    assert message == (
        "rep_order[2]: text ('lower') is not a phase of a rep; "
        "must be one of brace, thrust, squeeze, descent"
    )
    message = refusal(lambda d: d.update(rep_order=["thrust", "thrust", "descent", "brace"]))
    assert message.endswith("thrust is there 2 times")
    message = refusal(lambda d: d.update(set_opening="rest"))
    assert message.startswith("set_opening: must be one of brace, thrust, squeeze, descent")


def test_lists_of_points_are_not_empty_and_their_ids_differ() -> None:
    message = refusal(lambda d: d.update(setup_checklist=[]))
    assert message == "setup_checklist: must not be empty: list at least one"
    message = refusal(lambda d: d["form_points"][2].update(id="heels"))
    assert message == "form_points[2].id: 'heels' is used twice in form_points; ids must differ"
    message = refusal(lambda d: d["setup_checklist"][0].update(text="  "))
    assert message == "setup_checklist[0].text: must not be empty"


def test_each_tempo_number_sets_one_phase() -> None:
    message = refusal(lambda d: d["phases"]["squeeze"].update(tempo="concentric"))
    assert message.startswith("phases.squeeze.tempo: concentric already sets phases.thrust")


def test_phrases_use_only_the_placeholders_filled_in_for_them() -> None:
    message = refusal(lambda d: d["phrases"].update(count=["{m}"]))
    assert message == "phrases.count[0]: placeholder {m} is not allowed; placeholders: {n}"
    message = refusal(lambda d: d["phrases"].update(waiting=["Ready {n}"]))
    assert message == "phrases.waiting[0]: placeholder {n} is not allowed; placeholders: none here"
    message = refusal(lambda d: d["phrases"].update(done="{sets} sets {"))
    assert message.startswith("phrases.done: braces must pair up")
    assert refusal(lambda d: d["phrases"].update(count=["{n:>3}"])).startswith("phrases.count[0]")


def test_one_sided_exercises_say_so_and_say_when_to_switch() -> None:
    message = refusal(lambda d: d.update(stance="b-stance"))
    assert message == "unilateral: must be true with stance 'b-stance': one leg works"
    message = refusal(lambda d: d.update(unilateral=True))
    assert message == "phrases.switch_sides: missing; it is required"
    message = refusal(lambda d: d.update(unilateral=False, stance="feet-flat"), SINGLE_LEG)
    assert message.startswith("phrases.switch_sides: unknown key")


# Random data ---------------------------------------------------------------------------

KEYS = ["format", "id", "name", "phases", "rep_order", "phrases", "bench", "label", "tempo"]
keys = st.one_of(st.sampled_from(KEYS), st.text(max_size=8))
leaves = st.one_of(
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["brace", "thrust", "inhale", "concentric", "{n}", "{", "feet-flat", ""]),
    st.datetimes(),
    st.dates(),
    st.times(),
)
toml_values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=16,
)


def _paths(node: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*path, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*path, index))
    return found


@st.composite
def mutated(draw: st.DrawFn) -> Data:
    """A real exercise file with one to three things changed, removed or added anywhere."""
    data = copy.deepcopy(draw(st.sampled_from([HIP_THRUST, SINGLE_LEG])))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(data)[1:]))
        parent: Any = data
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["remove", "replace", "add"]))
        if action == "remove":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = draw(toml_values)
        elif isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(keys)] = draw(toml_values)
        elif isinstance(parent[path[-1]], list):
            parent[path[-1]].append(draw(toml_values))
    return data


def _read(data: Data) -> None:
    try:
        result = exercise_from_data(data, "fuzz.toml")
    except ContentError as error:
        message = str(error)
    else:
        assert isinstance(result, Exercise)
        return
    assert message.startswith("fuzz.toml: ")
    assert "\n" not in message


@settings(max_examples=300, deadline=None)
@given(mutated())
def test_a_mutated_file_gives_an_exercise_or_one_content_error(data: Data) -> None:
    _read(data)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(keys, toml_values, max_size=8), st.booleans())
def test_random_tables_give_an_exercise_or_one_content_error(data: Data, formatted: bool) -> None:
    if formatted:
        data["format"] = 1
    _read(data)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_random_text_gives_an_exercise_or_one_content_error(text: str) -> None:
    try:
        parse_exercise(text, "fuzz.toml")
    except ContentError as error:
        message = str(error)
    else:
        return
    assert message.startswith("fuzz.toml: ")


def test_an_odd_key_is_quoted_so_the_message_stays_one_line() -> None:
    message = refusal(lambda d: d["phases"].update({"two\nlines": 1}))
    assert message.startswith('phases."two\\nlines": unknown key')


def test_dates_and_times_are_named_as_such() -> None:
    message = refusal(lambda d: d.update(name=datetime.date(2024, 1, 2)))
    assert message == "name: must be text, not a date or time (datetime.date(2024, 1, 2))"
