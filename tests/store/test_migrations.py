"""The schema moves up one version per step, and a version-1 log keeps every row."""

from __future__ import annotations

import shutil
import sqlite3
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
        assert log.schema_version == migrations.LATEST == 2
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
