"""The `--event-log` file: one JSON object per line for each thing a session does.

Lines: ``session_start``, ``phase`` (each phase change), ``paused``, ``resumed``,
``cue`` and ``cue_dropped`` (written by the audio player, which knows when a cue will be
heard), and ``session_end``. Every line has ``t_mono``, a `time.monotonic()` moment.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import IO, Any

from thrusttimer.core.model import Cue
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import (
    Event,
    Paused,
    PhaseStarted,
    Resumed,
    SessionFinished,
    SessionStarted,
)


class EventLog:
    """Appends JSON lines to a file, flushed line by line (a killed run keeps its log)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        # backslashreplace: text no UTF-8 can hold (a lone surrogate) is written as its
        # JSON escape, never an error mid-workout.
        self._file: IO[str] | None = self.path.open(
            "w", encoding="utf-8", errors="backslashreplace", buffering=1
        )

    def write(self, event: str, **fields: Any) -> None:
        line = json.dumps({"event": event, **fields}, ensure_ascii=False)
        with self._lock:
            if self._file is not None:
                self._file.write(line + "\n")

    def attach(self, session: Session) -> None:
        """Log the session's own events (cues are logged by whoever plays them)."""
        session.events.connect(self.on_event)

    def on_event(self, event: Event) -> None:
        if isinstance(event, SessionStarted):
            self.write(
                "session_start",
                t_mono=event.t_mono,
                plan=event.timeline.plan.to_dict(),
                total_s=event.timeline.total_s,
            )
        elif isinstance(event, PhaseStarted):
            s = event.segment
            # A whole session's segment says its block (from 0) and a one-sided set its
            # side, as the plan's JSON does; a one-exercise workout's lines are as before.
            where: dict[str, object] = {"block": s.block} if s.block else {}
            if s.side is not None:
                where["side"] = s.side
            self.write(
                "phase",
                phase=s.phase.value,
                set=s.set,
                rep=s.rep,
                **where,
                at_s=s.start_s,
                duration_s=s.duration_s,
                t_mono=event.t_mono,
                late_s=event.late_s,
            )
        elif isinstance(event, Paused):
            self.write("paused", at_s=event.position_s, t_mono=event.t_mono)
        elif isinstance(event, Resumed):
            self.write("resumed", at_s=event.position_s, t_mono=event.t_mono)
        elif isinstance(event, SessionFinished):
            self.write(
                "session_end", completed=event.completed, at_s=event.position_s, t_mono=event.t_mono
            )

    def cue(self, cue: Cue, t_mono: float) -> None:
        """A cue that is scheduled to be heard at `t_mono` (output latency included)."""
        self.write(
            "cue",
            id=cue.id,
            text=cue.text,
            at_s=cue.at_s,
            t_mono=t_mono,
            tone=cue.tone.name.lower() if cue.is_tone and cue.tone else None,
        )

    def cue_dropped(self, cue: Cue, reason: str, t_mono: float) -> None:
        self.write(
            "cue_dropped", id=cue.id, text=cue.text, at_s=cue.at_s, reason=reason, t_mono=t_mono
        )

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None
