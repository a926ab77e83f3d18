"""The load as a lifter enters it from the floor: one big number in kg or lb that steps by
the smallest pair of plates, is typed over, and can be "not logged".

"Not logged" is the field's lowest value, one step below 0 kg, shown in words: stepping
down from 0 reaches it, and stepping up from it goes straight to an empty bar (20 kg,
45 lb). A field that still waits for the lifter's choice says "type the load" there instead.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, number, translate
from thrusttimer.store.log import Unit, from_kg, to_kg

LOAD_STEP: Final[dict[Unit, float]] = {"kg": 2.5, "lb": 5.0}
"""The smallest pair of plates."""
MAX_LOAD: Final[dict[Unit, float]] = {"kg": 1000.0, "lb": 2200.0}
BAR: Final[dict[Unit, float]] = {"kg": 20.0, "lb": 45.0}
NOT_LOGGED: Final = QT_TRANSLATE_NOOP("LoadField", "not logged")
TYPE_THE_LOAD: Final = QT_TRANSLATE_NOOP("LoadField", "type the load")
"""Both marked: `translate("LoadField", ...)` where shown."""


def shown_load(load_kg: float | None, unit: Unit) -> str:
    """ "102.5 kg", "225 lb", or "not logged"."""
    if load_kg is None:
        return translate("LoadField", NOT_LOGGED)
    # One decimal at most, none for a whole number: "102.5 kg", "100 kg".
    return f"{number(round(from_kg(load_kg, unit), 1))} {unit}"


class LoadField(QDoubleSpinBox):
    """A load in `unit`, or none. `load()` is None when it is not logged (or not chosen
    yet: see `awaiting_choice`)."""

    def __init__(self, parent: QWidget | None = None, *, bar: bool = True) -> None:
        """`bar`: False for an exercise without a bar, where stepping up from nothing goes
        to 0 (bodyweight), not to an empty bar."""
        super().__init__(parent)
        self._bar = bar
        self.setDecimals(1)
        self.setAccelerated(True)
        self.setSpecialValueText(translate("LoadField", NOT_LOGGED))
        self._waiting = False
        self._unit: Unit = "kg"
        self._set_range("kg")

    @property
    def unit(self) -> Unit:
        return self._unit

    def set_unit(self, unit: Unit) -> None:
        """Show the same load in `unit`."""
        load, before = self.load(), self._unit
        self._unit = unit
        self._set_range(unit)
        if load is None:
            self.setValue(self.minimum())
        else:
            self.setValue(round(from_kg(to_kg(load, before), unit), 1))

    def load(self) -> float | None:
        """The load in `unit`; None when not logged."""
        value = self.value()
        return None if value <= self.minimum() or value < 0 else round(value, 1)

    def set_load(self, load: float | None) -> None:
        self.set_awaiting_choice(False)
        self.setValue(self.minimum() if load is None else round(load, 1))

    @property
    def awaiting_choice(self) -> bool:
        """Nothing chosen yet: no load typed or stepped to, nor "not logged"."""
        return self._waiting and self.value() <= self.minimum()

    def set_awaiting_choice(self, waiting: bool) -> None:
        """Say "type the load" (and hold no load) until the lifter types or steps."""
        self._waiting = waiting
        # Never while a number is typed: the text shown is made again from the value.
        self.setSpecialValueText(translate("LoadField", TYPE_THE_LOAD if waiting else NOT_LOGGED))
        if waiting:
            self.setValue(self.minimum())

    def stepBy(self, steps: int) -> None:
        waiting, nothing = self.awaiting_choice, self.load() is None
        if self._waiting:
            self.set_awaiting_choice(False)  # a step is a choice
        if nothing and steps > 0:
            # An empty bar first: no one lifts less (bodyweight without a bar).
            self.setValue(BAR[self._unit] if self._bar else 0.0)
            steps -= 1
        elif waiting and steps < 0:
            return  # down from nothing chosen: "not logged"
        if steps:
            super().stepBy(steps)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # The lowest value stands for "not logged": a typed minus sign is no load at all.
        if text.lstrip().startswith("-"):
            return QValidator.State.Invalid, text, pos
        return super().validate(text, pos)

    def _set_range(self, unit: Unit) -> None:
        self.setRange(-LOAD_STEP[unit], MAX_LOAD[unit])
        self.setSingleStep(LOAD_STEP[unit])
        self.setSuffix(f" {unit}")
