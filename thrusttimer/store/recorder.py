"""Records each completed set of a running session in the training log the moment it ends.

A `Recorder` listens to a core `Session`. When a set ends (its rest starts, the next set
starts, or the session completes) it commits the set at once with what it knows: the tempo,
the planned reps, the time under tension of the reps done, and the load and reps the lifter
is assumed to have done (the load chosen for the workout, else the last load used with this
workout, else with any; the reps done). Whatever the lifter enters afterwards (`amend`)
updates that row, so a set is never lost waiting for input. A load may be "not logged"
(None): the set is then recorded with no load, never with 0 kg.

A rep is done once its thrust is over (by the clock or skipped). A set stopped part-way is
recorded with the reps done before the one in progress, so it reads as partial (fewer reps
than planned); one stopped before its first rep was done is not recorded. If the log
cannot take a set now (another program holds its lock, the disk is full), the workout goes
on and the set waits, in memory and in a journal beside the log (`log_pending`). It is tried
again with the session's events (a phase, a cue: at most every `RETRY_EVERY_S`), at the
session's end, by the next session's recorder, and when the log is next opened. The lifter
hears of it on `problems` only when a set is not safe on disk (the journal could not be
written either, or the log is damaged) or is still waiting when the session ends.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from thrusttimer.core.errors import NumberField
from thrusttimer.core.events import Channel
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import MOVEMENT_PHASES, Phase, time_under_tension_ms
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event, PhaseStarted, SessionFinished
from thrusttimer.core.set_specs import spec_of
from thrusttimer.core.tempo import format_tempo
from thrusttimer.store.exercise_names import LOG_NAMES, log_name
from thrusttimer.store.log import (
    LoggedSet,
    TrainingLog,
    Unit,
    now_local,
    to_kg,
)
from thrusttimer.store.log_opening import FAILURES
from thrusttimer.store.log_pending import PendingEnd, PendingSet, SessionKey
from thrusttimer.store.log_waiting import Flushed
from thrusttimer.store.workout_log import last_load, open_log

EXERCISE_NAMES: Final = LOG_NAMES
"""The name each exercise is logged under (`exercise_names`: Strong's where it has one)."""
LOAD_KG = NumberField("load", 0, 1000, "kg")
"""The range of `run --headless --load KG`."""
SET_END_WAIT_S: Final = 0.25
"""How long a set's end waits for another program's lock before the set waits instead."""
RETRY_EVERY_S: Final = 2.0
"""Session seconds between tries while sets wait."""
RETRY_WAIT_S: Final = 0.02
"""A try's wait for the lock: short, as it runs on the thread that draws the window."""
END_WAIT_S: Final = 0.5


@dataclass(frozen=True, slots=True)
class SetRecorded:
    """A set was committed to the log with these values (defaults until amended)."""

    row: LoggedSet
    set_count: int
    """How many sets of its kind the workout has (warm-ups, or work sets)."""
    label: str = ""
    """ "Warm-up 2 of 4", "Set 1 of 4" (its number in the log counts the warm-ups too)."""


class Recorder:
    """Commits each completed set of `session` to `log` as it ends.

    `load` is the load (in `unit`) to record when the lifter enters none; None means the
    last load used with this workout (its plan's name), else the last in the log, else none
    (not logged). `choose_load` changes it. Listeners on `recorded` hear each set right
    after it is committed: the window shows its quick entry then.
    """

    def __init__(
        self,
        log: TrainingLog,
        session: Session,
        *,
        load: float | None = None,
        unit: Unit = "kg",
        now: Callable[[], datetime] = now_local,
        listen: bool = True,
    ) -> None:
        """`listen=False`: the caller hands it the session's events (`on_event`) in its
        own order, as the conductor does."""
        self.log = log
        self.session = session
        self.recorded: Channel[SetRecorded] = Channel()
        self.problems: Channel[str] = Channel()
        """A set could not be written (disk full, log locked…): tell the lifter."""
        self.owns_log = False
        """Close the log when the session ends (set by `open_for`)."""
        self._now = now
        self.load_kg: float | None = None
        """The load (kg) each set is recorded with; None: not logged."""
        self.unit: Unit = unit
        self.load_chosen = False
        """The lifter chose the load for this workout (`choose_load`)."""
        last = None if load is not None else last_load(log, session.plan.name)
        if load is not None:
            self.choose_load(load, unit)
        elif last is not None:
            self.load_kg, self.unit = last
        self._lifted: set[int] = set()
        """The reps of the open set whose thrust is over."""
        self._thrust: int | None = None
        """The rep whose thrust is on now."""
        self._key: SessionKey | None = None
        """The session in the log (name and start), fixed when its first set ends."""
        self._open_set: int | None = None
        self._last_ended: int | None = None
        self._set_ids: dict[int, int] = {}
        self._next_try: float | None = session.now() if log.waiting() else None
        """When to try the sets that wait again (an earlier session's too)."""
        self._told: set[str] = set()
        self._disconnect: Callable[[], None] = (
            session.events.connect(self.on_event) if listen else lambda: None
        )

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

    def choose_load(self, load: float | None, unit: Unit = "kg") -> None:
        """The load (in `unit`) to record the next sets with; None: not logged."""
        self.load_kg, self.unit = (None if load is None else to_kg(load, unit)), unit
        self.load_chosen = True

    def take_choice(self, earlier: Recorder) -> None:
        """A workout that never started gave way to this one (its voice became ready):
        keep the load the lifter chose for it, so they are not asked twice."""
        if earlier.load_chosen and earlier.session.started_at is None:
            self.load_kg, self.unit, self.load_chosen = earlier.load_kg, earlier.unit, True

    def amend(
        self,
        set_id: int,
        *,
        load: float | None,
        reps: int,
        rpe: float | None = None,
        note: str = "",
        unit: Unit = "kg",
    ) -> LoggedSet:
        """The lifter's entry for a recorded set (a load of None: not logged); a work set's
        load becomes the default for later sets (a warm-up's, a later block's, its own)."""
        load_kg = None if load is None else to_kg(load, unit)
        self.log.update_set(set_id, load_kg=load_kg, reps=reps, rpe=rpe, note=note, unit=unit)
        row = self.log.get_set(set_id)
        if row.kind != "warmup" and self.block_of(set_id) in (0, None):
            self.load_kg, self.unit = load_kg, unit
        return row

    def block_of(self, set_id: int) -> int | None:
        """The block (from 0) of the set recorded as row `set_id`; None: not this session's."""
        for number, row_id in self._set_ids.items():
            if row_id == set_id:
                return spec_of(self.session.plan, number).block
        return None

    @property
    def session_id(self) -> int | None:
        """The session's row in the log, once one of its sets is there."""
        return None if self._key is None or not self._set_ids else self.log.find_session(self._key)

    # Listening ----------------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        if isinstance(event, SessionFinished):
            self._finish(event)
            return
        if isinstance(event, PhaseStarted):
            segment = event.segment
            if self._thrust is not None:
                self._lifted.add(self._thrust)  # up, by the clock or skipped: a rep done
            self._thrust = segment.rep if segment.phase is Phase.THRUST else None
            if self._open_set is not None and (
                segment.phase in (Phase.REST, Phase.SWITCH) or segment.set != self._open_set
            ):
                self._record(self._open_set, self._lifted)
            if segment.phase in MOVEMENT_PHASES:
                if segment.set != self._open_set:
                    self._lifted = set()
                self._open_set = segment.set
        if self._next_try is not None and self.session.now() >= self._next_try:
            self._flush(RETRY_WAIT_S)

    def _finish(self, event: SessionFinished) -> None:
        if self._open_set is not None:
            if event.completed:
                if self._thrust is not None:
                    self._lifted.add(self._thrust)
                done = self._lifted
            else:
                # Stopped: the rep in progress is the one the lifter could not finish.
                current = self.session.current_segment.rep or 0
                done = {r for r in self._lifted if r < current}
            if done:
                self._record(self._open_set, done)
        self._open_set = None
        if self._key is not None:
            self.log.keep(PendingEnd(self._key, self._wall()))
            result = self._flush(END_WAIT_S)
            if result.problem is not None:
                self._tell_still_waiting(result.problem)
        self.detach()
        if self.owns_log:
            self.log.close()

    def _record(self, number: int, done: set[int]) -> None:
        """Keep set `number` for the log, with the reps in `done`, and write it."""
        self._open_set = None
        self._lifted = set()
        if number in self._set_ids or (self._key and number in self.log.waiting(self._key)):
            return
        plan = self.session.plan
        spec = spec_of(plan, number)
        # Block 1's work sets at the load chosen (or last entered); a warm-up or a later
        # block's set at its own (both sides alike; not known: "not logged").
        load_kg, unit = (self.load_kg, self.unit) if spec.block == 0 else (None, self.unit)
        if spec.loading is not None and (spec.warmup or spec.block > 0):
            load_kg = to_kg(spec.loading.load, spec.loading.unit)
            unit = spec.loading.unit
        segments = [s for s in self.session.timeline.segments if s.set == number]
        tut_s = time_under_tension_ms(s for s in segments if s.rep in done) / 1000
        ended = self._wall()
        if self._key is None:
            # The session row is written with its first set, so a session stopped during
            # the lead-in leaves no empty session behind.
            started = ended
            started_mono = self.session.started_at
            if started_mono is not None:
                started = ended - timedelta(seconds=self.session.now() - started_mono)
            self._key = SessionKey(plan.name, started.replace(microsecond=0))
        try:
            self.log.keep(
                PendingSet(
                    self._key,
                    number,
                    ended_at=ended,
                    load_kg=load_kg,
                    reps=len(done),
                    exercise=log_name(spec.exercise),
                    planned_reps=spec.reps,
                    tempo=format_tempo(spec.tempo),
                    tut_s=tut_s,
                    unit=unit,
                    kind="warmup" if spec.warmup else "normal",
                    side=spec.side,
                )
            )
        except ValueError as error:
            self.problems.emit(
                translate(
                    "Recorder", "Training log: set {number} was not saved ({problem})"
                ).format(number=number, problem=error)
            )
            return
        self._last_ended = number
        self._flush(SET_END_WAIT_S)

    def _flush(self, wait_s: float) -> Flushed:
        """Write what waits. Never lets a full disk or a locked file stop the workout."""
        result = self.log.flush(wait_s)
        if result.notice:
            self._tell(translate("Recorder", "Training log: {notice}").format(notice=result.notice))
        for entry, set_id in result.written:
            if entry.session != self._key:
                continue
            self._set_ids[entry.set_number] = set_id
            # The quick entry is offered while the lifter rests after the set, not later.
            if entry.set_number == self._last_ended and self._open_set is None:
                try:
                    row = self.log.get_set(set_id)
                except (KeyError, *FAILURES):
                    continue
                spec = spec_of(self.session.plan, entry.set_number)
                self.recorded.emit(SetRecorded(row, spec.of, spec.label))
        if result.problem is None:
            self._next_try = None
            self._told.clear()
            return result
        self._next_try = self.session.now() + RETRY_EVERY_S
        waiting = self.log.waiting(self._key)
        sets = _sets(waiting)
        if self.log.journal_problem is not None and sets:
            self._tell(
                translate(
                    "Recorder",
                    "Training log: {sets} could not be saved yet ({problem}) nor kept beside the "
                    "log ({journal_problem}); ThrustTimer keeps trying.",
                ).format(
                    sets=sets, problem=result.problem, journal_problem=self.log.journal_problem
                )
            )
        elif result.damage and sets:
            if len(waiting) == 1:
                text = translate(
                    "Recorder",
                    "Training log: the log file is damaged ({problem}); {sets} is kept in "
                    "{journal} and will go into a new log when ThrustTimer next opens it.",
                )
            else:
                text = translate(
                    "Recorder",
                    "Training log: the log file is damaged ({problem}); {sets} are kept in "
                    "{journal} and will go into a new log when ThrustTimer next opens it.",
                )
            self._tell(
                text.format(problem=result.problem, sets=sets, journal=self.log.journal.name)
            )
        return result

    def _tell_still_waiting(self, problem: str) -> None:
        """The session is over and some of its sets are still not in the log: say where
        they are."""
        sets = _sets(self.log.waiting(self._key))
        if not sets:
            return
        if self.log.journal_problem is None:
            self._tell(
                translate(
                    "Recorder",
                    "Training log: {sets} of this session are not in the log yet ({problem}); "
                    "they are kept in {journal} and will be added the next time ThrustTimer "
                    "opens the log.",
                ).format(sets=sets, problem=problem, journal=self.log.journal.name)
            )
        elif self.owns_log:
            self._tell(
                translate(
                    "Recorder",
                    "Training log: {sets} were not saved ({problem}), and could not be kept "
                    "beside the log either ({journal_problem}).",
                ).format(sets=sets, problem=problem, journal_problem=self.log.journal_problem)
            )
        else:
            self._tell(
                translate(
                    "Recorder",
                    "Training log: {sets} are not saved yet ({problem}); ThrustTimer keeps "
                    "them and tries again with the next session, and as it closes.",
                ).format(sets=sets, problem=problem)
            )

    def _tell(self, text: str) -> None:
        if text not in self._told:
            self._told.add(text)
            self.problems.emit(text)

    def _wall(self) -> datetime:
        return self._now().replace(microsecond=0)


def _sets(numbers: list[int]) -> str:
    """ "set 2", "sets 2 and 3", "sets 1, 2 and 3"; empty for none."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return translate("Recorder", "set {number}").format(number=numbers[0])
    return translate("Recorder", "sets {numbers} and {last}").format(
        numbers=", ".join(map(str, numbers[:-1])), last=numbers[-1]
    )
