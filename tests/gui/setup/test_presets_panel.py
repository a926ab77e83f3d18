"""The set-up dialog's presets panel: built-in presets read-only but duplicable, the user's
own created, saved, renamed and deleted, and plans exported and imported as JSON, a bad file
naming the field and its range and changing nothing."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.setup.helpers import type_into
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.gui.setup.dialog import SetupDialog
from thrusttimer.gui.setup.preset_list import BUILT_IN, MINE
from thrusttimer.store.presets import UserPresets


def test_built_in_presets_are_read_only_but_can_be_duplicated(
    dialog: SetupDialog, presets: UserPresets
) -> None:
    dialog.preset_panel.select_preset(BUILT_IN, "strength")
    assert dialog.plan() == preset("strength")
    assert dialog.spins["sets"].value() == 5
    assert dialog.plan_form.tempo.text_field.text() == "2-0-X-1"
    assert not dialog.preset_panel.rename_button.isEnabled()
    assert not dialog.preset_panel.delete_button.isEnabled()
    assert not dialog.preset_panel.save_button.isEnabled()
    assert dialog.preset_panel.rename_selected("Nope") is None
    assert dialog.preset_panel.delete_selected(confirm=False) is False

    copy = dialog.preset_panel.duplicate_selected()
    assert copy == Plan.build(preset("strength"), name="Heavy strength (copy)")
    assert presets.names == ["Heavy strength (copy)"]
    assert dialog.preset_panel.selected() == (MINE, "Heavy strength (copy)")
    assert dialog.preset_panel.rename_button.isEnabled()


def test_create_edit_save_rename_delete_a_preset(
    qtbot: QtBot, dialog: SetupDialog, presets: UserPresets, tmp_path: Path
) -> None:
    type_into(qtbot, dialog.spins["sets"], "6")
    created = dialog.preset_panel.new_preset("Glute day")
    assert created is not None
    assert created == Plan.build(preset(DEFAULT_PRESET), name="Glute day", sets=6)
    assert dialog.preset_panel.selected() == (MINE, "Glute day")
    assert not dialog.preset_panel.save_button.isEnabled()  # nothing to save yet

    type_into(qtbot, dialog.spins["reps"], "15")
    assert dialog.preset_panel.save_button.isEnabled()
    dialog.preset_panel.save_selected()
    assert presets.get("Glute day").reps == 15

    renamed = dialog.preset_panel.rename_selected("Sunday glutes")
    assert renamed is not None
    assert dialog.preset_panel.selected() == (MINE, "Sunday glutes")
    assert dialog.preset_panel.rename_selected("  ") is None
    assert "name" in dialog.preset_panel.message.text()
    assert "1 to 60 characters" in dialog.preset_panel.message.text()

    assert dialog.preset_panel.delete_selected(confirm=False)
    assert presets.names == []
    reloaded, _ = UserPresets.load(tmp_path / "presets.json")
    assert reloaded.names == []


def test_export_then_import_round_trips(
    qtbot: QtBot, dialog: SetupDialog, presets: UserPresets, tmp_path: Path
) -> None:
    type_into(qtbot, dialog.plan_form.tempo.text_field, "4-1-X-2")
    type_into(qtbot, dialog.spins["rest_s"], "150")
    exported = dialog.preset_panel.export_current(tmp_path / "mine.json")
    assert exported is not None
    shown = dialog.plan()
    assert Plan.from_json(exported.read_text(encoding="utf-8")) == shown

    imported = dialog.preset_panel.import_file(exported)
    assert imported == shown
    assert presets.plans == (shown,)
    assert dialog.preset_panel.selected() == (MINE, "Hypertrophy squeeze (modified)")
    assert "Imported" in dialog.preset_panel.message.text()


def test_a_bad_import_names_field_and_range_and_changes_nothing(
    dialog: SetupDialog, presets: UserPresets, tmp_path: Path
) -> None:
    presets.add(Plan.build(name="Keep me"))
    before = presets.path.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(preset("strength").to_dict() | {"reps": 500}), encoding="utf-8")

    assert dialog.preset_panel.import_file(bad) is None

    text = dialog.preset_panel.message.text()
    assert "reps: 500 is not allowed" in text
    assert "a whole number from 1 to 100" in text
    assert "Nothing was changed" in text
    assert dialog.preset_panel.message.property("role") == "error"
    assert presets.names == ["Keep me"]
    assert presets.path.read_bytes() == before


def test_a_missing_import_file_is_reported(dialog: SetupDialog, tmp_path: Path) -> None:
    assert dialog.preset_panel.import_file(tmp_path / "nowhere.json") is None
    assert "Could not import nowhere.json" in dialog.preset_panel.message.text()
