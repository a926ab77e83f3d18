"""Blocking calls off the GUI thread: results come back on the GUI thread, and a forgotten
call's result never does."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.background import Background


def delivered(timers: FakeTimers, future: Future[Any]) -> None:
    """Wait for the worker thread's call to return, then let the fake clock reach a poll."""
    future.exception(timeout=10)
    timers.advance(1)


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    timers = FakeTimers()
    background = Background(timers=timers)
    ran_on: list[threading.Thread] = []
    got: list[tuple[int, threading.Thread]] = []

    def slow_call() -> int:
        ran_on.append(threading.current_thread())
        return 42

    future = background.run(
        slow_call, lambda f: got.append((f.result(), threading.current_thread()))
    )
    assert got == []  # never on the worker's thread, only at a poll
    delivered(timers, future)
    assert ran_on[0] is not threading.main_thread()
    assert ran_on[0].daemon  # a call still running at exit cannot hold the app open
    assert got == [(42, threading.main_thread())]
    assert not background.busy


def test_an_exception_is_handed_over_not_raised_in_the_thread(qtbot: QtBot) -> None:
    timers = FakeTimers()
    background = Background(timers=timers)
    got: list[Future[int]] = []

    def broken() -> int:
        raise OSError("engine gone")

    delivered(timers, background.run(broken, got.append))
    with pytest.raises(OSError, match="engine gone"):
        got[0].result()


def test_a_forgotten_call_is_never_delivered(qtbot: QtBot) -> None:
    timers = FakeTimers()
    background = Background(timers=timers)
    release = threading.Event()
    got: list[object] = []
    future = background.run(lambda: release.wait(10), got.append)
    background.forget()
    release.set()
    delivered(timers, future)  # several polls' worth
    assert got == []
    assert not background.busy
