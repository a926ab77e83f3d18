"""The training log: every session and set the lifter did, in one SQLite file.

Written through the standard library's sqlite3 in WAL mode with foreign keys on and
``synchronous=FULL``: a set is on disk when `add_set` returns, so killing the process (even
with SIGKILL) loses no set that was already recorded. A set the log cannot take now (it is
locked, the disk is full) waits in memory and in a journal beside the log until a `flush`
writes it, if need be at the next start (`log_pending`). Only a damaged file is moved aside
with a timestamp, and a new log started; `TrainingLog.notice` says so (`log_opening`). Rows
are read back whatever they hold (`log_reading`). A set is deleted or edited only when the
lifter asks, and the snapshot taken first puts it back exactly (`log_editing`).

Loads are kept in kilograms; `unit` remembers what the lifter typed so it can be shown back.
A load the lifter chose not to log is no load (NULL), never 0 kg.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from thrusttimer.core.model import Side
from thrusttimer.store import log_editing, log_reading, migrations
from thrusttimer.store.log_editing import SetSnapshot
from thrusttimer.store.log_notices import no_folder, unreadable
from thrusttimer.store.log_opening import LogUnavailable, open_checked
from thrusttimer.store.log_pending import Journal, Pending, SessionKey, journal_path
from thrusttimer.store.log_records import (
    DATA_DIR_ENV,
    HIP_THRUST,
    KG_PER_LB,
    LOG_FILE_NAME,
    RPE_HIGH,
    RPE_LOW,
    SET_KINDS,
    UNITS,
    LoggedSession,
    LoggedSet,
    Unit,
    check_entry,
    data_dir,
    default_log_path,
    from_kg,
    no_check,
    now_local,
    stored_moment,
    to_kg,
)
from thrusttimer.store.log_waiting import Flushed, Waiting, flush, replay
from thrusttimer.store.log_writing import end_session, insert_session, insert_set, update_entry

__all__ = [
    "DATA_DIR_ENV",
    "HIP_THRUST",
    "KG_PER_LB",
    "LOG_FILE_NAME",
    "RPE_HIGH",
    "RPE_LOW",
    "SET_KINDS",
    "UNITS",
    "Flushed",  # i18n: not shown
    "LogUnavailable",
    "LoggedSession",
    "LoggedSet",
    "SetSnapshot",
    "TrainingLog",
    "Unit",  # i18n: not shown
    "check_entry",
    "data_dir",
    "default_log_path",
    "from_kg",
    "now_local",
    "to_kg",
]

CLOSE_WAIT_S: Final = 1.0
"""How long closing waits for a locked log to write the sets still waiting."""


class TrainingLog:
    """One open training-log database. Use `TrainingLog.open()`; close it when done."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        notice: str | None,
        *,
        timeout_s: float = 5.0,
    ) -> None:
        self._db = connection
        self.path = path
        self.notice = notice
        """Set when the log was moved aside, rows could not be read, or sets waited: tell
        the lifter."""
        self.read_problems: list[str] = []
        """A line per row the last read left out or showed differently from the file."""
        self._timeout_s = timeout_s
        self._depth = 0
        self._scanned: list[LoggedSession] | None = None
        self._waiting = Waiting(Journal(journal_path(path)))
        self._standby: str | None = None

    # Opening --------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path | None = None, *, timeout_s: float = 5.0, check_rows: bool = True
    ) -> TrainingLog:
        """Open (or create) the log, migrate it, move it aside if it is damaged, and write
        the sets a journal kept from an earlier run.

        `check_rows` reads every row now, so damaged values are in `notice` before anything
        is shown. Raises migrations.SchemaTooNew for a log from a newer release (left
        untouched) and LogUnavailable when the log is busy, on a full or read-only disk
        (left untouched), or when not even a fresh log can be made. `timeout_s` is how long
        to wait for another program that is writing to the log.
        """
        target = Path(path) if path is not None else default_log_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LogUnavailable(no_folder(target.parent, error)) from None

        def check(db: sqlite3.Connection) -> tuple[list[LoggedSession], list[str]] | None:
            return log_reading.read_sessions(db) if check_rows else None

        db, scanned, notice = open_checked(target, timeout_s, check)
        log = cls(db, target, notice, timeout_s=timeout_s)
        if scanned is not None:
            log._scanned, log.read_problems = scanned
            log._add_notice(log_reading.summary(log.read_problems, target))
        log._add_notice(replay(log, log._waiting))
        return log

    @classmethod
    def waiting_for(cls, path: Path, reason: str, *, timeout_s: float = 5.0) -> TrainingLog:
        """A log whose file cannot be opened yet (busy, full disk): sets wait in memory and
        in the journal, and each `flush` tries the file again. Reads find nothing."""
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        migrations.migrate(memory)
        log = cls(memory, path, None, timeout_s=timeout_s)
        log._standby = reason
        log._add_notice(log._waiting.load()[1])
        return log

    def close(self) -> None:
        if self._waiting.entries:
            self.flush(CLOSE_WAIT_S)  # what is left stays in the journal for the next start
        self._db.close()

    def __enter__(self) -> TrainingLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return migrations.version(self._db)

    def pragma(self, name: str) -> Any:
        return self._db.execute(f"PRAGMA {name}").fetchone()[0]

    # Writing --------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one commit; nested uses join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if self._standby is not None:
            raise sqlite3.OperationalError(self._standby)
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException:
            # A failed COMMIT (full disk) leaves the transaction open: end it, or every
            # later write would fail with "cannot start a transaction within a transaction".
            if self._db.in_transaction:
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0
        self._scanned = None

    def start_session(
        self,
        name: str,
        started_at: datetime,
        *,
        ended_at: datetime | None = None,
        notes: str = "",
        source: str = "thrusttimer",
    ) -> int:
        with self.transaction():
            session_id = insert_session(self._db, name, started_at, ended_at, notes, source)
        return session_id

    def finish_session(self, session_id: int, ended_at: datetime) -> None:
        with self.transaction():
            end_session(self._db, session_id, ended_at)

    def add_set(
        self,
        session_id: int,
        set_number: int,
        *,
        load_kg: float | None,
        reps: int,
        ended_at: datetime,
        exercise: str = HIP_THRUST,
        planned_reps: int | None = None,
        tempo: str | None = None,
        tut_s: float | None = None,
        rpe: float | None = None,
        note: str = "",
        unit: Unit = "kg",
        kind: str = "normal",
        side: Side | None = None,
    ) -> int:
        """Record one set; it is committed (on disk) when this returns, unless inside
        `transaction()`, where it is committed with the rest."""
        check_entry(load_kg=load_kg, reps=reps, rpe=rpe, unit=unit)
        with self.transaction():
            set_id = insert_set(
                self._db, session_id, set_number, load_kg=load_kg, reps=reps, ended_at=ended_at,
                exercise=exercise, planned_reps=planned_reps, tempo=tempo, tut_s=tut_s, rpe=rpe,
                note=note, unit=unit, kind=kind, side=side,
            )  # fmt: skip
        return set_id

    def update_set(
        self,
        set_id: int,
        *,
        load_kg: float | None,
        reps: int,
        rpe: float | None,
        note: str,
        unit: Unit,
    ) -> SetSnapshot:
        """What the lifter entered after the set (a load of None: not logged) replaces what
        it was recorded with; the set as it was before is returned, for `restore_set`."""
        check_entry(load_kg=load_kg, reps=reps, rpe=rpe, unit=unit)
        with self.transaction():
            before = log_editing.snapshot(self._db, set_id)
            update_entry(self._db, set_id, load_kg, reps, rpe, note, unit)
        return before

    def delete_set(self, set_id: int) -> SetSnapshot:
        """Delete one set, and its session with it when no other set is left there; the
        snapshot (for `restore_set`) puts both back. KeyError if there is no such set."""
        with self.transaction():
            before = log_editing.snapshot(self._db, set_id)
            log_editing.delete(self._db, before)
        return before

    def restore_set(self, before: SetSnapshot) -> None:
        """Put a deleted or edited set back exactly as it was: same id, same values."""
        with self.transaction():
            log_editing.restore(self._db, before)

    # Sets that wait -------------------------------------------------------------------

    def keep(self, entry: Pending) -> None:
        """Hold `entry` until a `flush` writes it. ValueError (naming the field) if a set's
        values are outside what the log accepts."""
        self._waiting.add(entry)

    def flush(self, wait_s: float | None = None) -> Flushed:
        """Write every waiting entry, oldest first, in one transaction, waiting at most
        `wait_s` (default: the open's timeout) for another program's lock. Entries the log
        cannot take now keep waiting, in memory and in the journal."""
        return flush(self, self._waiting, wait_s)

    def waiting(self, session: SessionKey | None = None) -> list[int]:
        """The numbers of the sets still waiting (of one session, if given)."""
        return self._waiting.numbers(session)

    @property
    def journal(self) -> Path:
        """The file that keeps the waiting sets across a restart."""
        return self._waiting.journal.path

    @property
    def journal_problem(self) -> str | None:
        """Why the journal could not be written (the waiting sets are in memory only)."""
        return self._waiting.problem

    def find_session(self, key: SessionKey) -> int | None:
        """The id of the ThrustTimer session with this name and start, if in the log."""
        row = self._db.execute(
            "SELECT id FROM sessions WHERE started_at = ? AND name = ? AND source = 'thrusttimer'"
            " ORDER BY id DESC LIMIT 1",
            (stored_moment(key.started_at), key.name),
        ).fetchone()
        return None if row is None else int(row[0])

    def find_set(self, session_id: int, set_number: int) -> int | None:
        row = self._db.execute(
            "SELECT id FROM sets WHERE session_id = ? AND set_number = ? ORDER BY id LIMIT 1",
            (session_id, set_number),
        ).fetchone()
        return None if row is None else int(row[0])

    def reopen(self, wait_s: float | None) -> str | None:
        """Open the file of a log made by `waiting_for`, if it can be now (else raise as
        `open` does); the notice if a damaged file was set aside on the way."""
        if self._standby is None:
            return None
        timeout_s = self._timeout_s if wait_s is None else wait_s
        db, _, notice = open_checked(self.path, timeout_s, no_check)
        self._db.close()
        self._db = db
        self._standby = None
        return notice

    @contextmanager
    def busy_wait(self, wait_s: float | None) -> Iterator[None]:
        """Wait at most `wait_s` for another program's lock (not the open's timeout)."""
        if wait_s is None:
            yield
            return
        self._db.execute(f"PRAGMA busy_timeout = {round(wait_s * 1000)}")
        try:
            yield
        finally:
            with suppress(sqlite3.Error):
                self._db.execute(f"PRAGMA busy_timeout = {round(self._timeout_s * 1000)}")

    def _add_notice(self, text: str | None) -> None:
        if text:
            self.notice = text if not self.notice else f"{self.notice} {text}"

    # Reading --------------------------------------------------------------------------

    def last_load(self, name: str | None = None) -> tuple[float | None, Unit] | None:
        """The load (kg; None when it was not logged) and unit of the most recent work set
        (not a warm-up), of the sessions called `name` if given; None when there is none."""
        return log_reading.last_load(self._db, name)

    def get_set(self, set_id: int) -> LoggedSet:
        return log_reading.read_set(self._db, set_id)

    def sessions(self, since: date | None = None) -> list[LoggedSession]:
        """Sessions oldest first, each with its sets in the order they were done. Rows that
        cannot be read are left out and listed in `read_problems`.

        `since` keeps those on or after a day (the day where the session took place)."""
        if self._scanned is not None:
            found, self._scanned = self._scanned, None
            return found if since is None else [s for s in found if s.started_at.date() >= since]
        try:
            found, self.read_problems = log_reading.read_sessions(self._db, since)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            problem, notice = unreadable(error, self.path)
            self.read_problems = [problem]
            self._add_notice(notice)
            return []
        return found

    def has_session(self, started_at: datetime, name: str) -> bool:
        """Is a session of this name, started at this moment, in the log (from any source)?"""
        row = self._db.execute(
            "SELECT 1 FROM sessions WHERE started_at = ? AND name = ? LIMIT 1",
            (stored_moment(started_at), name),
        ).fetchone()
        return row is not None

    def count_sets(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM sets").fetchone()[0])
