"""Changing a logged set afterwards, and taking the change back.

Before a set is deleted or edited its row, and its session's row, are read exactly as
stored (`SetSnapshot`): each value with its SQLite type, text as its bytes, so even a value
damaged since it was written comes back byte for byte. Putting the snapshot back restores
the set with the same id and values, and its session if deleting the set emptied it. A
session left without sets is deleted with its last set: the lifter sees no empty session.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Final

from thrusttimer.core.i18n import translate
from thrusttimer.store.log_reading import SESSION_COLUMNS, SET_COLUMNS

Stored = tuple[tuple[str, object], ...]
"""Each column's SQLite type and value, text as bytes."""


@dataclass(frozen=True, slots=True)
class SetSnapshot:
    """A set and its session as stored, to put back after a delete or an edit."""

    set_id: int
    session_id: int
    set_row: Stored
    session_row: Stored

    @property
    def set_number(self) -> object:
        """The set's number as stored (for words: "set 2")."""
        return self.set_row[2][1]


_SET_NAMES: Final = tuple(name.strip() for name in SET_COLUMNS.split(","))
_SESSION_NAMES: Final = tuple(name.strip() for name in SESSION_COLUMNS.split(","))


def snapshot(db: sqlite3.Connection, set_id: int) -> SetSnapshot:
    """The set `set_id` and its session as stored; KeyError if there is no such set."""
    set_row = _stored(db, "sets", _SET_NAMES, "id", set_id)
    if set_row is None:
        raise KeyError(
            translate("LogEditing", "no set with id {id} in the training log").format(id=set_id)
        )
    session_id = set_row[1][1]
    if type(session_id) is not int:
        raise KeyError(
            translate("LogEditing", "the set with id {id} belongs to no session").format(id=set_id)
        )
    session_row = _stored(db, "sessions", _SESSION_NAMES, "id", session_id)
    return SetSnapshot(set_id, session_id, set_row, session_row or ())


def delete(db: sqlite3.Connection, taken: SetSnapshot) -> bool:
    """Delete the set (inside a transaction), and its session if no set is left in it;
    True when the session went too."""
    db.execute("DELETE FROM sets WHERE id = ?", (taken.set_id,))
    cursor = db.execute(
        "DELETE FROM sessions WHERE id = ? AND NOT EXISTS"
        " (SELECT 1 FROM sets WHERE session_id = ?)",
        (taken.session_id, taken.session_id),
    )
    return cursor.rowcount == 1


def restore(db: sqlite3.Connection, taken: SetSnapshot) -> None:
    """Put the set back as the snapshot has it (inside a transaction): its session first if
    it is gone, then the set, replacing whatever the row holds now."""
    # Exactly as it was, even a value out of range that damage left in the row before.
    db.execute("PRAGMA ignore_check_constraints = ON")
    try:
        if taken.session_row:
            verb = "INSERT OR IGNORE INTO sessions"  # i18n: not shown
            _insert(db, verb, _SESSION_NAMES, taken.session_row)
        verb = "INSERT OR REPLACE INTO sets"  # i18n: not shown
        _insert(db, verb, _SET_NAMES, taken.set_row)
    finally:
        db.execute("PRAGMA ignore_check_constraints = OFF")


def _stored(
    db: sqlite3.Connection, table: str, names: tuple[str, ...], key: str, value: int
) -> Stored | None:
    typed = ", ".join(f"typeof({name}), {name}" for name in names)
    factory = db.text_factory
    db.text_factory = bytes  # text as its bytes: nothing is decoded, so nothing can change
    try:
        row = db.execute(f"SELECT {typed} FROM {table} WHERE {key} = ?", (value,)).fetchone()
    finally:
        db.text_factory = factory
    if row is None:
        return None
    return tuple((row[i].decode("ascii"), row[i + 1]) for i in range(0, len(row), 2))


def _insert(db: sqlite3.Connection, verb: str, names: tuple[str, ...], row: Stored) -> None:
    # Text was read as bytes: CAST gives it back its type, with exactly those bytes.
    cast = "CAST(? AS TEXT)"  # i18n: not shown
    slots = ", ".join(cast if kind == "text" else "?" for kind, _ in row)
    db.execute(f"{verb} ({', '.join(names)}) VALUES ({slots})", tuple(value for _, value in row))
