"""Reading the training log back, whatever its rows hold.

A byte overwritten inside a stored value can pass SQLite's integrity check, so every row is
checked as it becomes a `LoggedSet` or `LoggedSession`. A row whose date, load, reps or set
number cannot be right is left out; a damaged optional value (RPE, tempo, note…) is shown
empty; text that is not UTF-8 is shown with U+FFFD. Each is reported in one line. Nothing
here writes: the file stays exactly as it is.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, Final

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.model import SIDES, Side
from thrusttimer.core.shown import printable, shown_value
from thrusttimer.store.log_checking import BadValue, RowChecker
from thrusttimer.store.log_records import (
    RPE_HIGH,
    RPE_LOW,
    SET_KINDS,
    UNITS,
    LoggedSession,
    LoggedSet,
    Unit,
)

SET_COLUMNS: Final = (
    "id, session_id, set_number, exercise, ended_at, load_kg,"  # i18n: not shown
    " reps, planned_reps, tempo, tut_s, rpe, note, unit, kind, side"
)
SESSION_COLUMNS: Final = "id, started_at, ended_at, name, notes, source"  # i18n: not shown
LISTED: Final = 5
"""How many damaged rows a notice names one by one."""

Row = tuple[Any, ...]


def fetch(
    db: sqlite3.Connection, sql: str, params: tuple[object, ...] = ()
) -> tuple[list[Row], bool]:
    """Every row of `sql`, and whether some text in them was not UTF-8: it then comes back
    with its bad bytes as surrogate escapes (`RowChecker.text` shows them as U+FFFD) instead of
    raising."""
    try:
        return db.execute(sql, params).fetchall(), False
    except UnicodeDecodeError:
        pass
    except sqlite3.OperationalError as error:
        if "decode" not in str(error):
            raise
    with lenient_text(db):
        return db.execute(sql, params).fetchall(), True


@contextmanager
def lenient_text(db: sqlite3.Connection) -> Iterator[None]:
    """Text that is not UTF-8 read with surrogate escapes while this lasts (the default, C,
    decoding is faster, so it is only for a query that met such text)."""
    factory = db.text_factory
    db.text_factory = _lenient
    try:
        yield
    finally:
        db.text_factory = factory


def _lenient(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def read_sessions(
    db: sqlite3.Connection, since: date | None = None
) -> tuple[list[LoggedSession], list[str]]:
    """Sessions oldest first, each with its sets in the order they were done, and a line for
    each row that was left out or shown differently from what the file holds.

    `since` keeps those on or after a day (the day where the session took place)."""
    where = ""
    params: tuple[object, ...] = ()
    if since is not None:
        where = " WHERE substr(started_at, 1, 10) >= ?"  # i18n: not shown
        params = (since.isoformat(),)
    # NOT INDEXED: the rows as the tables hold them, even if an index was damaged since.
    heads, lenient = fetch(
        db,
        f"SELECT {SESSION_COLUMNS} FROM sessions NOT INDEXED{where}"  # i18n: not shown
        " ORDER BY started_at, id",
        params,
    )
    # All sets when all sessions are read, so a set whose session is gone is reported too.
    among = ""
    if where:
        among = f" WHERE session_id IN (SELECT id FROM sessions{where})"  # i18n: not shown
    rows, lenient_sets = fetch(
        db,
        f"SELECT {SET_COLUMNS} FROM sets NOT INDEXED{among}"  # i18n: not shown
        " ORDER BY session_id, id",
        params,
    )
    problems: list[str] = []
    kept: dict[object, tuple[Row, RowChecker]] = {}
    left_out: dict[object, int] = {}
    for head in heads:
        where = translate("LogReading", "the session with id {id}").format(id=shown_value(head[0]))
        check = RowChecker(where, lenient)
        try:
            check.integer(head[0], QT_TRANSLATE_NOOP("LogReading", "id"), 1)
            check.moment(head[1], QT_TRANSLATE_NOOP("LogReading", "start time"))
        except BadValue as error:
            problems.append(_not_shown(check.where, error))
            left_out[head[0]] = 0
            continue
        kept[head[0]] = (head, check)
    sets: dict[object, list[LoggedSet]] = {key: [] for key in kept}
    for row in rows:
        if row[1] in left_out:
            left_out[row[1]] += 1
            continue
        if row[1] not in kept:
            problems.append(
                translate(
                    "LogReading", "the set with id {id}: it belongs to no session; it is not shown"
                ).format(id=shown_value(row[0]))
            )
            continue
        logged = set_from_row(row, problems, kept[row[1]][0], lenient_sets)
        if logged is not None:
            sets[row[1]].append(logged)
    for key, count in left_out.items():
        if count:
            problems.append(
                translate(
                    "LogReading", "the {count} set(s) of the session with id {id} are not shown"
                ).format(count=count, id=shown_value(key))
            )
    return [_session(head, check, sets[key], problems) for key, (head, check) in kept.items()], (
        problems
    )


def read_set(db: sqlite3.Connection, set_id: int) -> LoggedSet:
    """One set; KeyError if there is none with this id or it cannot be read."""
    sql = f"SELECT {SET_COLUMNS} FROM sets WHERE id = ?"  # i18n: not shown
    rows, lenient = fetch(db, sql, (set_id,))
    problems: list[str] = []
    logged = set_from_row(rows[0], problems, None, lenient) if rows else None
    if logged is None:
        reason = problems[0] if problems else translate("LogReading", "there is none")
        raise KeyError(
            translate(
                "LogReading", "no readable set with id {id} in the training log ({reason})"
            ).format(id=set_id, reason=reason)
        )
    return logged


def last_load(db: sqlite3.Connection, name: str | None = None) -> tuple[float | None, Unit] | None:
    """The load (kg; None when it was not logged) and unit of the most recent work set (not
    a warm-up) whose load is usable, of the sessions called `name` if given; None if none."""
    among = ""
    params: tuple[object, ...] = ()
    if name is not None:
        among = " AND session_id IN (SELECT id FROM sessions WHERE name = ?)"  # i18n: not shown
        params = (name,)
    rows, _ = fetch(
        db,
        "SELECT load_kg, unit FROM sets WHERE kind != 'warmup'"  # i18n: not shown
        " AND (load_kg IS NULL OR (typeof(load_kg) IN ('real', 'integer')"
        " AND load_kg >= 0 AND load_kg < 9e999))"
        f"{among} ORDER BY ended_at DESC, id DESC LIMIT 1",
        params,
    )
    if not rows:
        return None
    load = rows[0][0]
    return None if load is None else float(load), "lb" if rows[0][1] == "lb" else "kg"


def summary(problems: list[str], path: object) -> str | None:
    """One notice for the rows that could not be shown as stored (None when there are none)."""
    if not problems:
        return None
    listed = "; ".join(problems[:LISTED])
    more = len(problems) - LISTED
    if more > 0:
        listed = translate("LogReading", "{problems}; and {count} more").format(
            problems=listed, count=more
        )
    return translate(
        "LogReading",
        "The training log {path} has {count} damaged value(s); the file was left as it is: "
        "{problems}.",
    ).format(path=printable(str(path)), count=len(problems), problems=listed)


def set_from_row(
    row: Row, problems: list[str], session: Row | None, lenient: bool
) -> LoggedSet | None:
    """The set in `row` (of the session in `session`), or None and a line in `problems` if
    it cannot be shown. `lenient`: its text may hold bytes that were not UTF-8."""
    fast = None if lenient else _set_as_written(row)
    if fast is not None:
        return fast
    check = RowChecker(
        translate("LogReading", "set {number} of {session}").format(
            number=shown_value(row[2]), session=_label(session)
        )
    )
    # The fields are named in the lifter's words where a value is reported (`RowChecker`).
    try:
        logged = LoggedSet(
            id=check.integer(row[0], QT_TRANSLATE_NOOP("LogReading", "id"), 1),
            session_id=check.integer(row[1], QT_TRANSLATE_NOOP("LogReading", "session"), 0),
            set_number=check.integer(row[2], QT_TRANSLATE_NOOP("LogReading", "set number"), 1),
            exercise=check.text(row[3], QT_TRANSLATE_NOOP("LogReading", "exercise")),
            ended_at=check.moment(row[4], QT_TRANSLATE_NOOP("LogReading", "end time")),
            load_kg=check.load(row[5]),
            reps=check.integer(row[6], QT_TRANSLATE_NOOP("LogReading", "reps"), 0),
            planned_reps=check.optional(
                check.integer, row[7], QT_TRANSLATE_NOOP("LogReading", "planned reps"), 0
            ),
            tempo=check.optional(check.text, row[8], QT_TRANSLATE_NOOP("LogReading", "tempo")),
            tut_s=check.optional(
                check.number,
                row[9],
                QT_TRANSLATE_NOOP("LogReading", "time under tension"),
                0.0,
                math.inf,
            ),
            rpe=check.optional(check.rpe, row[10], QT_TRANSLATE_NOOP("LogReading", "RPE")),
            note=check.optional(check.text, row[11], QT_TRANSLATE_NOOP("LogReading", "note")) or "",
            unit=check.choice(row[12], QT_TRANSLATE_NOOP("LogReading", "unit"), UNITS, "kg"),
            kind=check.choice(
                row[13], QT_TRANSLATE_NOOP("LogReading", "kind"), SET_KINDS, "normal"
            ),
            side=None
            if row[14] is None
            else _side(
                check.choice(row[14], QT_TRANSLATE_NOOP("LogReading", "side"), SIDES, "both")
            ),
        )
    except BadValue as error:
        problems.append(_not_shown(check.where, error))
        return None
    problems.extend(_changed(check.where, note) for note in check.notes)
    return logged


def _set_as_written(row: Row) -> LoggedSet | None:
    """The quick path for a row as the app writes it (its text read as UTF-8); None sends it
    to the full check."""
    (set_id, session_id, number, exercise, ended, load, reps, planned, tempo, tut, rpe) = row[:11]
    note, unit, kind, side = row[11:]
    if not (
        type(set_id) is int
        and type(session_id) is int
        and type(number) is int
        and number >= 1
        and type(exercise) is str
        and type(ended) is str
        and (load is None or (type(load) is float and 0 <= load < math.inf))
        and type(reps) is int
        and reps >= 0
        and (planned is None or (type(planned) is int and planned >= 0))
        and (tempo is None or type(tempo) is str)
        and (tut is None or (type(tut) is float and 0 <= tut < math.inf))
        and (rpe is None or (type(rpe) is float and RPE_LOW <= rpe <= RPE_HIGH))
        and type(note) is str
        and unit in UNITS
        and kind in SET_KINDS
        and side in (None, "left", "right")
    ):
        return None
    if rpe is not None and not (rpe * 2).is_integer():
        return None
    try:
        ended_at = datetime.fromisoformat(ended)
    except ValueError:
        return None
    if ended_at.tzinfo is None:
        return None
    return LoggedSet(
        set_id, session_id, number, exercise, ended_at, load, reps, planned, tempo, tut, rpe,
        note, unit, kind, side,
    )  # fmt: skip


def _side(value: object) -> Side | None:
    return "left" if value == "left" else "right" if value == "right" else None


def _not_shown(where: str, error: BadValue) -> str:
    return translate("LogReading", "{where}: {problem}; it is not shown").format(
        where=where, problem=error
    )


def _changed(where: str, note: str) -> str:
    return translate("LogReading", "{where}: {problem}").format(where=where, problem=note)


def _label(head: Row | None) -> str:
    if head is None:
        return translate("LogReading", "the training log")
    started = head[1]
    when = printable(started[:16].replace("T", " ")) if isinstance(started, str) else "?"
    return translate("LogReading", "the session of {start}").format(start=when)


def _session(
    head: Row, check: RowChecker, sets: list[LoggedSet], problems: list[str]
) -> LoggedSession:
    session = LoggedSession(
        id=head[0],
        started_at=check.moment(head[1], QT_TRANSLATE_NOOP("LogReading", "start time")),
        ended_at=check.optional(check.moment, head[2], QT_TRANSLATE_NOOP("LogReading", "end time")),
        name=check.text(head[3], QT_TRANSLATE_NOOP("LogReading", "name"), ""),
        notes=check.text(head[4], QT_TRANSLATE_NOOP("LogReading", "notes"), ""),
        source=check.text(head[5], QT_TRANSLATE_NOOP("LogReading", "source"), "thrusttimer"),
        sets=tuple(sets),
    )
    problems.extend(_changed(check.where, note) for note in check.notes)
    return session
