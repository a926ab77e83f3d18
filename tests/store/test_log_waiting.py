"""Sets the log cannot take now wait in memory and in a journal beside the log, survive a
restart, and are written once, never twice."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.store.v1_fixture import FIXTURE
from thrusttimer.store import migrations
from thrusttimer.store.log import LOG_FILE_NAME, TrainingLog
from thrusttimer.store.log_pending import Journal, PendingEnd, PendingSet, SessionKey
from thrusttimer.store.workout_log import open_log

TZ = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 23, 18, 0, tzinfo=TZ)
KEY = SessionKey("Hypertrophy", MONDAY)


def a_set(number: int, load_kg: float | None = 80.0) -> PendingSet:
    return PendingSet(
        KEY,
        number,
        ended_at=MONDAY + timedelta(minutes=2 * number),
        load_kg=load_kg,
        reps=10,
        planned_reps=10,
        tempo="2-0-1-1",
        tut_s=40.0,
    )


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another program holds the log's write lock (as a second ThrustTimer or an import
    would) until the block ends."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_set_the_locked_log_cannot_take_waits_in_the_journal_until_it_can(
    tmp_path: Path,
) -> None:
    path = tmp_path / LOG_FILE_NAME
    with TrainingLog.open(path) as log:
        with locked(path):
            log.keep(a_set(1))
            result = log.flush(0.01)
            assert result.problem is not None
            assert result.problem.startswith("another program is writing to it")
            assert not result.damage
            assert log.waiting() == [1]
            assert Journal(log.journal).read() == ([a_set(1)], None)
        result = log.flush(0.01)
        assert result.problem is None
        ((written, set_id),) = result.written
        assert written == a_set(1)
        assert log.get_set(set_id).load_kg == 80
        assert log.waiting() == []
        assert not log.journal.exists(), "nothing waits: no journal"
        (session,) = log.sessions()
    assert (session.name, session.started_at) == (KEY.name, KEY.started_at)


def test_a_set_without_a_load_waits_and_is_written_without_one(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    with TrainingLog.open(path) as log:
        with locked(path):
            log.keep(a_set(1, load_kg=None))
            assert log.flush(0.01).problem is not None
            assert Journal(log.journal).read() == ([a_set(1, load_kg=None)], None)
        ((_, set_id),) = log.flush(0.01).written
        assert log.get_set(set_id).load_kg is None


def test_sets_still_waiting_when_the_app_stops_are_written_at_the_next_start(
    tmp_path: Path,
) -> None:
    path = tmp_path / LOG_FILE_NAME
    log = TrainingLog.open(path)
    with locked(path):
        for number in (1, 2):
            log.keep(a_set(number))
            assert log.flush(0.01).problem is not None
        log.keep(PendingEnd(KEY, MONDAY + timedelta(minutes=30)))
        log.close()  # tries once more, then leaves them in the journal
    assert log.journal.exists()
    with TrainingLog.open(path) as again:
        assert again.notice == (
            "2 set(s) kept while the training log could not be written are in it now."
        )
        (session,) = again.sessions()
        assert [s.set_number for s in session.sets] == [1, 2]
        assert session.ended_at == MONDAY + timedelta(minutes=30)
    assert not log.journal.exists()


def test_a_journal_that_outlived_its_sets_writes_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    with TrainingLog.open(path) as log:
        log.keep(a_set(1))
        log.keep(a_set(2))
        assert log.flush().problem is None
    # As if the app stopped after the sets were committed but before the journal was
    # rewritten: the journal still holds them.
    Journal(log.journal).write([a_set(1), a_set(2, load_kg=999), a_set(3)])
    with TrainingLog.open(path) as log:
        (session,) = log.sessions()
        assert [(s.set_number, s.load_kg) for s in session.sets] == [(1, 80), (2, 80), (3, 80)]
    assert not log.journal.exists()


def test_a_damaged_journal_is_set_aside_and_the_log_opens(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    journal = tmp_path / (LOG_FILE_NAME + ".pending.json")
    journal.write_bytes(b'{"format": 1, "entries": [\x00\xff')
    with TrainingLog.open(path) as log:
        assert log.notice is not None
        assert "could not be read" in log.notice
        assert "none of the sets in it were added" in log.notice
        assert log.count_sets() == 0
    (kept,) = [p for p in tmp_path.iterdir() if ".pending.json.unreadable-" in p.name]
    assert kept.name in log.notice
    assert kept.read_bytes() == b'{"format": 1, "entries": [\x00\xff'
    assert not journal.exists()


def test_a_journal_entry_that_cannot_be_right_is_left_out_and_the_file_copied(
    tmp_path: Path,
) -> None:
    path = tmp_path / LOG_FILE_NAME
    journal = Journal(tmp_path / (LOG_FILE_NAME + ".pending.json"))
    journal.write([a_set(1), a_set(2)])
    document = json.loads(journal.path.read_text(encoding="utf-8"))
    document["entries"][1]["load_kg"] = -40
    document["entries"].append({"type": "set", "session": "\x1b[2J"})
    original = json.dumps(document)
    journal.path.write_text(original, encoding="utf-8")
    with TrainingLog.open(path) as log:
        assert log.notice is not None
        assert "2 unreadable entries were left out" in log.notice
        assert "entry 2: load: -40 is not allowed; allowed: 0 or more" in log.notice
        assert "\x1b" not in log.notice
        assert "1 set(s) kept while the training log could not be written are in it" in (log.notice)
        assert log.count_sets() == 1
    (copy,) = [p for p in tmp_path.iterdir() if ".pending.json.unreadable-" in p.name]
    assert copy.read_text(encoding="utf-8") == original
    assert not journal.path.exists()


def test_a_log_that_cannot_be_opened_yet_keeps_the_sets_and_opens_when_it_can(
    tmp_path: Path,
) -> None:
    path = tmp_path / LOG_FILE_NAME
    shutil.copy(FIXTURE, path)  # a version-1 log, not in WAL mode: a lock blocks opening
    with locked(path):
        log, notice = open_log(path)
        assert log is not None
        assert notice is not None
        assert "cannot be used now: another program is writing to it" in notice
        assert "ThrustTimer keeps this session's sets" in notice
        log.keep(a_set(1))
        assert log.flush(0.01).problem is not None
        assert log.journal.exists()
    result = log.flush(0.01)
    assert result.problem is None
    assert [entry.set_number for entry, _ in result.written] == [1]
    assert log.schema_version == migrations.LATEST, "opened, and migrated, at last"
    assert log.count_sets() == 4 + 1
    log.close()
    assert [p.name for p in tmp_path.iterdir()] == [LOG_FILE_NAME]


def test_a_warm_up_waits_and_is_written_as_a_warm_up(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    warm = PendingSet(KEY, 1, ended_at=MONDAY, load_kg=20.0, reps=10, kind="warmup")
    journal = Journal(tmp_path / (LOG_FILE_NAME + ".pending.json"))
    journal.write([warm, a_set(2)])
    assert journal.read() == ([warm, a_set(2)], None)
    with TrainingLog.open(path) as log:
        (session,) = log.sessions()
        assert [(s.set_number, s.kind) for s in session.sets] == [(1, "warmup"), (2, "normal")]


def test_a_journal_written_before_warm_ups_reads_its_sets_as_work_sets(tmp_path: Path) -> None:
    journal = Journal(tmp_path / (LOG_FILE_NAME + ".pending.json"))
    journal.write([a_set(1)])
    document = json.loads(journal.path.read_text(encoding="utf-8"))
    del document["entries"][0]["kind"]
    journal.path.write_text(json.dumps(document), encoding="utf-8")
    assert journal.read() == ([a_set(1)], None)
