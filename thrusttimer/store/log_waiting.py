"""The entries waiting for the training log: kept in order, mirrored in the journal beside
the log, and written so that none is written twice.

On the happy path a set is written at once and the journal is never touched. Only when the
log cannot take it (locked, full disk, not open yet) is the journal written, atomically,
with everything still waiting; it is rewritten (or removed) once they are in the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from thrusttimer.core.i18n import translate
from thrusttimer.store.log_opening import FAILURES, LogUnavailable, describe, is_damage
from thrusttimer.store.log_pending import (
    Journal,
    Pending,
    PendingEnd,
    PendingSet,
    SessionKey,
    set_numbers,
)
from thrusttimer.store.log_records import check_entry
from thrusttimer.store.migrations import SchemaTooNew

if TYPE_CHECKING:
    from thrusttimer.store.log import TrainingLog


@dataclass(frozen=True, slots=True)
class Flushed:
    """What one flush did."""

    written: tuple[tuple[PendingSet, int], ...] = ()
    """The sets written now, each with its row id."""
    problem: str | None = None
    """Why the waiting entries could not be written (they still wait), in words."""
    damage: bool = False
    """The problem is the file's: waiting will not help until it is set aside (next open)."""
    notice: str | None = None
    """The log could be opened at last, and a damaged file was set aside on the way."""


class Waiting:
    """The entries not yet in the log, oldest first, and the journal that mirrors them."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.entries: list[Pending] = []
        self.problem: str | None = None
        """Why the journal could not be written: the entries are in memory only."""
        self._current = True
        self._on_disk = False

    def add(self, entry: Pending) -> None:
        if isinstance(entry, PendingSet):
            check_entry(load_kg=entry.load_kg, reps=entry.reps, rpe=None, unit=entry.unit)
        self.entries.append(entry)
        self._current = False

    def load(self) -> tuple[int, str | None]:
        """Queue what the journal kept from an earlier run: how many sets, and a notice if
        the journal was damaged."""
        entries, notice = self.journal.read()
        self._on_disk = self.journal.path.exists()
        self.entries.extend(entries)
        self._current = notice is None
        return len(set_numbers(entries)), notice

    def numbers(self, session: SessionKey | None = None) -> list[int]:
        return set_numbers(self.entries, session)

    def done(self, count: int) -> None:
        """The first `count` entries are in the log."""
        del self.entries[:count]
        self._current = False
        self.sync()

    def sync(self) -> None:
        """Make the journal hold exactly the entries still waiting (no file when none)."""
        if self._current:
            return
        if self.entries or self._on_disk:
            try:
                self.journal.write(self.entries)
            except OSError as error:
                self.problem = (error.strerror or str(error)).lower()
                return
        self._on_disk = bool(self.entries)
        self._current = True
        self.problem = None


def flush(log: TrainingLog, waiting: Waiting, wait_s: float | None) -> Flushed:
    """Write every waiting entry to `log` in one transaction; see `TrainingLog.flush`."""
    entries = list(waiting.entries)
    if not entries:
        return Flushed()
    notice = None
    try:
        notice = log.reopen(wait_s)
        with log.busy_wait(wait_s), log.transaction():
            ids = [_write(log, entry) for entry in entries]
    except (*FAILURES, LogUnavailable, SchemaTooNew) as error:
        waiting.sync()
        return Flushed(problem=describe(error), damage=is_damage(error), notice=notice)
    waiting.done(len(entries))
    pairs = zip(entries, ids, strict=True)
    written = tuple((e, i) for e, i in pairs if isinstance(e, PendingSet) and i is not None)
    return Flushed(written=written, notice=notice)


def replay(log: TrainingLog, waiting: Waiting) -> str | None:
    """Write what the journal kept from an earlier run; a notice saying what happened."""
    count, notice = waiting.load()
    if not count:
        return notice
    result = flush(log, waiting, None)
    if result.problem is None:
        told = translate(
            "LogWaiting",
            "{count} set(s) kept while the training log could not be written are in it now.",
        ).format(count=count)
    else:
        told = translate(
            "LogWaiting",
            "{count} set(s) recorded while the training log could not be written are not in it "
            "yet ({problem}); they are kept in {journal} and will be added later.",
        ).format(count=count, problem=result.problem, journal=waiting.journal.path.name)
    return " ".join(text for text in (notice, result.notice, told) if text)


def _write(log: TrainingLog, entry: Pending) -> int | None:
    """Write one entry (inside the flush's transaction); a set already there is left as it
    is, so replaying a journal that outlived its sets writes nothing twice."""
    session_id = log.find_session(entry.session)
    if isinstance(entry, PendingEnd):
        if session_id is not None:
            log.finish_session(session_id, entry.ended_at)
        return None
    if session_id is None:
        session_id = log.start_session(entry.session.name, entry.session.started_at)
    else:
        existing = log.find_set(session_id, entry.set_number)
        if existing is not None:
            return existing
    return log.add_set(
        session_id,
        entry.set_number,
        load_kg=entry.load_kg,
        reps=entry.reps,
        ended_at=entry.ended_at,
        exercise=entry.exercise,
        planned_reps=entry.planned_reps,
        tempo=entry.tempo,
        tut_s=entry.tut_s,
        unit=entry.unit,
        kind=entry.kind,
        side=entry.side,
    )
