"""Driving the set-up room as a user would: typing into a field, and letting work done in
the background come back on the fake clock."""

from __future__ import annotations

from concurrent.futures import wait

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit
from pytestqt.qtbot import QtBot

from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.background import POLL_MS, Background


def type_into(qtbot: QtBot, widget: QAbstractSpinBox | QLineEdit, text: str) -> None:
    """Replace the field's text by typing, as the user would."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def deliver(background: Background, timers: FakeTimers) -> None:
    """Let the calls running in the background finish (real threads), then move the fake
    clock one poll on so that their results are delivered."""
    _, running = wait(background.pending, timeout=10)
    assert not running, "a background call never finished"
    timers.advance(POLL_MS / 1000)
