"""The one error line: field, value (escaped and cut short), problem and allowed range."""

from __future__ import annotations

from thrusttimer.core.errors import Described, ValidationError


def test_a_long_or_escaped_value_is_cut_and_shown_as_text() -> None:
    error = ValidationError("name", "\x1b[2J" + "x" * 10_000, "1 to 60 characters")
    text = str(error)
    assert text.startswith("name: '\\x1b[2J")
    assert len(text) < 120
    assert "\x1b" not in text


def test_lists_objects_and_huge_numbers_are_named_by_kind() -> None:
    deep: list[object] = []
    for _ in range(5000):  # deeper than repr could print
        deep = [deep]
    assert str(ValidationError("sets", deep, "1 to 20")).startswith("sets: a list is not")
    assert "an object is not allowed" in str(ValidationError("tempo", {"a": 1}, "E-P-C-P"))
    assert "a number too long to show" in str(ValidationError("reps", 10**5000, "1 to 100"))
    described = ValidationError("plan", Described("JSON nested too deeply"), "a JSON plan")
    assert str(described) == "plan: JSON nested too deeply is not allowed; allowed: a JSON plan"


def test_a_long_problem_and_field_are_cut_too() -> None:
    text = str(ValidationError("k" * 5000, 1, "plan fields", "bad " * 1000))
    assert len(text) < 400
    assert "\n" not in text
