"""The Qt timer factory: the one maker of QTimers behaves as the core's Timer says."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from thrusttimer.gui.timers import QtTimer, qt_timers


def test_a_timer_starts_at_its_interval_restarts_at_a_new_one_and_stops(qtbot: QtBot) -> None:
    owner = QObject()
    timer = qt_timers(owner)(lambda: None, 250)
    assert isinstance(timer, QtTimer)
    assert not timer.active
    timer.start()
    assert timer.active
    assert timer.interval_ms == 250
    timer.start(40)
    assert timer.interval_ms == 40
    timer.stop()
    assert not timer.active
    # Precise: Qt's default coarse timers may fire 5 % late, which a 40 ms frame would see.
    assert timer.qtimer.timerType() is Qt.TimerType.PreciseTimer
    assert timer.qtimer.parent() is owner


def test_a_single_shot_timer_says_so_to_qt(qtbot: QtBot) -> None:
    timer = qt_timers()(lambda: None, 100, single_shot=True)
    assert isinstance(timer, QtTimer)
    assert timer.qtimer.isSingleShot()
