"""The rows the app writes into the training log: a session, its end, a set as it was
recorded, and what the lifter entered for it afterwards. Each is one statement, run inside
the transaction `TrainingLog` opens for it."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from thrusttimer.core.model import Side
from thrusttimer.store.log_records import Unit, row_id, stored_moment


def insert_session(
    db: sqlite3.Connection,
    name: str,
    started_at: datetime,
    ended_at: datetime | None,
    notes: str,
    source: str,
) -> int:
    """A new session's row; its id."""
    cursor = db.execute(
        "INSERT INTO sessions (started_at, ended_at, name, notes, source) VALUES (?, ?, ?, ?, ?)",
        (stored_moment(started_at), stored_moment(ended_at), name, notes, source),
    )
    return row_id(cursor)


def end_session(db: sqlite3.Connection, session_id: int, ended_at: datetime) -> None:
    db.execute(
        "UPDATE sessions SET ended_at = ? WHERE id = ?",
        (stored_moment(ended_at), session_id),
    )


def insert_set(
    db: sqlite3.Connection,
    session_id: int,
    set_number: int,
    *,
    load_kg: float | None,
    reps: int,
    ended_at: datetime,
    exercise: str,
    planned_reps: int | None,
    tempo: str | None,
    tut_s: float | None,
    rpe: float | None,
    note: str,
    unit: Unit,
    kind: str,
    side: Side | None,
) -> int:
    """A new set's row (its values already checked); its id."""
    cursor = db.execute(
        "INSERT INTO sets (session_id, set_number, exercise, ended_at, load_kg, reps,"
        " planned_reps, tempo, tut_s, rpe, note, unit, kind, side)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_id, set_number, exercise, stored_moment(ended_at), load_kg, reps,
            planned_reps, tempo, tut_s, rpe, note, unit, kind, side,
        ),
    )  # fmt: skip
    return row_id(cursor)


def update_entry(
    db: sqlite3.Connection,
    set_id: int,
    load_kg: float | None,
    reps: int,
    rpe: float | None,
    note: str,
    unit: Unit,
) -> None:
    """What the lifter entered after the set in place of what it was recorded with."""
    db.execute(
        "UPDATE sets SET load_kg = ?, reps = ?, rpe = ?, note = ?, unit = ? WHERE id = ?",
        (load_kg, reps, rpe, note, unit, set_id),
    )
