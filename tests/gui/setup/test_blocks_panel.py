"""The set-up dialog's exercises: a workout of several blocks listed in order, each edited in
the form when selected, added, removed and moved with the mouse or the keyboard; a bad
field of any block keeps Start disabled naming the block, the field and its range; Start,
export and import keep every block; a workout of one exercise looks as simple as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea
from pytestqt.qtbot import QtBot

from tests.gui.setup.helpers import type_into
from thrusttimer.core.blocks import MAX_BLOCKS
from thrusttimer.core.presets import DEFAULT_PRESET, PRESETS, preset
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.setup.dialog import SetupDialog
from thrusttimer.gui.setup.plan_panel import PlanPanel
from thrusttimer.gui.setup.preset_list import BUILT_IN, MINE
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import VoicePrefs

GLUTE = PRESETS["glute-day-a"].plan


def rows(form: PlanPanel) -> list[str]:
    listed = form.blocks.block_list
    return [listed.item(i).text() for i in range(listed.count())]


def exercises(dialog: SetupDialog) -> list[str]:
    plan = dialog.plan()
    assert plan is not None
    return [block.exercise for block in plan.blocks]


@pytest.fixture
def glute(dialog: SetupDialog) -> SetupDialog:
    dialog.preset_panel.select_preset(BUILT_IN, "glute-day-a")
    return dialog


def test_a_workout_of_one_exercise_shows_no_list(dialog: SetupDialog) -> None:
    form = dialog.plan_form
    assert not form.blocks.block_list.isVisible()
    assert not form.blocks.remove_button.isVisible()
    assert form.blocks.add_button.isVisible()
    assert form.exercise_label.text() == "Exercise"
    assert form.exercise.currentData() == "hip-thrust"
    assert not dialog.spins["switch_s"].isVisible(), "both legs at once: no sides"
    assert not dialog.spins["block_rest_s"].isVisible()
    assert dialog.plan() == preset(DEFAULT_PRESET)


def test_choosing_a_whole_session_lists_its_exercises(glute: SetupDialog) -> None:
    form = glute.plan_form
    assert glute.plan() == GLUTE
    assert rows(form) == [
        "1. Barbell hip thrust — 4 × 10, 2-0-1-2, rest 120 s",
        "2. B-stance hip thrust — 3 × 10 each side, 2-0-1-1, rest 75 s",
        "3. Frog pump — 2 × 20, 1-0-1-1, rest 60 s",
    ]
    assert form.blocks.block_list.isVisible()
    assert form.blocks.block_list.currentRow() == 0
    assert form.exercise_label.text() == "Exercise 1 of 3"
    assert glute.spins["block_rest_s"].isVisible()
    assert glute.spins["block_rest_s"].value() == 150
    assert "3 exercises, 9 sets, 150 s between exercises" in form.plan_name.text()
    assert glute.preset_panel.selected() == (BUILT_IN, "glute-day-a")


def test_selecting_a_block_shows_its_fields_and_its_sides_if_one_sided(
    qtbot: QtBot, glute: SetupDialog
) -> None:
    form = glute.plan_form
    qtbot.keyClick(form.blocks.block_list, Qt.Key.Key_Down)
    assert form.exercise_label.text() == "Exercise 2 of 3"
    assert form.exercise.currentData() == "b-stance-hip-thrust"
    assert (glute.spins["sets"].value(), glute.spins["reps"].value()) == (3, 10)
    assert glute.spins["rest_s"].value() == 75
    assert form.tempo.text_field.text() == "2-0-1-1"
    assert form.reps_label.text() == "Reps each side"
    assert glute.spins["switch_s"].isVisible()
    assert form.first_side.isVisible()
    type_into(qtbot, glute.spins["switch_s"], "15")
    form.first_side.setCurrentIndex(form.first_side.findData("right"))
    qtbot.keyClick(form.blocks.block_list, Qt.Key.Key_Down)
    assert form.exercise.currentData() == "frog-pump"
    assert not glute.spins["switch_s"].isVisible()
    assert form.reps_label.text() == "Reps"
    plan = glute.plan()
    assert plan is not None
    assert (plan.blocks[1].switch_s, plan.blocks[1].first_side) == (15, "right")
    assert plan.name == "Glute day A (modified)"


def test_a_bad_field_in_any_block_keeps_start_disabled_naming_block_field_and_range(
    qtbot: QtBot, glute: SetupDialog
) -> None:
    form = glute.plan_form
    form.blocks.select_block(1)
    type_into(qtbot, glute.spins["switch_s"], "61")
    assert glute.errors["switch_s"].isVisible()
    assert "from 0 to 60 s" in glute.errors["switch_s"].text()
    assert not glute.start_button.isEnabled()
    assert glute.reason.text() == (
        "Fix Switch sides of block 2 (B-stance hip thrust) to start: Out of range. "
        "Allowed: a number from 0 to 60 s."
    )
    # Another block shown: its fields are fine, the bad one still blocks Start.
    form.blocks.select_block(0)
    assert not glute.errors["switch_s"].isVisible()
    assert not glute.start_button.isEnabled()
    assert "Switch sides of block 2" in glute.start_button.text()
    assert rows(form)[1] == "2. B-stance hip thrust — ⚠ check Switch sides"
    glute.accept()
    assert glute.result() != QDialog.DialogCode.Accepted
    form.blocks.select_block(1)
    assert glute.spins["switch_s"].text() == "61.0 s"
    type_into(qtbot, glute.spins["switch_s"], "0")
    assert glute.start_button.isEnabled()
    assert glute.field_errors() == {}


def test_text_typed_in_a_block_is_kept_while_another_is_shown(
    qtbot: QtBot, glute: SetupDialog
) -> None:
    form = glute.plan_form
    form.blocks.select_block(2)
    type_into(qtbot, form.tempo.text_field, "1-0-")
    type_into(qtbot, glute.spins["reps"], "")
    form.blocks.select_block(0)
    assert glute.spins["reps"].value() == 10
    assert form.tempo.text_field.text() == "2-0-1-2"
    form.blocks.select_block(2)
    assert glute.spins["reps"].text() == ""
    assert form.tempo.text_field.text() == "1-0-"
    assert set(glute.field_errors()) == {
        "block 3 (frog-pump): reps",
        "block 3 (frog-pump): tempo",
    }


def test_blocks_are_added_moved_and_removed_with_mouse_and_keyboard(
    qtbot: QtBot, glute: SetupDialog
) -> None:
    panel = glute.plan_form.blocks
    listed = panel.block_list
    panel.select_block(0)
    assert not panel.up_button.isEnabled()
    # The menu of "Add exercise…" lists every exercise; one is added after the selected.
    menu = panel.add_button.menu()
    assert menu is not None
    names = [action.text() for action in menu.actions()]
    assert "Barbell glute bridge" in names
    menu.actions()[names.index("Barbell glute bridge")].trigger()
    assert exercises(glute) == ["hip-thrust", "glute-bridge", "b-stance-hip-thrust", "frog-pump"]
    assert listed.currentRow() == 1
    assert glute.plan_form.exercise_label.text() == "Exercise 2 of 4"
    assert glute.spins["sets"].value() == 3

    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert exercises(glute) == ["hip-thrust", "b-stance-hip-thrust", "glute-bridge", "frog-pump"]
    assert listed.currentRow() == 2
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert exercises(glute)[3] == "glute-bridge"
    assert not panel.down_button.isEnabled()
    qtbot.keyClick(listed, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert exercises(glute) == ["hip-thrust", "b-stance-hip-thrust", "glute-bridge", "frog-pump"]

    qtbot.keyClick(listed, Qt.Key.Key_Delete)
    assert exercises(glute) == ["hip-thrust", "b-stance-hip-thrust", "frog-pump"]
    assert listed.currentRow() == 2
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert exercises(glute) == ["hip-thrust"]
    # The last block cannot go: the form is the simple one again.
    assert not panel.remove_block()
    assert not listed.isVisible()
    assert not panel.remove_button.isVisible()
    assert not glute.spins["block_rest_s"].isVisible()


def test_changing_a_blocks_exercise_shows_or_hides_its_sides(
    qtbot: QtBot, dialog: SetupDialog
) -> None:
    form = dialog.plan_form
    form.exercise.setCurrentIndex(form.exercise.findData("single-leg-hip-thrust"))
    assert dialog.spins["switch_s"].isVisible()
    assert form.reps_label.text() == "Reps each side"
    plan = dialog.plan()
    assert plan is not None
    assert plan.exercise == "single-leg-hip-thrust"
    assert plan.blocks[0].sides == ("left", "right")
    form.exercise.setCurrentIndex(form.exercise.findData("hip-thrust"))
    assert not dialog.spins["switch_s"].isVisible()
    assert dialog.plan() == preset(DEFAULT_PRESET)


def test_at_most_max_blocks(dialog: SetupDialog) -> None:
    panel = dialog.plan_form.blocks
    while panel.add_button.isEnabled():
        assert panel.add_block("frog-pump")
    assert len(exercises(dialog)) == MAX_BLOCKS
    assert not panel.add_block("frog-pump")
    assert dialog.plan_form.exercise_label.text() == f"Exercise {MAX_BLOCKS} of {MAX_BLOCKS}"


def test_start_gives_every_block(qtbot: QtBot, glute: SetupDialog) -> None:
    glute.plan_form.blocks.add_block("glute-bridge")
    type_into(qtbot, glute.spins["reps"], "12")
    chosen = glute.choice()
    qtbot.mouseClick(glute.start_button, Qt.MouseButton.LeftButton)
    assert glute.result() == QDialog.DialogCode.Accepted
    assert chosen is not None
    assert [b.exercise for b in chosen.plan.blocks] == [
        "hip-thrust",
        "glute-bridge",
        "b-stance-hip-thrust",
        "frog-pump",
    ]
    assert chosen.plan.blocks[1].reps == 12
    assert chosen.plan.block_rest_s == 150


def test_export_writes_format_2_for_several_blocks_and_1_for_one_and_import_reads_both(
    glute: SetupDialog, presets: UserPresets, tmp_path: Path
) -> None:
    several = glute.preset_panel.export_current(tmp_path / "glute.json")
    assert several is not None
    written = json.loads(several.read_text(encoding="utf-8"))
    assert written["format"] == 2
    assert [b["exercise"] for b in written["blocks"]] == [b.exercise for b in GLUTE.blocks]
    glute.preset_panel.select_preset(BUILT_IN, DEFAULT_PRESET)
    one = glute.preset_panel.export_current(tmp_path / "one.json")
    assert one is not None
    assert json.loads(one.read_text(encoding="utf-8"))["format"] == 1

    imported = glute.preset_panel.import_file(several)
    assert imported == GLUTE
    assert glute.preset_panel.selected() == (MINE, "Glute day A")
    glute.preset_panel.select_preset(MINE, "Glute day A")
    assert glute.plan() == GLUTE
    assert len(rows(glute.plan_form)) == 3
    presets.delete("Glute day A")
    assert glute.preset_panel.import_file(one) == preset(DEFAULT_PRESET)


def test_a_bad_block_in_an_imported_file_is_one_line(glute: SetupDialog, tmp_path: Path) -> None:
    data = GLUTE.to_dict()
    data["blocks"][2]["switch_s"] = 10
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert glute.preset_panel.import_file(bad) is None
    text = glute.preset_panel.message.text()
    assert "\n" not in text
    assert "block 3 (frog-pump): switch_s" in text
    assert "only on a one-sided exercise" in text
    assert "Nothing was changed" in text


def test_a_user_preset_of_several_blocks_saves_its_changes(
    qtbot: QtBot, glute: SetupDialog, presets: UserPresets
) -> None:
    glute.plan_form.blocks.select_block(2)
    glute.plan_form.blocks.move_block(-1)
    created = glute.preset_panel.new_preset("My glutes")
    assert created is not None
    assert [b.exercise for b in presets.get("My glutes").blocks] == [
        "hip-thrust",
        "frog-pump",
        "b-stance-hip-thrust",
    ]
    type_into(qtbot, glute.spins["sets"], "4")
    assert glute.preset_panel.save_button.isEnabled()
    glute.preset_panel.save_selected()
    assert presets.get("My glutes").blocks[1].sets == 4


@pytest.mark.parametrize("size", [(1024, 600), (1024, 720), (1366, 768), (1920, 1080)])
def test_a_three_block_workout_fits_the_screen_without_a_sideways_scroll(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers, size: tuple[int, int]
) -> None:
    dialog = SetupDialog(GLUTE, presets, VoicePrefs(), timers=timers)
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.plan_form.blocks.select_block(1)
    QApplication.processEvents()
    assert dialog.width() <= size[0]
    scroll = dialog.findChild(QScrollArea, "setupForm")
    assert scroll is not None
    bar = scroll.horizontalScrollBar()
    assert bar is not None
    assert not bar.isVisible(), "the form is cut off at the side"
    inside = QRect(QPoint(0, 0), dialog.size())
    start = dialog.start_button
    assert inside.contains(QRect(start.mapTo(dialog, QPoint(0, 0)), start.size()))
    # Every control of the exercises is whole in the form once scrolled to.
    form = scroll.widget()
    assert form is not None
    panel = dialog.plan_form.blocks
    for control in (
        panel.block_list,
        panel.add_button,
        panel.down_button,
        dialog.spins["switch_s"],
    ):
        scroll.ensureWidgetVisible(control)
        QApplication.processEvents()
        where = QRect(control.mapTo(scroll.viewport(), QPoint(0, 0)), control.size())
        assert scroll.viewport().rect().contains(where), control.objectName()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_todays_line_for_each_exercise_is_whole(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers, size: tuple[int, int]
) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QLabel

    from tests.gui.setup.helpers import deliver
    from thrusttimer.store.log_records import LoggedSession, LoggedSet

    began = datetime(2026, 11, 9, 18).astimezone()
    sets = (
        *(LoggedSet(n, 1, n, "Hip Thrust (Barbell)", began, 100, 12, rpe=8) for n in (1, 2)),
        *(
            LoggedSet(n, 1, n, "B-Stance Hip Thrust (Barbell)", began, 60, 10, rpe=8, side=side)
            for n, side in ((3, "left"), (4, "right"))
        ),
    )
    sessions = [LoggedSession(1, began, None, GLUTE.name, "", "app", sets)]
    dialog = SetupDialog(GLUTE, presets, VoicePrefs(), timers=timers, history=lambda: sessions)
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    deliver(dialog.today_panel.background, timers)
    QApplication.processEvents()
    lines = [label.text().replace("\u00a0", " ") for label in dialog.today_panel.blocks]
    assert lines[0].startswith("2 · B-stance hip thrust: Last time: 1 × 10 at 60 kg")
    assert lines[1] == "3 · Frog pump: no sets of it logged yet"
    for label in dialog.today_panel.findChildren(QLabel):
        if label.isVisible() and label.text():
            room = label.contentsRect()
            assert label.heightForWidth(room.width()) <= room.height() + 1, label.text()
    start = dialog.start_button
    inside = QRect(QPoint(0, 0), dialog.size())
    assert inside.contains(QRect(start.mapTo(dialog, QPoint(0, 0)), start.size()))
    # The chosen workout stays in view in the list the taller Today box made shorter.
    presets_list = dialog.preset_panel.preset_list
    chosen = presets_list.currentItem()
    assert chosen is not None
    assert chosen.text() == GLUTE.name
    shown = presets_list.viewport().rect()
    assert shown.contains(presets_list.visualItemRect(chosen)), "the chosen workout is hidden"
