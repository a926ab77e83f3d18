from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.tempo import Tempo, format_tempo, parse_tempo


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-1-X-1", Tempo(3, 1, None, 1)),
        ("31X1", Tempo(3, 1, None, 1)),
        ("3/1/X/1", Tempo(3, 1, None, 1)),
        ("3:1:x:1", Tempo(3, 1, None, 1)),
        ("3 1 X 1", Tempo(3, 1, None, 1)),
        ("  2-0-1-2  ", Tempo(2, 0, 1, 2)),
        ("31X", Tempo(3, 1, None, 0)),
        ("3-1-2", Tempo(3, 1, 2, 0)),
        ("2.5-0-1-1", Tempo(2.5, 0, 1, 1)),
        ("10-0-1-0", Tempo(10, 0, 1, 0)),
        ("30-30-30-30", Tempo(30, 30, 30, 30)),
        (".5-0-.25-0", Tempo(0.5, 0, 0.25, 0)),
    ],
)
def test_accepted_forms(text: str, expected: Tempo) -> None:
    assert parse_tempo(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("3-1-Z-1", "concentric 'Z'"),
        ("3-1-0-1", "concentric cannot be 0"),
        ("3101", "concentric cannot be 0"),
        ("X-1-1-1", "X is only for the concentric"),
        ("3-1-1-31", "0 to 30 s"),
        ("3-1", "2 phases"),
        ("3-1-1-1-1", "5 phases"),
        ("31X11", "one digit or X per phase"),
        ("1.2345-0-1-0", "not a number of seconds"),
        ("3--1-1", "not a number of seconds"),
        ("-3-1-1-1", "5 phases"),
        ("٣-1-1-1", "not a number of seconds"),
        ("nan-1-1-1", "not a number of seconds"),
    ],
)
def test_rejected_forms_name_the_problem(text: str, problem: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_tempo(text)
    assert caught.value.field == "tempo"
    assert problem in str(caught.value)
    assert "E-P-C-P" in caught.value.allowed


def test_format_is_the_dashed_form() -> None:
    assert format_tempo(parse_tempo("31X1")) == "3-1-X-1"
    assert format_tempo(parse_tempo("2.5/0/1.25/0")) == "2.5-0-1.25-0"
    assert str(Tempo(10, 0, 1, 0)) == "10-0-1-0"


def test_durations_with_explosive_lift() -> None:
    tempo = parse_tempo("3-1-X-1")
    assert tempo.explosive
    assert tempo.concentric_s(0.8) == 0.8
    assert tempo.rep_s(0.8) == pytest.approx(5.8)


seconds = st.integers(min_value=0, max_value=30_000).map(lambda ms: ms / 1000)
concentric = st.one_of(
    st.none(), st.integers(min_value=1, max_value=30_000).map(lambda ms: ms / 1000)
)
tempos = st.builds(Tempo, seconds, seconds, concentric, seconds)


@given(tempos)
def test_format_then_parse_is_the_identity(tempo: Tempo) -> None:
    assert parse_tempo(format_tempo(tempo)) == tempo


@given(st.text())
def test_no_string_makes_the_parser_raise_anything_but_its_validation_error(text: str) -> None:
    outcome: Tempo | ValidationError
    try:
        outcome = parse_tempo(text)
    except ValidationError as error:
        outcome = error
    assert isinstance(outcome, Tempo) or outcome.field == "tempo"


@given(st.text(alphabet="0123456789xX.-/: ", max_size=14))
def test_no_tempo_like_string_escapes_validation(text: str) -> None:
    with contextlib.suppress(ValidationError):
        parse_tempo(text)
