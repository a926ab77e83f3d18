"""The editor for one logged set, opened from History: its load (or "not logged"), unit,
reps, RPE and note. Used off the floor, so a small dialog is fine; Enter saves, Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.gui.load_field import LoadField
from thrusttimer.gui.set_words import rpe_choices, rpe_text, rpe_value
from thrusttimer.store.exercise_names import shown_name
from thrusttimer.store.log import UNITS, LoggedSet, Unit

SIDE_WORDS: Final = {
    "left": QT_TRANSLATE_NOOP("SetEditor", "left"),
    "right": QT_TRANSLATE_NOOP("SetEditor", "right"),
}
"""A logged set's side as a table or title says it (marked: `side_word`)."""


def side_word(side: str) -> str:
    """A logged side in the lifter's language ("left"); an unknown one as logged."""
    return translate("SetEditor", SIDE_WORDS[side]) if side in SIDE_WORDS else side


@dataclass(frozen=True, slots=True)
class SetValues:
    """What the lifter can change in a logged set."""

    load: float | None
    """In `unit`; None: not logged."""
    unit: Unit
    reps: int
    rpe: float | None
    note: str


class SetEditor(QDialog):
    """Edits `row`'s values; `values()` once accepted."""

    def __init__(self, row: LoggedSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Which exercise (and side) the set is of, as the table said when it was chosen.
        name = shown_name(row.exercise)
        if row.side is None:
            title = self.tr("Edit set {number}: {exercise}").format(
                number=row.set_number, exercise=name
            )
        else:
            title = self.tr("Edit set {number}: {exercise} · {side}").format(
                number=row.set_number, exercise=name, side=side_word(row.side)
            )
        self.setWindowTitle(title)
        self.load = LoadField()
        self.load.set_unit(row.unit)
        self.load.set_load(row.load)
        self.unit = QComboBox()
        self.unit.addItems(list(UNITS))
        self.unit.setCurrentText(row.unit)
        self.unit.currentTextChanged.connect(
            lambda text: self.load.set_unit("lb" if text == "lb" else "kg")
        )
        self.reps = QSpinBox()
        self.reps.setRange(0, 100)
        self.reps.setValue(row.reps)
        if row.planned_reps is not None:
            self.reps.setSuffix(self.tr(" of {planned}").format(planned=row.planned_reps))
        self.rpe = QComboBox()
        self.rpe.addItems(list(rpe_choices()))
        self.rpe.setCurrentText(rpe_text(row.rpe))
        self.note = QLineEdit(row.note)
        self.note.setMaxLength(500)
        load_row = QHBoxLayout()
        load_row.addWidget(self.load, 1)
        load_row.addWidget(self.unit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Load"), load_row)
        form.addRow(self.tr("Reps"), self.reps)
        form.addRow(self.tr("RPE"), self.rpe)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)
        self.load.setFocus()
        self.load.selectAll()

    def values(self) -> SetValues:
        self.load.interpretText()
        self.reps.interpretText()
        rpe = self.rpe.currentText()
        return SetValues(
            load=self.load.load(),
            unit=self.load.unit,
            reps=self.reps.value(),
            rpe=rpe_value(rpe),
            note=self.note.text().strip(),
        )
