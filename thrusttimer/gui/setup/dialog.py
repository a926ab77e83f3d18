"""The workout set-up dialog: composes the presets, today's suggestion, the plan form (its
exercises, one after the other, and each one's fields), the plates, the warm-up and the
voice panels, and Start.

Every field is checked as it changes, through the same rules as the command line (the plan
through `blocks_form.check_workout`, the voice through the store's VOICE_FIELDS). A field
of one of several exercises is named with its block: "Fix Reps of block 2 (Frog pump)". A
bad value is shown next to its field with its allowed range; Start stays disabled, saying
which field to fix, in room kept for the longest reason so the form never moves.

The workout list beside the form (`presets_panel.PresetPanel`) holds the built-in presets
and the user's own; choosing one fills the form. A form that no longer matches its preset
names the workout "<name> (modified)".

Beside the workout list, "Today" says what the training log suggests for the workout shown
(`today_panel`), with the plates for that load, as the plates and warm-up below the form
make it.

The dialog saves nothing: `run_setup` returns a `SetupChoice` (the plan, voice, plates and
warm-up chosen), and the caller keeps them.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Final, NamedTuple

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
from thrusttimer.core.blocks import BLOCK_FIELDS, MAX_BLOCKS
from thrusttimer.core.clock import Clock
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import singular, translate
from thrusttimer.core.loading.inventory import DEFAULT_KG, Inventory
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME, WarmupScheme
from thrusttimer.core.plan import FIELDS, Plan
from thrusttimer.core.timers import TimerFactory
from thrusttimer.gui.calibration.measuring import SoundOutput
from thrusttimer.gui.setup.blocks_form import exercise_choices
from thrusttimer.gui.setup.form import (
    block_key,
    exercise_name,
    fix_to_start,
    label,
    start_reason,
)
from thrusttimer.gui.setup.language_panel import Choice, LanguagePanel
from thrusttimer.gui.setup.loading_form import plates_room, warmup_room
from thrusttimer.gui.setup.messages import SteadyLabel
from thrusttimer.gui.setup.plan_panel import PlanPanel
from thrusttimer.gui.setup.plates_panel import PlatesPanel
from thrusttimer.gui.setup.presets_panel import PresetPanel
from thrusttimer.gui.setup.rows import ROW_HEIGHT
from thrusttimer.gui.setup.today import read_history
from thrusttimer.gui.setup.today_panel import History, TodayPanel
from thrusttimer.gui.setup.voice_catalog import APP_VOICES, VoiceCatalog
from thrusttimer.gui.setup.voice_panel import Sampler, VoicePanel
from thrusttimer.gui.setup.warmup_panel import WarmupPanel
from thrusttimer.gui.timers import qt_timers
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import VOICE_FIELDS, Settings, VoicePrefs

FONT_SCALE: Final = 1.3
"""The dialog is read from a bench as well as a desk: everything a size up."""

SCROLLBAR_ROOM: Final = 24
BUTTON_ROOM: Final = 120
WINDOW_FRAME_ROOM: Final = 40
"""The title bar and frame a window manager adds around the dialog."""
NAMED_AT_MOST: Final = 3
"""Start names this many fields to fix, then how many more."""


class SetupChoice(NamedTuple):
    """What Start gives back: the workout, the voice, the plates and the warm-up.

    A tuple, so a caller that takes ``plan, voice, *_`` keeps working; `inventory` and
    `warmup` None mean "as saved" (a caller that never showed them)."""

    plan: Plan
    voice: VoicePrefs
    inventory: Inventory | None = None
    warmup: WarmupScheme | None = None
    languages: Choice | None = None
    """The screen's and the coach's language (`LanguagePanel.choice`); None: as saved."""


class SetupDialog(QDialog):
    """Sets up the next workout. After `accept`, `plan()`, `voice_prefs()`, `inventory()`
    and `warmup()` are the result."""

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
        inventory: Inventory = DEFAULT_KG,
        warmup: WarmupScheme = DEFAULT_SCHEME,
        history: History | None = None,
        languages: Choice = (None, None),
    ) -> None:
        """`output` plays "test voice" and the calibration ticks (None: no sound here);
        `voices` lists the engine's voices (None: only the default voice is offered);
        `timers` makes every timer the dialog and its calibration screen use (Qt's by
        default), and `clock` is what they read the time from. `inventory` and `warmup`
        are the plates and warm-up shown; `history` reads the training log's sessions for
        today's suggestion, off the GUI thread (None: no log is read)."""
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(translate("SetupDialog", "Set up the workout"))
        # A size, not a colour: the theme keeps the colours. A style sheet rather than
        # setFont because fonts set on a parent do not reach children under a style sheet.
        size = QFont(self.font()).pointSizeF() * FONT_SCALE
        self.setStyleSheet(f"QWidget {{ font-size: {size:.1f}pt; }}")

        own_timers = timers if timers is not None else qt_timers(self)
        self.plan_form = PlanPanel(plan)
        self.plan_form.load(plan, plan)  # its exercises shown before the form is measured
        self.plates_panel = PlatesPanel(inventory)
        self.warmup_panel = WarmupPanel(warmup)
        self.today_panel = TodayPanel(history, own_timers)
        self.voice_panel = VoicePanel(output, sampler, clock, own_timers, calibration_timers=timers)
        self.language_panel = LanguagePanel()
        self.language_panel.load(languages)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {
            **self.plan_form.spins,
            **self.voice_panel.spins,
        }
        """Every number field's spin box, by field name: the plan's, then the voice's."""
        self.errors: dict[str, SteadyLabel] = {
            **self.plan_form.errors,
            "plates": self.plates_panel.message,
            "warm-up": self.warmup_panel.message,
            **self.voice_panel.errors,
        }
        """Every field's inline message, by field name (the plates' and warm-up's one line
        each, under "plates" and "warm-up")."""

        layout = QHBoxLayout(self)
        self.preset_panel = PresetPanel(presets, self.plan)
        self.preset_panel.chosen.connect(lambda chosen: self.plan_form.load(chosen, chosen))
        left = QVBoxLayout()
        left.addWidget(self.preset_panel, 1)
        left.addWidget(self.today_panel)
        layout.addLayout(left, 2)
        # The form scrolls on a small screen; Start and the reason stay in view below it.
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        panels = (self.plan_form, self.plates_panel, self.warmup_panel, self.voice_panel)
        for panel in (*panels, self.language_panel):
            form_layout.addWidget(panel)
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
        self._scroll = scroll
        scroll.setMinimumWidth(form.sizeHint().width() + SCROLLBAR_ROOM)
        height = form.sizeHint().height() + BUTTON_ROOM
        screen = self.screen()
        if screen is not None:
            # On a 768-pixel laptop the whole form is taller than the screen: the form
            # scrolls, and Start must stay on screen.
            height = min(height, screen.availableGeometry().height() - WINDOW_FRAME_ROOM)
        self.resize(self.sizeHint().width(), height)

        for changed in (
            self.plan_form.changed,
            self.plates_panel.changed,
            self.warmup_panel.changed,
            self.voice_panel.changed,
        ):
            changed.connect(self._show_state)
        self.plan_form.reshaped.connect(self._fit_form)
        self.voice_panel.load(voice or VoicePrefs())
        self.plan_form.load(plan, plan)
        self.preset_panel.select_matching(plan)
        self.preset_panel.show_message(notice)
        if voices is not None:
            self.voice_panel.ask_for_voices(voices)

    def _build_buttons(self) -> QVBoxLayout:
        # Its room is kept too: the form above it never grows or shrinks as it comes and goes.
        names = ("tempo", *FIELDS, "rep range", "increment", *VOICE_FIELDS)  # i18n: not shown
        # A field of one of several exercises is named with its block, the longest named.
        longest = max((e for e, _ in exercise_choices()), key=lambda e: len(exercise_name(e)))
        block_names = ("tempo", *BLOCK_FIELDS, "rep range", "increment")  # i18n: not shown
        self.reason = SteadyLabel(
            [
                *(
                    fix_to_start(label(name), message.removeprefix("⚠ "))
                    for name in names
                    if name in self.errors
                    for message in self.errors[name].room()
                ),
                *(
                    fix_to_start(
                        label(block_key(MAX_BLOCKS, longest, name)), message.removeprefix("⚠ ")
                    )
                    for name in block_names
                    for message in self.errors[name].room()
                ),
                # "⚠ Plate 20 pairs: …" reads as long as "Fix Plate 20 pairs to start: …".
                *(
                    translate("SetupDialog", "Fix {problem}", "room for the reason").format(
                        problem=line.removeprefix("⚠ ")
                    )
                    for line in (*plates_room(), *warmup_room())
                ),
            ]
        )
        self.reason.setObjectName("startReason")
        self.reason.setProperty("role", "error")
        self.reason.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            translate("SetupDialog", "Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
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

    def inventory(self) -> Inventory | None:
        """The plates the panel describes, or None while a field is not allowed."""
        return self.plates_panel.inventory

    def warmup(self) -> WarmupScheme | None:
        """The warm-up the panel describes, or None while a field is not allowed."""
        return self.warmup_panel.scheme

    def choice(self) -> SetupChoice | None:
        """Everything chosen, or None while a field is not allowed."""
        plan, voice = self.plan(), self.voice_prefs()
        inventory, warmup = self.inventory(), self.warmup()
        if plan is None or voice is None or inventory is None or warmup is None:
            return None
        return SetupChoice(plan, voice, inventory, warmup, self.language_panel.choice)

    def field_errors(self) -> dict[str, ValidationError]:
        """What keeps Start disabled, by field: the plan's, plates', warm-up's and voice's."""
        return {
            **self.plan_form.field_errors(),
            **self.plates_panel.field_errors(),
            **self.warmup_panel.field_errors(),
            **self.voice_panel.field_errors(),
        }

    def accept(self) -> None:
        if self.choice() is None:
            return
        super().accept()

    def done(self, result: int) -> None:
        self.voice_panel.stop()
        self.today_panel.stop()
        super().done(result)

    def _show_state(self) -> None:
        """Start, or why not: the first field to fix, and every field to fix named."""
        errors: Mapping[str, ValidationError] = self.field_errors()
        if errors:
            names = [label(name) for name in errors]
            first_name, first = next(iter(errors.items()))
            reason = start_reason(first_name, first)
            self.start_button.setEnabled(False)
            self.start_button.setText(cannot_start(names))
            self.reason.say(reason)
            self.start_button.setToolTip(reason)
        else:
            self.start_button.setEnabled(True)
            self.start_button.setText(translate("SetupDialog", "Start"))
            self.start_button.setToolTip(translate("SetupDialog", "Start this workout"))
            self.reason.say(None)
        self.preset_panel.update_buttons()
        plan, inventory, warmup = self.plan(), self.inventory(), self.warmup()
        if plan is not None and inventory is not None and warmup is not None:
            self.today_panel.show_for(plan, self.plan_form.base.name, inventory, warmup)

    def _fit_form(self) -> None:
        """Widen the form's room if the exercise shown now needs more (its labels, its
        sides): never a sideways scroll bar. It never narrows under the pointer."""
        form = self._scroll.widget()
        if form is None:
            return
        need = form.minimumSizeHint().width() + SCROLLBAR_ROOM
        if need > self._scroll.minimumWidth():
            self._scroll.setMinimumWidth(need)


def cannot_start(names: list[str]) -> str:
    """Start's words while fields are not allowed: the first few fields named, then how
    many more."""
    listed = ", ".join(names[:NAMED_AT_MOST])
    more = len(names) - NAMED_AT_MOST
    if more <= 0:
        return translate("SetupDialog", "Can't start: check {fields}").format(fields=listed)
    if singular(more):
        text = translate("SetupDialog", "Can't start: check {fields} and {count} more", "one more")
    else:
        text = translate("SetupDialog", "Can't start: check {fields} and {count} more", "several")
    return text.format(fields=listed, count=more)


def run_setup(
    settings: Settings,
    presets: UserPresets,
    plan: Plan,
    notice: str | None = None,
    parent: QWidget | None = None,
    output: SoundOutput | None = None,
    history: History | None = read_history,
) -> SetupChoice | None:
    """Show the dialog modally on the saved voice, plates and warm-up; on Start, what was
    chosen (saving it is the caller's: `Settings.save_voice`, `save_inventory`,
    `save_warmup`), else None.

    With the app's sound `output`, the dialog lists the engine's voices and plays "test
    voice" and the calibration ticks through it. `history` reads the training log for
    today's suggestion (read-only, off the GUI thread).
    """
    prefs, voice_notice = settings.load_voice()
    inventory, plates_notice = settings.load_inventory()
    warmup, warmup_notice = settings.load_warmup()
    notices = [n for n in (notice, voice_notice, plates_notice, warmup_notice) if n]
    dialog = SetupDialog(
        plan,
        presets,
        prefs,
        notice=" ".join(notices) or None,
        parent=parent,
        output=output,
        voices=APP_VOICES if output is not None else None,
        inventory=inventory,
        warmup=warmup,
        history=history,
        languages=settings.languages(),
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.choice()
    finally:
        # A parentless dialog left alive is destroyed after QApplication at exit: a crash.
        dialog.deleteLater()
    assert chosen is not None
    return chosen
