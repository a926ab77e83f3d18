"""Opening the training log: connect, check, and tell real damage from a passing problem.

Only damage sets the file aside: SQLite says it is corrupt or not a database, its integrity
check fails, the schema lacks a table or column, or a check of its rows hits a broken page.
A busy or locked log, a full disk, a disk that cannot be read or written, or a read-only
folder leave the file exactly where it is, and the caller is told in words what is wrong.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Final, TypeVar

from thrusttimer.core.i18n import translate
from thrusttimer.core.shown import printable
from thrusttimer.store import migrations
from thrusttimer.store.files import aside_path
from thrusttimer.store.log_reading import lenient_text

T = TypeVar("T")


class LogUnavailable(Exception):
    """The log cannot be opened or written now (not even a fresh one); nothing was moved.

    `passing` is True when waiting may help (the log is busy, the disk is full or failing):
    the recorder then keeps the sets and tries again."""

    def __init__(self, message: str, *, passing: bool = False) -> None:
        super().__init__(message)
        self.passing = passing


class Damaged(Exception):
    """The file opened, but it is not a training log this app can use: set it aside."""


_DAMAGE: Final = frozenset(
    {
        sqlite3.SQLITE_ERROR,  # "no such table", "duplicate column": a schema not as written
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_NOTADB,
        sqlite3.SQLITE_MISMATCH,
        sqlite3.SQLITE_FORMAT,
    }
)
_PASSING: Final = frozenset(
    {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR}
)
_BUSY: Final = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_NOT_WRITABLE: Final = frozenset(
    {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}
)


NO_ROOM_BYTES: Final = 1_000_000
FAILURES: Final = (sqlite3.Error, UnicodeDecodeError)
"""What a call into SQLite may raise. UnicodeDecodeError: SQLite's report of damage quoted
bytes of the file that are not text."""


def _code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_damage(error: BaseException) -> bool:
    """Is `error` the file's own fault (so it must be set aside), not a passing problem?"""
    damaged = (Damaged, UnicodeDecodeError, migrations.SchemaUnknown)
    return isinstance(error, damaged) or _code(error) in _DAMAGE


def is_passing(error: BaseException) -> bool:
    """Might waiting help (busy, locked, full disk, I/O error)?"""
    if isinstance(error, LogUnavailable):
        return error.passing
    return _code(error) in _PASSING


def describe(error: BaseException, folder: Path | None = None) -> str:
    """`error` in the lifter's words, with SQLite's own words in brackets. With the log's
    `folder`, an I/O error on a disk with no room left is called what it is."""
    if isinstance(error, UnicodeDecodeError):
        return translate(
            "LogOpening", "the file is damaged (SQLite's report of it is not readable text)"
        )
    detail = printable(str(error) or type(error).__name__)
    code = _code(error)
    if code in _BUSY:
        text = translate("LogOpening", "another program is writing to it ({detail})")
    elif code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _no_room(folder)):
        text = translate("LogOpening", "the disk is full ({detail})")
    elif code == sqlite3.SQLITE_IOERR:
        text = translate("LogOpening", "the disk could not be read or written ({detail})")
    elif code in _NOT_WRITABLE:
        text = translate("LogOpening", "it cannot be written in its folder ({detail})")
    elif isinstance(error, Damaged | migrations.SchemaUnknown):
        return detail
    elif code in _DAMAGE:
        text = translate("LogOpening", "the file is damaged ({detail})")
    else:
        return detail
    return text.format(detail=detail)


def _no_room(folder: Path | None) -> bool:
    """Is the disk that holds `folder` (all but) full? SQLite calls that an I/O error when
    it cannot grow its shared-memory file."""
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < NO_ROOM_BYTES
    except OSError:
        return False


def open_checked(
    path: Path, timeout_s: float, check: Callable[[sqlite3.Connection], T]
) -> tuple[sqlite3.Connection, T, str | None]:
    """Connect to the log at `path` and run `check` on it (a read of every row, say).

    When either finds damage the file (and its -wal and -shm) is set aside, a new log is
    started, and the notice says where the old one went. Raises migrations.SchemaTooNew for
    a log from a newer release and LogUnavailable for a passing problem (nothing moved).
    """
    try:
        return *_connect_and_check(path, timeout_s, check), None
    except migrations.SchemaTooNew:
        raise
    except (*FAILURES, Damaged, migrations.SchemaUnknown) as error:
        if not is_damage(error):
            raise LogUnavailable(
                translate(
                    "LogOpening", "the training log {path} cannot be used now: {problem}"
                ).format(path=printable(str(path)), problem=describe(error, path.parent)),
                passing=is_passing(error),
            ) from None
        reason = describe(error)
    moved = set_aside(path)
    notice = translate(
        "LogOpening",
        "The training log {path} could not be read ({reason}). It was moved to {aside} in the "
        "same folder and a new log was started; nothing was deleted.",
    ).format(path=printable(str(path)), reason=reason, aside=moved.name)
    try:
        return *_connect_and_check(path, timeout_s, check), notice
    except (*FAILURES, Damaged, migrations.SchemaTooNew, migrations.SchemaUnknown) as error:
        raise LogUnavailable(
            translate("LogOpening", "cannot start a new training log at {path}: {problem}").format(
                path=printable(str(path)), problem=describe(error)
            ),
            passing=is_passing(error),
        ) from None


def _connect_and_check(
    path: Path, timeout_s: float, check: Callable[[sqlite3.Connection], T]
) -> tuple[sqlite3.Connection, T]:
    db = connect(path, timeout_s)
    try:
        return db, check(db)
    except BaseException:
        db.close()
        raise


def connect(path: Path, timeout_s: float) -> sqlite3.Connection:
    """A read-write connection to a checked, migrated log (created if missing)."""
    check_readable(path, timeout_s)
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a set is committed exactly
    # when we say and migrations run one transaction per step.
    db = sqlite3.connect(path, isolation_level=None, timeout=timeout_s, check_same_thread=False)
    try:
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise LogUnavailable(
                translate(
                    "LogOpening",
                    "the training log {path} cannot be used now: SQLite cannot keep a "
                    "write-ahead log in its folder (journal mode {mode})",
                ).format(path=printable(str(path)), mode=printable(str(mode)))
            )
        db.execute("PRAGMA foreign_keys = ON")
        # FULL: the WAL is synced at every commit, so a recorded set survives a power cut too;
        # sets come once a minute, so the few milliseconds it costs do not matter.
        db.execute("PRAGMA synchronous = FULL")
        migrations.migrate(db)
        with lenient_text(db):  # a name in a damaged schema may not be UTF-8
            problems = migrations.schema_problems(db)
        if problems:
            raise Damaged(", ".join(problems))
    except BaseException:
        db.close()
        raise
    return db


def check_readable(path: Path, timeout_s: float) -> None:
    """Raise Damaged if an existing log's header or SQLite's integrity check finds damage.

    Read-only, so a broken log and its WAL are left exactly as they are (a read-write
    connection would checkpoint the WAL into the broken file and delete it on close).
    """
    if not path.exists():
        return
    _check_header(path)
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout_s)
    try:
        # integrity_check, not quick_check: it also finds an index that no longer matches
        # its table (~1.5 ms for years of sets). Its report may quote damaged bytes.
        with lenient_text(db):
            check = db.execute("PRAGMA integrity_check(1)").fetchone()
        if check is None or check[0] != "ok":
            found = (
                printable(str(check[0]))[:120] if check else translate("LogOpening", "no answer")
            )
            raise Damaged(translate("LogOpening", "integrity check: {report}").format(report=found))
        migrations.refuse_newer(db)
    finally:
        db.close()


_MAGIC: Final = b"SQLite format 3\x00"
_JOURNAL_BYTES: Final = (b"\x01\x01", b"\x02\x02")
"""Header bytes 18 and 19: a rollback-journal file, or a WAL one. SQLite reads some other
values too, and opening would then rewrite them: a header like that is damage."""


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError:
        return  # SQLite will say what is wrong, and whether it is the file's fault
    if header.startswith(_MAGIC) and len(header) == 100 and header[18:20] not in _JOURNAL_BYTES:
        raise Damaged(
            translate(
                "LogOpening", "its header is damaged (bytes 18 and 19 are {first}, {second})"
            ).format(first=header[18], second=header[19])
        )


def set_aside(path: Path) -> Path:
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
            translate(
                "LogOpening",
                "the training log {path} cannot be read and cannot be moved aside: {reason}",
            ).format(path=printable(str(path)), reason=error.strerror or error)
        ) from None
    return target
