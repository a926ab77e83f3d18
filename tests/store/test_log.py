"""The training log: where it lives, what it keeps, and what happens to a broken file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.store.v1_fixture import FIXTURE
from thrusttimer.store import log as log_module
from thrusttimer.store.log import (
    DATA_DIR_ENV,
    LOG_FILE_NAME,
    LogUnavailable,
    TrainingLog,
    default_log_path,
    to_kg,
)

TZ = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 23, 18, 0, tzinfo=TZ)


def test_the_log_lives_in_the_data_dir_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    assert default_log_path() == tmp_path / "data" / LOG_FILE_NAME
    with TrainingLog.open() as log:
        assert log.path == tmp_path / "data" / LOG_FILE_NAME
    assert (tmp_path / "data" / LOG_FILE_NAME).exists()


def test_without_the_variable_it_uses_the_platform_data_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from platformdirs import user_data_dir

    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert default_log_path() == Path(user_data_dir("thrusttimer", appauthor=False)) / LOG_FILE_NAME


def test_a_set_is_visible_to_another_connection_as_soon_as_it_is_added(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    with TrainingLog.open(path) as log:
        session = log.start_session("Hypertrophy", MONDAY)
        log.add_set(session, 1, load_kg=80, reps=10, ended_at=MONDAY + timedelta(minutes=2))
        other = sqlite3.connect(path)
        assert other.execute("SELECT load_kg, reps FROM sets").fetchall() == [(80.0, 10)]
        other.close()


def test_update_set_replaces_the_defaults(tmp_path: Path) -> None:
    with TrainingLog.open(tmp_path / "log.sqlite3") as log:
        session = log.start_session("Hypertrophy", MONDAY)
        set_id = log.add_set(session, 1, load_kg=80, reps=10, ended_at=MONDAY, planned_reps=10)
        log.update_set(
            set_id, load_kg=to_kg(185, "lb"), reps=9, rpe=8.5, note="left knee", unit="lb"
        )
        row = log.get_set(set_id)
    assert row.reps == 9
    assert row.rpe == 8.5
    assert row.note == "left knee"
    assert row.unit == "lb"
    assert row.load == pytest.approx(185)
    assert row.planned_reps == 10


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"load_kg": -1.0}, "load"),
        ({"reps": -2}, "reps"),
        ({"rpe": 5.5}, "RPE"),
        ({"rpe": 8.3}, "RPE"),
        ({"unit": "stone"}, "unit"),
    ],
)
def test_a_bad_entry_names_its_field_and_changes_nothing(
    tmp_path: Path, changes: dict[str, object], field: str
) -> None:
    with TrainingLog.open(tmp_path / "log.sqlite3") as log:
        session = log.start_session("Hypertrophy", MONDAY)
        set_id = log.add_set(session, 1, load_kg=80, reps=10, ended_at=MONDAY)
        entry: dict[str, object] = {
            "load_kg": 90.0,
            "reps": 8,
            "rpe": None,
            "note": "",
            "unit": "kg",
        }
        entry.update(changes)
        with pytest.raises(ValueError, match=f"^{field}: .* allowed: "):
            log.update_set(set_id, **entry)  # type: ignore[arg-type]
        assert log.get_set(set_id).load_kg == 80


def test_updating_a_missing_set_is_an_error(tmp_path: Path) -> None:
    with TrainingLog.open(tmp_path / "log.sqlite3") as log, pytest.raises(KeyError):
        log.update_set(99, load_kg=1, reps=1, rpe=None, note="", unit="kg")


def test_a_transaction_is_all_or_nothing(tmp_path: Path) -> None:
    with TrainingLog.open(tmp_path / "log.sqlite3") as log:

        def interrupted() -> None:
            with log.transaction():
                session = log.start_session("Hypertrophy", MONDAY)
                log.add_set(session, 1, load_kg=80, reps=10, ended_at=MONDAY)
                raise RuntimeError("power cut")

        with pytest.raises(RuntimeError):
            interrupted()
        assert log.sessions() == []
        assert log.count_sets() == 0


def test_deleting_a_session_deletes_its_sets_through_the_foreign_key(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    with TrainingLog.open(path) as log:
        session = log.start_session("Hypertrophy", MONDAY)
        log.add_set(session, 1, load_kg=80, reps=10, ended_at=MONDAY)
        with pytest.raises(sqlite3.IntegrityError):
            log.add_set(session + 1, 1, load_kg=80, reps=10, ended_at=MONDAY)
        assert log.count_sets() == 1


def test_sessions_since_a_day_and_the_last_load(tmp_path: Path) -> None:
    with TrainingLog.open(tmp_path / "log.sqlite3") as log:
        assert log.last_load() is None
        for week, load in enumerate((60.0, 70.0, 80.0)):
            start = MONDAY + timedelta(weeks=week)
            session = log.start_session(
                f"week {week}", start, ended_at=start + timedelta(minutes=20)
            )
            log.add_set(session, 1, load_kg=load, reps=10, ended_at=start + timedelta(minutes=2))
            log.add_set(session, 2, load_kg=20, reps=10, ended_at=start, kind="warmup")
        recent = log.sessions(since=date(2026, 11, 30))
        assert [s.name for s in recent] == ["week 1", "week 2"]
        assert [len(s.sets) for s in recent] == [2, 2]
        assert recent[0].duration_s == 1200
        assert log.last_load() == (80.0, "kg"), "the warm-up is not the last load used"


def test_an_unreadable_log_is_moved_aside_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    garbage = b"this is not a database, it is a shopping list\n" * 200
    path.write_bytes(garbage)
    with TrainingLog.open(path) as log:
        assert log.notice is not None
        assert "could not be read" in log.notice
        assert "nothing was deleted" in log.notice
        assert log.sessions() == []
        log.start_session("fresh", MONDAY)
    aside = [p for p in tmp_path.iterdir() if ".unreadable-" in p.name]
    assert len(aside) == 1
    assert aside[0].name in log.notice
    assert aside[0].read_bytes() == garbage, "the broken file is kept as it was"


def test_a_log_damaged_inside_is_moved_aside_with_its_wal(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    with TrainingLog.open(path) as log:
        session = log.start_session("Hypertrophy", MONDAY)
        for number in range(1, 200):
            log.add_set(session, number, load_kg=80, reps=10, ended_at=MONDAY, note="x" * 200)
    data = bytearray(path.read_bytes())
    # Overwrite a page in the middle of the file: the header still says "SQLite format 3".
    data[4096 * 3 : 4096 * 5] = b"\xff" * (4096 * 2)
    path.write_bytes(bytes(data))
    (tmp_path / (LOG_FILE_NAME + "-wal")).write_bytes(b"stale")
    with TrainingLog.open(path) as log:
        assert log.notice is not None
        assert log.count_sets() == 0
    aside = {p.name.rsplit("-", 1)[-1]: p for p in tmp_path.iterdir() if ".unreadable-" in p.name}
    assert aside["wal"].read_bytes() == b"stale", "the WAL is kept untouched beside the log"
    assert len([p for p in aside.values() if not p.name.endswith(("-wal", "-shm"))]) == 1


def test_when_even_a_fresh_log_cannot_be_made_the_error_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(LogUnavailable, match="cannot create the folder"):
        TrainingLog.open(blocker / "log.sqlite3")


def test_moving_aside_twice_in_one_second_keeps_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / LOG_FILE_NAME
    for _ in range(2):
        path.write_bytes(b"garbage" * 1000)
        TrainingLog.open(path).close()
    assert len([p for p in tmp_path.iterdir() if ".unreadable-" in p.name]) == 2
    assert path.name == log_module.LOG_FILE_NAME


def test_a_log_locked_by_another_program_is_not_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    shutil.copy(FIXTURE, path)  # a version-1 log, not yet in WAL mode: a lock blocks reads
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(
            LogUnavailable,
            match=r"cannot be used now: another program is writing to it \(database is locked\)",
        ):
            TrainingLog.open(path, timeout_s=0.05)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOG_FILE_NAME]
    with TrainingLog.open(path) as log:
        assert log.notice is None
        assert log.count_sets() == 4
