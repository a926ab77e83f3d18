"""Shared pieces for the window tests: a short plan, a fake clock with its timers and a
recording keep-awake."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from thrusttimer.core import i18n
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.plan import Plan
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui import translation
from thrusttimer.gui.inhibit import KeepAwake
from thrusttimer.gui.load_prompt import LoadPrompt
from thrusttimer.gui.window.main_window import MainWindow


class RecordingBackend:
    """A keep-awake backend that notes each call instead of talking to the system."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def acquire(self, reason: str) -> None:
        self.calls.append("hold")

    def release(self) -> None:
        self.calls.append("release")


@pytest.fixture
def short_plan() -> Plan:
    # Set-up 0-3 s; set 1: brace 3-5, thrust 5-7, squeeze 7-8, lower 8-10, brace 10-11,
    # thrust 11-13, squeeze 13-14, lower 14-16; rest 16-46; set 2 from 46 s to 59 s.
    return Plan.build(
        name="Short",
        sets=2,
        reps=2,
        tempo="2-1-2-1",
        rest_s=30,
        lead_in_s=3,
        set_brace_s=2,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timers(clock: FakeClock) -> FakeTimers:
    """The window's timers on the fake clock: `timers.advance(s)` runs the workout's tick."""
    return FakeTimers(clock)


@pytest.fixture
def backend() -> RecordingBackend:
    return RecordingBackend()


MakeWindow = Callable[..., MainWindow]


def go_to(window: MainWindow, timers: FakeTimers, seconds: float) -> None:
    """Run the window's timers on to `seconds` into its workout (as run, pauses included),
    then draw a frame at that very moment: what the lifter sees then, not at the last tick."""
    start = window.session.started_at
    assert start is not None
    timers.advance(start + window.session.paused_s() + seconds - timers.clock())
    window.frame()


@pytest.fixture
def make_window(
    qtbot: QtBot, clock: FakeClock, timers: FakeTimers, backend: RecordingBackend
) -> MakeWindow:
    """A shown, active window on `plan` with the fake clock, its timers and the recording
    keep-awake."""

    def make(plan: Plan, size: tuple[int, int] = (1024, 720), **options: Any) -> MainWindow:
        options.setdefault("keep_awake", KeepAwake(backend))
        options.setdefault("timers", timers)
        win = MainWindow(plan, clock, **options)
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        return win

    return make


@pytest.fixture
def window(make_window: MakeWindow, short_plan: Plan) -> MainWindow:
    return make_window(short_plan)


def prompt_of(window: MainWindow) -> LoadPrompt:
    """The load prompt the window asked with (failing the test if it asked none)."""
    asker = window.training.asker
    assert asker is not None, "the load was asked"
    return asker.prompt


InstallLanguage = Callable[[str, str], "str | None"]


@pytest.fixture
def install_language(qapp: QApplication) -> Iterator[InstallLanguage]:
    """Install a screen and a coach language as the app does (`translation.install`); the
    app is English again after the test: its translators removed, the locale reset."""

    def install(screen: str, coach: str) -> str | None:
        return translation.install(qapp, translation.Languages(screen, coach))

    yield install
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale("en"))
    i18n.uninstall()
