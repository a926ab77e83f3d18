"""The set-up room's presets panel: the built-in presets (core.presets.PRESETS and the whole
glute sessions of several exercises, read-only but they can be duplicated) and the user's
own (store.presets.UserPresets: created, duplicated, renamed, saved, deleted, imported and
exported as JSON: format 2 for a workout of several exercises, format 1 for one).

Choosing a preset (a click, or the arrow keys) fills the form through `chosen`; a list that
merely takes the focus chooses nothing. Actions that would ask the user (a name, a file,
"are you sure") take the answer as an argument too, so tests and the dialog can drive them
directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import translate
from thrusttimer.core.plan import MODIFIED, Plan
from thrusttimer.core.presets import PRESETS
from thrusttimer.gui.setup.preset_list import BUILT_IN, MINE, PresetList
from thrusttimer.gui.setup.preset_messages import (
    create_failed,
    delete_failed,
    duplicate_failed,
    export_failed,
    exported,
    import_failed,
    imported,
    rename_failed,
    save_failed,
)
from thrusttimer.gui.setup.rows import button
from thrusttimer.store.bounded_read import read_small_text
from thrusttimer.store.presets import UserPresets


class PresetPanel(QGroupBox):
    """The presets, built-in and the user's, with the buttons that manage them and a line
    that says what an action did or why it did nothing."""

    chosen = Signal(object)
    """A preset was chosen: its Plan, for the form."""

    def __init__(
        self, presets: UserPresets, shown: Callable[[], Plan | None], parent: QWidget | None = None
    ) -> None:
        """`shown` is the form's workout, None while one of its fields is not allowed."""
        super().__init__(translate("PresetPanel", "Workouts"), parent)
        self._presets = presets
        self._shown = shown
        self.preset_list = PresetList()
        self.preset_list.setObjectName("presetList")
        self.preset_list.setAccessibleName(translate("PresetPanel", "Workout presets"))
        # Chosen, not merely current: a list that takes the focus makes its first preset
        # current without choosing it, and the workout shown must stay.
        self.preset_list.itemSelectionChanged.connect(self._preset_chosen)
        buttons = QGridLayout()
        self.new_button = button(
            translate("PresetPanel", "New"),
            translate("PresetPanel", "Save the workout shown as a new preset of yours"),
        )
        self.new_button.clicked.connect(lambda: self.new_preset())
        self.duplicate_button = button(
            translate("PresetPanel", "Duplicate"),
            translate("PresetPanel", "Copy the selected preset to edit it"),
        )
        self.duplicate_button.clicked.connect(lambda: self.duplicate_selected())
        self.rename_button = button(
            translate("PresetPanel", "Rename"),
            translate("PresetPanel", "Rename the selected preset of yours"),
        )
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.delete_button = button(
            translate("PresetPanel", "Delete"),
            translate("PresetPanel", "Delete the selected preset of yours"),
        )
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.save_button = button(
            translate("PresetPanel", "Save changes"),
            translate("PresetPanel", "Store the values shown in the selected preset of yours"),
        )
        self.save_button.clicked.connect(lambda: self.save_selected())
        self.import_button = button(
            translate("PresetPanel", "Import…"),
            translate("PresetPanel", "Add a preset from a JSON plan file"),
        )
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = button(
            translate("PresetPanel", "Export…"),
            translate("PresetPanel", "Save the workout shown as a JSON file"),
        )
        self.export_button.clicked.connect(lambda: self.export_current())
        for index, each in enumerate(
            (
                self.new_button,
                self.duplicate_button,
                self.rename_button,
                self.delete_button,
                self.save_button,
                self.import_button,
                self.export_button,
            )
        ):
            buttons.addWidget(each, index // 2, index % 2)
        self.message = QLabel()
        self.message.setObjectName("presetMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        column = QVBoxLayout(self)
        column.addWidget(self.preset_list, 1)
        column.addLayout(buttons)
        column.addWidget(self.message)
        self.fill()

    def fill(self, select: tuple[str, str] | None = None) -> None:
        """List the presets, built-in then the user's, and select `select` if given."""
        self.preset_list.fill(self._presets.plans)
        if select is not None:
            self.preset_list.make_current(*select)
        self.update_buttons()

    def select_matching(self, plan: Plan) -> None:
        """Highlight the preset the plan came from, without changing the form."""
        self.preset_list.blockSignals(True)
        try:
            for plan_ in self._presets.plans:
                if plan_ == plan and self.preset_list.make_current(MINE, plan_.name):
                    return
            for key, item in PRESETS.items():
                if item.plan == plan and self.preset_list.make_current(BUILT_IN, key):
                    return
        finally:
            self.preset_list.blockSignals(False)
            self.update_buttons()

    def selected(self) -> tuple[str, str] | None:
        """(kind, key) of the selected preset: ("built-in", id) or ("mine", name); None when
        the workout shown is none of them (changed on the command line, say)."""
        return self.preset_list.selected()

    def _selected_plan(self) -> Plan | None:
        chosen = self.selected()
        if chosen is None:
            return None
        kind, key = chosen
        return PRESETS[key].plan if kind == BUILT_IN else self._presets.get(key)

    def select_preset(self, kind: str, key: str) -> None:
        """Choose a preset as if clicked: its values fill the form."""
        if not self.preset_list.make_current(kind, key):
            raise KeyError(f"no {kind} preset {key!r}")  # i18n: not shown

    def _preset_chosen(self) -> None:
        plan = self._selected_plan()
        if plan is not None:
            self.chosen.emit(plan)
            self.show_message(None)
        self.update_buttons()

    def update_buttons(self) -> None:
        chosen = self.selected()
        mine = chosen is not None and chosen[0] == MINE
        shown = self._shown()
        valid = shown is not None
        self.duplicate_button.setEnabled(chosen is not None)
        self.rename_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)
        self.new_button.setEnabled(valid)
        self.export_button.setEnabled(valid)
        selected_plan = self._selected_plan() if mine else None
        self.save_button.setEnabled(
            mine
            and valid
            and shown is not None
            and selected_plan is not None
            and replace(shown, name=selected_plan.name) != selected_plan
        )
        if chosen is not None and not mine:
            self.rename_button.setToolTip(
                translate("PresetPanel", "Built-in presets cannot be renamed: duplicate it first")
            )
            self.delete_button.setToolTip(
                translate("PresetPanel", "Built-in presets cannot be deleted")
            )
        else:
            self.rename_button.setToolTip(
                translate("PresetPanel", "Rename the selected preset of yours")
            )
            self.delete_button.setToolTip(
                translate("PresetPanel", "Delete the selected preset of yours")
            )

    def show_message(self, text: str | None, error: bool = False) -> None:
        """A line under the preset list: a notice, or why an action did nothing."""
        self.message.setText(text or "")
        self.message.setProperty("role", "error" if error else "notice")
        self.message.setVisible(bool(text))

    # Preset actions ---------------------------------------------------------------------

    def _ask_name(self, title: str, default: str) -> str | None:
        name, ok = QInputDialog.getText(
            self, title, translate("PresetPanel", "Name:"), text=default
        )
        return name if ok else None

    def _store(
        self, failed: Callable[[str], str], change: Callable[[], Plan | None]
    ) -> Plan | None:
        """Run a store change; on failure say why in the message line (`failed` words it
        from the reason) and change nothing."""
        try:
            result = change()
        except ValidationError as error:
            self.show_message(failed(str(error)), error=True)
            return None
        except OSError as error:
            self.show_message(failed(str(error.strerror or error)), error=True)
            return None
        self.show_message(None)
        return result

    def new_preset(self, name: str | None = None) -> Plan | None:
        """Save the form's plan as a new preset of the user's."""
        plan = self._shown()
        if plan is None:
            return None
        if name is None:
            name = self._ask_name(
                translate("PresetPanel", "New preset"), plan.name.removesuffix(MODIFIED)
            )
            if name is None:
                return None
        saved = self._store(
            create_failed,
            lambda: self._presets.add(Plan.build(plan, name=name.strip())),
        )
        if saved is not None:
            self.fill((MINE, saved.name))
        return saved

    def duplicate_selected(self) -> Plan | None:
        plan = self._selected_plan()
        if plan is None:
            return None
        saved = self._store(
            duplicate_failed,
            lambda: self._presets.duplicate(plan),
        )
        if saved is not None:
            self.fill((MINE, saved.name))
        return saved

    def rename_selected(self, new_name: str | None = None) -> Plan | None:
        chosen = self.selected()
        if chosen is None or chosen[0] != MINE:
            return None
        old = chosen[1]
        if new_name is None:
            new_name = self._ask_name(translate("PresetPanel", "Rename preset"), old)
            if new_name is None:
                return None
        saved = self._store(
            rename_failed,
            lambda: self._presets.rename(old, new_name),
        )
        if saved is not None:
            self.fill((MINE, saved.name))
        return saved

    def save_selected(self) -> Plan | None:
        """Store the form's values in the selected preset of the user's."""
        chosen = self.selected()
        plan = self._shown()
        if chosen is None or chosen[0] != MINE or plan is None:
            return None
        name = chosen[1]
        saved = self._store(
            save_failed,
            lambda: self._presets.update(name, replace(plan, name=name)),
        )
        if saved is not None:
            self.fill((MINE, saved.name))
        return saved

    def delete_selected(self, confirm: bool = True) -> bool:
        chosen = self.selected()
        if chosen is None or chosen[0] != MINE:
            return False
        name = chosen[1]
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("PresetPanel", "Delete preset"),
                translate(
                    "PresetPanel", "Delete your preset “{name}”? This cannot be undone."
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._store(
            delete_failed,
            lambda: self._presets.delete(name),
        )
        if name in self._presets:
            return False
        self.fill()
        return True

    def import_file(self, path: Path | None = None) -> Plan | None:
        """Add a preset from a plan JSON file; a bad file names the field and changes nothing."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate("PresetPanel", "Import a workout"),
                "",
                translate("PresetPanel", "Workout plans (*.json);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            # Bounded: a FIFO or device picked here would otherwise hang the window.
            text = read_small_text(path)
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.show_message(import_failed(path.name, reason), error=True)
            return None
        file = path.name
        saved = self._store(
            lambda why: import_failed(file, why), lambda: self._presets.import_json(text)
        )
        if saved is not None:
            self.fill((MINE, saved.name))
            self.show_message(imported(saved.name, file))
        return saved

    def export_current(self, path: Path | None = None) -> Path | None:
        """Write the form's plan as JSON (the same format import reads)."""
        plan = self._shown()
        if plan is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("PresetPanel", "Export the workout"),
                f"{plan.name}.json",
                translate("PresetPanel", "Workout plans (*.json);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            path.write_text(plan.to_json(), encoding="utf-8")
        except OSError as error:
            reason = error.strerror or error
            self.show_message(export_failed(path, reason), error=True)
            return None
        self.show_message(exported(plan.name, path))
        return path
