"""The set-up room's controls and rows: buttons and spin boxes a row high, and the labelled
row that keeps room for its field's message, shared by the plan and voice panels.

Spin boxes accept a little past the allowed range on purpose: a value that silently snaps
back teaches nothing, a message does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.errors import NumberField
from thrusttimer.core.i18n import translate
from thrusttimer.gui.setup.form import Entry, label, number_messages, tempo_messages
from thrusttimer.gui.setup.messages import SteadyLabel, field_message
from thrusttimer.gui.setup.tempo_editor import TempoEditor

ROW_HEIGHT: Final = 44
SPIN_WIDTH: Final = 200

SpinSpec = tuple[str, tuple[int, int], int, str, int | None, str]
"""(field, widget range, step, suffix, decimals or None for a whole number, tooltip)"""


def button(text: str, tip: str) -> QPushButton:
    """A button of the set-up dialog: a row high, named for screen readers."""
    made = QPushButton(text)
    made.setToolTip(tip)
    made.setAccessibleName(text.rstrip("…"))
    made.setMinimumHeight(ROW_HEIGHT)
    return made


def number_spin(spec: SpinSpec, changed: Callable[..., None]) -> QSpinBox | QDoubleSpinBox:
    """A spin box for a number field, telling `changed` of every edit."""
    name, widget_range, step, suffix, decimals, tip = spec
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
    spin.setAccessibleName(label(name))
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
    # The editor's own signal: the spin box stays quiet while its text is not a number,
    # and an emptied field must say so too. The editor is quiet in turn when an arrow or
    # setValue changes the number, so that is heard from the spin box.
    spin.lineEdit().textChanged.connect(changed)
    spin.valueChanged.connect(changed)
    spin.setToolTip(tip)
    return spin


def entry(spin: QSpinBox | QDoubleSpinBox) -> Entry:
    """The spin box's number, or the text in it while that is not one."""
    return spin.value() if spin.hasAcceptableInput() else spin.cleanText()


def message_room(name: str, spec: NumberField | None) -> list[str]:
    """The messages a field's rules can give: its message keeps room for the longest."""
    if spec is not None:
        return number_messages(spec)
    if name == "tempo":
        return tempo_messages()
    return []  # the voice is chosen from a list, not typed


def add_row(
    grid: QGridLayout,
    row: int,
    name: str,
    widget: QWidget,
    spec: NumberField | None,
    errors: dict[str, SteadyLabel],
    beside: bool = False,
) -> int:
    """Label and control on one row, the inline message (put in `errors`) beside the
    control (`beside`) or right under it. Either way its room is kept (`SteadyLabel`), so
    it never moves the fields below.

    Returns the next free row.
    """
    caption = QLabel(label(name))
    caption.setBuddy(widget)
    error = field_message(message_room(name, spec))
    error.setAccessibleName(translate("SetupRows", "{field}: problem").format(field=label(name)))
    errors[name] = error
    if spec is not None:
        widget.setToolTip(f"{widget.toolTip()} — {spec.allowed}")
    grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
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


def status_label(name: str, accessible: str, room_for: Sequence[str]) -> SteadyLabel:
    """A hidden line saying what something is doing, with room for `room_for`."""
    made = SteadyLabel(room_for)
    made.setObjectName(name)
    made.setAccessibleName(accessible)
    made.setProperty("role", "notice")
    made.setWordWrap(True)
    made.setVisible(False)
    return made


R = TypeVar("R", bound=QWidget)


class RowList(Generic[R]):
    """The rows of an editable list (the plates, the warm-up steps) in a box: each added at
    the end with its spin boxes watched and its Remove button wired; every change of a
    field, an added row or a removed one calls `changed`."""

    def __init__(self, box: QVBoxLayout, changed: Callable[[], None]) -> None:
        self.box = box
        self.rows: list[R] = []
        self._changed = changed

    def add(
        self,
        row: R,
        spins: Sequence[QSpinBox | QDoubleSpinBox],
        remove: QPushButton,
    ) -> R:
        """Put `row` at the end, and say so."""
        for spin in spins:
            spin.valueChanged.connect(lambda *_: self._changed())
            line = spin.lineEdit()
            if line is not None:
                line.textChanged.connect(lambda *_: self._changed())
        remove.clicked.connect(lambda: self.remove(row))
        self.rows.append(row)
        self.box.addWidget(row)
        self._changed()
        return row

    def remove(self, row: R) -> None:
        self.drop(row)
        self._changed()

    def drop(self, row: R) -> None:
        """Take `row` out without calling `changed`."""
        self.rows.remove(row)
        self.box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def clear(self) -> None:
        while self.rows:
            self.drop(self.rows[-1])
