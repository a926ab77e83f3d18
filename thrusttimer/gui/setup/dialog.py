"""The workout set-up dialog: composes the presets, plan form and voice panels, and Start.

Every field is checked as it changes, through the same rules as the command line (the plan
through `form.check_plan`, the voice through the store's VOICE_FIELDS). A bad value is
shown next to its field with its allowed range; Start stays disabled, saying which field to
fix, in room kept for the longest reason so the form never moves.

The workout list beside the form (`presets_panel.PresetPanel`) holds the built-in presets
and the user's own; choosing one fills the form. A form that no longer matches its preset
names the workout "<name> (modified)".

The dialog saves nothing: `run_setup` returns the plan and voice chosen, and the caller
keeps them.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Final

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.audio.voices import test_voice
from thrusttimer.core.clock import Clock
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.plan import FIELDS, Plan
from thrusttimer.core.timers import TimerFactory
from thrusttimer.gui.calibration.measuring import SoundOutput
from thrusttimer.gui.setup.form import LABELS, start_reason
from thrusttimer.gui.setup.messages import SteadyLabel
from thrusttimer.gui.setup.plan_panel import PlanPanel
from thrusttimer.gui.setup.presets_panel import PresetPanel
from thrusttimer.gui.setup.rows import ROW_HEIGHT
from thrusttimer.gui.setup.voice_catalog import APP_VOICES, VoiceCatalog
from thrusttimer.gui.setup.voice_panel import Sampler, VoicePanel
from thrusttimer.gui.timers import qt_timers
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import VOICE_FIELDS, Settings, VoicePrefs

FONT_SCALE: Final = 1.3
"""The dialog is read from a bench as well as a desk: everything a size up."""

SCROLLBAR_ROOM: Final = 24
BUTTON_ROOM: Final = 120
WINDOW_FRAME_ROOM: Final = 40
"""The title bar and frame a window manager adds around the dialog."""


class SetupDialog(QDialog):
    """Sets up the next workout. After `accept`, `plan()` and `voice_prefs()` are the result."""

    def __init__(
        self,
        plan: Plan,
        presets: UserPresets,
        voice: VoicePrefs | None = None,
        notice: str | None = None,
        parent: QWidget | None = None,
        *,
        output: SoundOutput | None = None,
        voices: VoiceCatalog | None = None,
        sampler: Sampler = test_voice,
        clock: Clock = time.monotonic,
        timers: TimerFactory | None = None,
    ) -> None:
        """`output` plays "test voice" and the calibration ticks (None: no sound here);
        `voices` lists the engine's voices (None: only the default voice is offered);
        `timers` makes every timer the dialog and its calibration screen use (Qt's by
        default), and `clock` is what they read the time from."""
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle("Set up the workout")
        # A size, not a colour: the theme keeps the colours. A style sheet rather than
        # setFont because fonts set on a parent do not reach children under a style sheet.
        size = QFont(self.font()).pointSizeF() * FONT_SCALE
        self.setStyleSheet(f"QWidget {{ font-size: {size:.1f}pt; }}")

        self.plan_form = PlanPanel(plan)
        self.voice_panel = VoicePanel(
            output,
            sampler,
            clock,
            timers if timers is not None else qt_timers(self),
            calibration_timers=timers,
        )
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {
            **self.plan_form.spins,
            **self.voice_panel.spins,
        }
        """Every number field's spin box, by field name: the plan's, then the voice's."""
        self.errors: dict[str, SteadyLabel] = {**self.plan_form.errors, **self.voice_panel.errors}
        """Every field's inline message, by field name."""

        layout = QHBoxLayout(self)
        self.preset_panel = PresetPanel(presets, self.plan)
        self.preset_panel.chosen.connect(lambda chosen: self.plan_form.load(chosen, chosen))
        layout.addWidget(self.preset_panel, 2)
        # The form scrolls on a small screen; Start and the reason stay in view below it.
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.plan_form)
        form_layout.addWidget(self.voice_panel)
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

        self.plan_form.changed.connect(self._show_state)
        self.voice_panel.changed.connect(self._show_state)
        self.voice_panel.load(voice or VoicePrefs())
        self.plan_form.load(plan, plan)
        self.preset_panel.select_matching(plan)
        self.preset_panel.show_message(notice)
        if voices is not None:
            self.voice_panel.ask_for_voices(voices)

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

    # Results ----------------------------------------------------------------------------

    def plan(self) -> Plan | None:
        """The plan the form describes, or None while a field is not allowed."""
        return self.plan_form.plan

    def voice_prefs(self) -> VoicePrefs | None:
        return self.voice_panel.prefs

    def field_errors(self) -> dict[str, ValidationError]:
        """What keeps Start disabled, by field: the plan's fields, then the voice's."""
        return {**self.plan_form.field_errors(), **self.voice_panel.field_errors()}

    def accept(self) -> None:
        if self.plan() is None or self.voice_prefs() is None:
            return
        super().accept()

    def done(self, result: int) -> None:
        self.voice_panel.stop()
        super().done(result)

    def _show_state(self) -> None:
        """Start, or why not: the first field to fix, and every field to fix named."""
        errors: Mapping[str, ValidationError] = self.field_errors()
        if errors:
            names = [LABELS.get(name, name) for name in errors]
            first_name, first = next(iter(errors.items()))
            reason = start_reason(first_name, first)
            self.start_button.setEnabled(False)
            self.start_button.setText(f"Can't start: check {', '.join(names)}")
            self.reason.say(reason)
            self.start_button.setToolTip(reason)
        else:
            self.start_button.setEnabled(True)
            self.start_button.setText("Start")
            self.start_button.setToolTip("Start this workout")
            self.reason.say(None)
        self.preset_panel.update_buttons()


def run_setup(
    settings: Settings,
    presets: UserPresets,
    plan: Plan,
    notice: str | None = None,
    parent: QWidget | None = None,
    output: SoundOutput | None = None,
) -> tuple[Plan, VoicePrefs] | None:
    """Show the dialog modally on the saved voice; on Start, the plan and voice chosen
    (saving them is the caller's), else None.

    With the app's sound `output`, the dialog lists the engine's voices and plays "test
    voice" and the calibration ticks through it.
    """
    prefs, voice_notice = settings.load_voice()
    dialog = SetupDialog(
        plan,
        presets,
        prefs,
        notice=notice or voice_notice,
        parent=parent,
        output=output,
        voices=APP_VOICES if output is not None else None,
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
