"""Blocking calls kept off the GUI thread: each runs on a daemon thread, and its result
comes back to the GUI thread through a short poll, never by waiting.

Asking the speech engine for its voices or for a sample phrase starts a worker process
and can take up to 30 s. The GUI never blocks on it: a `Background` owned by a dialog
polls the call's future every few tens of milliseconds while one is pending, and calls
back on the GUI thread. When the dialog goes, its `Background` goes with it, and a late
result is simply never delivered. The threads are daemons and no Qt object is touched
from them, so a call still running at exit cannot hang the app or crash Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from thrusttimer.core.timers import TimerFactory
from thrusttimer.gui.timers import qt_timers

T = TypeVar("T")

POLL_MS = 30
"""How often pending results are looked for: far below what a person notices."""


def start_call(call: Callable[[], T], name: str = "thrusttimer-background") -> Future[T]:
    """Run `call` on a new daemon thread; its result (or exception) lands in the future."""
    future: Future[T] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = call()
        except BaseException as error:  # handed to the GUI thread, which says what failed
            future.set_exception(error)
        else:
            future.set_result(result)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future


class Background(QObject):
    """Watches futures and calls `done(future)` on the GUI thread once each has finished."""

    def __init__(
        self,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
        timers: TimerFactory | None = None,
    ) -> None:
        """`timers` makes the poll's timer (Qt's by default; fake ones in tests)."""
        super().__init__(parent)
        self._pending: list[tuple[Future[Any], Callable[[Future[Any]], None]]] = []
        self._timer = (timers if timers is not None else qt_timers(self))(self.poll, poll_ms)

    def run(self, call: Callable[[], T], done: Callable[[Future[T]], None]) -> Future[T]:
        """`call` on a daemon thread; `done` on the GUI thread when it returns or raises."""
        future = start_call(call)
        self.watch(future, done)
        return future

    def watch(self, future: Future[T], done: Callable[[Future[T]], None]) -> None:
        self._pending.append((future, done))
        self._timer.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def pending(self) -> list[Future[Any]]:
        """The calls whose results are still to be delivered."""
        return [future for future, _ in self._pending]

    def poll(self) -> None:
        finished = [(f, done) for f, done in self._pending if f.done()]
        self._pending = [(f, done) for f, done in self._pending if not f.done()]
        if not self._pending:
            self._timer.stop()
        for future, done in finished:
            done(future)

    def forget(self) -> None:
        """Drop every pending call: their results will not be delivered."""
        self._pending = []
        self._timer.stop()
