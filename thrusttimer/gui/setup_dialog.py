"""The workout set-up dialog: choose or manage a preset, adjust the plan, the cues and the voice.

Every field is checked as it changes, through the same rules as the command line (core.plan
FIELDS, parse_tempo, the store's VOICE_FIELDS). A bad value is shown next to its field with
its allowed range, in room kept for it (`setup_messages`): no message moves a field. Start
stays disabled, saying which field to fix. Spin boxes accept a little past the allowed
range on purpose: a value that silently snaps back teaches nothing, a message does.

The workout list beside the form (`setup_presets.PresetPanel`) holds the built-in presets
and the user's own; choosing one fills the form. A form that no longer matches its preset
names the workout "<name> (modified)".

The voice list comes from the speech engine (`VoiceCatalog`, asked off the GUI thread),
"Test voice" says the sample phrase with the values shown before they are saved, and
"Calibrate…" opens the latency calibration screen. None of them makes the dialog wait.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.phrases import SAMPLE_PHRASE
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.audio.voices import VoiceList, VoiceSample, test_voice
from thrusttimer.core.clock import Clock
from thrusttimer.core.errors import NumberField, ValidationError
from thrusttimer.core.model import Cue, CueKind
from thrusttimer.core.plan import FIELDS, CueMode, Plan, modified_name
from thrusttimer.gui.background import Background
from thrusttimer.gui.calibration_dialog import CalibrationDialog, SoundOutput
from thrusttimer.gui.setup_messages import (
    SteadyLabel,
    describe,
    field_message,
    number_messages,
    show_error,
    show_status,
    tempo_messages,
)
from thrusttimer.gui.setup_presets import ROW_HEIGHT, PresetPanel, button
from thrusttimer.gui.tempo_field import TempoEditor
from thrusttimer.gui.voice_catalog import APP_VOICES, VoiceCatalog, voice_items
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import VOICE_FIELDS, Settings, VoicePrefs

if TYPE_CHECKING:
    from thrusttimer.gui.voice import WindowVoice

Sampler = Callable[[VoiceSettings, AudioFormat], VoiceSample]
"""Renders the sample phrase (blocking): `audio.voices.test_voice`, or a fake in tests."""

FONT_SCALE: Final = 1.3
"""The dialog is read from a bench as well as a desk: everything a size up."""

SPIN_WIDTH: Final = 200
SCROLLBAR_ROOM: Final = 24
BUTTON_ROOM: Final = 120
WINDOW_FRAME_ROOM: Final = 40
"""The title bar and frame a window manager adds around the dialog."""

CUE_MODE_LABELS: Final = {
    CueMode.FULL: "Full coaching (phases, breathing, counts, tips)",
    CueMode.BREATH: "Breathing words only",
    CueMode.COUNTS: "Rep counts only",
    CueMode.TONES: "Tones only, no words",
    CueMode.SILENT: "Silent",
}

LABELS: Final = {
    "sets": "Sets",
    "reps": "Reps",
    "rest_s": "Rest",
    "lead_in_s": "Lead-in",
    "tempo": "Tempo",
    "rate_wpm": "Speaking rate",
    "volume_pct": "Volume",
    "latency_ms": "Latency offset",
    "voice": "Voice",
    "name": "Name",
}

# (field, widget range, step, suffix, decimals or None for a whole number, tooltip)
PLAN_SPINS: Final = (
    ("sets", (0, 99), 1, "", None, "How many sets"),
    ("reps", (0, 999), 1, "", None, "Reps in each set"),
    ("rest_s", (0, 9999), 5, " s", 1, "Rest between sets, seconds"),
    ("lead_in_s", (0, 9999), 5, " s", 1, "Time to get under the bar before the first set"),
)
VOICE_SPINS: Final = (
    ("rate_wpm", (0, 999), 10, " wpm", None, "How fast the coach speaks, words per minute"),
    ("volume_pct", (0, 999), 5, " %", None, "Voice volume"),
    (
        "latency_ms",
        (-9999, 9999),
        10,
        " ms",
        None,
        "Start cues this much earlier (negative) or later, to match a slow audio device",
    ),
)


DEFAULT_VOICE: Final = ("", "Default voice")
VOICE_NAME_ROOM: Final = 24
"""Characters the voice list shows without cutting a name."""
LOADING_VOICES: Final = "Loading voices…"
SAMPLE_AHEAD_S: Final = 0.1
"""The sample is placed this far ahead, like any cue, rather than pushed in late."""
SAMPLE_CUE: Final = Cue(0, "test-voice", SAMPLE_PHRASE, CueKind.PHASE, (SAMPLE_PHRASE,))
NO_SOUND_FOR_SAMPLE: Final = (
    "No audio device: the sample can't be played here. A workout still runs, silently."
)


NOT_READY: Final = "not ready: fix the fields marked ⚠"
"""The summary's words while a workout field is not allowed."""
WORST_CASE: Final = {
    "sets": 20,
    "reps": 100,
    "tempo": "29.125-29.125-29.125-29.125",
    "rest_s": 899.5,
    "lead_in_s": 299.5,
}
"""The longest values a summary can show: its room is kept for them."""


class SetupDialog(QDialog):
    """Sets up the next workout. After `accept`, `plan()` and `voice_prefs()` are the result."""

    def __init__(
        self,
        plan: Plan,
        presets: UserPresets,
        voice: VoicePrefs | None = None,
        settings: Settings | None = None,
        notice: str | None = None,
        parent: QWidget | None = None,
        *,
        output: SoundOutput | None = None,
        voices: VoiceCatalog | None = None,
        sampler: Sampler = test_voice,
        clock: Clock = time.monotonic,
    ) -> None:
        """`output` plays "test voice" and the calibration ticks (None: no sound here);
        `voices` lists the engine's voices (None: only the default voice is offered)."""
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle("Set up the workout")
        # A size, not a colour: the theme keeps the colours. A style sheet rather than
        # setFont because fonts set on a parent do not reach children under a style sheet.
        size = QFont(self.font()).pointSizeF() * FONT_SCALE
        self.setStyleSheet(f"QWidget {{ font-size: {size:.1f}pt; }}")
        self._settings = settings
        self._base = plan
        self._plan: Plan | None = plan
        self._voice: VoicePrefs | None = None
        self._errors: dict[str, ValidationError] = {}
        self._loading = False
        self._output = output
        self._sampler = sampler
        self._clock = clock
        self._voices_known = False
        self._background = Background(self)
        self._sample_playing = QTimer(self)
        self._sample_playing.setSingleShot(True)
        self._sample_playing.timeout.connect(self._sample_finished)
        self.calibration: CalibrationDialog | None = None

        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.errors: dict[str, SteadyLabel] = {}

        layout = QHBoxLayout(self)
        self.preset_panel = PresetPanel(presets, self.plan)
        self.preset_panel.chosen.connect(lambda chosen: self._load_plan(chosen, chosen))
        layout.addWidget(self.preset_panel, 2)
        # The form scrolls on a small screen; Start and the reason stay in view below it.
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self._build_plan())
        form_layout.addWidget(self._build_voice())
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("setupForm")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(self._build_buttons())
        layout.addLayout(right, 3)
        scroll.setMinimumWidth(form.sizeHint().width() + SCROLLBAR_ROOM)
        height = form.sizeHint().height() + BUTTON_ROOM
        screen = self.screen()
        if screen is not None:
            # On a 768-pixel laptop the whole form is taller than the screen: the form
            # scrolls, and Start must stay on screen.
            height = min(height, screen.availableGeometry().height() - WINDOW_FRAME_ROOM)
        self.resize(self.sizeHint().width(), height)

        self._load_voice(voice or VoicePrefs())
        self._load_plan(plan, plan)
        self.preset_panel.select_matching(plan)
        self.preset_panel.show_message(notice)
        if voices is not None:
            self._ask_for_voices(voices)

    # Building ---------------------------------------------------------------------------

    def _spin(
        self, name: str, widget_range: tuple[int, int], step: int, suffix: str, decimals: int | None
    ) -> QSpinBox | QDoubleSpinBox:
        spin: QSpinBox | QDoubleSpinBox
        if decimals is None:
            spin = QSpinBox()
            spin.setRange(*widget_range)
            spin.setSingleStep(step)
        else:
            spin = QDoubleSpinBox()
            spin.setDecimals(decimals)
            spin.setRange(*widget_range)
            spin.setSingleStep(step)
        spin.setObjectName(name)
        spin.setSuffix(suffix)
        spin.setMinimumHeight(ROW_HEIGHT)
        spin.setMinimumWidth(SPIN_WIDTH)
        spin.setAccessibleName(LABELS[name])
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        # The editor's own signal: the spin box stays quiet while its text is not a number,
        # and an emptied field must say so too.
        spin.lineEdit().textChanged.connect(self._changed)
        self.spins[name] = spin
        return spin

    def _add_row(
        self,
        grid: QGridLayout,
        row: int,
        name: str,
        widget: QWidget,
        spec: NumberField | None,
        beside: bool = False,
    ) -> int:
        """Label and control on one row, the inline message beside the control (`beside`)
        or right under it. Either way its room is kept (`SteadyLabel`), so it never moves
        the fields below.

        Returns the next free row.
        """
        label = QLabel(LABELS[name])
        label.setBuddy(widget)
        error = field_message(self._message_room(name, spec))
        error.setAccessibleName(f"{LABELS[name]}: problem")
        self.errors[name] = error
        if spec is not None:
            widget.setToolTip(f"{widget.toolTip()} — {spec.allowed}")
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        if isinstance(widget, TempoEditor):
            # Under the text field, above the preview: the message sits by what was typed.
            widget.add_message(error)
            grid.addWidget(widget, row, 1, 1, 2)
            return row + 1
        grid.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignTop)
        if beside:
            grid.addWidget(error, row, 2, Qt.AlignmentFlag.AlignTop)
            return row + 1
        grid.addWidget(error, row + 1, 0, 1, 3)
        return row + 2

    def _message_room(self, name: str, spec: NumberField | None) -> list[str]:
        """The messages a field's rules can give: its message keeps room for the longest."""
        if spec is not None:
            return number_messages(spec)
        if name == "tempo":
            return tempo_messages()
        return []  # the voice is chosen from a list, not typed

    def _build_plan(self) -> QGroupBox:
        box = QGroupBox("Workout")
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        self.plan_name = SteadyLabel()
        self.plan_name.setObjectName("planName")
        grid.addWidget(self.plan_name, 0, 0, 1, 3)
        row = 1
        for name, widget_range, step, suffix, decimals, tip in PLAN_SPINS:
            spin = self._spin(name, widget_range, step, suffix, decimals)
            spin.setToolTip(tip)
            row = self._add_row(grid, row, name, spin, FIELDS[name], beside=True)
        self.tempo = TempoEditor(self._base.tempo, self._base)
        self.tempo.changed.connect(self._changed)
        row = self._add_row(grid, row, "tempo", self.tempo, None)
        self.cue_mode = QComboBox()
        self.cue_mode.setObjectName("cueMode")
        self.cue_mode.setAccessibleName("Cue mode")
        self.cue_mode.setMinimumHeight(ROW_HEIGHT)
        for mode, text in CUE_MODE_LABELS.items():
            self.cue_mode.addItem(text, mode.value)
        self.cue_mode.currentIndexChanged.connect(self._changed)
        label = QLabel("Cues")
        label.setBuddy(self.cue_mode)
        grid.addWidget(label, row, 0)
        grid.addWidget(self.cue_mode, row, 1, 1, 2)
        row += 1
        self.advance_when_ready = QCheckBox("Advance when ready: end each rest on my command")
        self.advance_when_ready.setObjectName("advanceWhenReady")
        self.advance_when_ready.setToolTip(
            "The rest waits for you (Space or a clicker) instead of ending on the clock"
        )
        self.advance_when_ready.toggled.connect(self._changed)
        grid.addWidget(self.advance_when_ready, row, 0, 1, 3)
        return box

    def _build_voice(self) -> QGroupBox:
        box = QGroupBox("Voice")
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        self.voice_choice = QComboBox()
        self.voice_choice.setObjectName("voice")
        self.voice_choice.setAccessibleName("Voice")
        self.voice_choice.setMinimumHeight(ROW_HEIGHT)
        self.voice_choice.setToolTip("The speech engine's voice the coach speaks with")
        # Wide enough for "English (Great Britain)" without sizing to the longest of 130.
        self.voice_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.voice_choice.setMinimumContentsLength(VOICE_NAME_ROOM)
        self.voice_choice.addItem(DEFAULT_VOICE[1], DEFAULT_VOICE[0])
        self.voice_choice.currentIndexChanged.connect(self._changed)
        row = self._add_row(grid, 0, "voice", self.voice_choice, None)
        self.test_voice_button = button(
            "Test voice",
            f"Say “{SAMPLE_PHRASE}” with the voice, rate and volume shown, before saving them",
        )
        self.test_voice_button.setObjectName("testVoice")
        self.test_voice_button.clicked.connect(lambda: self.test_voice())
        grid.addWidget(self.test_voice_button, 0, 2, Qt.AlignmentFlag.AlignLeft)
        self.voice_list_status = self._status_label(
            "voiceListStatus", "Voice list", [LOADING_VOICES]
        )
        grid.addWidget(self.voice_list_status, row, 1, 1, 2)
        self.voice_test_status = self._status_label(
            "voiceTestStatus",
            "Test voice",
            [f"⚠ {NO_SOUND_FOR_SAMPLE}", f"Playing “{SAMPLE_PHRASE}”…"],
        )
        grid.addWidget(self.voice_test_status, row + 1, 1, 1, 2)
        row += 2
        for name, widget_range, step, suffix, decimals, tip in VOICE_SPINS:
            spin = self._spin(name, widget_range, step, suffix, decimals)
            spin.setToolTip(tip)
            if name == "latency_ms":
                self.calibrate_button = button(
                    "Calibrate…",
                    "Find the offset for your headphones: tap along to ticks, or match a "
                    "tick to a flash",
                )
                self.calibrate_button.setObjectName("calibrate")
                self.calibrate_button.clicked.connect(lambda: self.calibrate())
                grid.addWidget(self.calibrate_button, row, 2, Qt.AlignmentFlag.AlignLeft)
            # Under, the whole width: the voice list makes the spin boxes' column wide.
            row = self._add_row(grid, row, name, spin, VOICE_FIELDS[name])
        return box

    def _status_label(self, name: str, accessible: str, room_for: Sequence[str]) -> SteadyLabel:
        label = SteadyLabel(room_for)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setProperty("role", "notice")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _build_buttons(self) -> QVBoxLayout:
        # Its room is kept too: the form above it never grows or shrinks as it comes and goes.
        self.reason = SteadyLabel(
            f"Fix {LABELS[name]} to start: {message.removeprefix('⚠ ')}"
            for name in ("tempo", *FIELDS, *VOICE_FIELDS)
            if name in LABELS
            for message in self.errors[name].room()
        )
        self.reason.setObjectName("startReason")
        self.reason.setProperty("role", "error")
        self.reason.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton("Start", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("startButton")
        self.start_button.setMinimumHeight(ROW_HEIGHT)
        self.start_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setMinimumHeight(ROW_HEIGHT)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout()
        column.addWidget(self.reason)
        column.addWidget(self.buttons)
        return column

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
            shown = f"{voice_id} (not installed)" if self._voices_known else voice_id
            self.voice_choice.addItem(shown, voice_id)
            index = self.voice_choice.count() - 1
        self.voice_choice.setCurrentIndex(index)

    def _ask_for_voices(self, catalog: VoiceCatalog) -> None:
        known = catalog.known
        if known is not None:
            self._show_voices(known)
            return
        show_status(self.voice_list_status, LOADING_VOICES)
        self._background.watch(catalog.request(), self._voices_answered)

    def _voices_answered(self, future: Future[VoiceList]) -> None:
        try:
            answer = future.result()
        except Exception as error:  # a broken engine must not take the dialog down
            answer = VoiceList((), f"Voices could not be listed: {error}")
        self._show_voices(answer)

    def _show_voices(self, answer: VoiceList) -> None:
        if answer.notice is not None:
            show_status(self.voice_list_status, f"{answer.notice}. The default voice speaks.")
            return
        show_status(self.voice_list_status, None)
        self.set_voices(voice_items(answer))

    # Test voice -------------------------------------------------------------------------

    def test_voice(self) -> None:
        """Say the sample phrase with the values shown (not saved), without waiting for it."""
        prefs = self._voice
        if prefs is None:
            problems = [(n, e) for n, e in self._errors.items() if n in (*VOICE_FIELDS, "voice")]
            what = "the voice fields"
            if problems:
                name, error = problems[0]
                what = f"{LABELS.get(name, name)} ({describe(error)})"
            show_status(self.voice_test_status, f"Fix {what} first.", error=True)
            return
        output = self._output
        if output is None or not output.available:
            show_status(self.voice_test_status, NO_SOUND_FOR_SAMPLE, error=True)
            return
        settings = VoiceSettings(
            voice_id=prefs.voice, rate=prefs.rate_wpm, volume=prefs.volume_pct / 100
        )
        fmt = output.fmt
        sampler = self._sampler
        self._set_testing(True)
        show_status(self.voice_test_status, "Making the sample…")
        self._background.run(lambda: sampler(settings, fmt), self._sample_made)

    def _sample_made(self, future: Future[VoiceSample]) -> None:
        try:
            sample = future.result()
        except Exception as error:  # said inline: the dialog stays usable
            self._set_testing(False)
            show_status(self.voice_test_status, f"The sample could not be made: {error}.", True)
            return
        output = self._output
        if sample.clip is None or output is None or not output.available:
            self._set_testing(False)
            why = NO_SOUND_FOR_SAMPLE
            if sample.clip is None:
                why = f"The sample could not be made: {sample.notice or 'no voice could say it'}."
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
                f"Could not play the sample: {result.reason}. Try again in a moment.",
                error=True,
            )
            return
        played_s = SAMPLE_AHEAD_S + len(sample.clip) / output.fmt.rate
        self._sample_playing.start(round(played_s * 1000))
        text = f"Playing “{sample.text}”…"
        if sample.notice:
            text += f" {sample.notice}."
        show_status(self.voice_test_status, text)

    def _sample_finished(self) -> None:
        self._set_testing(False)

    def _set_testing(self, testing: bool) -> None:
        # Disabled while a sample is made and played: one at a time, and it says so.
        self.test_voice_button.setEnabled(not testing)
        self.test_voice_button.setText("Testing…" if testing else "Test voice")

    # Calibration ------------------------------------------------------------------------

    def calibrate(self) -> CalibrationDialog:
        """Open the calibration screen; "Use this" there fills the latency field."""
        spin = self.spins["latency_ms"]
        dialog = CalibrationDialog(int(spin.value()), self._output, clock=self._clock, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._calibrated(dialog))
        dialog.destroyed.connect(lambda: self._calibration_closed(dialog))
        self.calibration = dialog
        dialog.open()
        return dialog

    def _calibrated(self, dialog: CalibrationDialog) -> None:
        if dialog.chosen_ms is not None:
            self.spins["latency_ms"].setValue(dialog.chosen_ms)
            # setValue does not emit the editor's textChanged that validation listens to.
            self._validate()

    def _calibration_closed(self, dialog: CalibrationDialog) -> None:
        if self.calibration is dialog:
            self.calibration = None

    def done(self, result: int) -> None:
        # Late answers from the engine are not wanted once the dialog is closed.
        self._background.forget()
        self._sample_playing.stop()
        super().done(result)

    # Results ----------------------------------------------------------------------------

    def plan(self) -> Plan | None:
        """The plan the form describes, or None while a field is not allowed."""
        return self._plan

    def voice_prefs(self) -> VoicePrefs | None:
        return self._voice

    def field_errors(self) -> dict[str, ValidationError]:
        return dict(self._errors)

    def accept(self) -> None:
        plan, voice = self._plan, self._voice
        if plan is None or voice is None:
            return
        if self._settings is not None:
            self._settings.save_last_plan(plan)
            self._settings.save_voice(voice)
            self.preset_panel.show_message(self._settings.sync())
        super().accept()

    # Validation -------------------------------------------------------------------------

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self._validate()

    def _number(self, name: str, spec: NumberField) -> float | None:
        spin = self.spins[name]
        try:
            if not spin.hasAcceptableInput():
                raise ValidationError(name, spin.cleanText(), spec.allowed, "not a number")
            return spec.check(spin.value())
        except ValidationError as error:
            self._errors[name] = error
            return None

    def _validate(self) -> None:
        self._errors = {}
        plan_values: dict[str, object] = {}
        for name, *_ in PLAN_SPINS:
            plan_values[name] = self._number(name, FIELDS[name])
        if self.tempo.error is not None:
            self._errors["tempo"] = self.tempo.error
        voice_values: dict[str, object] = {}
        for name, *_ in VOICE_SPINS:
            voice_values[name] = self._number(name, VOICE_FIELDS[name])

        self._plan = None
        if not any(name in self._errors for name in (*FIELDS, "tempo")):
            changes = {
                **plan_values,
                "tempo": self.tempo.tempo,
                "cue_mode": self.cue_mode.currentData(),
                "advance_when_ready": self.advance_when_ready.isChecked(),
            }
            try:
                plan = Plan.build(self._base, **changes)
            except ValidationError as error:
                self._errors[error.field] = error
            else:
                if plan != self._base:
                    plan = replace(plan, name=modified_name(self._base.name))
                self._plan = plan
        self._voice = None
        try:
            self._voice = VoicePrefs.build(
                None,
                voice=self.voice_choice.currentData() or "",
                **{k: v for k, v in voice_values.items() if v is not None},
            )
        except ValidationError as error:
            self._errors[error.field] = error
        if any(name in self._errors for name in VOICE_FIELDS):
            self._voice = None
        self._show_validation()

    def _show_validation(self) -> None:
        for name, label in self.errors.items():
            show_error(label, self._errors.get(name))
        shown = self._plan or self._base
        self.plan_name.say(self._summary(self._plan))
        self.tempo.set_base(shown)
        if self._errors:
            names = [LABELS.get(name, name) for name in self._errors]
            first_name, first = next(iter(self._errors.items()))
            self.start_button.setEnabled(False)
            self.start_button.setText(f"Can't start: check {', '.join(names)}")
            reason = f"Fix {LABELS.get(first_name, first_name)} to start: {describe(first)}"
            self.reason.say(reason)
            self.start_button.setToolTip(reason)
        else:
            self.start_button.setEnabled(True)
            self.start_button.setText("Start")
            self.start_button.setToolTip("Start this workout")
            self.reason.say(None)
        self.preset_panel.update_buttons()

    def _summary(self, plan: Plan | None) -> str:
        """The workout in a line: its name and values; while a workout field is not
        allowed, its name as changed and what keeps it from starting."""
        if plan is None:
            return f"<b>{html.escape(modified_name(self._base.name))}</b> — {NOT_READY}"
        return f"<b>{html.escape(plan.name)}</b> — {plan.describe()}"

    # Loading values ---------------------------------------------------------------------

    def _load_plan(self, plan: Plan, base: Plan) -> None:
        self._base = base
        longest = replace(Plan.build(base, **WORST_CASE), name=modified_name(base.name))
        self.plan_name.keep_room_for([self._summary(longest), self._summary(None)])
        self._loading = True
        try:
            for name, *_ in PLAN_SPINS:
                self.spins[name].setValue(getattr(plan, name))
            self.tempo.set_base(plan)
            self.tempo.set_tempo(plan.tempo)
            self.cue_mode.setCurrentIndex(self.cue_mode.findData(plan.cues.mode.value))
            self.advance_when_ready.setChecked(plan.advance_when_ready)
        finally:
            self._loading = False
        self._validate()

    def _load_voice(self, voice: VoicePrefs) -> None:
        self._loading = True
        try:
            self._choose_voice(voice.voice)
            for name, *_ in VOICE_SPINS:
                self.spins[name].setValue(getattr(voice, name))
        finally:
            self._loading = False
        self._validate()


def run_setup(
    settings: Settings,
    presets: UserPresets,
    plan: Plan,
    notice: str | None = None,
    parent: QWidget | None = None,
    voice: WindowVoice | None = None,
) -> tuple[Plan, VoicePrefs] | None:
    """Show the dialog modally; on Start the plan and voice are saved and returned.

    With the window's `voice`, the dialog lists the engine's voices and plays "test voice"
    and the calibration ticks through its output.
    """
    prefs, voice_notice = settings.load_voice()
    dialog = SetupDialog(
        plan,
        presets,
        prefs,
        settings,
        notice=notice or voice_notice,
        parent=parent,
        output=voice.output if voice is not None else None,
        voices=APP_VOICES if voice is not None else None,
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen, chosen_prefs = dialog.plan(), dialog.voice_prefs()
    finally:
        # A parentless dialog left alive is destroyed after QApplication at exit: a crash.
        dialog.deleteLater()
    assert chosen is not None
    assert chosen_prefs is not None
    return chosen, chosen_prefs
