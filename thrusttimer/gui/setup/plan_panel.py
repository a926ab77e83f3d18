"""The set-up room's plan form: the workout's exercises (`blocks_panel`), the fields of the
one selected, and the workout's own fields, checked as they change by the Qt-free form model
(`blocks_form.check_workout`).

Each field's message is shown next to it with its allowed range, in room kept for it
(`messages.SteadyLabel`): no message moves a field. The line above the fields sums up the
workout, or says it is not ready while a field is not allowed. The exercise's fields: its
sets, reps, rest, for a one-sided exercise the switch between sides and the first side, its
tempo and its progression (the rep range and the load increment `next` suggests from);
then the workout's: the lead-in, the rest between exercises (with several), the cues.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.units import UNITS
from thrusttimer.core.plan import FIELDS, Plan
from thrusttimer.gui.setup.blocks_form import (
    BlockFields,
    BlockList,
    WorkoutCheck,
    WorkoutFields,
    check_workout,
    exercise_choices,
    row_text,
)
from thrusttimer.gui.setup.blocks_panel import BlocksPanel
from thrusttimer.gui.setup.form import CUE_MODE_LABELS, Entry, rule_messages, summary, summary_room
from thrusttimer.gui.setup.messages import SteadyLabel, field_message, show_error
from thrusttimer.gui.setup.plan_fields import (
    BLOCK_SPINS,
    INCREMENT_ROW,
    INCREMENT_STEP,
    REP_RANGE_ROW,
    RULE_SPIN_WIDTH,
    RULE_SPINS,
    SIDE_WORDS,
    SWITCH_SPIN,
    WORKOUT_SPINS,
    row_parts,
    shown_spec,
)
from thrusttimer.gui.setup.rows import ROW_HEIGHT, SpinSpec, add_row, entry, number_spin
from thrusttimer.gui.setup.tempo_editor import TempoEditor


class PlanPanel(QGroupBox):
    """The "Workout" box: a summary line, the exercises, the selected one's fields, then the
    lead-in, the rest between exercises, cues and advance-when-ready. `plan` is the plan it
    describes, None while a field (of any exercise) is not allowed."""

    changed = Signal()
    """A field changed and was checked (`plan` and `field_errors()` are up to date)."""
    reshaped = Signal()
    """Another exercise is shown (chosen, added, removed, moved): rows may have come or gone."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(translate("PlanPanel", "Workout"), parent)
        self._base = plan
        self._check = WorkoutCheck(plan)
        self._loading = False
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.errors: dict[str, SteadyLabel] = {}
        """Each field's inline message, by field name."""

        grid = QGridLayout(self)
        self._grid = grid
        grid.setColumnStretch(2, 1)
        self.plan_name = SteadyLabel()
        self.plan_name.setObjectName("planName")
        grid.addWidget(self.plan_name, 0, 0, 1, 3)
        self.blocks = BlocksPanel()
        self.blocks.current_changed.connect(self._show_current)
        grid.addWidget(self.blocks, 1, 0, 1, 3)
        self.exercise = self._combo(
            "exercise", translate("PlanPanel", "Exercise"), exercise_choices()
        )
        self.exercise.setToolTip(translate("PlanPanel", "The exercise of the block selected above"))
        self.exercise_label = QLabel(translate("PlanPanel", "Exercise"))
        self.exercise_label.setBuddy(self.exercise)
        grid.addWidget(self.exercise_label, 2, 0)
        grid.addWidget(self.exercise, 2, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        row = self._add_spins(grid, 3, BLOCK_SPINS)
        self.reps_label = self._label_at(3 + [spec[0] for spec in BLOCK_SPINS].index("reps"))
        self._side_rows = [row]
        row = self._add_spins(grid, row, (SWITCH_SPIN,))
        sides = [(side, translate("PlanPanel", words)) for side, words in SIDE_WORDS.items()]
        self.first_side = self._combo("firstSide", translate("PlanPanel", "First side"), sides)
        self._side_rows.append(row)
        row = self._add_labelled(grid, row, translate("PlanPanel", "First side"), self.first_side)
        self.tempo = TempoEditor(plan.tempo, plan)
        self.tempo.changed.connect(self._changed)
        row = add_row(grid, row, "tempo", self.tempo, None, self.errors)
        row = self._add_progression(grid, row)
        self._between_row = row + 1
        row = self._add_spins(grid, row, WORKOUT_SPINS)
        # On two lines if need be: the labels' column stays as narrow as with one exercise.
        self._label_at(self._between_row).setWordWrap(True)
        cue_modes = [(m.value, translate("SetupForm", text)) for m, text in CUE_MODE_LABELS.items()]
        self.cue_mode = self._combo("cueMode", translate("PlanPanel", "Cue mode"), cue_modes)
        row = self._add_labelled(grid, row, translate("PlanPanel", "Cues"), self.cue_mode, span=2)
        self.advance_when_ready = QCheckBox(
            translate("PlanPanel", "Advance when ready: end each rest on my command")
        )
        self.advance_when_ready.setObjectName("advanceWhenReady")
        self.advance_when_ready.setToolTip(
            translate(
                "PlanPanel",
                "The rest waits for you (Space or a clicker) instead of ending on the clock",
            )
        )
        self.advance_when_ready.toggled.connect(self._changed)
        grid.addWidget(self.advance_when_ready, row, 0, 1, 3)
        self.exercise.currentIndexChanged.connect(self._exercise_changed)

    def _combo(self, name: str, accessible: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumHeight(ROW_HEIGHT)
        for data, text in items:
            combo.addItem(text, data)
        if name != "exercise":
            combo.currentIndexChanged.connect(self._changed)
        return combo

    def _add_spins(self, grid: QGridLayout, row: int, specs: Sequence[SpinSpec]) -> int:
        for spec in specs:
            name = spec[0]
            spin = number_spin(shown_spec(spec), self._changed)
            self.spins[name] = spin
            row = add_row(grid, row, name, spin, FIELDS[name], self.errors, beside=True)
        return row

    def _add_labelled(
        self, grid: QGridLayout, row: int, text: str, widget: QWidget, span: int = 1
    ) -> int:
        label = QLabel(text)
        label.setBuddy(widget)
        grid.addWidget(label, row, 0)
        grid.addWidget(widget, row, 1, 1, span)
        return row + 1

    def _row_widgets(self, row: int, columns: Sequence[int]) -> list[QWidget]:
        items = [self._grid.itemAtPosition(row, column) for column in columns]
        return [w for w in (i.widget() for i in items if i is not None) if w is not None]

    def _label_at(self, row: int) -> QLabel:
        item = self._grid.itemAtPosition(row, 0)
        found = item.widget() if item is not None else None
        assert isinstance(found, QLabel)
        return found

    def _add_progression(self, grid: QGridLayout, row: int) -> int:
        """The rep range ("8 to 12 reps") and the increment with its unit, a row each, their
        messages under them. Returns the next free row."""
        for spec in RULE_SPINS:
            spin = number_spin(shown_spec(spec), self._changed)
            spin.setMinimumWidth(RULE_SPIN_WIDTH)
            self.spins[spec[0]] = spin
        increment = self.spins["increment"]
        assert isinstance(increment, QDoubleSpinBox)
        increment.setSingleStep(INCREMENT_STEP)
        self.increment_unit = self._combo(
            "incrementUnit", translate("PlanPanel", "Increment unit"), [(u, u) for u in UNITS]
        )
        fields: dict[str, QWidget] = {
            "{low}": self.spins["rep_low"],
            "{high}": self.spins["rep_high"],
            "{increment}": self.spins["increment"],
            "{unit}": self.increment_unit,
        }
        rows = (
            (
                translate("PlanPanel", "Rep range"),
                "rep_low",
                row_parts(REP_RANGE_ROW, fields),
            ),
            (
                translate("PlanPanel", "Increment"),
                "increment",
                row_parts(INCREMENT_ROW, fields),
            ),
        )
        names = {
            "rep_low": ("rep_low", "rep_high", "rep range"),  # i18n: not shown
            "increment": ("increment", "increment unit"),  # i18n: not shown
        }
        for text, first, parts in rows:
            box = QHBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            for part in parts:
                box.addWidget(fields[part] if part in fields else QLabel(part))
            box.addStretch(1)
            label = QLabel(text)
            label.setBuddy(self.spins[first])
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(box, row, 1, 1, 2)
            message = field_message(rule_messages())
            message.setAccessibleName(translate("PlanPanel", "{field}: problem").format(field=text))
            for name in names[first]:
                self.errors[name] = message
            grid.addWidget(message, row + 1, 0, 1, 3)
            row += 2
        return row

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
        """What keeps the form from being a plan, by field, in the form's order (a field of
        one of several exercises named by its block: "block 2 (frog-pump): reps")."""
        return self._check.errors

    def block_fields(self) -> BlockFields:
        """What the form shows for the selected exercise, for the form model."""
        return BlockFields(
            exercise=str(self.exercise.currentData()),
            sets=entry(self.spins["sets"]),
            reps=entry(self.spins["reps"]),
            rest_s=entry(self.spins["rest_s"]),
            tempo=self.tempo.text_field.text(),
            rep_low=entry(self.spins["rep_low"]),
            rep_high=entry(self.spins["rep_high"]),
            increment=entry(self.spins["increment"]),
            increment_unit=self.increment_unit.currentText(),
            switch_s=entry(self.spins["switch_s"]),
            first_side=str(self.first_side.currentData()),
            progression=self.blocks.model.shown.progression,
        )

    def workout_fields(self) -> WorkoutFields:
        return WorkoutFields(
            lead_in_s=entry(self.spins["lead_in_s"]),
            block_rest_s=entry(self.spins["block_rest_s"]),
            cue_mode=str(self.cue_mode.currentData()),
            advance_when_ready=self.advance_when_ready.isChecked(),
        )

    # Loading and checking ---------------------------------------------------------------

    def load(self, plan: Plan, base: Plan) -> None:
        """Show `plan`, its first exercise selected (or the one shown, if its exercises are
        the same); the form counts as modified once it differs from `base`."""
        self._base = base
        self.plan_name.keep_room_for(summary_room(base))
        blocks = BlockList.of(plan)
        if [b.exercise for b in blocks.entries] == [b.exercise for b in self.blocks.model.entries]:
            # The same exercises (a preset just saved, say): the one shown stays shown.
            blocks.select(self.blocks.model.current)
        self.blocks.load(blocks)
        self._loading = True
        try:
            for name in ("lead_in_s", "block_rest_s"):
                self.spins[name].setValue(getattr(plan, name))
            self.cue_mode.setCurrentIndex(self.cue_mode.findData(plan.cues.mode.value))
            self.advance_when_ready.setChecked(plan.advance_when_ready)
        finally:
            self._loading = False
        self._show_current()

    def _show_current(self) -> None:
        """Fill the exercise's fields from the block selected, as it was last shown."""
        shown = self.blocks.model.shown
        self._loading = True
        try:
            self.exercise.setCurrentIndex(self.exercise.findData(shown.exercise))
            for name in ("sets", "reps", "rest_s", "switch_s", "rep_low", "rep_high", "increment"):
                _show_entry(self.spins[name], getattr(shown, name))
            self.tempo.text_field.setText(shown.tempo)
            self.increment_unit.setCurrentText(shown.increment_unit)
            self.first_side.setCurrentIndex(max(0, self.first_side.findData(shown.first_side)))
        finally:
            self._loading = False
        self._show_sides()
        self.validate()
        self.reshaped.emit()

    def _exercise_changed(self, *_: object) -> None:
        self._show_sides()
        self._changed()
        if not self._loading:
            self.reshaped.emit()

    def _show_sides(self) -> None:
        """The switch and first side for a one-sided exercise only; the rest between
        exercises with several; which exercise of how many is shown."""
        one_sided = self.block_fields().unilateral
        self.reps_label.setText(
            translate("PlanPanel", "Reps each side")
            if one_sided
            else translate("PlanPanel", "Reps")
        )
        several = len(self.blocks.model) > 1
        rows = [(row, one_sided) for row in self._side_rows] + [(self._between_row, several)]
        for row, shown in rows:
            for widget in self._row_widgets(row, (0, 1, 2)):
                if isinstance(widget, SteadyLabel):
                    # A message keeps its room only while its row is shown; `validate` shows it.
                    policy = widget.sizePolicy()
                    policy.setRetainSizeWhenHidden(shown)
                    widget.setSizePolicy(policy)
                else:
                    widget.setVisible(shown)
        if not several:
            self.errors["block_rest_s"].say(None)
        model = self.blocks.model
        if several:
            text = translate("PlanPanel", "Exercise {number} of {count}").format(
                number=model.current + 1, count=len(model)
            )
        else:
            text = translate("PlanPanel", "Exercise")
        self.exercise_label.setText(text)

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.blocks.model.update(self.block_fields())
            self.validate()

    def validate(self) -> None:
        """Check the fields, show each one's message and the summary, and say `changed`."""
        model = self.blocks.model
        self._check = check_workout(self.workout_fields(), model.entries, self._base)
        check = self._check
        shown = {**check.block_errors[model.current], **check.errors}
        # A row's message may stand for several fields (the rep range's two ends): the first.
        for label in dict.fromkeys(self.errors.values()):
            names = [name for name, each in self.errors.items() if each is label]
            show_error(label, next((shown[n] for n in names if n in shown), None))
        self.plan_name.say(summary(check.plan, self._base))
        block = check.blocks[model.current]
        preview = check.plan or self._base
        if block is not None:
            preview = Plan.build(preview, blocks=[block])
        self.tempo.set_base(preview)
        self.blocks.refresh(
            [
                row_text(number, fields, block_, errors)
                for number, (fields, block_, errors) in enumerate(
                    zip(model.entries, check.blocks, check.block_errors, strict=True), 1
                )
            ]
        )
        self.changed.emit()


def _show_entry(spin: QSpinBox | QDoubleSpinBox, value: Entry) -> None:
    """Show a number, or the text typed in place of one (kept while another block was shown)."""
    if isinstance(value, str):
        spin.lineEdit().setText(value)
        return
    if isinstance(spin, QDoubleSpinBox):
        spin.setValue(value)
        text = spin.textFromValue(spin.value())
    else:
        spin.setValue(int(value))
        text = spin.textFromValue(spin.value())
    # The value may be the one already held while the editor shows other text.
    spin.lineEdit().setText(text + spin.suffix())
