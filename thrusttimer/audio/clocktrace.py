"""An opt-in record of what the stream clock saw, for replaying it offline.

Set ``THRUSTTIMER_CLOCK_TRACE=path`` and the audio output writes one line per clock reading
(``r now frames_consumed``), per cue it places (``p t_target latency frame``), per jump the
clock reported (``j now seconds``) and per new stream (``o rate``). With the variable unset
nothing is created and the sink pays one ``is None`` test per pull.
`benchmarks/clock_replay.py` feeds such a file through clock variants and compares them with
where a recording says the cues landed.
"""

from __future__ import annotations

import atexit
import os
import threading
from pathlib import Path
from typing import IO

ENV = "THRUSTTIMER_CLOCK_TRACE"


class ClockTrace:
    """Appends trace lines; shared by the audio thread (readings) and the player (cues)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._file: IO[str] | None = self.path.open("w", encoding="ascii")
        atexit.register(self.close)

    def _write(self, line: str) -> None:
        with self._lock:
            if self._file is not None:
                self._file.write(line)

    def opened(self, rate: int) -> None:
        self._write(f"o {rate}\n")

    def reading(self, now: float, frames_consumed: int) -> None:
        self._write(f"r {now:.9f} {frames_consumed}\n")

    def jump(self, now: float, seconds: float) -> None:
        self._write(f"j {now:.9f} {seconds:.9f}\n")

    def placed(self, t_target: float, latency_s: float, frame: int) -> None:
        self._write(f"p {t_target:.9f} {latency_s:.9f} {frame}\n")

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


def from_env() -> ClockTrace | None:
    """The trace the environment asks for, or None (the normal case)."""
    path = os.environ.get(ENV)
    return ClockTrace(path) if path else None
