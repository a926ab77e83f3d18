"""The training log's schema, one version at a time, and the steps that move a database up.

The version lives in ``PRAGMA user_version``. Version 0 is an empty file. Each step runs in
its own transaction together with the new version number, so a database is always at exactly
one version: a crash half-way through a step leaves it at the version before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Final

from thrusttimer.core.i18n import translate


class SchemaTooNew(Exception):
    """The database was written by a newer ThrustTimer; it is left untouched."""


class SchemaUnknown(Exception):
    """The database's version is one no ThrustTimer writes (below 0): it is damaged."""


# SQL, not text a person reads: the empty string that opens each script carries the mark.
SCHEMA_V1: Final = (
    ""  # i18n: not shown
    """
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,            -- ISO 8601 local time with its UTC offset
    ended_at    TEXT,
    name        TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sets (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    set_number    INTEGER NOT NULL CHECK (set_number >= 1),
    exercise      TEXT NOT NULL,
    ended_at      TEXT NOT NULL,
    load_kg       REAL NOT NULL CHECK (load_kg >= 0),
    reps          INTEGER NOT NULL CHECK (reps >= 0),
    planned_reps  INTEGER,
    tempo         TEXT,
    tut_s         REAL CHECK (tut_s IS NULL OR tut_s >= 0),
    rpe           REAL CHECK (rpe IS NULL OR rpe BETWEEN 6 AND 10),
    note          TEXT NOT NULL DEFAULT ''
);
"""
)
"""The first released schema. Kept verbatim: tests build the version-1 fixture from it."""

_V2: Final = (
    ""  # i18n: not shown
    """
-- Where a session came from, so an import can be recognised and not doubled.
ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT 'thrusttimer';
-- The unit the lifter entered (the load itself is always kept in kg).
ALTER TABLE sets ADD COLUMN unit TEXT NOT NULL DEFAULT 'kg' CHECK (unit IN ('kg', 'lb'));
-- normal, warmup, failure or drop, as Strong and Hevy mark their sets.
ALTER TABLE sets ADD COLUMN kind TEXT NOT NULL DEFAULT 'normal';
CREATE INDEX sets_by_session ON sets (session_id, set_number);
CREATE INDEX sessions_by_start ON sessions (started_at);
"""
)

_V3: Final = (
    ""  # i18n: not shown
    """
-- A load the lifter chose not to log is kept as no load (NULL), never as 0 kg. SQLite
-- cannot drop a NOT NULL, so the table is made again and its rows copied as they are.
CREATE TABLE sets_v3 (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    set_number    INTEGER NOT NULL CHECK (set_number >= 1),
    exercise      TEXT NOT NULL,
    ended_at      TEXT NOT NULL,
    load_kg       REAL CHECK (load_kg IS NULL OR load_kg >= 0),
    reps          INTEGER NOT NULL CHECK (reps >= 0),
    planned_reps  INTEGER,
    tempo         TEXT,
    tut_s         REAL CHECK (tut_s IS NULL OR tut_s >= 0),
    rpe           REAL CHECK (rpe IS NULL OR rpe BETWEEN 6 AND 10),
    note          TEXT NOT NULL DEFAULT '',
    unit          TEXT NOT NULL DEFAULT 'kg' CHECK (unit IN ('kg', 'lb')),
    kind          TEXT NOT NULL DEFAULT 'normal'
);
INSERT INTO sets_v3 (id, session_id, set_number, exercise, ended_at, load_kg, reps,
    planned_reps, tempo, tut_s, rpe, note, unit, kind)
    SELECT id, session_id, set_number, exercise, ended_at, load_kg, reps,
    planned_reps, tempo, tut_s, rpe, note, unit, kind FROM sets;
DROP TABLE sets;
ALTER TABLE sets_v3 RENAME TO sets;
CREATE INDEX sets_by_session ON sets (session_id, set_number);
"""
)

_V4: Final = (
    ""  # i18n: not shown
    """
-- The working leg of a one-sided exercise's set (each side is its own row); NULL: both.
ALTER TABLE sets ADD COLUMN side TEXT CHECK (side IS NULL OR side IN ('left', 'right'));
"""
)

MIGRATIONS: Final[tuple[str, ...]] = (SCHEMA_V1, _V2, _V3, _V4)
"""MIGRATIONS[n] takes a database from version n to version n + 1."""

LATEST: Final = len(MIGRATIONS)

TABLES: Final = ("sessions", "sets")


def version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def refuse_newer(connection: sqlite3.Connection) -> int:
    """The database's version; SchemaTooNew when a newer release wrote it, SchemaUnknown
    when none did."""
    current = version(connection)
    if current < 0:
        raise SchemaUnknown(
            translate(
                "LogSchema", "its schema version {version} is not one ThrustTimer writes"
            ).format(version=current)
        )
    if current > LATEST:
        raise SchemaTooNew(
            translate(
                "LogSchema",
                "the training log is at schema version {version}, this ThrustTimer knows up to "
                "{latest}: update ThrustTimer to open it",
            ).format(version=current, latest=LATEST)
        )
    return current


def schema_problems(connection: sqlite3.Connection) -> list[str]:
    """How the tables of a database at `LATEST` differ from what the migrations make, in
    words ("the table sets is missing"): a file damaged or edited by hand. Each column's
    name, type, NOT NULL, default and key are compared."""
    problems: list[str] = []
    for table, wanted in _latest_columns().items():
        present = {str(row[1]): tuple(row[1:]) for row in _columns(connection, table)}
        if not present:
            problems.append(
                translate("LogSchema", "the table {table} is missing").format(table=table)
            )
            continue
        for name, definition in wanted.items():
            if name not in present:
                problems.append(
                    translate("LogSchema", "the column {table}.{column} is missing").format(
                        table=table, column=name
                    )
                )
            elif present[name] != definition:
                problems.append(
                    translate(
                        "LogSchema", "the column {table}.{column} is not defined as it was written"
                    ).format(table=table, column=name)
                )
    return problems


@cache
def _latest_columns() -> dict[str, dict[str, tuple[object, ...]]]:
    """Every column of every table in a new database at `LATEST`, by name."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(memory)
        return {t: {str(row[1]): tuple(row[1:]) for row in _columns(memory, t)} for t in TABLES}
    finally:
        memory.close()


def _columns(connection: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = connection.execute(f"PRAGMA table_info({table})").fetchall()
    return rows


def migrate(connection: sqlite3.Connection) -> list[int]:
    """Bring the database up to `LATEST`; return the versions it passed through.

    The connection must be in autocommit mode (``isolation_level=None``): each step opens
    its own transaction. Raises SchemaTooNew for a database from a newer release.
    """
    current = refuse_newer(connection)
    passed: list[int] = []
    for step in range(current, LATEST):
        with _rows_copied_as_they_are(connection):
            # BEGIN IMMEDIATE: a second process opening the log at the same moment waits
            # instead of running the same step twice.
            connection.execute("BEGIN IMMEDIATE")
            try:
                if version(connection) != step:
                    connection.execute("ROLLBACK")
                    continue
                for statement in _statements(MIGRATIONS[step]):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {step + 1}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        passed.append(step + 1)
    return passed


@contextmanager
def _rows_copied_as_they_are(connection: sqlite3.Connection) -> Iterator[None]:
    """Foreign keys and CHECK constraints off while a step runs, so a table made again
    keeps every row, even one damaged since it was written (a set whose session is gone, a
    value out of range): reading reports those, a migration never drops them. (SQLite's
    own procedure for remaking a table; foreign keys can only be switched outside a
    transaction.)"""
    keys = int(connection.execute("PRAGMA foreign_keys").fetchone()[0])
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA ignore_check_constraints = ON")
    try:
        yield
    finally:
        connection.execute("PRAGMA ignore_check_constraints = OFF")
        connection.execute(f"PRAGMA foreign_keys = {keys}")


def _statements(script: str) -> list[str]:
    """Split a script into statements (executescript would commit behind our back)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        code = line.split("--", 1)[0]
        pending += code
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
