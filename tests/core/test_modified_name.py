"""A changed plan's name: "(modified)" once, within the name's 60 characters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.plan import MODIFIED, NAME_MAX, Plan, modified_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Heavy strength", "Heavy strength (modified)"),
        ("Heavy strength (modified)", "Heavy strength (modified)"),
        ("L" * 60, "L" * 49 + " (modified)"),
        ("Two words" + " " * 45 + "end", "Two words (modified)"),
        (" (modified)", "Custom (modified)"),
    ],
)
def test_worked_examples(name: str, expected: str) -> None:
    assert modified_name(name) == expected


@given(st.text(min_size=1, max_size=NAME_MAX).filter(str.strip))
def test_any_name_gives_one_valid_modified_name(name: str) -> None:
    once = modified_name(name)
    assert once.endswith(MODIFIED)
    assert not once.removesuffix(MODIFIED).endswith(MODIFIED)
    assert modified_name(once) == once
    assert len(once) <= NAME_MAX
    Plan.build(name=once)  # a name a plan accepts
