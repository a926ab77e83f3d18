"""SIGTERM, SIGHUP and Ctrl-C close the window the way its close button does.

Python runs a signal handler only when it next runs Python code, and a window waiting for
input runs none: the signal would wait, or (Ctrl-C) surface as a traceback inside some
slot. So the handlers themselves do nothing; Python's own C handler writes each signal's
number to a pipe (`signal.set_wakeup_fd`), the Qt event loop wakes on it, and the slot
that reads it runs `on_signal` with the number, in the main thread, between events.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any, Final

from PySide6.QtCore import QObject, QSocketNotifier

STOP_SIGNALS: Final = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class WakeUp:
    """A non-blocking channel the signal's number is written to: a pipe, or on Windows
    (where the wake-up must be a socket) a socket pair. Not a socket pair everywhere:
    importing `socket` was ~3 ms of the window's start-up."""

    def __init__(self) -> None:
        self._sockets: Any = None
        if sys.platform == "win32":
            import socket

            self._sockets = socket.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.reader, self.writer = (end.fileno() for end in self._sockets)
        else:
            self.reader, self.writer = os.pipe()
            os.set_blocking(self.reader, False)
            os.set_blocking(self.writer, False)

    def read(self) -> bytes:
        try:
            if self._sockets is not None:
                data: bytes = self._sockets[0].recv(64)
                return data
            return os.read(self.reader, 64)
        except (BlockingIOError, InterruptedError):
            return b""

    def close(self) -> None:
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
        else:
            os.close(self.reader)
            os.close(self.writer)


class StopOnSignals(QObject):
    """While installed, a stop signal calls `on_signal(number)` from the event loop."""

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._channel = WakeUp()
        self._previous_fd = signal.set_wakeup_fd(self._channel.writer, warn_on_full_buffer=False)
        self._previous: dict[int, Any] = {}
        for number in STOP_SIGNALS:
            self._previous[number] = signal.signal(number, _noted)
        self._notifier = QSocketNotifier(self._channel.reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        for number in self._channel.read():
            if number in STOP_SIGNALS:
                self._on_signal(number)
                return

    def remove(self) -> None:
        """Put back the handlers and wake-up descriptor that were there before."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            # None: a handler not set from Python, which cannot be put back; the default.
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._channel.close()


def _noted(signum: int, frame: FrameType | None) -> None:
    """Installed so the signal does not end the process; the wake-up pipe carries it."""
