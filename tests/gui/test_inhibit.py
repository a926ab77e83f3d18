"""Keeping the laptop awake, checked against a private D-Bus session bus with a fake
org.freedesktop.ScreenSaver that records every Inhibit and UnInhibit it receives."""

from __future__ import annotations

import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.support.dbus import FakeScreenSaver, private_bus
from thrusttimer.core.plan import Plan
from thrusttimer.gui.inhibit import DBUS_TIMEOUT_MS, FreedesktopScreenSaver, KeepAwake

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A session bus of our own, so the test never touches the desktop's."""
    with private_bus() as address:
        yield address


@pytest.fixture
def bus(bus_address: str) -> Iterator[QDBusConnection]:
    name = "thrusttimer-test"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def screensaver(qtbot: QtBot, bus_address: str, tmp_path: Path) -> Iterator[FakeScreenSaver]:
    fake = FakeScreenSaver(bus_address, tmp_path / "screensaver.log")
    qtbot.waitUntil(lambda: fake.ready, timeout=15000)
    yield fake
    fake.close()


def test_hold_and_release_call_inhibit_and_uninhibit_with_the_cookie(
    qtbot: QtBot, bus: QDBusConnection, screensaver: FakeScreenSaver
) -> None:
    awake = KeepAwake(FreedesktopScreenSaver(bus))
    assert awake.hold("Hip thrusts")
    assert awake.held
    assert awake.hold()  # holding twice asks once
    qtbot.waitUntil(lambda: len(screensaver.calls) == 1)
    assert screensaver.calls == ["Inhibit ThrustTimer 'Hip thrusts' -> 42"]
    awake.release()
    awake.release()  # releasing twice lets go once
    qtbot.waitUntil(lambda: len(screensaver.calls) == 2)
    assert screensaver.calls[1] == "UnInhibit 42"
    assert not awake.held


def test_the_window_holds_while_running_and_lets_go_on_pause_stop_and_exit(
    qtbot: QtBot,
    bus: QDBusConnection,
    screensaver: FakeScreenSaver,
    make_window: MakeWindow,
    short_plan: Plan,
) -> None:
    win = make_window(short_plan, keep_awake=KeepAwake(FreedesktopScreenSaver(bus)))
    assert screensaver.calls == []  # nothing held while idle
    qtbot.keyClick(win, Qt.Key.Key_Space)  # start
    qtbot.waitUntil(lambda: len(screensaver.calls) == 1)
    assert win.keep_awake.held  # held while the workout runs, not let go at once
    qtbot.keyClick(win, Qt.Key.Key_Space)  # pause
    qtbot.keyClick(win, Qt.Key.Key_Space)  # resume
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    qtbot.keyClick(win, Qt.Key.Key_Escape)  # stop, confirmed
    qtbot.keyClick(win, Qt.Key.Key_Space)  # again
    win.close()  # exit mid-session
    expected = [
        "Inhibit ThrustTimer 'A workout is running' -> 42",
        "UnInhibit 42",
        "Inhibit ThrustTimer 'A workout is running' -> 43",
        "UnInhibit 43",
        "Inhibit ThrustTimer 'A workout is running' -> 44",
        "UnInhibit 44",
    ]
    qtbot.waitUntil(lambda: len(screensaver.calls) >= len(expected))
    assert screensaver.calls == expected


def test_without_a_screensaver_service_the_workout_runs_and_says_so(
    qtbot: QtBot, bus: QDBusConnection, make_window: MakeWindow, short_plan: Plan
) -> None:
    awake = KeepAwake(FreedesktopScreenSaver(bus))
    win = make_window(short_plan, keep_awake=awake)
    qtbot.keyClick(win, Qt.Key.Key_Space)
    assert win.session.running
    assert not awake.held
    assert "org.freedesktop.ScreenSaver" in awake.detail, "the library's reason is kept"
    assert "freedesktop" not in awake.problem, "but the screen says it in the user's words"
    assert win.status.message.startswith("The screen may sleep mid-set")
    assert "system settings" in win.status.message


def test_a_stuck_screensaver_service_costs_the_window_one_short_wait(
    qtbot: QtBot, bus: QDBusConnection, screensaver: FakeScreenSaver
) -> None:
    # Stopped, the service keeps its name on the bus but never answers. (QDBusInterface
    # introspected it first, waiting D-Bus's 25 s for each of the two paths.)
    screensaver.process.send_signal(signal.SIGSTOP)
    try:
        awake = KeepAwake(FreedesktopScreenSaver(bus))
        started = time.monotonic()
        assert not awake.hold()
        waited = time.monotonic() - started
    finally:
        screensaver.process.send_signal(signal.SIGCONT)
    assert waited < 5 * DBUS_TIMEOUT_MS / 1000
    assert not awake.held
    assert awake.problem
    # Answering again, it is asked again at the next start.
    assert awake.hold()
    awake.release()
    qtbot.waitUntil(lambda: len(screensaver.calls) >= 2)
    assert screensaver.calls[-1].startswith("UnInhibit")
