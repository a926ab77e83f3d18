"""The load field: plates' steps, "not logged" one step below 0, the bar straight up from
it, and no minus sign to make a negative load of."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from thrusttimer.gui.load_field import LoadField, shown_load


@pytest.fixture
def field(qtbot: QtBot) -> LoadField:
    made = LoadField()
    qtbot.addWidget(made)
    made.show()
    return made


def test_units_keep_the_load_and_not_logged(field: LoadField) -> None:
    field.set_load(100)
    field.set_unit("lb")
    assert field.load() == pytest.approx(220.5)
    assert field.singleStep() == 5
    field.set_load(None)
    field.set_unit("kg")
    assert (field.load(), field.text()) == (None, "not logged")


def test_nothing_chosen_waits_and_a_step_is_a_choice(field: LoadField) -> None:
    field.set_awaiting_choice(True)
    assert (field.awaiting_choice, field.text()) == (True, "type the load")
    field.stepBy(-1)
    assert (field.awaiting_choice, field.text()) == (False, "not logged")
    field.stepBy(1)
    assert field.load() == 20
    field.set_awaiting_choice(True)
    field.stepBy(3)
    assert field.load() == 25, "the bar, then two steps of plates"


def test_a_minus_sign_cannot_be_typed(qtbot: QtBot, field: LoadField) -> None:
    field.set_load(60)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "-5")
    field.interpretText()
    assert field.load() == 5


def test_the_shown_load() -> None:
    assert shown_load(102.5, "kg") == "102.5 kg"
    assert shown_load(None, "kg") == "not logged"
    assert shown_load(102.05828, "lb") == "225 lb"
