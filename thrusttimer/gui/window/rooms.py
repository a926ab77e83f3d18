"""The rooms the gym window opens between workouts: the set-up dialog and the history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from thrusttimer.core.i18n import translate
from thrusttimer.core.session_states import Result
from thrusttimer.store.settings import Settings

if TYPE_CHECKING:
    from thrusttimer.gui.window.main_window import MainWindow


def set_up(window: MainWindow) -> Result:
    """The set-up dialog, modal; Start there switches the window to the chosen workout and
    keeps the voice, plates and warm-up chosen (the dialog itself saves nothing)."""
    from thrusttimer.gui.setup import dialog as setup_dialog
    from thrusttimer.store.presets import UserPresets

    settings = window.settings if window.settings is not None else Settings()
    window.settings = settings
    conductor = window.conductor
    presets, notice = UserPresets.load()
    sound = conductor.sound
    with conductor.kept_awake():
        # "Test voice" and the calibration play through the workout's output.
        chosen = setup_dialog.run_setup(
            settings,
            presets,
            conductor.plan,
            notice,
            parent=window,
            output=sound.output if sound is not None else None,
        )
    if chosen is None:
        return Result(False, translate("MainWindow", "the set-up was cancelled"))
    plan, prefs, inventory, warmup, languages = setup_dialog.SetupChoice(*chosen)
    settings.save_voice(prefs)
    if languages is not None:
        settings.save_languages(*languages)
    # None: plates or warm-up not chosen here (kept as saved).
    if inventory is not None:
        settings.save_inventory(inventory)
    if warmup is not None:
        settings.save_warmup(warmup)
    conductor.set_voice(prefs)
    window.set_plan(plan)
    if conductor.memory is None:
        conductor.memory = settings
    conductor.remember_plan(plan)
    problem = settings.sync()
    if problem:
        window.status.show_message(problem, ms=15000)
    return Result(True)


def history_window(owner: QWidget, previous: QWidget | None) -> QWidget:
    """The training log's table and charts in a window of their own, in place of the last."""
    from thrusttimer.gui.history_view import HistoryView

    if previous is not None:
        previous.close()
        previous.deleteLater()
    history = HistoryView.from_default_log()
    # Owned by the window (a parentless widget outlives QApplication at exit: a crash).
    history.setParent(owner, Qt.WindowType.Window)
    history.setWindowTitle(translate("HistoryView", "History"))
    history.resize(owner.size())
    history.show()
    return history
