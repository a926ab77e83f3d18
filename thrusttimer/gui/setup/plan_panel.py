"""The set-up room's plan form: the workout's fields on screen, checked as they change by the
Qt-free form model (`form.check_plan`).

Each field's message is shown next to it with its allowed range, in room kept for it
(`messages.SteadyLabel`): no message moves a field. The line above the fields sums up the
workout, or says it is not ready while a field is not allowed. Below the workout's own
fields, its progression: the rep range and the load increment `next` suggests from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.loading.units import UNITS
from thrusttimer.core.plan import FIELDS, Plan
from thrusttimer.gui.setup.form import (
    CUE_MODE_LABELS,
    PlanCheck,
    PlanFields,
    check_plan,
    rule_messages,
    summary,
    summary_room,
)
from thrusttimer.gui.setup.messages import SteadyLabel, field_message, show_error
from thrusttimer.gui.setup.rows import ROW_HEIGHT, SpinSpec, add_row, entry, number_spin
from thrusttimer.gui.setup.tempo_editor import TempoEditor

PLAN_SPINS: Final[tuple[SpinSpec, ...]] = (
    ("sets", (0, 99), 1, "", None, "How many sets"),
    ("reps", (0, 999), 1, "", None, "Reps in each set"),
    ("rest_s", (0, 9999), 5, " s", 1, "Rest between sets, seconds"),
    ("lead_in_s", (0, 9999), 5, " s", 1, "Time to get under the bar before the first set"),
)
RULE_SPINS: Final[tuple[SpinSpec, ...]] = (
    ("rep_low", (0, 999), 1, "", None, "The fewest reps a work set should reach at a load"),
    ("rep_high", (0, 999), 1, "", None, "Once every work set reaches this, the load goes up"),
    ("increment", (0, 9999), 1, "", 2, "How much the load goes up at a time"),
)
RULE_SPIN_WIDTH: Final = 130
INCREMENT_STEP: Final = 0.5


class PlanPanel(QGroupBox):
    """The "Workout" box: a summary line, then sets, reps, rest, lead-in, tempo, cues and
    advance-when-ready. `plan` is the plan it describes, None while a field is not allowed."""

    changed = Signal()
    """A field changed and was checked (`plan` and `field_errors()` are up to date)."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__("Workout", parent)
        self._base = plan
        self._check = PlanCheck(plan)
        self._loading = False
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.errors: dict[str, SteadyLabel] = {}
        """Each field's inline message, by field name."""

        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        self.plan_name = SteadyLabel()
        self.plan_name.setObjectName("planName")
        grid.addWidget(self.plan_name, 0, 0, 1, 3)
        row = 1
        for spec in PLAN_SPINS:
            name = spec[0]
            spin = number_spin(spec, self._changed)
            self.spins[name] = spin
            row = add_row(grid, row, name, spin, FIELDS[name], self.errors, beside=True)
        self.tempo = TempoEditor(plan.tempo, plan)
        self.tempo.changed.connect(self._changed)
        row = add_row(grid, row, "tempo", self.tempo, None, self.errors)
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
        self._add_progression(grid, row + 1)

    def _add_progression(self, grid: QGridLayout, row: int) -> None:
        """The rep range ("8 to 12 reps") and the increment with its unit, a row each, their
        messages under them."""
        for spec in RULE_SPINS:
            spin = number_spin(spec, self._changed)
            spin.setMinimumWidth(RULE_SPIN_WIDTH)
            self.spins[spec[0]] = spin
        increment = self.spins["increment"]
        assert isinstance(increment, QDoubleSpinBox)
        increment.setSingleStep(INCREMENT_STEP)
        self.increment_unit = QComboBox()
        self.increment_unit.setObjectName("incrementUnit")
        self.increment_unit.setAccessibleName("Increment unit")
        self.increment_unit.setMinimumHeight(ROW_HEIGHT)
        self.increment_unit.addItems(list(UNITS))
        self.increment_unit.currentIndexChanged.connect(self._changed)
        rows = (
            ("Rep range", "rep_low", [self.spins["rep_low"], "to", self.spins["rep_high"], "reps"]),
            ("Increment", "increment", ["+", self.spins["increment"], self.increment_unit]),
        )
        names = {
            "rep_low": ("rep_low", "rep_high", "rep range"),
            "increment": ("increment", "increment unit"),
        }
        for text, first, parts in rows:
            box = QHBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            for part in parts:
                box.addWidget(QLabel(part) if isinstance(part, str) else part)
            box.addStretch(1)
            label = QLabel(text)
            label.setBuddy(self.spins[first])
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(box, row, 1, 1, 2)
            message = field_message(rule_messages())
            message.setAccessibleName(f"{text}: problem")
            for name in names[first]:
                self.errors[name] = message
            grid.addWidget(message, row + 1, 0, 1, 3)
            row += 2

    # Results ----------------------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        """The plan the form describes, or None while a field is not allowed."""
        return self._check.plan

    @property
    def base(self) -> Plan:
        """The plan the form was loaded with: its name, and what "modified" is measured from."""
        return self._base

    def field_errors(self) -> Mapping[str, ValidationError]:
        """What keeps the form from being a plan, by field, in the form's order."""
        return self._check.errors

    def fields(self) -> PlanFields:
        """What the form shows, for the form model."""
        return PlanFields(
            sets=entry(self.spins["sets"]),
            reps=entry(self.spins["reps"]),
            rest_s=entry(self.spins["rest_s"]),
            lead_in_s=entry(self.spins["lead_in_s"]),
            tempo=self.tempo.text_field.text(),
            cue_mode=str(self.cue_mode.currentData()),
            advance_when_ready=self.advance_when_ready.isChecked(),
            rep_low=entry(self.spins["rep_low"]),
            rep_high=entry(self.spins["rep_high"]),
            increment=entry(self.spins["increment"]),
            increment_unit=self.increment_unit.currentText(),
        )

    # Loading and checking ---------------------------------------------------------------

    def load(self, plan: Plan, base: Plan) -> None:
        """Show `plan`; the form counts as modified once it differs from `base`."""
        self._base = base
        self.plan_name.keep_room_for(summary_room(base))
        self._loading = True
        try:
            for name, *_ in PLAN_SPINS:
                self.spins[name].setValue(getattr(plan, name))
            self.tempo.set_base(plan)
            self.tempo.set_tempo(plan.tempo)
            self.cue_mode.setCurrentIndex(self.cue_mode.findData(plan.cues.mode.value))
            self.advance_when_ready.setChecked(plan.advance_when_ready)
            rule = plan.progression_rule
            for name in ("rep_low", "rep_high", "increment"):
                self.spins[name].setValue(getattr(rule, name))
            self.increment_unit.setCurrentText(rule.unit)
        finally:
            self._loading = False
        self.validate()

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.validate()

    def validate(self) -> None:
        """Check the fields, show each one's message and the summary, and say `changed`."""
        self._check = check_plan(self.fields(), self._base)
        errors = self._check.errors
        # A row's message may stand for several fields (the rep range's two ends): the first.
        for label in dict.fromkeys(self.errors.values()):
            names = [name for name, shown in self.errors.items() if shown is label]
            show_error(label, next((errors[n] for n in names if n in errors), None))
        self.plan_name.say(summary(self._check.plan, self._base))
        self.tempo.set_base(self._check.plan or self._base)
        self.changed.emit()
