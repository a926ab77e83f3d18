"""What the coach shows and says about the bar: plates, rounding said plainly, changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings

from tests.core.loading.strategies import inventories, loads
from thrusttimer.core import i18n
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB, Inventory
from thrusttimer.core.loading.plates import load_bar
from thrusttimer.core.loading.spoken import spoken_weight
from thrusttimer.core.loading.units import with_unit
from thrusttimer.core.loading.wording import (
    change_text,
    loading_text,
    plates_text,
    said_weight,
    spoken_change,
    spoken_loading,
)

CUSTOM = Inventory.build(DEFAULT_KG, plates=[(25, 1), (20, 1), (5, 2)])
"""One pair of 25s and of 20s: 120 kg is 25 + 20 + 5."""


def test_the_text_lists_the_plates_per_side() -> None:
    assert loading_text(load_bar(CUSTOM, 120)) == "120 kg: 25 + 20 + 5 each side"
    assert loading_text(load_bar(DEFAULT_KG, 20)) == "20 kg: the empty bar"
    assert loading_text(load_bar(DEFAULT_LB, 225)) == "225 lb: 45 + 45 each side"
    collars = Inventory.build(DEFAULT_KG, collar=2.5)
    assert loading_text(load_bar(collars, 125)) == (
        "125 kg: 25 + 25 each side (collars 2.5 kg each)"
    )


def test_a_load_that_cannot_be_made_is_said_plainly() -> None:
    assert loading_text(load_bar(DEFAULT_KG, 121)) == (
        "121 kg can't be made with your plates; rounded down to 120 kg: 25 + 25 each side"
    )
    assert loading_text(load_bar(DEFAULT_KG, 10)) == (
        "10 kg is lighter than the empty bar; rounded up to 20 kg: the empty bar"
    )
    assert loading_text(load_bar(CUSTOM, 500)).startswith(
        "500 kg is heavier than all your plates; rounded down to 130 kg: "
    )


def test_the_spoken_form() -> None:
    assert spoken_loading(load_bar(CUSTOM, 120)) == (
        "Next set: one twenty. Twenty-five, twenty and five each side."
    )
    assert spoken_loading(load_bar(DEFAULT_KG, 120)) == (
        "Next set: one twenty. Two twenty-fives each side."
    )
    assert spoken_loading(load_bar(DEFAULT_KG, 142.5), "First set") == (
        "First set: one forty-two and a half. Two twenty-fives, ten and one and a quarter "
        "each side."
    )
    assert spoken_loading(load_bar(DEFAULT_LB, 135)) == (
        "Next set: one thirty-five. Forty-five each side."
    )
    assert spoken_loading(load_bar(DEFAULT_KG, 20)) == "Next set: twenty. Just the bar."


def test_a_change_says_only_what_to_add_or_take_off() -> None:
    before = load_bar(DEFAULT_KG, 120)

    def change(target: float) -> tuple[str, str]:
        after = load_bar(DEFAULT_KG, target, from_plates=before.per_side)
        return change_text(before, after), spoken_change(before, after)

    assert change(130) == ("add a 5 each side", "Next set: one thirty. Add a five each side.")
    assert change(100) == (
        "take off a 25, then add a 15 each side",
        "Next set: a hundred. Take off a twenty-five, then add a fifteen each side.",
    )
    assert change(20) == (
        "take off two 25s each side",
        "Next set: twenty. Take off two twenty-fives each side.",
    )
    assert change(120) == ("no change", "Next set: one twenty. Same plates.")
    after = load_bar(DEFAULT_KG, 110, from_plates=load_bar(DEFAULT_KG, 130).per_side)
    assert change_text(load_bar(DEFAULT_KG, 130), after) == (
        "take off a 25 and a 5, then add a 20 each side"
    )


@settings(max_examples=150)
@given(inventories(), loads)
def test_the_text_shows_the_load_and_says_when_it_was_rounded(
    inventory: Inventory, target: float
) -> None:
    loading = load_bar(inventory, target)
    text = loading_text(loading)
    assert with_unit(loading.load, inventory.unit) in text
    assert plates_text(loading.per_side) in text
    assert ("rounded" in text) == (not loading.exact)
    assert "\n" not in text
    assert spoken_loading(loading).endswith(".")


@pytest.fixture
def german() -> Iterator[None]:
    """A language other than English, with a translator that keeps the English words: the
    weights show what changes (numbers with a decimal comma, plates counted in digits)."""
    i18n.install(lambda context, text, disambiguation=None: text, "de")
    yield
    i18n.uninstall()


@pytest.mark.usefixtures("german")
def test_another_language_speaks_weights_as_numbers_not_english_words() -> None:
    assert spoken_loading(load_bar(DEFAULT_KG, 142.5)) == (
        "Next set: 142,5. 2 × 25, 10 and 1,25 each side."
    )
    assert spoken_loading(load_bar(DEFAULT_KG, 20)) == "Next set: 20. Just the bar."
    before = load_bar(DEFAULT_KG, 120)
    after = load_bar(DEFAULT_KG, 100, from_plates=before.per_side)
    assert spoken_change(before, after) == "Next set: 100. Take off 25, then add 15 each side."
    assert spoken_change(before, before) == "Next set: 120. Same plates."
    assert said_weight(62.5) == "62,5"


@pytest.mark.usefixtures("german")
def test_another_language_shows_plates_without_english_articles() -> None:
    assert loading_text(load_bar(DEFAULT_KG, 142.5)) == "142,5 kg: 25 + 25 + 10 + 1,25 each side"
    before = load_bar(DEFAULT_KG, 120)
    after = load_bar(DEFAULT_KG, 20, from_plates=before.per_side)
    assert change_text(before, after) == "take off 2 × 25 each side"


def test_the_coachs_language_not_the_screens_decides_how_a_weight_is_said() -> None:
    i18n.install(lambda context, text, disambiguation=None: text, "de")
    i18n.install_speech(i18n.source_text, "en")
    assert said_weight(142.5) == spoken_weight(142.5)  # English words, as the coach speaks
    i18n.install(lambda context, text, disambiguation=None: text, "en")
    i18n.install_speech(lambda context, text, disambiguation=None: text, "fr")
    assert said_weight(142.5) == "142,5"
