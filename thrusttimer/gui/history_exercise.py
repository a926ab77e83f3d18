"""History's exercise chooser: which exercise the charts and the records follow, and that
exercise's personal records (each side's, for a one-sided exercise).

The chooser lists only the exercises the log has sets of, the barbell hip thrust first and
chosen unless another is; with no sets at all it shows the hip thrust alone, so the charts
say "no sessions yet". The choice stays while the log changes, as long as its exercise
still has sets.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from thrusttimer.store.exercise_names import HIP_THRUST_ID, display_name
from thrusttimer.store.exercise_stats import exercise_records, exercises_logged, records_text
from thrusttimer.store.log_records import LoggedSession, Unit


class ExerciseBar(QWidget):
    """The chooser and the chosen exercise's records; `chosen` carries its id on a change
    the lifter makes (not on `fill`)."""

    chosen = Signal(str)

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[LoggedSession] = []
        self._unit: Unit = "kg"
        label = QLabel(self.tr("Exercise:"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Exercise for the charts and records"))
        self.records = QLabel("")
        self.records.setWordWrap(True)
        for widget in (label, self.choice, self.records):
            widget.setFont(font)
        label.setBuddy(self.choice)
        self.choice.currentIndexChanged.connect(self._picked)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.records)

    def exercise(self) -> str:
        """The id of the chosen exercise."""
        value = self.choice.currentData()
        return value if isinstance(value, str) else HIP_THRUST_ID

    def exercises(self) -> list[str]:
        """The ids the chooser lists, in its order."""
        return [str(self.choice.itemData(i)) for i in range(self.choice.count())]

    def fill(self, sessions: Sequence[LoggedSession], unit: Unit) -> None:
        """List the exercises `sessions` have sets of; keep the choice if it is still there."""
        self._sessions, self._unit = list(sessions), unit
        kept = self.exercise()
        listed = exercises_logged(self._sessions) or [HIP_THRUST_ID]
        self.choice.blockSignals(True)
        self.choice.clear()
        for exercise in listed:
            self.choice.addItem(display_name(exercise), exercise)
        index = listed.index(kept) if kept in listed else 0
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)
        self.choice.setEnabled(len(listed) > 1)
        self._show_records()

    def choose(self, exercise: str) -> bool:
        """Choose exercise id `exercise` (as the lifter would); False if it is not listed."""
        index = self.choice.findData(exercise)
        if index < 0:
            return False
        self.choice.setCurrentIndex(index)
        return True

    def _picked(self, _index: int) -> None:
        self._show_records()
        self.chosen.emit(self.exercise())

    def _show_records(self) -> None:
        exercise = self.exercise()
        if exercise not in exercises_logged(self._sessions):
            self.records.setText(
                self.tr("{exercise}: no sets yet.").format(exercise=display_name(exercise))
            )
            return
        lines = [records_text(r, self._unit) for r in exercise_records(self._sessions, exercise)]
        self.records.setText("\n".join(lines))
