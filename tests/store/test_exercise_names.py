"""The exercise name catalogue: the name each exercise is logged and exported under, every
name an import or an older log may give it, and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.content import available_exercises, load_exercise
from thrusttimer.store.exercise_names import (
    ALIASES,
    LOG_NAMES,
    display_name,
    exercise_id,
    is_unilateral,
    known_ids,
    log_name,
    shown_name,
)
from thrusttimer.store.log_records import HIP_THRUST


def test_every_exercise_has_a_log_name_that_reads_back_as_itself() -> None:
    assert set(LOG_NAMES) == set(available_exercises()) == set(ALIASES)
    assert LOG_NAMES["hip-thrust"] == HIP_THRUST == "Hip Thrust (Barbell)"
    for exercise in available_exercises():
        assert exercise_id(log_name(exercise)) == exercise
        assert exercise_id(exercise) == exercise, "an older log's raw id"
        assert exercise_id(load_exercise(exercise).name) == exercise
        for alias in ALIASES[exercise]:
            assert exercise_id(alias) == exercise, alias
    assert known_ids()[0] == "hip-thrust"
    assert sorted(known_ids()) == sorted(available_exercises())


@pytest.mark.parametrize(
    ("name", "exercise"),
    [
        ("Hip Thrust (Barbell)", "hip-thrust"),
        ("barbell hip thrusts", "hip-thrust"),
        ("HIP-THRUST", "hip-thrust"),
        ("Hip Thrust", "hip-thrust"),
        ("  Hip   Thrust  [Barbell] ", "hip-thrust"),
        ("B-Stance Hip Thrust", "b-stance-hip-thrust"),
        ("b stance hip thrust (barbell)", "b-stance-hip-thrust"),
        ("Single Leg Hip Thrust", "single-leg-hip-thrust"),
        ("Single-Leg Hip Thrust (Dumbbell)", "single-leg-hip-thrust"),
        ("Glute Bridge", "glute-bridge"),
        ("Barbell Glute Bridges", "glute-bridge"),
        ("Frog Pumps", "frog-pump"),
        ("frog_pump", "frog-pump"),
        ("Frog Pumps (Dumbbell)", "frog-pump"),
        ("Hip Thrust (Machine)", None),
        ("Hip Thrust (Smith Machine)", None),
        ("Hip Thrust (Dumbbell)", None),
        ("Single Leg Glute Bridge", None),
        ("Romanian Deadlift", None),
        ("Hip", None),
        ("", None),
        ("Hip Thrust" + " " * 300, None),
    ],
)
def test_names_strong_hevy_and_lifters_write(name: str, exercise: str | None) -> None:
    assert exercise_id(name) == exercise


def test_history_shows_our_names_and_keeps_any_other() -> None:
    assert shown_name("b-stance-hip-thrust") == display_name("b-stance-hip-thrust")
    assert shown_name("Hip Thrust (Barbell)") == "Barbell hip thrust"
    assert shown_name("Hip Thrust (Machine)") == "Hip Thrust (Machine)"
    assert is_unilateral("single-leg-hip-thrust")
    assert is_unilateral("b-stance-hip-thrust")
    assert not is_unilateral("hip-thrust")
    assert not is_unilateral("Romanian Deadlift")


separators = st.sampled_from([" ", "-", "_", "  ", " - ", "\t"])


@given(st.sampled_from(sorted(LOG_NAMES)), st.data())
def test_case_and_separators_never_change_which_exercise(
    exercise: str, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from([LOG_NAMES[exercise], *ALIASES[exercise]]))
    words = name.replace("(", " ").replace(")", " ").split()
    cased = [data.draw(st.sampled_from([w.lower(), w.upper(), w.title()])) for w in words]
    glue = data.draw(separators)
    assert exercise_id(glue.join(cased)) == exercise


@given(st.text(max_size=300))
def test_any_text_is_one_exercise_or_none_never_an_error(text: str) -> None:
    found = exercise_id(text)
    assert found is None or found in LOG_NAMES
    assert exercise_id(f" ({text}) ") == found, "surrounding spaces and brackets say nothing"
