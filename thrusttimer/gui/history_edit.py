"""The editor for one logged set, opened from History: its load (or "not logged"), unit,
reps, RPE and note. Used off the floor, so a small dialog is fine; Enter saves, Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass

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

from thrusttimer.gui.load_field import LoadField
from thrusttimer.gui.log_entry import RPE_CHOICES
from thrusttimer.store.exercise_names import shown_name
from thrusttimer.store.log import UNITS, LoggedSet, Unit


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
        side = "" if row.side is None else f" · {row.side}"
        self.setWindowTitle(f"Edit set {row.set_number}: {shown_name(row.exercise)}{side}")
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
            self.reps.setSuffix(f" of {row.planned_reps}")
        self.rpe = QComboBox()
        self.rpe.addItems(list(RPE_CHOICES))
        self.rpe.setCurrentText("—" if row.rpe is None else f"{row.rpe:g}")
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
        form.addRow("Load", load_row)
        form.addRow("Reps", self.reps)
        form.addRow("RPE", self.rpe)
        form.addRow("Note", self.note)
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
            rpe=None if rpe == "—" else float(rpe),
            note=self.note.text().strip(),
        )
