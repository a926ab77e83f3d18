"""The set-up room's voice panel: which voice, its rate, volume and latency offset, with
"Test voice" and "Calibrate…".

The voice list comes from the speech engine (`VoiceCatalog`, asked off the GUI thread),
"Test voice" says the sample phrase with the values shown before they are saved, and
"Calibrate…" opens the latency calibration screen. None of them makes the dialog wait.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox, QSpinBox, QWidget

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.phrases import SAMPLE_PHRASE
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.audio.voices import VoiceList, VoiceSample
from thrusttimer.core import i18n
from thrusttimer.core.clock import Clock
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.model import Cue, CueKind
from thrusttimer.core.timers import TimerFactory
from thrusttimer.gui.background import Background
from thrusttimer.gui.calibration.dialog import CalibrationDialog
from thrusttimer.gui.calibration.measuring import SoundOutput
from thrusttimer.gui.setup.form import LABELS, check_number, describe, label
from thrusttimer.gui.setup.messages import SteadyLabel, show_error, show_status
from thrusttimer.gui.setup.rows import (
    ROW_HEIGHT,
    add_row,
    button,
    entry,
    number_spin,
    status_label,
)
from thrusttimer.gui.setup.voice_catalog import VoiceCatalog, voice_items
from thrusttimer.gui.setup.voice_fields import (
    DEFAULT_VOICE,
    VOICE_NAME_ROOM,
    VOICE_SPINS,
    shown_spec,
)
from thrusttimer.store.settings import VOICE_FIELDS, VoicePrefs

Sampler = Callable[[VoiceSettings, AudioFormat], VoiceSample]
"""Renders the sample phrase (blocking): `audio.voices.test_voice`, or a fake in tests."""

LOADING_VOICES: Final = QT_TRANSLATE_NOOP("VoicePanel", "Loading voices…")
"""Shown as `translate("VoicePanel", LOADING_VOICES)`, as is NO_SOUND_FOR_SAMPLE."""
SAMPLE_AHEAD_S: Final = 0.1
"""The sample is placed this far ahead, like any cue, rather than pushed in late."""
SAMPLE_CUE: Final = Cue(0, "test-voice", SAMPLE_PHRASE, CueKind.PHASE, (SAMPLE_PHRASE,))
NO_SOUND_FOR_SAMPLE: Final = QT_TRANSLATE_NOOP(
    "VoicePanel",
    "No audio device: the sample can't be played here. A workout still runs, silently.",
)


class VoicePanel(QGroupBox):
    """The "Voice" box. `prefs` is the voice it shows, None while a field is not allowed."""

    changed = Signal()
    """A field changed and was checked (`prefs` and `field_errors()` are up to date)."""

    def __init__(
        self,
        output: SoundOutput | None,
        sampler: Sampler,
        clock: Clock,
        timers: TimerFactory,
        calibration_timers: TimerFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`timers` makes this panel's timers; `calibration_timers` the calibration
        screen's (None: its own Qt ones)."""
        super().__init__(translate("VoicePanel", "Voice"), parent)
        self._output = output
        self._sampler = sampler
        self._clock = clock
        self._calibration_timers = calibration_timers
        self._prefs: VoicePrefs | None = None
        self._errors: dict[str, ValidationError] = {}
        self._loading = False
        self._voices_known = False
        self.background = Background(self, timers=timers)
        """Where the voice list and the sample are made, off the GUI thread."""
        self._sample_playing = timers(self._sample_finished, single_shot=True)
        self.calibration: CalibrationDialog | None = None
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.errors: dict[str, SteadyLabel] = {}
        """Each field's inline message, by field name."""

        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        self.voice_choice = QComboBox()
        self.voice_choice.setObjectName("voice")
        self.voice_choice.setAccessibleName(translate("VoicePanel", "Voice"))
        self.voice_choice.setMinimumHeight(ROW_HEIGHT)
        self.voice_choice.setToolTip(
            translate("VoicePanel", "The speech engine's voice the coach speaks with")
        )
        # Wide enough for "English (Great Britain)" without sizing to the longest of 130.
        self.voice_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.voice_choice.setMinimumContentsLength(VOICE_NAME_ROOM)
        self.voice_choice.addItem(translate("VoicePanel", DEFAULT_VOICE[1]), DEFAULT_VOICE[0])
        self.voice_choice.currentIndexChanged.connect(self._changed)
        row = add_row(grid, 0, "voice", self.voice_choice, None, self.errors)
        self.test_voice_button = button(
            translate("VoicePanel", "Test voice"),
            translate(
                "VoicePanel",
                "Say “{phrase}” with the voice, rate and volume shown, before saving them",
            ).format(phrase=SAMPLE_PHRASE),
        )
        self.test_voice_button.setObjectName("testVoice")
        self.test_voice_button.clicked.connect(lambda: self.test_voice())
        grid.addWidget(self.test_voice_button, 0, 2, Qt.AlignmentFlag.AlignLeft)
        self.voice_list_status = status_label(
            "voiceListStatus",
            translate("VoicePanel", "Voice list"),
            [translate("VoicePanel", LOADING_VOICES)],
        )
        grid.addWidget(self.voice_list_status, row, 1, 1, 2)
        self.voice_test_status = status_label(
            "voiceTestStatus",
            translate("VoicePanel", "Test voice"),
            [
                f"⚠ {translate('VoicePanel', NO_SOUND_FOR_SAMPLE)}",
                translate("VoicePanel", "Playing “{phrase}”…").format(phrase=SAMPLE_PHRASE),
            ],
        )
        grid.addWidget(self.voice_test_status, row + 1, 1, 1, 2)
        row += 2
        for spec in VOICE_SPINS:
            name = spec[0]
            spin = number_spin(shown_spec(spec), self._changed)
            self.spins[name] = spin
            if name == "latency_ms":
                self.calibrate_button = button(
                    translate("VoicePanel", "Calibrate…"),
                    translate(
                        "VoicePanel",
                        "Find the offset for your headphones: tap along to ticks, or match a "
                        "tick to a flash",
                    ),
                )
                self.calibrate_button.setObjectName("calibrate")
                self.calibrate_button.clicked.connect(lambda: self.calibrate())
                grid.addWidget(self.calibrate_button, row, 2, Qt.AlignmentFlag.AlignLeft)
            # Under, the whole width: the voice list makes the spin boxes' column wide.
            row = add_row(grid, row, name, spin, VOICE_FIELDS[name], self.errors)

    # Results ----------------------------------------------------------------------------

    @property
    def prefs(self) -> VoicePrefs | None:
        """The voice the fields describe, or None while one is not allowed."""
        return self._prefs

    def field_errors(self) -> Mapping[str, ValidationError]:
        return self._errors

    # Loading and checking ---------------------------------------------------------------

    def load(self, voice: VoicePrefs) -> None:
        self._loading = True
        try:
            self._choose_voice(voice.voice)
            for name, *_ in VOICE_SPINS:
                self.spins[name].setValue(getattr(voice, name))
        finally:
            self._loading = False
        self.validate()

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.validate()

    def validate(self) -> None:
        """Check the fields through the store's rules, show each one's message, and say
        `changed`."""
        self._errors = {}
        numbers: dict[str, float] = {}
        for name, *_ in VOICE_SPINS:
            try:
                numbers[name] = check_number(VOICE_FIELDS[name], entry(self.spins[name]))
            except ValidationError as error:
                self._errors[name] = error
        self._prefs = None
        try:
            self._prefs = VoicePrefs.build(
                None, voice=self.voice_choice.currentData() or "", **numbers
            )
        except ValidationError as error:
            self._errors[error.field] = error
        if any(name in self._errors for name in VOICE_FIELDS):
            self._prefs = None
        for name, message in self.errors.items():
            show_error(message, self._errors.get(name))
        self.changed.emit()

    # The voice list ---------------------------------------------------------------------

    def set_voices(self, voices: Sequence[tuple[str, str]]) -> None:
        """Offer these (voice id, name shown) pairs; the speech engine supplies its own list.

        The current choice is kept; a saved voice the engine no longer has stays listed as
        "(not installed)" so it is not silently replaced.
        """
        current = self.voice_choice.currentData() or ""
        self._voices_known = True
        self._loading = True
        try:
            self.voice_choice.clear()
            for voice_id, name in voices:
                self.voice_choice.addItem(name, voice_id)
        finally:
            self._loading = False
        self._choose_voice(current)

    def _choose_voice(self, voice_id: str) -> None:
        index = self.voice_choice.findData(voice_id)
        if index < 0:
            # Until the engine has answered, a saved voice is only not known yet.
            shown = voice_id
            if self._voices_known:
                shown = translate("VoicePanel", "{voice} (not installed)").format(voice=voice_id)
            self.voice_choice.addItem(shown, voice_id)
            index = self.voice_choice.count() - 1
        self.voice_choice.setCurrentIndex(index)

    def ask_for_voices(self, catalog: VoiceCatalog) -> None:
        """Fill the list from the engine: at once if it has answered, else when it does."""
        known = catalog.known
        if known is not None:
            self._show_voices(known)
            return
        show_status(self.voice_list_status, translate("VoicePanel", LOADING_VOICES))
        self.background.watch(catalog.request(), self._voices_answered)

    def _voices_answered(self, future: Future[VoiceList]) -> None:
        try:
            answer = future.result()
        except Exception as error:  # a broken engine must not take the dialog down
            answer = VoiceList(
                (),
                translate("VoicePanel", "Voices could not be listed: {error}").format(error=error),
            )
        self._show_voices(answer)

    def _show_voices(self, answer: VoiceList) -> None:
        if answer.notice is not None:
            show_status(
                self.voice_list_status,
                translate("VoicePanel", "{notice}. The default voice speaks.").format(
                    notice=answer.notice
                ),
            )
            return
        show_status(self.voice_list_status, None)
        self.set_voices(voice_items(answer))

    # Test voice -------------------------------------------------------------------------

    def test_voice(self) -> None:
        """Say the sample phrase with the values shown (not saved), without waiting for it."""
        prefs = self._prefs
        if prefs is None:
            fix = translate("VoicePanel", "Fix the voice fields first.")
            if self._errors:
                name, error = next(iter(self._errors.items()))
                fix = translate("VoicePanel", "Fix {field} ({problem}) first.").format(
                    field=label(name) if name in LABELS else name, problem=describe(error)
                )
            show_status(self.voice_test_status, fix, error=True)
            return
        output = self._output
        if output is None or not output.available:
            show_status(
                self.voice_test_status, translate("VoicePanel", NO_SOUND_FOR_SAMPLE), error=True
            )
            return
        settings = VoiceSettings(
            voice_id=prefs.voice,
            rate=prefs.rate_wpm,
            volume=prefs.volume_pct / 100,
            language=i18n.speech_language(),
        )
        fmt = output.fmt
        sampler = self._sampler
        self._set_testing(True)
        show_status(self.voice_test_status, translate("VoicePanel", "Making the sample…"))
        self.background.run(lambda: sampler(settings, fmt), self._sample_made)

    def _sample_made(self, future: Future[VoiceSample]) -> None:
        try:
            sample = future.result()
        except Exception as error:  # said inline: the dialog stays usable
            self._set_testing(False)
            cannot = translate("VoicePanel", "The sample could not be made: {reason}.").format(
                reason=error
            )
            show_status(self.voice_test_status, cannot, True)
            return
        output = self._output
        if sample.clip is None or output is None or not output.available:
            self._set_testing(False)
            why = translate("VoicePanel", NO_SOUND_FOR_SAMPLE)
            if sample.clip is None:
                reason = sample.notice or translate("VoicePanel", "no voice could say it")
                why = translate("VoicePanel", "The sample could not be made: {reason}.").format(
                    reason=reason
                )
            show_status(self.voice_test_status, why, error=True)
            return
        result = output.play_at(
            SAMPLE_CUE, sample.clip, self._clock() + SAMPLE_AHEAD_S, CueKind.PHASE, True,
            asap=True,
        )  # fmt: skip
        if not result.placed:
            self._set_testing(False)
            show_status(
                self.voice_test_status,
                translate(
                    "VoicePanel", "Could not play the sample: {reason}. Try again in a moment."
                ).format(reason=result.reason),
                error=True,
            )
            return
        played_s = SAMPLE_AHEAD_S + len(sample.clip) / output.fmt.rate
        self._sample_playing.start(round(played_s * 1000))
        if sample.notice:
            text = translate("VoicePanel", "Playing “{phrase}”… {notice}.").format(
                phrase=sample.text, notice=sample.notice
            )
        else:
            text = translate("VoicePanel", "Playing “{phrase}”…").format(phrase=sample.text)
        show_status(self.voice_test_status, text)

    def _sample_finished(self) -> None:
        self._set_testing(False)

    def _set_testing(self, testing: bool) -> None:
        # Disabled while a sample is made and played: one at a time, and it says so.
        self.test_voice_button.setEnabled(not testing)
        self.test_voice_button.setText(
            translate("VoicePanel", "Testing…")
            if testing
            else translate("VoicePanel", "Test voice")
        )

    def stop(self) -> None:
        """The dialog is closing: late answers from the engine are not wanted."""
        self.background.forget()
        self._sample_playing.stop()

    # Calibration ------------------------------------------------------------------------

    def calibrate(self) -> CalibrationDialog:
        """Open the calibration screen; "Use this" there fills the latency field."""
        spin = self.spins["latency_ms"]
        dialog = CalibrationDialog(
            int(spin.value()),
            self._output,
            clock=self._clock,
            timers=self._calibration_timers,
            parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._calibrated(dialog))
        dialog.destroyed.connect(lambda: self._calibration_closed(dialog))
        self.calibration = dialog
        dialog.open()
        return dialog

    def _calibrated(self, dialog: CalibrationDialog) -> None:
        if dialog.chosen_ms is not None:
            self.spins["latency_ms"].setValue(dialog.chosen_ms)

    def _calibration_closed(self, dialog: CalibrationDialog) -> None:
        if self.calibration is dialog:
            self.calibration = None
