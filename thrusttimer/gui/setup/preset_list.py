"""The presets list of the set-up room: the built-in presets then the user's, each under its
heading, each item holding its kind (`BUILT_IN` or `MINE`) and key, and which one is selected.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from thrusttimer.core.i18n import translate
from thrusttimer.core.plan import Plan, shown_name
from thrusttimer.core.presets import PRESETS

BUILT_IN: Final = "built-in"
MINE: Final = "mine"
ROLE_KIND: Final = Qt.ItemDataRole.UserRole
ROLE_KEY: Final = Qt.ItemDataRole.UserRole + 1


class PresetList(QListWidget):
    """The presets list, which keeps the chosen one in view when it is made shorter (the
    Today box below it grows with a whole session's lines on a 600 px screen)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        chosen = self.currentItem()
        if chosen is not None:
            self.scrollToItem(chosen, QAbstractItemView.ScrollHint.EnsureVisible)

    def fill(self, plans: Sequence[Plan]) -> None:
        """List the presets, built-in then the user's (`plans`), without a signal."""
        self.blockSignals(True)
        try:
            self.clear()
            self._add_heading(translate("PresetPanel", "Built-in"))
            for key, item in PRESETS.items():
                description = translate("Presets", item.description)
                self._add_preset(shown_name(item.plan.name), BUILT_IN, key, description)
            self._add_heading(
                translate("PresetPanel", "Yours")
                if len(plans)
                else translate("PresetPanel", "Yours (none yet)")
            )
            for plan in plans:
                self._add_preset(plan.name, MINE, plan.name, plan.describe())
        finally:
            self.blockSignals(False)

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.addItem(item)

    def _add_preset(self, text: str, kind: str, key: str, tip: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ROLE_KIND, kind)
        item.setData(ROLE_KEY, key)
        item.setToolTip(tip)
        self.addItem(item)

    def make_current(self, kind: str, key: str) -> bool:
        """Make the preset of this kind and key the current one; False if it is not listed."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ROLE_KIND) == kind and item.data(ROLE_KEY) == key:
                self.setCurrentItem(item)
                return True
        return False

    def selected(self) -> tuple[str, str] | None:
        """(kind, key) of the selected preset: ("built-in", id) or ("mine", name); None when
        a heading or nothing is selected."""
        items = self.selectedItems()
        if not items or items[0].data(ROLE_KIND) is None:
            return None
        return str(items[0].data(ROLE_KIND)), str(items[0].data(ROLE_KEY))
