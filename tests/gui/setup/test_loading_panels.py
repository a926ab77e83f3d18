"""The set-up dialog's plates, warm-up, progression and "Today" parts, driven by the keyboard
and mouse: one line naming the field and its range, Start disabled while it is wrong, the
gym resets, and today's suggestion read from the log off the GUI thread (fake timers, no
waits). Start gives everything back; the dialog saves nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.gui.setup.helpers import deliver, type_into
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME, WarmupScheme, WarmupStep
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.setup.dialog import SetupChoice, SetupDialog, run_setup
from thrusttimer.gui.setup.preset_list import BUILT_IN
from thrusttimer.gui.setup.today import UNREADABLE
from thrusttimer.store.log_records import LoggedSession, LoggedSet
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import Settings, VoicePrefs

BASE = preset(DEFAULT_PRESET)


def logged(name: str, load_kg: float, reps: Sequence[int], rpe: float = 8) -> LoggedSession:
    began = datetime(2026, 11, 9, 18).astimezone()
    sets = tuple(
        LoggedSet(n, 1, n, "Hip Thrust (Barbell)", began, load_kg, done, rpe=rpe)
        for n, done in enumerate(reps, start=1)
    )
    return LoggedSession(1, began, None, name, "", "app", sets)


def assert_blocked(dialog: SetupDialog, field: str, allowed: str) -> None:
    assert not dialog.start_button.isEnabled()
    assert field in dialog.start_button.text()
    assert f"Fix {field} to start" in dialog.reason.text()
    assert allowed in dialog.reason.text()
    assert dialog.choice() is None


# Plates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "text", "shown"),
    [
        ("bar", "-5", "⚠ Bar: out of range. Allowed: a number from 0 to 60 kg."),
        ("collar", "6", "⚠ Collar: out of range. Allowed: a number from 0 to 5 kg."),
        (
            "pairs",
            "0",
            "⚠ Plate 2 pairs: out of range. Allowed: a whole number from 1 to 50 pairs.",
        ),
        ("weight", "0", "⚠ Plate 2: out of range. Allowed: a number from 0.25 to 50 kg."),
    ],
)
def test_a_bad_plate_field_is_one_line_and_blocks_start(
    qtbot: QtBot, dialog: SetupDialog, where: str, text: str, shown: str
) -> None:
    panel = dialog.plates_panel
    spins = {"bar": panel.bar, "collar": panel.collar}
    spins |= {"pairs": panel.rows[1].pairs, "weight": panel.rows[1].weight}
    type_into(qtbot, spins[where], text)
    assert panel.message.isVisible()
    assert panel.message.text() == shown
    field = shown.removeprefix("⚠ ").split(":")[0]
    assert_blocked(dialog, field, shown.split("Allowed: ")[1].rstrip("."))
    spins[where].setValue({"bar": 20, "collar": 0, "weight": 20}.get(where, 4))
    assert not panel.message.isVisible()
    assert dialog.start_button.isEnabled()
    assert dialog.inventory() == DEFAULT_KG


def test_rows_are_added_and_removed_and_the_lb_gym_reset(qtbot: QtBot, dialog: SetupDialog) -> None:
    panel = dialog.plates_panel
    assert len(panel.rows) == len(DEFAULT_KG.plates)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    added = panel.rows[-1]
    assert "Plate 8: out of range" in panel.message.text(), "a new row weighs 0 until typed"
    assert not dialog.start_button.isEnabled()
    assert "Plate 8" in dialog.start_button.text()
    type_into(qtbot, added.weight, "0.5")
    inventory = dialog.inventory()
    assert inventory is not None
    assert inventory.plates[-1].weight == 0.5
    qtbot.mouseClick(panel.rows[0].remove, Qt.MouseButton.LeftButton)
    inventory = dialog.inventory()
    assert inventory is not None
    assert inventory.plates[0].weight == 20
    assert [row.number.text() for row in panel.rows][:2] == ["Plate 1", "Plate 2"]
    type_into(qtbot, panel.rows[0].weight, "15")
    assert panel.message.text().startswith("⚠ Plate 2: the same as plate 1.")
    qtbot.mouseClick(panel.defaults["lb"], Qt.MouseButton.LeftButton)
    assert dialog.inventory() == DEFAULT_LB
    assert panel.bar.suffix() == " lb"
    assert dialog.start_button.isEnabled()
    type_into(qtbot, panel.bar, "100")  # 100 lb is a bar; 100 kg is not
    panel.unit_choice.setCurrentText("kg")
    assert "Bar: out of range" in panel.message.text()
    qtbot.mouseClick(panel.defaults["kg"], Qt.MouseButton.LeftButton)
    assert dialog.inventory() == DEFAULT_KG


# Warm-up and progression -------------------------------------------------------------


def test_the_warm_up_steps_are_edited_and_reset(qtbot: QtBot, dialog: SetupDialog) -> None:
    panel = dialog.warmup_panel
    assert dialog.warmup() == DEFAULT_SCHEME
    assert panel.summary.text() == f"Before the first work set: {DEFAULT_SCHEME.describe()}"
    type_into(qtbot, panel.rows[1].percent, "5")
    assert panel.message.text() == (
        "⚠ Warm-up step 2 percent: out of range. Allowed: a number from 10 to 95 % of the "
        "work load."
    )
    assert_blocked(dialog, "Warm-up step 2 percent", "from 10 to 95 %")
    type_into(qtbot, panel.rows[1].percent, "70")
    assert "more than the step before (70 %)" in panel.message.text()
    qtbot.mouseClick(panel.default_button, Qt.MouseButton.LeftButton)
    assert dialog.warmup() == DEFAULT_SCHEME
    while panel.rows[1:]:
        qtbot.mouseClick(panel.rows[-1].remove, Qt.MouseButton.LeftButton)
    type_into(qtbot, panel.rows[0].reps, "5")
    assert dialog.warmup() == WarmupScheme((WarmupStep(None, 5),))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.rows[1].kind.setCurrentIndex(0)  # a second "empty bar"
    assert "only as the first step" in panel.message.text()
    assert dialog.warmup() is None
    assert not dialog.start_button.isEnabled()


def test_the_rule_fields_carry_the_plans_progression(qtbot: QtBot, dialog: SetupDialog) -> None:
    spins = dialog.spins
    assert (spins["rep_low"].value(), spins["rep_high"].value()) == (8, 12)
    type_into(qtbot, spins["rep_low"], "13")
    message = dialog.errors["rep range"]
    assert message.isVisible()
    assert "a bottom no higher than the top" in message.text()
    assert_blocked(dialog, "Rep range", "a bottom no higher than the top")
    type_into(qtbot, spins["rep_low"], "10")
    for bad in ("0", "1000"):
        type_into(qtbot, spins["increment"], bad)
        assert "Allowed: a number from 0.25 to 20 kg." in dialog.errors["increment"].text()
        assert_blocked(dialog, "Increment", "from 0.25 to 20 kg")
    type_into(qtbot, spins["increment"], "5")
    plan = dialog.plan()
    assert plan is not None
    assert plan.progression == Progression(10, 12, 5.0, "kg")
    assert plan.name == "Hypertrophy squeeze (modified)"
    dialog.preset_panel.select_preset(BUILT_IN, "strength")
    assert (spins["rep_low"].value(), spins["rep_high"].value()) == (3, 5)
    assert dialog.plan() == preset("strength")


# Today ---------------------------------------------------------------------------------


def open_dialog(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers, history: object
) -> SetupDialog:
    shown = SetupDialog(BASE, presets, VoicePrefs(), timers=timers, history=history)  # type: ignore[arg-type]
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_today_comes_from_the_log_and_follows_the_plates(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    sessions = [logged(BASE.name, 100, [12, 12, 12, 12])]
    dialog = open_dialog(qtbot, presets, timers, lambda: sessions)
    today = dialog.today_panel
    assert today.suggestion.text() == "Reading the training log…"
    deliver(today.background, timers)
    assert today.suggestion.text().startswith("Last time: 4 × 12 at 100 kg, RPE 8.")
    assert today.suggestion.text().endswith("Today: 102.5 kg × 8–12.")
    assert today.plates.text() == "102.5 kg: 25 + 15 + 1.25 each side"
    assert today.warmup.text().startswith("Warm-up: 20 kg × 10, 40 kg × 8")
    # Without 1.25 kg plates the plates make +5 kg.
    qtbot.mouseClick(dialog.plates_panel.rows[-1].remove, Qt.MouseButton.LeftButton)
    assert today.plates.text() == "105 kg: 25 + 15 + 2.5 each side"
    # A workout changed in the form keeps its history.
    type_into(qtbot, dialog.spins["rest_s"], "120")
    assert "Last time: 4 × 12" in today.suggestion.text()


def test_a_log_that_cannot_be_read_is_one_short_line(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    def broken() -> list[LoggedSession]:
        raise OSError("disk on fire")

    dialog = open_dialog(qtbot, presets, timers, broken)
    deliver(dialog.today_panel.background, timers)
    assert dialog.today_panel.suggestion.text() == UNREADABLE
    assert not dialog.today_panel.plates.isVisible()
    assert dialog.start_button.isEnabled(), "the workout still starts"


def test_no_history_says_what_the_first_time_would(qtbot: QtBot, dialog: SetupDialog) -> None:
    assert dialog.today_panel.suggestion.text().startswith("No session of this workout")
    assert not dialog.today_panel.background.busy


# Start gives it all back ----------------------------------------------------------------


def test_run_setup_opens_on_the_saved_plates_and_gives_them_back(
    qtbot: QtBot, presets: UserPresets, settings: Settings, tmp_path: Path
) -> None:
    settings.save_inventory(DEFAULT_LB)
    settings.save_warmup(WarmupScheme((WarmupStep(50, 5),)))

    def press_start() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        assert dialog.inventory() == DEFAULT_LB
        type_into(qtbot, dialog.plates_panel.bar, "35")
        qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_start)
    result = run_setup(settings, presets, BASE, history=lambda: [])
    assert isinstance(result, SetupChoice)
    assert result.inventory is not None
    assert (result.inventory.unit, result.inventory.bar) == ("lb", 35)
    assert result.warmup == WarmupScheme((WarmupStep(50, 5),))
    plan, voice, *_ = result
    assert (plan, voice) == (BASE, VoicePrefs())
    # The dialog saved nothing.
    assert Settings(tmp_path / "settings.ini").load_inventory() == (DEFAULT_LB, None)


def test_a_two_part_choice_still_reads_as_one() -> None:
    legacy = SetupChoice(*(BASE, VoicePrefs()))
    assert (legacy.inventory, legacy.warmup) == (None, None)
    assert QDialog.DialogCode.Accepted
