"""The set-up dialog, driven by the keyboard as a user would: inline validation at each
field's bounds, Start disabled with its reason, the tempo text and spin boxes in sync, no
message moving a field, and the choice given back on Start (saving it is the caller's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.setup.helpers import type_into
from thrusttimer.core.loading.inventory import DEFAULT_KG
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import DEFAULT_PRESET, PRESETS, preset
from thrusttimer.core.timeline import tempo_words
from thrusttimer.gui.setup.dialog import SetupDialog, run_setup
from thrusttimer.gui.setup.form import TEMPO_SAMPLES
from thrusttimer.gui.setup.preset_list import BUILT_IN
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import Settings, VoicePrefs


def assert_start_blocked_by(dialog: SetupDialog, label: str, allowed: str) -> None:
    assert not dialog.start_button.isEnabled()
    assert label in dialog.start_button.text()
    assert dialog.reason.isVisible()
    assert f"Fix {label} to start" in dialog.reason.text()
    assert allowed in dialog.reason.text()
    assert dialog.plan() is None or dialog.voice_prefs() is None


# Inline validation at every bound -------------------------------------------------------

BOUNDS = [
    # field, label, allowed, values that pass, values that fail
    ("sets", "Sets", "a whole number from 1 to 20", ["1", "20"], ["0", "21"]),
    ("reps", "Reps", "a whole number from 1 to 100", ["1", "100"], ["0", "101"]),
    ("rest_s", "Rest", "a number from 0 to 900 s", ["0", "900"], ["900.1", "901"]),
    ("lead_in_s", "Lead-in", "a number from 0 to 300 s", ["0", "300"], ["300.5", "301"]),
    ("rate_wpm", "Speaking rate", "a whole number from 80 to 300", ["80", "300"], ["79", "301"]),
    ("volume_pct", "Volume", "a whole number from 0 to 100 %", ["0", "100"], ["101"]),
    ("latency_ms", "Latency offset", "from -500 to 500 ms", ["-500", "500"], ["-501", "501"]),
]


@pytest.mark.parametrize(("name", "label", "allowed", "good", "bad"), BOUNDS)
def test_each_field_shows_its_range_inline_just_past_each_bound(
    qtbot: QtBot,
    dialog: SetupDialog,
    name: str,
    label: str,
    allowed: str,
    good: list[str],
    bad: list[str],
) -> None:
    spin = dialog.spins[name]
    message = dialog.errors[name]
    for text in bad:
        type_into(qtbot, spin, text)
        assert message.isVisible(), text
        assert allowed in message.text()
        assert message.text().startswith("⚠")
        assert_start_blocked_by(dialog, label, allowed)
    for text in good:
        type_into(qtbot, spin, text)
        assert not message.isVisible(), text
        assert dialog.start_button.isEnabled()
        assert dialog.start_button.text() == "Start"
        assert not dialog.reason.isVisible()


def test_an_emptied_field_says_it_needs_a_number(qtbot: QtBot, dialog: SetupDialog) -> None:
    spin = dialog.spins["reps"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Backspace)
    assert dialog.errors["reps"].text() == (
        "⚠ Not a number. Allowed: a whole number from 1 to 100."
    )
    assert_start_blocked_by(dialog, "Reps", "from 1 to 100")


def test_start_names_every_field_to_fix_and_returns_when_they_are_fixed(
    qtbot: QtBot, dialog: SetupDialog
) -> None:
    type_into(qtbot, dialog.spins["sets"], "0")
    type_into(qtbot, dialog.plan_form.tempo.text_field, "3-1-")
    assert dialog.start_button.text() == "Can't start: check Sets, Tempo"
    assert set(dialog.field_errors()) == {"sets", "tempo"}
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    type_into(qtbot, dialog.spins["sets"], "3")
    assert dialog.start_button.text() == "Can't start: check Tempo"
    type_into(qtbot, dialog.plan_form.tempo.text_field, "3-1-1-1")
    assert dialog.start_button.isEnabled()
    assert dialog.field_errors() == {}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31-0-1-0", "The eccentric must be 0 to 30 s"),
        ("3-0-30.5-0", "The concentric must be 0 to 30 s"),
        ("3-1-0-1", "The concentric cannot be 0"),
        ("X-1-1-1", "X is only for the concentric"),
        ("3-1", "It has 2 phases, not 3 or 4"),
    ],
)
def test_a_tempo_past_its_bounds_is_explained_inline(
    qtbot: QtBot, dialog: SetupDialog, text: str, problem: str
) -> None:
    type_into(qtbot, dialog.plan_form.tempo.text_field, text)
    message = dialog.errors["tempo"]
    assert message.isVisible()
    assert problem in message.text()
    assert "each phase 0 to 30 s" in message.text()
    assert dialog.plan_form.tempo.preview.text() == ""
    assert_start_blocked_by(dialog, "Tempo", "each phase 0 to 30 s")


def test_a_tempo_at_its_bounds_is_accepted(qtbot: QtBot, dialog: SetupDialog) -> None:
    type_into(qtbot, dialog.plan_form.tempo.text_field, "30-30-30-30")
    assert not dialog.errors["tempo"].isVisible()
    plan = dialog.plan()
    assert plan is not None
    assert str(plan.tempo) == "30-30-30-30"
    type_into(qtbot, dialog.plan_form.tempo.text_field, "0-0-X-0")
    plan = dialog.plan()
    assert plan is not None
    assert plan.tempo.explosive


# Tempo: the preview and the spin boxes -------------------------------------------------


def test_the_preview_follows_each_keystroke(qtbot: QtBot, dialog: SetupDialog) -> None:
    field = dialog.plan_form.tempo.text_field
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    seen: list[str] = []
    for key in "3-1-1-2":
        qtbot.keyClicks(field, key)
        seen.append(dialog.plan_form.tempo.preview.text())
    assert seen[-1] == "up 1 s · squeeze 2 s · down 3 s · pause 1 s"
    # "3-1-1" already parses (top pause 0); "3-1-" does not.
    assert seen[3] == ""
    assert seen[4] == "up 1 s · squeeze 0 s · down 3 s · pause 1 s"
    type_into(qtbot, field, "31X1")
    expected = tempo_words(Plan.build(preset(DEFAULT_PRESET), tempo="3-1-X-1"))
    assert dialog.plan_form.tempo.preview.text() == expected
    assert "up explosive" in expected


def test_typing_moves_the_spin_boxes(qtbot: QtBot, dialog: SetupDialog) -> None:
    type_into(qtbot, dialog.plan_form.tempo.text_field, "4/1.5/X/2")
    spins = dialog.plan_form.tempo.spins
    assert spins["eccentric"].value() == 4
    assert spins["bottom_pause"].value() == 1.5
    assert spins["top_pause"].value() == 2
    assert dialog.plan_form.tempo.explosive.isChecked()
    assert not spins["concentric"].isEnabled()
    type_into(qtbot, dialog.plan_form.tempo.text_field, "2-0-1.25-1")
    assert spins["concentric"].value() == 1.25
    assert spins["concentric"].isEnabled()
    assert not dialog.plan_form.tempo.explosive.isChecked()


def test_spin_boxes_write_the_text(qtbot: QtBot, dialog: SetupDialog) -> None:
    spins = dialog.plan_form.tempo.spins
    type_into(qtbot, dialog.plan_form.tempo.text_field, "2-0-1-2")
    spins["eccentric"].setFocus()
    qtbot.keyClick(spins["eccentric"], Qt.Key.Key_Up)  # one step: +0.5 s
    assert dialog.plan_form.tempo.text_field.text() == "2.5-0-1-2"
    type_into(qtbot, spins["bottom_pause"], "1")
    assert dialog.plan_form.tempo.text_field.text() == "2.5-1-1-2"
    dialog.plan_form.tempo.explosive.click()
    assert dialog.plan_form.tempo.text_field.text() == "2.5-1-X-2"
    preview = dialog.plan_form.tempo.preview.text()
    assert preview == "up explosive · squeeze 2 s · down 2.5 s · pause 1 s"
    plan = dialog.plan()
    assert plan is not None
    assert str(plan.tempo) == "2.5-1-X-2"


def test_a_spin_box_past_the_range_gets_the_same_message_as_typing(
    qtbot: QtBot, dialog: SetupDialog
) -> None:
    type_into(qtbot, dialog.plan_form.tempo.spins["top_pause"], "31")
    assert dialog.plan_form.tempo.text_field.text() == "2-0-1-31"
    assert "The top pause must be 0 to 30 s" in dialog.errors["tempo"].text()
    assert_start_blocked_by(dialog, "Tempo", "each phase 0 to 30 s")


# The rest of the plan and the voice ----------------------------------------------------


def test_changed_values_make_a_modified_plan(qtbot: QtBot, dialog: SetupDialog) -> None:
    type_into(qtbot, dialog.spins["reps"], "12")
    dialog.plan_form.cue_mode.setCurrentIndex(
        dialog.plan_form.cue_mode.findData(CueMode.TONES.value)
    )
    assert dialog.plan_form.advance_when_ready.isChecked(), "rests wait for Ready by default"
    dialog.plan_form.advance_when_ready.click()  # the timed start, kept as an option
    plan = dialog.plan()
    assert plan == Plan.build(
        preset(DEFAULT_PRESET),
        name="Hypertrophy squeeze (modified)",
        reps=12,
        cue_mode="tones",
        advance_when_ready=False,
    )
    assert "Hypertrophy squeeze (modified)" in dialog.plan_form.plan_name.text()


def test_the_summary_says_modified_while_a_field_is_not_allowed(
    qtbot: QtBot, dialog: SetupDialog
) -> None:
    type_into(qtbot, dialog.spins["sets"], "0")
    assert dialog.plan() is None
    assert "<b>Hypertrophy squeeze (modified)</b>" in dialog.plan_form.plan_name.text()
    assert "4 × 10" not in dialog.plan_form.plan_name.text(), "not the preset's values"
    type_into(qtbot, dialog.spins["sets"], "4")
    assert dialog.plan_form.plan_name.text().startswith("<b>Hypertrophy squeeze</b> — 4 × 10")


def positions(dialog: SetupDialog) -> dict[str, QRect]:
    """Where each control the pointer may be over sits in the dialog."""
    controls = [
        *dialog.findChildren(QAbstractSpinBox),
        *dialog.findChildren(QLineEdit),
        *dialog.findChildren(QComboBox),
        *dialog.findChildren(QAbstractButton),
    ]
    found = {
        f"{type(c).__name__} {c.objectName() or c.accessibleName()} {i}": QRect(
            c.mapTo(dialog, QPoint(0, 0)), c.size()
        )
        for i, c in enumerate(controls)
        if c.isVisibleTo(dialog) and isinstance(c.parentWidget(), QWidget)
    }
    scroll = dialog.findChild(QScrollArea, "setupForm")
    assert scroll is not None
    found["form"] = QRect(scroll.viewport().mapTo(dialog, QPoint(0, 0)), scroll.viewport().size())
    return found


def test_no_message_moves_a_field_from_under_the_pointer(qtbot: QtBot, dialog: SetupDialog) -> None:
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    before = positions(dialog)
    assert len(before) > 20

    def unmoved(after_what: str) -> None:
        QApplication.processEvents()
        # Start may widen to say why it can't start, but still covers where it was.
        now = positions(dialog)
        moved = {k: (now[k], was) for k, was in before.items() if not now[k].contains(was)}
        assert moved == {}, f"after {after_what}"

    for name, spin in dialog.spins.items():
        good = spin.cleanText()
        for bad in ("", "-999", "99999"):
            type_into(qtbot, spin, bad)
            assert dialog.errors[name].isVisible() or spin.text() != bad, (name, bad)
            unmoved(f"{name} = {bad!r}")
        type_into(qtbot, spin, good)
        unmoved(f"{name} back to {good}")
    for tempo in TEMPO_SAMPLES:
        type_into(qtbot, dialog.plan_form.tempo.text_field, tempo)
        assert dialog.errors["tempo"].isVisible(), tempo
        unmoved(f"tempo {tempo!r}")
    type_into(qtbot, dialog.spins["sets"], "0")
    unmoved("two fields wrong at once")
    dialog.voice_panel.test_voice()  # no sound output here: it says so, in red, under the voice
    assert dialog.voice_panel.voice_test_status.isVisible()
    unmoved("the test voice message")
    type_into(qtbot, dialog.plan_form.tempo.text_field, "2-0-1-2")
    type_into(qtbot, dialog.spins["sets"], "4")
    assert dialog.plan() == preset(DEFAULT_PRESET)
    unmoved("every field fixed")


def test_a_plan_changed_on_the_command_line_opens_as_it_is(
    qtbot: QtBot, presets: UserPresets
) -> None:
    """`thrusttimer --sets 2 --reps 2` opens the window on a plan no preset matches; the
    dialog shows that plan, not the first preset of the list that takes the focus."""
    changed = Plan.build(
        preset(DEFAULT_PRESET), sets=2, reps=2, name="Hypertrophy squeeze (modified)"
    )
    dialog = SetupDialog(changed, presets, VoicePrefs())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.preset_panel.preset_list.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert dialog.plan() == changed
    assert (dialog.spins["sets"].value(), dialog.spins["reps"].value()) == (2, 2)
    assert dialog.preset_panel.selected() is None
    assert not dialog.preset_panel.rename_button.isEnabled()
    summary = dialog.plan_form.plan_name.text()
    assert summary.startswith("<b>Hypertrophy squeeze (modified)</b> — 2 × 2")
    # Choosing with the keyboard still loads the preset chosen.
    qtbot.keyClick(dialog.preset_panel.preset_list, Qt.Key.Key_Down)
    chosen = dialog.preset_panel.selected()
    assert chosen is not None
    assert dialog.plan() == PRESETS[chosen[1]].plan


def test_the_engine_voice_list_replaces_the_default_and_keeps_the_choice(
    qtbot: QtBot, presets: UserPresets
) -> None:
    saved = VoicePrefs(voice="gone-voice", rate_wpm=150, volume_pct=60, latency_ms=-40)
    dialog = SetupDialog(preset(DEFAULT_PRESET), presets, saved)
    qtbot.addWidget(dialog)
    voices = [("", "Default voice"), ("en-gb", "English (UK)"), ("de", "Deutsch")]
    dialog.voice_panel.set_voices(voices)
    assert dialog.voice_panel.voice_choice.currentText() == "gone-voice (not installed)"
    assert dialog.voice_prefs() == saved
    dialog.voice_panel.voice_choice.setCurrentIndex(
        dialog.voice_panel.voice_choice.findData("en-gb")
    )
    dialog.voice_panel.set_voices([("en-gb", "English (UK)"), ("fr", "Français")])
    assert dialog.voice_panel.voice_choice.currentData() == "en-gb"
    assert dialog.voice_prefs() == VoicePrefs("en-gb", 150, 60, -40)


# Start gives the choice; the caller saves it and the next launch restores it -----------


def test_start_gives_the_plan_and_voice_and_the_next_launch_restores_them(
    qtbot: QtBot, dialog: SetupDialog, presets: UserPresets, tmp_path: Path
) -> None:
    type_into(qtbot, dialog.spins["sets"], "2")
    type_into(qtbot, dialog.plan_form.tempo.text_field, "3-1-X-1")
    type_into(qtbot, dialog.spins["rate_wpm"], "210")
    chosen = dialog.plan()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.plan() == chosen
    voice = dialog.voice_prefs()
    assert voice is not None
    assert voice.rate_wpm == 210

    # Saved by the caller (the window), as the dialog saves nothing itself.
    saved = Settings(tmp_path / "settings.ini")
    assert saved.load_last_plan() == (preset(DEFAULT_PRESET), None)
    assert chosen is not None
    saved.save_last_plan(chosen)
    saved.save_voice(voice)
    assert saved.sync() is None
    later = Settings(tmp_path / "settings.ini")
    plan, notice = later.load_last_plan()
    assert notice is None
    assert plan == chosen
    assert later.load_voice()[0] == voice

    reopened = SetupDialog(plan, presets, voice)
    qtbot.addWidget(reopened)
    assert reopened.plan() == chosen
    assert reopened.spins["sets"].value() == 2
    assert reopened.plan_form.tempo.text_field.text() == "3-1-X-1"
    assert reopened.spins["rate_wpm"].value() == 210


def test_the_dialog_shows_a_store_notice(qtbot: QtBot, presets: UserPresets) -> None:
    dialog = SetupDialog(preset("strength"), presets, notice="Your presets file was kept aside.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preset_panel.message.isVisible()
    assert dialog.preset_panel.message.text() == "Your presets file was kept aside."
    assert dialog.preset_panel.selected() == (BUILT_IN, "strength")


def test_run_setup_returns_the_choice_on_the_saved_voice_and_saves_nothing(
    qtbot: QtBot, presets: UserPresets, settings: Settings, tmp_path: Path
) -> None:
    settings.save_voice(VoicePrefs(rate_wpm=150))
    seen: list[SetupDialog] = []

    def press_start() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        seen.append(dialog)
        dialog.preset_panel.select_preset(BUILT_IN, "slow-eccentric")
        qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_start)
    result = run_setup(settings, presets, preset(DEFAULT_PRESET), history=None)

    assert seen
    assert result is not None
    assert result[:2] == (preset("slow-eccentric"), VoicePrefs(rate_wpm=150))
    assert (result.inventory, result.warmup) == (DEFAULT_KG, DEFAULT_SCHEME), "as saved"
    # Saving the choice is the caller's: the window keeps the plan and voice it runs.
    assert Settings(tmp_path / "settings.ini").load_last_plan() == (preset(DEFAULT_PRESET), None)


def test_run_setup_cancelled_changes_nothing(
    qtbot: QtBot, presets: UserPresets, settings: Settings, tmp_path: Path
) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        dialog.preset_panel.select_preset(BUILT_IN, "strength")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    assert run_setup(settings, presets, preset(DEFAULT_PRESET), history=None) is None
    assert Settings(tmp_path / "settings.ini").load_last_plan() == (preset(DEFAULT_PRESET), None)


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,  # nested 100k deep
        '{"format": 1, "presets": [{"name": "x", "sets": ' + "9" * 5000 + "}]}",
        '{"format": 1, "presets": [{"name": "\\ud800", "exercise": "squat"}]}',
    ],
    ids=["deep", "huge-number", "surrogate-and-wrong-exercise"],
)
def test_a_hostile_presets_file_is_set_aside_and_the_dialog_opens(
    qtbot: QtBot, tmp_path: Path, content: str
) -> None:
    path = tmp_path / "presets.json"
    path.write_text(content)
    loaded, notice = UserPresets.load(path)
    assert notice is not None
    assert "\n" not in notice
    shown = SetupDialog(preset(DEFAULT_PRESET), loaded, VoicePrefs(), notice)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.isVisible()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("presets.json")]
    assert any(p.read_text() == content for p in kept), "the user's file is kept whole"
