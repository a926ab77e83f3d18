"""A logged set can be edited or deleted, and each is undone exactly: same id, same values,
and the session a deleted last set took with it comes back too."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from thrusttimer.store.log import TrainingLog

TZ = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 23, 18, 0, tzinfo=TZ)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def raw(log: TrainingLog) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Every row of both tables, with each value's SQLite type."""
    db = sqlite3.connect(log.path)
    db.text_factory = bytes  # every byte as stored, even text that is not UTF-8
    try:
        sessions = db.execute("SELECT *, typeof(ended_at) FROM sessions ORDER BY id").fetchall()
        sets = db.execute(
            "SELECT *, typeof(load_kg), typeof(rpe), typeof(note) FROM sets ORDER BY id"
        ).fetchall()
    finally:
        db.close()
    return sessions, sets


def two_sets(log: TrainingLog) -> tuple[int, int, int]:
    session = log.start_session("Strength", MONDAY, ended_at=MONDAY + timedelta(minutes=20))
    first = log.add_set(
        session, 1, load_kg=100, reps=5, ended_at=MONDAY, planned_reps=5, tempo="2-0-X-1",
        tut_s=15.0, rpe=8.5, note="solid", unit="lb",
    )  # fmt: skip
    second = log.add_set(session, 2, load_kg=None, reps=3, ended_at=MONDAY, planned_reps=5)
    return session, first, second


def test_a_deleted_set_comes_back_with_its_id_and_values(log: TrainingLog) -> None:
    _, first, _ = two_sets(log)
    before = raw(log)
    taken = log.delete_set(first)
    assert [s.id for s in log.sessions()[0].sets] == [first + 1]
    log.restore_set(taken)
    assert raw(log) == before


def test_deleting_the_last_set_takes_its_session_and_undo_brings_both_back(
    log: TrainingLog,
) -> None:
    _, first, second = two_sets(log)
    before = raw(log)
    first_taken = log.delete_set(first)
    second_taken = log.delete_set(second)
    assert log.sessions() == [], "no empty session is left behind"
    log.restore_set(second_taken)
    log.restore_set(first_taken)
    assert raw(log) == before


def test_an_edit_is_undone_exactly(log: TrainingLog) -> None:
    _, first, _ = two_sets(log)
    before = raw(log)
    taken = log.update_set(first, load_kg=None, reps=4, rpe=None, note="", unit="kg")
    edited = log.get_set(first)
    assert (edited.load_kg, edited.reps, edited.rpe, edited.partial) == (None, 4, None, True)
    log.restore_set(taken)
    assert raw(log) == before


def test_a_value_damaged_since_it_was_written_comes_back_byte_for_byte(
    log: TrainingLog,
) -> None:
    _, first, _ = two_sets(log)
    db = sqlite3.connect(log.path)
    db.execute("UPDATE sets SET note = CAST(X'68e97070' AS TEXT) WHERE id = ?", (first,))
    db.commit()
    db.close()
    before = raw(log)
    taken = log.delete_set(first)
    log.restore_set(taken)
    assert raw(log) == before


def test_deleting_a_set_that_is_not_there_is_an_error(log: TrainingLog) -> None:
    with pytest.raises(KeyError, match="no set with id 7"):
        log.delete_set(7)


def test_a_set_without_a_load_reads_back_as_not_logged(log: TrainingLog) -> None:
    _, _, second = two_sets(log)
    row = log.get_set(second)
    assert (row.load_kg, row.load, row.partial) == (None, None, True)
    assert log.read_problems == []
    (session,) = log.sessions()
    assert session.sets[1].load_kg is None
    assert log.read_problems == [], "no load is not damage"
    assert log.last_load() == (None, "kg"), "the last set was not logged"
    assert log.last_load("Strength") == (None, "kg")
    assert log.last_load("Other") is None
