"""The Qt timer factory: the only place in the package that makes a `QTimer`.

Everything that waits (the conductor's tick, a message that clears itself, a poll of work
in the background) asks a `TimerFactory` for its timer, so tests hand in
`thrusttimer.core.timers.FakeTimers` and run on a fake clock instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from thrusttimer.core.timers import Timer, TimerFactory


class QtTimer:
    """A `Timer` over a precise `QTimer` (to the millisecond, not Qt's 5 % coarse slack)."""

    def __init__(
        self,
        callback: Callable[[], None],
        interval_ms: int,
        single_shot: bool,
        parent: QObject | None,
    ) -> None:
        self.qtimer = QTimer(parent)
        self.qtimer.setTimerType(Qt.TimerType.PreciseTimer)
        self.qtimer.setSingleShot(single_shot)
        self.qtimer.setInterval(interval_ms)
        self.qtimer.timeout.connect(callback)

    @property
    def active(self) -> bool:
        return self.qtimer.isActive()

    @property
    def interval_ms(self) -> int:
        return self.qtimer.interval()

    def start(self, interval_ms: int | None = None) -> None:
        if interval_ms is None:
            self.qtimer.start()
        else:
            self.qtimer.start(interval_ms)

    def stop(self) -> None:
        self.qtimer.stop()


def qt_timers(parent: QObject | None = None) -> TimerFactory:
    """A factory of Qt timers owned by `parent` (deleted with it)."""

    def make(
        callback: Callable[[], None], interval_ms: int = 0, *, single_shot: bool = False
    ) -> Timer:
        return QtTimer(callback, interval_ms, single_shot, parent)

    return make
