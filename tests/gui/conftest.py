"""Shared pieces for the window tests: a short plan, a fake clock and a recording keep-awake."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.plan import Plan
from thrusttimer.gui.inhibit import KeepAwake
from thrusttimer.gui.main_window import MainWindow


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
def backend() -> RecordingBackend:
    return RecordingBackend()


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, clock: FakeClock, backend: RecordingBackend) -> MakeWindow:
    """A shown, active window on `plan` with the fake clock and the recording keep-awake."""

    def make(plan: Plan, size: tuple[int, int] = (1024, 720), **options: Any) -> MainWindow:
        options.setdefault("keep_awake", KeepAwake(backend))
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
