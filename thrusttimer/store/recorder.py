"""Records each completed set of a running session in the training log the moment it ends.

A `Recorder` listens to a core `Session`. When a set ends (its rest starts, the next set
starts, or the session completes) it commits the set at once with what it knows: the tempo,
the planned reps, the planned time under tension, and the load and reps the lifter is assumed
to have done (the given load, else the last load used; the planned reps). Whatever the lifter
enters afterwards (`amend`) updates that row, so a set is never lost waiting for input.

A set that was stopped part-way is not a completed set and is not recorded. If the log
cannot be written, the workout goes on: the problem is announced on `problems` instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from thrusttimer.core.content import Phase
from thrusttimer.core.errors import NumberField
from thrusttimer.core.events import Channel
from thrusttimer.core.session import Event, PhaseStarted, Session, SessionFinished
from thrusttimer.core.tempo import format_tempo
from thrusttimer.store.log import (
    HIP_THRUST,
    LoggedSet,
    LogUnavailable,
    TrainingLog,
    Unit,
    now_local,
    to_kg,
)
from thrusttimer.store.migrations import SchemaTooNew

MOVEMENT = frozenset({Phase.BRACE, Phase.THRUST, Phase.SQUEEZE, Phase.DESCENT})
TENSION = frozenset({Phase.THRUST, Phase.SQUEEZE, Phase.DESCENT})
EXERCISE_NAMES = {"hip-thrust": HIP_THRUST}
LOAD_KG = NumberField("load", 0, 1000, "kg")
"""The range of `run --headless --load KG`."""


@dataclass(frozen=True, slots=True)
class SetRecorded:
    """A set was committed to the log with these values (defaults until amended)."""

    row: LoggedSet
    set_count: int
    """How many sets the plan has."""


class Recorder:
    """Commits each completed set of `session` to `log` as it ends.

    `load` is the load (in `unit`) to record when the lifter enters none; None means the
    last load in the log (0 when the log is empty). Listeners on `recorded` hear each set
    right after it is committed: the window shows its quick entry then.
    """

    def __init__(
        self,
        log: TrainingLog,
        session: Session,
        *,
        load: float | None = None,
        unit: Unit = "kg",
        now: Callable[[], datetime] = now_local,
    ) -> None:
        self.log = log
        self.session = session
        self.recorded: Channel[SetRecorded] = Channel()
        self.problems: Channel[str] = Channel()
        """A set could not be written (disk full, log locked…): tell the lifter."""
        self.owns_log = False
        """Close the log when the session ends (set by `open_for`)."""
        self._now = now
        last = log.last_load()
        if load is not None:
            self.load_kg, self.unit = to_kg(load, unit), unit
        elif last is not None:
            self.load_kg, self.unit = last
        else:
            self.load_kg, self.unit = 0.0, unit
        self.session_id: int | None = None
        self._open_set: int | None = None
        self._set_ids: dict[int, int] = {}
        self._disconnect = session.events.connect(self._on_event)

    @classmethod
    def open_for(
        cls,
        session: Session,
        *,
        load: float | None = None,
        unit: Unit = "kg",
        path: str | Path | None = None,
    ) -> tuple[Recorder | None, str | None]:
        """A recorder on the default training log (or `path`) that closes it when the
        session ends, and a notice for the lifter: the log was replaced, or cannot be used
        (then no recorder, and the workout runs unrecorded)."""
        log, notice = open_log(path)
        if log is None:
            return None, notice
        recorder = cls(log, session, load=load, unit=unit)
        recorder.owns_log = True
        return recorder, notice

    @property
    def set_ids(self) -> dict[int, int]:
        """Log row id of each set recorded so far, by set number."""
        return dict(self._set_ids)

    def detach(self) -> None:
        self._disconnect()

    def amend(
        self,
        set_id: int,
        *,
        load: float,
        reps: int,
        rpe: float | None = None,
        note: str = "",
        unit: Unit = "kg",
    ) -> LoggedSet:
        """The lifter's entry for a recorded set; it becomes the default for later sets."""
        load_kg = to_kg(load, unit)
        self.log.update_set(set_id, load_kg=load_kg, reps=reps, rpe=rpe, note=note, unit=unit)
        self.load_kg, self.unit = load_kg, unit
        return self.log.get_set(set_id)

    # Listening ----------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PhaseStarted):
            segment = event.segment
            if self._open_set is not None and (
                segment.phase is Phase.REST or segment.set != self._open_set
            ):
                self._record(self._open_set)
            if segment.phase in MOVEMENT:
                self._open_set = segment.set
        elif isinstance(event, SessionFinished):
            if event.completed and self._open_set is not None:
                self._record(self._open_set)
            self._open_set = None
            if self.session_id is not None:
                try:
                    self.log.finish_session(self.session_id, self._wall())
                except sqlite3.Error as error:
                    self.problems.emit(f"Training log: the session's end was not saved ({error})")
            self.detach()
            if self.owns_log:
                self.log.close()

    def _record(self, number: int) -> None:
        self._open_set = None
        if number in self._set_ids:
            return
        plan = self.session.plan
        segments = [s for s in self.session.timeline.segments if s.set == number]
        tut_s = sum(s.duration_ms for s in segments if s.phase in TENSION) / 1000
        ended = self._wall()
        try:
            set_id = self._write(number, ended, tut_s)
        except sqlite3.Error as error:
            # Never let a full disk or a locked file stop the workout.
            self.problems.emit(f"Training log: set {number} was not saved ({error})")
            return
        self._set_ids[number] = set_id
        self.recorded.emit(SetRecorded(self.log.get_set(set_id), plan.sets))

    def _write(self, number: int, ended: datetime, tut_s: float) -> int:
        plan = self.session.plan
        session_id = self.session_id
        with self.log.transaction():
            if session_id is None:
                # The session row is written with its first set, so a session stopped during
                # the lead-in leaves no empty session behind.
                started = ended
                started_mono = self.session.started_at
                if started_mono is not None:
                    started = ended - timedelta(seconds=self.session.now() - started_mono)
                session_id = self.log.start_session(plan.name, started.replace(microsecond=0))
            set_id = self.log.add_set(
                session_id,
                number,
                exercise=EXERCISE_NAMES.get(plan.exercise, plan.exercise),
                load_kg=self.load_kg,
                reps=plan.reps,
                planned_reps=plan.reps,
                tempo=format_tempo(plan.tempo),
                tut_s=tut_s,
                ended_at=ended,
                unit=self.unit,
            )
        self.session_id = session_id  # only once committed: a failed write leaves no trace
        return set_id

    def _wall(self) -> datetime:
        return self._now().replace(microsecond=0)


def open_log(path: str | Path | None = None) -> tuple[TrainingLog | None, str | None]:
    """The training log (the default one, or `path`) and a notice for the lifter: the log
    was replaced, or it cannot be used (then None, and workouts run unrecorded)."""
    try:
        log = TrainingLog.open(path)
    except (LogUnavailable, SchemaTooNew, sqlite3.Error, OSError) as error:
        return None, f"Training log: not recording this session ({error})"
    return log, log.notice
