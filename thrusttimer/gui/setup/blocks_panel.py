"""The set-up room's list of the workout's exercises (its blocks), in the order they run.

Each row says the exercise and its values ("2. B-stance hip thrust — 3 × 10 each side,
2-0-1-1, rest 75 s"), or what to fix in it. Selecting a row shows that block's fields in
the form below (`current_changed`); "Add exercise…" puts a block of the exercise chosen
after the selected one; Remove, Move up and Move down act on the selected one (Delete,
Ctrl+Up and Ctrl+Down from the list too). The list itself (`blocks_form.BlockList`) is
Qt-free; this panel only shows it.

A workout of one exercise shows no list, only "Add exercise…": it looks as simple as a
single-exercise form. The buttons sit in a row under the list, which is only as tall as its
rows: the fields below stay in view on a 600-pixel screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMenu, QVBoxLayout, QWidget

from thrusttimer.core.blocks import MAX_BLOCKS, Block
from thrusttimer.core.i18n import translate
from thrusttimer.gui.setup.blocks_form import BlockFields, BlockList, exercise_choices
from thrusttimer.gui.setup.rows import button

MIN_ROWS: Final = 3
MAX_ROWS: Final = 6
"""The rows the list shows without scrolling, at least and at most."""


class BlocksPanel(QWidget):
    """The exercises of the workout, with Add, Remove, Move up and Move down."""

    current_changed = Signal()
    """The block shown is another, or the list changed: the form shows `model.shown`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BlockList([BlockFields.of(Block())])
        self.block_list = QListWidget()
        self.block_list.setObjectName("blockList")
        self.block_list.setAccessibleName(
            translate("BlocksPanel", "Exercises of the workout, in order")
        )
        self.block_list.setToolTip(
            translate(
                "BlocksPanel",
                "Select an exercise to edit it below. Ctrl+Up and Ctrl+Down move it, "
                "Delete removes it.",
            )
        )
        # A long row is cut short with "…" (its tooltip says it whole), never scrolled sideways.
        self.block_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.block_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.block_list.currentRowChanged.connect(self._row_chosen)
        self.add_button = button(
            translate("BlocksPanel", "Add exercise…"),
            translate(
                "BlocksPanel", "Add an exercise after the selected one (at most {most})"
            ).format(most=MAX_BLOCKS),
        )
        self.add_button.setObjectName("addBlock")
        menu = QMenu(self.add_button)
        for exercise, name in exercise_choices():
            menu.addAction(name).triggered.connect(partial(self._add_chosen, exercise))
        self.add_button.setMenu(menu)
        self.remove_button = button(
            translate("BlocksPanel", "Remove"),
            translate("BlocksPanel", "Remove the selected exercise (Delete)"),
        )
        self.remove_button.setObjectName("removeBlock")
        self.remove_button.clicked.connect(lambda: self.remove_block())
        self.up_button = button(
            translate("BlocksPanel", "Move up"),
            translate("BlocksPanel", "Run the selected exercise earlier (Ctrl+Up)"),
        )
        self.up_button.setObjectName("moveBlockUp")
        self.up_button.clicked.connect(lambda: self.move_block(-1))
        self.down_button = button(
            translate("BlocksPanel", "Move down"),
            translate("BlocksPanel", "Run the selected exercise later (Ctrl+Down)"),
        )
        self.down_button.setObjectName("moveBlockDown")
        self.down_button.clicked.connect(lambda: self.move_block(1))
        for keys, action in (
            ("Ctrl+Up", lambda: self.move_block(-1)),  # i18n: not shown
            ("Ctrl+Down", lambda: self.move_block(1)),  # i18n: not shown
            (QKeySequence.StandardKey.Delete, lambda: self.remove_block()),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.block_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.block_list)
        buttons = QHBoxLayout()
        for each in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(each)
        buttons.addStretch(1)
        column.addLayout(buttons)

    # Showing ----------------------------------------------------------------------------

    def load(self, model: BlockList) -> None:
        """Show `model` (its rows are worded by `refresh`)."""
        self.model = model

    def refresh(self, rows: Sequence[str]) -> None:
        """Word each block's row, select the current one, and enable what can be done."""
        several = len(self.model) > 1
        self.block_list.blockSignals(True)
        try:
            while self.block_list.count() > len(rows):
                self.block_list.takeItem(self.block_list.count() - 1)
            while self.block_list.count() < len(rows):
                self.block_list.addItem("")
            for index, text in enumerate(rows):
                item = self.block_list.item(index)
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(text)
            self.block_list.setCurrentRow(self.model.current)
        finally:
            self.block_list.blockSignals(False)
        for widget in (self.block_list, self.remove_button, self.up_button, self.down_button):
            widget.setVisible(several)
        if several:
            # As tall as its rows (three at least, six at most, then it scrolls).
            row = max(self.block_list.sizeHintForRow(0), 1)
            shown = min(max(len(rows), MIN_ROWS), MAX_ROWS)
            self.block_list.setFixedHeight(row * shown + 2 * self.block_list.frameWidth())
        self.add_button.setEnabled(self.model.can_add())
        self.remove_button.setEnabled(self.model.can_remove())
        self.up_button.setEnabled(self.model.can_move(-1))
        self.down_button.setEnabled(self.model.can_move(1))

    # Actions ----------------------------------------------------------------------------

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.model) and row != self.model.current:
            self.model.select(row)
            self.current_changed.emit()

    def select_block(self, index: int) -> None:
        """Show block `index` (from 0) in the form, as a click on its row would."""
        self.block_list.setCurrentRow(index)

    def _add_chosen(self, exercise: str, *_: object) -> None:
        self.add_block(exercise)

    def add_block(self, exercise: str) -> bool:
        """A block of `exercise` after the selected one, shown in the form."""
        if not self.model.add(exercise):
            return False
        self.current_changed.emit()
        return True

    def remove_block(self) -> bool:
        """Remove the selected block (never the last one)."""
        if not self.model.remove():
            return False
        self.current_changed.emit()
        return True

    def move_block(self, step: int) -> bool:
        """Move the selected block `step` places (-1 up, +1 down); it stays selected."""
        if not self.model.move(step):
            return False
        self.current_changed.emit()
        self.block_list.setFocus()
        return True
