"""The training log: every session and set the lifter did, in one SQLite file.

Written through the standard library's sqlite3 in WAL mode with foreign keys on and
``synchronous=FULL``: a set is on disk when `add_set` returns, so killing the process (even
with SIGKILL) loses no set that was already recorded. A file that cannot be read is moved
aside with a timestamp and a new log is started; `TrainingLog.notice` says so. Nothing is
ever deleted.

Loads are kept in kilograms; `unit` remembers what the lifter typed so it can be shown back.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final, Literal

from thrusttimer.store import migrations
from thrusttimer.store.files import aside_path

Unit = Literal["kg", "lb"]
UNITS: Final[tuple[Unit, ...]] = ("kg", "lb")
KG_PER_LB: Final = 0.45359237
HIP_THRUST: Final = "Hip Thrust (Barbell)"
"""The exercise name ThrustTimer writes: Strong's and Hevy's name for the barbell hip thrust."""
SET_KINDS: Final = ("normal", "warmup", "failure", "drop")
RPE_LOW: Final = 6.0
RPE_HIGH: Final = 10.0
DATA_DIR_ENV: Final = "THRUSTTIMER_DATA_DIR"
LOG_FILE_NAME: Final = "training-log.sqlite3"


class LogUnavailable(Exception):
    """The log cannot be opened or written at all (not even a fresh one)."""


def to_kg(load: float, unit: Unit) -> float:
    return load * KG_PER_LB if unit == "lb" else load


def from_kg(load_kg: float, unit: Unit) -> float:
    return load_kg / KG_PER_LB if unit == "lb" else load_kg


def data_dir() -> Path:
    """Where ThrustTimer keeps user data: $THRUSTTIMER_DATA_DIR, else the platform's folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("thrusttimer", appauthor=False))


def default_log_path() -> Path:
    return data_dir() / LOG_FILE_NAME


def now_local() -> datetime:
    """The wall-clock time with its UTC offset (what the log stores)."""
    return datetime.now().astimezone().replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class LoggedSet:
    id: int
    session_id: int
    set_number: int
    exercise: str
    ended_at: datetime
    load_kg: float
    reps: int
    planned_reps: int | None = None
    tempo: str | None = None
    tut_s: float | None = None
    rpe: float | None = None
    note: str = ""
    unit: Unit = "kg"
    kind: str = "normal"

    @property
    def load(self) -> float:
        """The load in the unit the lifter entered it."""
        return from_kg(self.load_kg, self.unit)


@dataclass(frozen=True, slots=True)
class LoggedSession:
    id: int
    started_at: datetime
    ended_at: datetime | None
    name: str
    notes: str
    source: str
    sets: tuple[LoggedSet, ...]

    @property
    def duration_s(self) -> float | None:
        if self.ended_at is None:
            return None
        return max(0.0, (self.ended_at - self.started_at).total_seconds())


class TrainingLog:
    """One open training-log database. Use `TrainingLog.open()`; close it when done."""

    def __init__(self, connection: sqlite3.Connection, path: Path, notice: str | None) -> None:
        self._db = connection
        self.path = path
        self.notice = notice
        """Set when an unreadable log was moved aside: tell the lifter."""
        self._depth = 0

    # Opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, timeout_s: float = 5.0) -> TrainingLog:
        """Open (or create) the log, migrate it, and move it aside if it cannot be read.

        Raises migrations.SchemaTooNew for a log from a newer release (left untouched) and
        LogUnavailable when the log is busy, on a full or read-only disk (left untouched),
        or when not even a fresh log can be made. `timeout_s` is how long to wait for
        another program that is writing to the log.
        """
        target = Path(path) if path is not None else default_log_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LogUnavailable(f"cannot create the folder {target.parent}: {error}") from None
        try:
            return cls(_connect(target, timeout_s), target, None)
        except migrations.SchemaTooNew:
            raise
        except sqlite3.DatabaseError as error:
            if _not_the_files_fault(error):
                raise LogUnavailable(
                    f"the training log {target} cannot be used now: {error}"
                ) from None
            reason = str(error) or type(error).__name__
        except _Unreadable as error:
            reason = str(error)
        moved = _move_aside(target)
        notice = (
            f"The training log {target} could not be read ({reason}). It was moved to "
            f"{moved.name} in the same folder and a new log was started; nothing was deleted."
        )
        try:
            return cls(_connect(target, timeout_s), target, notice)
        except (sqlite3.DatabaseError, _Unreadable) as error:
            raise LogUnavailable(f"cannot start a new training log at {target}: {error}") from None

    def close(self) -> None:
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
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._db.execute("ROLLBACK")
            raise
        self._depth = 0
        self._db.execute("COMMIT")

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
            cursor = self._db.execute(
                "INSERT INTO sessions (started_at, ended_at, name, notes, source)"
                " VALUES (?, ?, ?, ?, ?)",
                (_iso(started_at), _iso(ended_at), name, notes, source),
            )
        return _rowid(cursor)

    def finish_session(self, session_id: int, ended_at: datetime) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE sessions SET ended_at = ? WHERE id = ?", (_iso(ended_at), session_id)
            )

    def add_set(
        self,
        session_id: int,
        set_number: int,
        *,
        load_kg: float,
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
    ) -> int:
        """Record one set; it is committed (on disk) when this returns, unless inside
        `transaction()`, where it is committed with the rest."""
        check_entry(load_kg=load_kg, reps=reps, rpe=rpe, unit=unit)
        with self.transaction():
            cursor = self._db.execute(
                "INSERT INTO sets (session_id, set_number, exercise, ended_at, load_kg, reps,"
                " planned_reps, tempo, tut_s, rpe, note, unit, kind)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    set_number,
                    exercise,
                    _iso(ended_at),
                    load_kg,
                    reps,
                    planned_reps,
                    tempo,
                    tut_s,
                    rpe,
                    note,
                    unit,
                    kind,
                ),
            )
        return _rowid(cursor)

    def update_set(
        self,
        set_id: int,
        *,
        load_kg: float,
        reps: int,
        rpe: float | None,
        note: str,
        unit: Unit,
    ) -> None:
        """What the lifter entered after the set: replaces the defaults it was recorded with."""
        check_entry(load_kg=load_kg, reps=reps, rpe=rpe, unit=unit)
        with self.transaction():
            cursor = self._db.execute(
                "UPDATE sets SET load_kg = ?, reps = ?, rpe = ?, note = ?, unit = ? WHERE id = ?",
                (load_kg, reps, rpe, note, unit, set_id),
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no set with id {set_id} in the training log")

    # Reading --------------------------------------------------------------------------

    def last_load(self) -> tuple[float, Unit] | None:
        """The load (kg) and unit of the most recent work set (not a warm-up), if any."""
        row = self._db.execute(
            "SELECT load_kg, unit FROM sets WHERE kind != 'warmup'"
            " ORDER BY ended_at DESC, id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        return float(row[0]), _unit(row[1])

    def get_set(self, set_id: int) -> LoggedSet:
        row = self._db.execute(
            f"SELECT {_SET_COLUMNS} FROM sets WHERE id = ?", (set_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no set with id {set_id} in the training log")
        return _set_from_row(row)

    def sessions(self, since: date | None = None) -> list[LoggedSession]:
        """Sessions oldest first, each with its sets in the order they were done.

        `since` keeps those on or after a day (the day where the session took place)."""
        where = ""
        params: tuple[str, ...] = ()
        if since is not None:
            where, params = " WHERE substr(started_at, 1, 10) >= ?", (since.isoformat(),)
        heads = self._db.execute(
            "SELECT id, started_at, ended_at, name, notes, source FROM sessions"
            f"{where} ORDER BY started_at, id",
            params,
        ).fetchall()
        by_session: dict[int, list[LoggedSet]] = {int(h[0]): [] for h in heads}
        rows = self._db.execute(
            f"SELECT {_SET_COLUMNS} FROM sets WHERE session_id IN"
            f" (SELECT id FROM sessions{where}) ORDER BY session_id, id",
            params,
        ).fetchall()
        for row in rows:
            logged = _set_from_row(row)
            by_session[logged.session_id].append(logged)
        return [
            LoggedSession(
                id=int(h[0]),
                started_at=_parse(h[1]),
                ended_at=_parse(h[2]) if h[2] else None,
                name=str(h[3]),
                notes=str(h[4]),
                source=str(h[5]),
                sets=tuple(by_session[int(h[0])]),
            )
            for h in heads
        ]

    def has_session(self, started_at: datetime, name: str) -> bool:
        """Is a session of this name, started at this moment, in the log (from any source)?"""
        row = self._db.execute(
            "SELECT 1 FROM sessions WHERE started_at = ? AND name = ? LIMIT 1",
            (_iso(started_at), name),
        ).fetchone()
        return row is not None

    def count_sets(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM sets").fetchone()[0])


def check_entry(*, load_kg: float, reps: int, rpe: float | None, unit: str) -> None:
    """Raise ValueError naming the field when an entry is outside what the log accepts."""
    if not load_kg >= 0 or load_kg == float("inf"):
        raise ValueError(f"load: {load_kg!r} is not allowed; allowed: 0 or more")
    if isinstance(reps, bool) or not isinstance(reps, int) or reps < 0:
        raise ValueError(f"reps: {reps!r} is not allowed; allowed: a whole number, 0 or more")
    if rpe is not None and not (RPE_LOW <= rpe <= RPE_HIGH and float(rpe * 2).is_integer()):
        raise ValueError(f"RPE: {rpe!r} is not allowed; allowed: 6 to 10 in half steps, or none")
    if unit not in UNITS:
        raise ValueError(f"unit: {unit!r} is not allowed; allowed: kg or lb")


# Internals ----------------------------------------------------------------------------

_SET_COLUMNS: Final = (
    "id, session_id, set_number, exercise, ended_at, load_kg, reps, planned_reps, tempo,"
    " tut_s, rpe, note, unit, kind"
)


class _Unreadable(Exception):
    """The file opened but failed SQLite's own integrity check."""


_NOT_THE_FILES_FAULT: Final = frozenset(
    {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY}
)


def _not_the_files_fault(error: sqlite3.DatabaseError) -> bool:
    """Busy, locked, disk full, read-only: the file may be fine, so it must not be moved."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _NOT_THE_FILES_FAULT


def _check_readable(path: Path, timeout_s: float) -> None:
    """Raise if an existing log fails SQLite's integrity check.

    Read-only, so a broken log and its WAL are left exactly as they are (a read-write
    connection would checkpoint the WAL into the broken file and delete it on close).
    """
    if not path.exists():
        return
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout_s)
    try:
        check = db.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise _Unreadable(f"integrity check: {check[0] if check else 'no answer'}")
        migrations.refuse_newer(db)
    finally:
        db.close()


def _connect(path: Path, timeout_s: float) -> sqlite3.Connection:
    _check_readable(path, timeout_s)
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a set is committed exactly
    # when we say and migrations run one transaction per step.
    db = sqlite3.connect(path, isolation_level=None, timeout=timeout_s, check_same_thread=False)
    try:
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise _Unreadable(f"cannot switch to WAL mode (got {mode})")
        db.execute("PRAGMA foreign_keys = ON")
        # FULL: the WAL is synced at every commit, so a recorded set survives a power cut too;
        # sets come once a minute, so the few milliseconds it costs do not matter.
        db.execute("PRAGMA synchronous = FULL")
        migrations.migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _move_aside(path: Path) -> Path:
    """Rename the log (and its -wal/-shm files) to ``<name>.unreadable-<timestamp>``."""
    target = aside_path(path)
    try:
        if path.exists():
            path.rename(target)
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                extra.rename(target.with_name(target.name + suffix))
    except OSError as error:
        raise LogUnavailable(
            f"the training log {path} cannot be read and cannot be moved aside: {error}"
        ) from None
    return target


def _rowid(cursor: sqlite3.Cursor) -> int:
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _unit(text: object) -> Unit:
    return "lb" if text == "lb" else "kg"


def _set_from_row(row: Sequence[Any]) -> LoggedSet:
    return LoggedSet(
        id=int(row[0]),
        session_id=int(row[1]),
        set_number=int(row[2]),
        exercise=str(row[3]),
        ended_at=_parse(row[4]),
        load_kg=float(row[5]),
        reps=int(row[6]),
        planned_reps=None if row[7] is None else int(row[7]),
        tempo=row[8],
        tut_s=None if row[9] is None else float(row[9]),
        rpe=None if row[10] is None else float(row[10]),
        note=str(row[11]),
        unit=_unit(row[12]),
        kind=str(row[13]),
    )
