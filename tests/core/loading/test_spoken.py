"""Weights in words, as a lifter says them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.loading.spoken import spoken_plate, spoken_weight


@pytest.mark.parametrize(
    ("weight", "words"),
    [
        (0, "zero"),
        (5, "five"),
        (20, "twenty"),
        (25, "twenty-five"),
        (100, "a hundred"),
        (102.5, "one oh two and a half"),
        (105, "one oh five"),
        (120, "one twenty"),
        (135, "one thirty-five"),
        (142.5, "one forty-two and a half"),
        (200, "two hundred"),
        (225, "two twenty-five"),
        (315, "three fifteen"),
        (405, "four oh five"),
        (1000, "a thousand"),
        (1105, "eleven oh five"),
        (1.25, "one and a quarter"),
        (0.5, "a half"),
        (0.25, "a quarter"),
        (19.75, "nineteen and three quarters"),
        (2.1, "two point one"),
        (2.05, "two point zero five"),
    ],
)
def test_weights(weight: float, words: str) -> None:
    assert spoken_weight(weight) == words


@pytest.mark.parametrize(
    ("weight", "count", "words"),
    [
        (25, 1, "a twenty-five"),
        (8, 1, "an eight"),
        (0.5, 1, "a half"),
        (2.5, 1, "a two and a half"),
        (20, 2, "two twenties"),
        (25, 2, "two twenty-fives"),
        (5, 3, "three fives"),
        (2.5, 2, "two two and a half plates"),
        (0.5, 2, "two half plates"),
    ],
)
def test_plates(weight: float, count: int, words: str) -> None:
    assert spoken_plate(weight, count) == words


@given(st.integers(0, 1_000_000))
def test_every_weight_is_said_in_letters(hundredths: int) -> None:
    words = spoken_weight(hundredths / 100)
    assert words
    assert all(char.isalpha() or char in " -" for char in words)
