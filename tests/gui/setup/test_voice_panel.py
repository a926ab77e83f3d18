"""The set-up dialog's voice panel: the engine's voice list filled off the GUI thread, "Test
voice" with the unsaved values, and "Calibrate…" filling the latency field. The engine is a
fake function, the output a fake that notes what it is asked to play, and every timer a
fake one on a fake clock: the background's results come back, and the sample ends, when the
test moves the clock."""

from __future__ import annotations

import threading
from concurrent.futures import wait
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.fake_output import FakeSoundOutput
from tests.gui.setup.helpers import deliver, type_into
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.phrases import SAMPLE_PHRASE
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.audio.voices import VoiceInfo, VoiceList, VoiceSample
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.model import CueKind
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.setup import dialog as setup_dialog
from thrusttimer.gui.setup.dialog import SetupDialog
from thrusttimer.gui.setup.voice_catalog import VoiceCatalog, voice_items
from thrusttimer.gui.setup.voice_panel import LOADING_VOICES, SAMPLE_AHEAD_S, Sampler
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import Settings, VoicePrefs

ENGINE_VOICES = VoiceList(
    (
        VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
        VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
        VoiceInfo("gmw/de", "German", ("de",)),
    ),
    None,
)


class SlowEngine:
    """A voice lister that answers only when the test lets it (as a real engine takes
    its time), counting how often it is asked."""

    def __init__(self, answer: VoiceList = ENGINE_VOICES) -> None:
        self.answer = answer
        self.go = threading.Event()
        self.asked = 0

    def __call__(self) -> VoiceList:
        self.asked += 1
        assert self.go.wait(10), "the test never let the engine answer"
        return self.answer


class RecordingSampler:
    """Renders the sample as a steady tone `seconds` long, noting what it was asked."""

    def __init__(self, seconds: float, notice: str | None = None) -> None:
        self.seconds = seconds
        self.notice = notice
        self.asked: list[tuple[VoiceSettings, AudioFormat]] = []

    def __call__(self, settings: VoiceSettings, fmt: AudioFormat) -> VoiceSample:
        self.asked.append((settings, fmt))
        clip = np.full((round(self.seconds * fmt.rate), fmt.channels), 3277, dtype=np.int16)
        return VoiceSample(clip, SAMPLE_PHRASE, self.notice)


def open_dialog(
    qtbot: QtBot,
    presets: UserPresets,
    timers: FakeTimers,
    voice: VoicePrefs | None = None,
    *,
    output: FakeSoundOutput | None = None,
    voices: VoiceCatalog | None = None,
    sampler: Sampler | None = None,
) -> SetupDialog:
    dialog = SetupDialog(
        preset(DEFAULT_PRESET),
        presets,
        voice or VoicePrefs(),
        output=output,
        voices=voices,
        sampler=sampler or RecordingSampler(0.5),
        clock=timers.clock,
        timers=timers,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_voices(dialog: SetupDialog) -> list[tuple[str, str]]:
    combo = dialog.voice_panel.voice_choice
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


# The voice list ------------------------------------------------------------------------


def test_the_list_loads_in_the_background_then_fills_english_first(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    engine = SlowEngine()
    dialog = open_dialog(qtbot, presets, timers, voices=VoiceCatalog(engine))
    panel = dialog.voice_panel
    # The dialog is up and usable while the engine is still starting.
    assert panel.voice_list_status.isVisible()
    assert panel.voice_list_status.text() == LOADING_VOICES
    assert shown_voices(dialog) == [("", "Default voice")]
    engine.go.set()
    deliver(panel.background, timers)
    assert shown_voices(dialog) == [
        ("", "Default voice"),
        ("gmw/en-us", "English (America)"),
        ("gmw/en", "English (Great Britain)"),
        ("gmw/de", "German"),
    ]
    assert not panel.voice_list_status.isVisible()
    panel.voice_choice.setCurrentIndex(2)
    assert dialog.voice_prefs() == VoicePrefs(voice="gmw/en")


def test_the_saved_voice_is_kept_and_a_missing_one_is_marked_not_installed(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    engine = SlowEngine()
    engine.go.set()
    catalog = VoiceCatalog(engine)
    kept = open_dialog(qtbot, presets, timers, VoicePrefs(voice="gmw/en"), voices=catalog)
    gone = open_dialog(qtbot, presets, timers, VoicePrefs(voice="mb-us1"), voices=catalog)
    deliver(kept.voice_panel.background, timers)
    deliver(gone.voice_panel.background, timers)
    assert kept.voice_panel.voice_choice.count() == 4
    assert gone.voice_panel.voice_choice.count() == 5
    assert kept.voice_panel.voice_choice.currentText() == "English (Great Britain)"
    assert kept.voice_prefs() == VoicePrefs(voice="gmw/en")
    assert gone.voice_panel.voice_choice.currentText() == "mb-us1 (not installed)"
    assert gone.voice_prefs() == VoicePrefs(voice="mb-us1")


def test_a_saved_voice_is_not_called_missing_before_the_engine_has_answered(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    engine = SlowEngine()
    catalog = VoiceCatalog(engine)
    dialog = open_dialog(qtbot, presets, timers, VoicePrefs(voice="gmw/en"), voices=catalog)
    assert dialog.voice_panel.voice_choice.currentText() == "gmw/en"
    engine.go.set()
    deliver(dialog.voice_panel.background, timers)
    assert dialog.voice_panel.voice_choice.currentText() == "English (Great Britain)"


def test_a_second_opening_fills_the_list_at_once_without_asking_again(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    engine = SlowEngine()
    engine.go.set()
    catalog = VoiceCatalog(engine)
    first = open_dialog(qtbot, presets, timers, voices=catalog)
    deliver(first.voice_panel.background, timers)
    assert first.voice_panel.voice_choice.count() == 4
    first.close()
    second = open_dialog(qtbot, presets, timers, voices=catalog)
    assert second.voice_panel.voice_choice.count() == 4  # no waiting at all
    assert not second.voice_panel.voice_list_status.isVisible()
    assert engine.asked == 1


def test_an_engine_that_cannot_list_leaves_the_default_voice_and_says_why(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    engine = SlowEngine(
        VoiceList((), "Voices could not be listed: the speech engine did not answer")
    )
    engine.go.set()
    catalog = VoiceCatalog(engine)
    dialog = open_dialog(qtbot, presets, timers, voices=catalog)
    deliver(dialog.voice_panel.background, timers)
    status = dialog.voice_panel.voice_list_status
    assert status.isVisible()
    assert status.text() == (
        "Voices could not be listed: the speech engine did not answer. The default voice speaks."
    )
    assert shown_voices(dialog) == [("", "Default voice")]
    assert dialog.start_button.isEnabled()
    # A failure is not kept: the next opening asks again.
    again = open_dialog(qtbot, presets, timers, voices=catalog)
    deliver(again.voice_panel.background, timers)
    assert engine.asked == 2


def test_an_engine_that_raises_is_a_notice_too(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    def broken() -> VoiceList:
        raise OSError("no such driver")

    dialog = open_dialog(qtbot, presets, timers, voices=VoiceCatalog(broken))
    deliver(dialog.voice_panel.background, timers)
    assert "no such driver" in dialog.voice_panel.voice_list_status.text()
    assert shown_voices(dialog) == [("", "Default voice")]


def test_a_result_after_the_dialog_closed_is_not_delivered(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    engine = SlowEngine()
    catalog = VoiceCatalog(engine)
    dialog = open_dialog(qtbot, presets, timers, voices=catalog)
    asked = catalog.request()  # the question the dialog is waiting on
    dialog.reject()
    assert dialog.voice_panel.background.pending == []
    engine.go.set()
    wait([asked], timeout=10)
    assert catalog.known is not None
    timers.advance(1.0)  # dozens of the dialog's polls, had it kept polling
    assert timers.active == []
    assert shown_voices(dialog) == [("", "Default voice")]


def test_two_voices_with_one_name_are_told_apart_by_language() -> None:
    voices = VoiceList(
        (VoiceInfo("a", "English", ("en-gb",)), VoiceInfo("b", "English", ("en-us",))), None
    )
    assert voice_items(voices) == [
        ("", "Default voice"),
        ("a", "English (en-gb)"),
        ("b", "English (en-us)"),
    ]


# Test voice ----------------------------------------------------------------------------


def test_test_voice_says_the_sample_with_the_unsaved_values_just_ahead(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers, clock: FakeClock
) -> None:
    output = FakeSoundOutput(fmt=AudioFormat(44_100, 2))
    sampler = RecordingSampler(1.2)
    dialog = open_dialog(qtbot, presets, timers, output=output, sampler=sampler)
    panel = dialog.voice_panel
    button = panel.test_voice_button
    assert button.accessibleName() == "Test voice"
    assert SAMPLE_PHRASE in button.toolTip()
    type_into(qtbot, dialog.spins["rate_wpm"], "220")
    type_into(qtbot, dialog.spins["volume_pct"], "40")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # while the sample is made and played
    assert panel.voice_test_status.text() == "Making the sample…"
    deliver(panel.background, timers)
    assert len(output.played) == 1
    settings, fmt = sampler.asked[0]
    assert (settings.voice_id, settings.rate, settings.volume) == ("", 220, 0.4)
    assert fmt == AudioFormat(44_100, 2)
    played = output.played[0]
    assert played.t_mono == pytest.approx(clock() + SAMPLE_AHEAD_S)
    assert (played.kind, played.spoken, played.asap) == (CueKind.PHASE, True, True)
    assert len(played.clip) == round(1.2 * 44_100)
    assert panel.voice_test_status.text() == f"Playing “{SAMPLE_PHRASE}”…"
    assert not button.isEnabled()
    # Enabled again once the sample has played (1.2 s + the 0.1 s lead), not before.
    timers.advance(1.29)
    assert not button.isEnabled()
    timers.advance(0.02)
    assert button.isEnabled()
    # Nothing was saved by testing.
    assert dialog.voice_prefs() == VoicePrefs(rate_wpm=220, volume_pct=40)


def test_the_voice_pack_standing_in_is_said_with_the_playing(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    output = FakeSoundOutput()
    notice = "Speaking with the bundled voice pack (the speech engine could not start)"
    sampler = RecordingSampler(0.5, notice)
    dialog = open_dialog(qtbot, presets, timers, output=output, sampler=sampler)
    dialog.voice_panel.test_voice()
    deliver(dialog.voice_panel.background, timers)
    assert len(output.played) == 1
    assert dialog.voice_panel.voice_test_status.text() == f"Playing “{SAMPLE_PHRASE}”… {notice}."


def test_without_an_audio_device_test_voice_says_so_and_renders_nothing(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    sampler = RecordingSampler(0.5)
    for output in (None, FakeSoundOutput(available=False)):
        dialog = open_dialog(qtbot, presets, timers, output=output, sampler=sampler)
        dialog.voice_panel.test_voice()
        assert dialog.voice_panel.voice_test_status.isVisible()
        assert dialog.voice_panel.voice_test_status.text().startswith("⚠ No audio device")
        assert dialog.voice_panel.test_voice_button.isEnabled()
    assert sampler.asked == []


def test_a_sample_that_cannot_be_made_or_played_says_why(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    def nothing(settings: VoiceSettings, fmt: AudioFormat) -> VoiceSample:
        return VoiceSample(None, SAMPLE_PHRASE, "No voice is available: cues play as tones")

    output = FakeSoundOutput()
    dialog = open_dialog(qtbot, presets, timers, output=output, sampler=nothing)
    dialog.voice_panel.test_voice()
    deliver(dialog.voice_panel.background, timers)
    assert dialog.voice_panel.test_voice_button.isEnabled()
    assert dialog.voice_panel.voice_test_status.text() == (
        "⚠ The sample could not be made: No voice is available: cues play as tones."
    )
    output.refuse = "the audio output is starting"
    made = open_dialog(qtbot, presets, timers, output=output, sampler=RecordingSampler(0.3))
    made.voice_panel.test_voice()
    deliver(made.voice_panel.background, timers)
    assert made.voice_panel.test_voice_button.isEnabled()
    assert made.voice_panel.voice_test_status.text() == (
        "⚠ Could not play the sample: the audio output is starting. Try again in a moment."
    )


def test_a_bad_voice_field_is_named_instead_of_testing(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    sampler = RecordingSampler(0.5)
    dialog = open_dialog(qtbot, presets, timers, output=FakeSoundOutput(), sampler=sampler)
    type_into(qtbot, dialog.spins["rate_wpm"], "20")
    dialog.voice_panel.test_voice()
    assert dialog.voice_panel.voice_test_status.text() == (
        "⚠ Fix Speaking rate (Out of range. Allowed: a whole number from 80 to 300 "
        "words per minute.) first."
    )
    assert sampler.asked == []


def test_an_arrow_on_a_voice_field_is_checked_at_once(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    """The spin box's editor stays quiet when an arrow changes the number: the panel hears
    it from the spin box, so the message and Start follow the arrow, not the next edit."""
    dialog = open_dialog(qtbot, presets, timers, VoicePrefs(rate_wpm=300))
    rate = dialog.spins["rate_wpm"]
    rate.setFocus()
    qtbot.keyClick(rate, Qt.Key.Key_Up)  # one step: 310 wpm
    assert rate.value() == 310
    assert dialog.errors["rate_wpm"].isVisible()
    assert not dialog.start_button.isEnabled()
    qtbot.keyClick(rate, Qt.Key.Key_Down)
    assert not dialog.errors["rate_wpm"].isVisible()
    assert dialog.voice_prefs() == VoicePrefs(rate_wpm=300)


# Calibrate… ----------------------------------------------------------------------------


def test_calibrate_opens_the_screen_on_the_fields_value_and_use_this_fills_it(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    output = FakeSoundOutput()
    dialog = open_dialog(qtbot, presets, timers, VoicePrefs(latency_ms=40), output=output)
    panel = dialog.voice_panel
    assert panel.calibrate_button.accessibleName() == "Calibrate"
    qtbot.mouseClick(panel.calibrate_button, Qt.MouseButton.LeftButton)
    calibration = panel.calibration
    assert calibration is not None
    assert calibration.isVisible()
    assert calibration.current_ms == 40
    assert calibration.slider.value() == 40
    calibration.offset.setValue(115)
    qtbot.mouseClick(calibration.flash_use, Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed and deleted
    assert dialog.spins["latency_ms"].value() == 115
    assert dialog.voice_prefs() == VoicePrefs(latency_ms=115)
    assert panel.calibration is None


def test_the_calibration_screen_runs_on_the_dialogs_clock_and_timers(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers, clock: FakeClock
) -> None:
    output = FakeSoundOutput()
    dialog = open_dialog(qtbot, presets, timers, output=output)
    calibration = dialog.voice_panel.calibrate()
    calibration.start_tapping()
    track = calibration.measuring.track
    assert track is not None
    assert track.start == pytest.approx(clock() + 1.0)
    timers.advance(1.0)  # frames fire on the fake timers: the first ticks are placed
    assert len(output.played) >= 1
    calibration.reject()
    assert not calibration.measuring.mode


def test_closing_the_calibration_screen_changes_nothing(
    qtbot: QtBot, presets: UserPresets, timers: FakeTimers
) -> None:
    dialog = open_dialog(
        qtbot, presets, timers, VoicePrefs(latency_ms=40), output=FakeSoundOutput()
    )
    calibration = dialog.voice_panel.calibrate()
    calibration.offset.setValue(200)
    calibration.reject()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert dialog.voice_panel.calibration is None
    assert dialog.spins["latency_ms"].value() == 40


def test_from_the_window_the_dialog_lists_voices_and_plays_through_its_output(
    qtbot: QtBot, presets: UserPresets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = SlowEngine()
    engine.go.set()
    monkeypatch.setattr(setup_dialog, "APP_VOICES", VoiceCatalog(engine))
    output = FakeSoundOutput()
    seen: list[tuple[int, object]] = []

    def look_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        background = dialog.voice_panel.background
        wait(background.pending, timeout=10)
        background.poll()  # now, rather than at its timer's next turn
        seen.append(
            (dialog.voice_panel.voice_choice.count(), dialog.voice_panel.calibrate().output)
        )
        dialog.reject()

    QTimer.singleShot(0, look_then_cancel)
    settings = Settings(tmp_path / "settings.ini")
    result = setup_dialog.run_setup(
        settings, presets, preset(DEFAULT_PRESET), output=output, history=None
    )
    assert result is None
    assert seen == [(4, output)]
