"""The loads of a workout's later blocks, asked in the load prompt with block 1's: a row
each, "2 · B-stance hip thrust  [62.5 kg]  Last time: … Today: 62.5 kg × 8–12.", in the
prompt's unit, each starting at its exercise's own suggestion.

All the loads of the workout are asked before it starts, while the lifter is at the laptop
and sets out the bar and plates: the rests stay hands-free (Space and Enter keep meaning
Ready there, and the quick entry keeps its keys), and the plates of each block are known
in time to be shown and said from the first second of the rest before it. A block without
a bar takes a load held (a plate or a dumbbell), or 0 for bodyweight: no plates, nothing
to type. Tab (or a click) moves between the rows; the prompt's keys step the one with focus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.gui.load_field import LoadField
from thrusttimer.store.log import Unit, from_kg

if TYPE_CHECKING:
    from thrusttimer.gui.window.loads import BlockAdvice

BODYWEIGHT_NOTE = QT_TRANSLATE_NOOP("BlockLoadRows", "0 = bodyweight, or the weight you hold")
"""What the row of an exercise without a bar says when there is no suggestion for it
(marked: `translate("BlockLoadRows", BODYWEIGHT_NOTE)` where shown)."""


def block_title(advice: BlockAdvice) -> str:
    """ "2 · B-stance hip thrust", "3 · Frog pump (held)"."""
    if advice.bar:
        return f"{advice.number} · {advice.exercise}"
    return translate("BlockLoadRows", "{number} · {exercise} (held)").format(
        number=advice.number, exercise=advice.exercise
    )


def today_part(line: str) -> str:
    """The suggestion's "Today: …" (its whole line goes in the tooltip); the whole line if
    that part is not found. It opens with the words before the load in the suggestion's own
    wording (`core.loading.progression`, which writes the line)."""
    today = translate("Progression", "Today: {load} × {reps}.")
    opening = today.split("{load}", 1)[0].strip()
    at = line.find(opening) if opening else -1
    return line[at:] if at >= 0 else line


class BlockLoadRows(QWidget):
    """One load field a block after the first; hidden for a workout of one block."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.fields: list[LoadField] = []
        self._rows: list[QWidget] = []
        self.hide()

    def set_blocks(self, advice: Sequence[BlockAdvice], unit: Unit) -> None:
        """A row for each of `advice`'s blocks, its field at the suggested load in `unit`."""
        for widget in self._rows:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._rows, self.fields = [], []
        for row, block in enumerate(advice):
            title = QLabel(block_title(block))
            field = LoadField(bar=block.bar)
            field.setObjectName(f"block{block.number}")
            field.setAccessibleName(
                self.tr("Load for block {number}, {exercise}").format(
                    number=block.number, exercise=block.exercise
                )
            )
            field.set_unit(unit)
            kg = block.default_kg
            field.set_load(None if kg is None else from_kg(kg, unit))
            note_text = today_part(block.line) or (
                "" if block.bar else translate("BlockLoadRows", BODYWEIGHT_NOTE)
            )
            note = QLabel(note_text)
            note.setObjectName("hint")
            note.setToolTip(block.line)
            # Wrapped onto a second line where the row is narrow, never cut off.
            note.setWordWrap(True)
            note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.grid.addWidget(title, row, 0)
            self.grid.addWidget(field, row, 1)
            self.grid.addWidget(note, row, 2)
            self._rows += [title, field, note]
            self.fields.append(field)
        self.grid.setColumnStretch(2, 1)
        self.setVisible(bool(advice))

    def set_unit(self, unit: Unit) -> None:
        for field in self.fields:
            field.set_unit(unit)

    def loads(self) -> tuple[float | None, ...]:
        """Each later block's load in the unit (None: not logged)."""
        for field in self.fields:
            field.interpretText()
        return tuple(field.load() for field in self.fields)
