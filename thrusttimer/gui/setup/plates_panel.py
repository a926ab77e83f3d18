"""The set-up room's plates panel: unit, bar, collars and the plates owned, in pairs.

Checked as it changes by the Qt-free model (`loading_form.check_inventory`, the core's
rules): what is wrong is one line under the plates naming the field and its allowed range,
in room kept for it. "Default kg gym" and "Default lb gym" put back a commercial gym's
plates. The panel saves nothing: the dialog's caller keeps `inventory`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.inventory import MAX_PLATE_KINDS, Inventory, default_inventory
from thrusttimer.core.loading.units import UNITS, Unit
from thrusttimer.gui.setup.loading_form import (
    InventoryCheck,
    InventoryFields,
    check_inventory,
    line,
    plates_room,
)
from thrusttimer.gui.setup.messages import field_message
from thrusttimer.gui.setup.rows import ROW_HEIGHT, RowList, button, entry

WEIGHT_RANGE: Final = (-9999.0, 9999.0)
"""Wider than any allowed weight on purpose: a wrong one gets a message, not a snap back."""
PAIRS_RANGE: Final = (-999, 999)
WEIGHT_WIDTH: Final = 150


def weight_spin(name: str, accessible: str, tip: str) -> QDoubleSpinBox:
    """A weight's spin box: `name` its object name, `accessible` its name in words."""
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setDecimals(2)
    spin.setRange(*WEIGHT_RANGE)
    spin.setSingleStep(1.25)
    spin.setMinimumHeight(ROW_HEIGHT)
    spin.setMinimumWidth(WEIGHT_WIDTH)
    spin.setToolTip(tip)
    return spin


class PlateRow(QWidget):
    """One plate weight: the weight, how many pairs, and Remove."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weight = weight_spin(
            f"plate {number}",  # i18n: not shown
            translate("PlatesPanel", "Plate {number}").format(number=number),
            translate("PlatesPanel", "One plate's weight"),
        )
        self.pairs = QSpinBox()
        self.pairs.setObjectName(f"plate {number} pairs")
        self.pairs.setAccessibleName(
            translate("PlatesPanel", "Plate {number} pairs").format(number=number)
        )
        self.pairs.setRange(*PAIRS_RANGE)
        self.pairs.setSuffix(" " + translate("PlatesPanel", "pairs", "after the number of pairs"))
        self.pairs.setMinimumHeight(ROW_HEIGHT)
        self.pairs.setMinimumWidth(WEIGHT_WIDTH)
        self.pairs.setToolTip(
            translate("PlatesPanel", "How many pairs of this plate: one goes on each side")
        )
        self.remove = button(
            translate("PlatesPanel", "Remove"), translate("PlatesPanel", "Leave this plate out")
        )
        self.number = QLabel()
        """ "Plate 3": what a message about this row calls it."""
        widest = translate("PlatesPanel", "Plate {number}").format(number=MAX_PLATE_KINDS) + "  "
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance(widest))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number)
        layout.addWidget(self.weight)
        layout.addWidget(self.pairs)
        layout.addWidget(self.remove)
        layout.addStretch(1)


class PlatesPanel(QGroupBox):
    """The "Plates" box. `inventory` is what it shows, None while a field is not allowed."""

    changed = Signal()
    """A field changed and was checked (`inventory` and `field_errors()` are up to date)."""

    def __init__(self, inventory: Inventory, parent: QWidget | None = None) -> None:
        super().__init__(translate("PlatesPanel", "Plates"), parent)
        self._check = InventoryCheck(inventory)
        self._loading = False
        """The plate rows, heaviest first as loaded; a row added goes last."""

        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.unit_choice = QComboBox()
        self.unit_choice.setObjectName("plateUnit")
        self.unit_choice.setAccessibleName(translate("PlatesPanel", "Unit"))
        self.unit_choice.setMinimumHeight(ROW_HEIGHT)
        self.unit_choice.addItems(list(UNITS))
        self.unit_choice.currentIndexChanged.connect(self._changed)
        self.defaults: dict[Unit, QPushButton] = {}
        """The reset buttons, by unit."""
        resets = QHBoxLayout()
        resets.addWidget(self.unit_choice)
        for unit in UNITS:
            reset = button(
                translate("PlatesPanel", "Default {unit} gym").format(unit=unit),
                translate("PlatesPanel", "A commercial gym's bar and plates in {unit}").format(
                    unit=unit
                ),
            )
            reset.clicked.connect(lambda _=False, u=unit: self.load(default_inventory(u)))
            self.defaults[unit] = reset
            resets.addWidget(reset)
        resets.addStretch(1)
        self.bar = weight_spin(
            "bar",
            translate("PlatesPanel", "Bar"),
            translate("PlatesPanel", "The empty bar (0 for a landmine or a handle)"),
        )
        self.collar = weight_spin(
            "collar",
            translate("PlatesPanel", "Collar"),
            translate("PlatesPanel", "One collar (0 for spring clips); both go on"),
        )
        unit_label = QLabel(translate("PlatesPanel", "Unit"))
        unit_label.setBuddy(self.unit_choice)
        grid.addWidget(unit_label, 0, 0)
        grid.addLayout(resets, 0, 1, 1, 2)
        captions = (
            (translate("PlatesPanel", "Bar"), self.bar),
            (translate("PlatesPanel", "Collars, each"), self.collar),
        )
        for row, (text, spin) in enumerate(captions, 1):
            label = QLabel(text)
            label.setBuddy(spin)
            spin.valueChanged.connect(self._changed)
            spin.lineEdit().textChanged.connect(self._changed)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
        self._rows_box = QVBoxLayout()
        self._list: RowList[PlateRow] = RowList(self._rows_box, self._changed)
        self.rows = self._list.rows
        self.add_button = button(
            translate("PlatesPanel", "Add a plate"),
            translate("PlatesPanel", "Another plate weight (1.25 kg change plates…)"),
        )
        self.add_button.clicked.connect(lambda: self.add_row())
        self.message = field_message(plates_room())
        self.message.setObjectName("platesError")
        self.message.setAccessibleName(translate("PlatesPanel", "Plates: problem"))
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel(translate("PlatesPanel", "Plates you have, heaviest first")))
        layout.addLayout(self._rows_box)
        add = QHBoxLayout()
        add.addWidget(self.add_button)
        add.addStretch(1)
        layout.addLayout(add)
        layout.addWidget(self.message)
        self.load(inventory)

    # Results ----------------------------------------------------------------------------

    @property
    def inventory(self) -> Inventory | None:
        return self._check.inventory

    def field_errors(self) -> Mapping[str, ValidationError]:
        """What keeps the panel from being plates, by field ("bar", "plate 3 pairs"…)."""
        return self._check.errors

    def fields(self) -> InventoryFields:
        return InventoryFields(
            self.unit_choice.currentText(),
            entry(self.bar),
            entry(self.collar),
            tuple((entry(row.weight), entry(row.pairs)) for row in self.rows),
        )

    # Loading, rows and checking ---------------------------------------------------------

    def load(self, inventory: Inventory) -> None:
        """Show `inventory`, one row a plate weight."""
        self._loading = True
        try:
            self.unit_choice.setCurrentText(inventory.unit)
            self.bar.setValue(inventory.bar)
            self.collar.setValue(inventory.collar)
            self._list.clear()
            for stock in inventory.plates:
                self.add_row(stock.weight, stock.pairs)
        finally:
            self._loading = False
        self.validate()

    def add_row(self, weight: float = 0.0, pairs: int = 1) -> PlateRow:
        """A new plate row at the end (a weight of 0 until one is typed)."""
        row = PlateRow(len(self.rows) + 1)
        row.weight.setValue(weight)
        row.pairs.setValue(pairs)
        return self._list.add(row, (row.weight, row.pairs), row.remove)

    def remove_row(self, row: PlateRow) -> None:
        self._list.remove(row)

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.validate()

    def validate(self) -> None:
        """Check the fields, show the first problem in a line, and say `changed`."""
        self._check = check_inventory(self.fields())
        unit = f" {self.unit_choice.currentText()}"
        for spin in (self.bar, self.collar, *(row.weight for row in self.rows)):
            if spin.suffix() != unit:  # setting it rewrites the text being typed
                spin.setSuffix(unit)
        for number, row in enumerate(self.rows, start=1):
            row.number.setText(translate("PlatesPanel", "Plate {number}").format(number=number))
            row.weight.setAccessibleName(
                translate("PlatesPanel", "Plate {number}").format(number=number)
            )
            row.pairs.setAccessibleName(
                translate("PlatesPanel", "Plate {number} pairs").format(number=number)
            )
        self.add_button.setEnabled(len(self.rows) < MAX_PLATE_KINDS)
        errors = list(self._check.errors.values())
        self.message.say(line(errors[0]) if errors else None)
        self.changed.emit()
