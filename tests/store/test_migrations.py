"""The schema moves up one version per step, and a version-1 log keeps every row."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from tests.store.v1_fixture import FIXTURE, SESSIONS, SETS, build_v1
from thrusttimer.store import migrations
from thrusttimer.store.log import TrainingLog


def test_the_committed_fixture_is_a_version_1_log() -> None:
    db = sqlite3.connect(FIXTURE)
    try:
        assert migrations.version(db) == 1
        columns = [row[1] for row in db.execute("PRAGMA table_info(sets)")]
        assert "unit" not in columns
    finally:
        db.close()


def test_the_fixture_script_builds_the_same_rows(tmp_path: Path) -> None:
    built = tmp_path / "v1.sqlite3"
    build_v1(built)
    for path in (built, FIXTURE):
        db = sqlite3.connect(path)
        try:
            assert db.execute("SELECT * FROM sessions ORDER BY id").fetchall() == SESSIONS
            assert len(db.execute("SELECT * FROM sets").fetchall()) == len(SETS)
        finally:
            db.close()


def test_a_version_1_log_is_migrated_to_the_latest_and_keeps_its_sets(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    shutil.copy(FIXTURE, path)
    with TrainingLog.open(path) as log:
        assert log.schema_version == migrations.LATEST == 4
        assert log.notice is None
        sessions = log.sessions()
    assert [s.name for s in sessions] == ["Strength 5 × 5", "Strength 5 × 5"]
    assert [s.source for s in sessions] == ["thrusttimer", "thrusttimer"]
    first = sessions[0].sets
    assert [(s.set_number, s.load_kg, s.reps, s.rpe) for s in first] == [
        (1, 100.0, 5, 7.0),
        (2, 100.0, 5, 8.0),
    ]
    assert all(s.unit == "kg" and s.kind == "normal" for s in first)
    assert sessions[1].sets[0].note == "grip"
    assert sessions[0].notes == "felt good"


def test_migration_adds_the_indexes(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    shutil.copy(FIXTURE, path)
    TrainingLog.open(path).close()
    db = sqlite3.connect(path)
    try:
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        db.close()
    assert {"sets_by_session", "sessions_by_start"} <= names


def test_a_failing_step_leaves_the_log_at_the_version_before(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    shutil.copy(FIXTURE, path)
    db = sqlite3.connect(path, isolation_level=None)
    # A column the version-2 step adds already exists: the step fails half-way.
    db.execute("ALTER TABLE sets ADD COLUMN kind TEXT")
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(db)
    assert migrations.version(db) == 1
    columns = [row[1] for row in db.execute("PRAGMA table_info(sessions)")]
    assert "source" not in columns, "the step's first statement was rolled back too"
    db.close()


def test_a_log_from_a_newer_release_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    shutil.copy(FIXTURE, path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(migrations.SchemaTooNew, match="update ThrustTimer"):
        TrainingLog.open(path)
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


def test_a_new_log_starts_at_the_latest_version(tmp_path: Path) -> None:
    with TrainingLog.open(tmp_path / "new.sqlite3") as log:
        assert log.schema_version == migrations.LATEST
        assert log.pragma("journal_mode") == "wal"
        assert log.pragma("foreign_keys") == 1
        assert log.pragma("synchronous") == 2  # FULL


def test_a_log_whose_schema_was_changed_by_hand_or_damage_is_named_as_such(
    tmp_path: Path,
) -> None:
    migrated = tmp_path / "migrated.sqlite3"
    shutil.copy(FIXTURE, migrated)
    TrainingLog.open(migrated).close()
    fresh = tmp_path / "fresh.sqlite3"
    TrainingLog.open(fresh).close()
    for path in (migrated, fresh):
        db = sqlite3.connect(path)
        assert migrations.schema_problems(db) == []
        db.close()
    db = sqlite3.connect(fresh)
    db.execute("PRAGMA writable_schema = ON")
    db.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'INTEGER PRIMARY KEY,', 'INTEGER,')"
        " WHERE name = 'sessions'"
    )
    db.commit()
    db.close()
    db = sqlite3.connect(fresh)
    db.execute("ALTER TABLE sets RENAME COLUMN kind TO sort")
    assert migrations.schema_problems(db) == [
        "the column sessions.id is not defined as it was written",
        "the column sets.kind is missing",
    ]
    db.close()
    with TrainingLog.open(fresh) as log:
        assert log.notice is not None
        assert "the column sessions.id is not defined as it was written" in log.notice


def build_v2(path: Path) -> None:
    """A version-2 log holding a good set, a set whose session is gone, and a load that
    damage left out of range: every one of them must survive the move to version 3."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        for script in migrations.MIGRATIONS[:2]:
            for statement in migrations._statements(script):
                db.execute(statement)
        db.execute("PRAGMA user_version = 2")
        db.execute(
            "INSERT INTO sessions VALUES (1, '2026-10-05T18:00:00+02:00', NULL, 'Strength', '',"
            " 'thrusttimer')"
        )
        db.execute("PRAGMA ignore_check_constraints = ON")
        db.executemany(
            "INSERT INTO sets (id, session_id, set_number, exercise, ended_at, load_kg, reps,"
            " unit, kind) VALUES (?, ?, ?, 'Hip Thrust (Barbell)', '2026-10-05T18:05:00+02:00',"
            " ?, 5, 'lb', 'warmup')",
            [(1, 1, 1, 100.0), (2, 9, 1, 80.0), (3, 1, 2, -5.0)],
        )
    finally:
        db.close()


def test_a_version_2_log_keeps_every_row_as_it_was_and_takes_loads_not_logged(
    tmp_path: Path,
) -> None:
    path = tmp_path / "log.sqlite3"
    build_v2(path)
    db = sqlite3.connect(path)
    before = db.execute("SELECT * FROM sets ORDER BY id").fetchall()
    db.close()
    with TrainingLog.open(path) as log:
        assert log.schema_version == 4
        session = log.start_session("Strength", datetime(2026, 10, 6, 18, 0).astimezone())
        added = log.add_set(session, 1, load_kg=None, reps=5, ended_at=datetime.now().astimezone())
        assert log.get_set(added).load_kg is None
        assert log.pragma("foreign_keys") == 1, "switched back on after the step"
        assert log.pragma("ignore_check_constraints") == 0, "checks are back on too"
    db = sqlite3.connect(path)
    try:
        after = db.execute("SELECT * FROM sets WHERE id <= 3 ORDER BY id").fetchall()
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert migrations.schema_problems(db) == []
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO sets (session_id, set_number, exercise, ended_at, load_kg, reps)"
                " VALUES (1, 3, 'x', '2026-10-06T18:00:00+02:00', -1, 1)"
            )
    finally:
        db.close()
    # Version 4 adds the side column, empty (both legs) for every earlier set.
    assert [row[:-1] for row in after] == before
    assert all(row[-1] is None for row in after)
    assert "sets_v3" not in names
    assert "sets_by_session" in names
