"""A completed set is never lost: a locked log, a full disk or a log damaged mid-session
keep the workout going and the set waiting, and the lifter hears only what matters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.store.test_log_waiting import locked
from tests.store.test_recorder import Wall, run_to, set_end_s
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import compile_plan
from thrusttimer.store.log import LOG_FILE_NAME, TrainingLog
from thrusttimer.store.recorder import RETRY_EVERY_S, Recorder, SetRecorded

TZ = timezone(timedelta(hours=1))
# Timed rests: the clock alone carries each session from set to set.
PLAN = Plan.build(
    name="Glute day",
    sets=3,
    reps=4,
    tempo="2-0-1-1",
    rest_s=60,
    lead_in_s=5,
    advance_when_ready=False,
)
NEXT_REST_CUE_S = 21
"""Tries come with the session's events, at least RETRY_EVERY_S apart; in PLAN's rests a
form tip comes every 20 s."""
SHORT = Plan.build(
    name="Short day",
    sets=2,
    reps=2,
    tempo="1-0-1-0",
    rest_s=10,
    lead_in_s=0,
    advance_when_ready=False,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / LOG_FILE_NAME


@pytest.fixture
def log(path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(path) as opened:
        yield opened


class Heard:
    """What a recorder told: sets recorded and problems."""

    def __init__(self, recorder: Recorder) -> None:
        self.sets: list[int] = []
        self.problems: list[str] = []
        recorder.recorded.connect(self._set)
        recorder.problems.connect(self.problems.append)

    def _set(self, event: SetRecorded) -> None:
        self.sets.append(event.row.set_number)


def started(log: TrainingLog, plan: Plan = PLAN) -> tuple[Session, FakeClock, Heard]:
    clock = FakeClock()
    session = Session(plan, clock)
    heard = Heard(Recorder(log, session, load=100, now=Wall(clock)))
    session.start()
    return session, clock, heard


def sets_of(log: TrainingLog, plan: Plan) -> list[int]:
    return [s.set_number for x in log.sessions() if x.name == plan.name for s in x.sets]


def fill_to_the_brim(log: TrainingLog) -> None:
    """Make the log as full as on a full disk: SQLite's own page limit, and every page it
    may use filled with a filler session's sets, smaller and smaller."""
    filler = log.start_session("filler", datetime(2026, 1, 1, tzinfo=TZ))
    log.pragma(f"max_page_count = {log.pragma('page_count')}")
    number = 1
    for size in (4000, 1000, 250, 60, 15, 0):
        refused: list[str] = []
        while not refused:
            try:
                log.add_set(
                    filler, number, load_kg=1, reps=1, ended_at=datetime.now(TZ), note="x" * size
                )
            except sqlite3.OperationalError as error:
                refused.append(str(error))
            number += 1
        assert refused == ["database or disk is full"]


def aside(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".unreadable-" in p.name]


def test_a_full_disk_at_a_sets_end_keeps_the_set_and_the_log_where_it_is(
    log: TrainingLog, path: Path
) -> None:
    fill_to_the_brim(log)
    session, clock, heard = started(log)
    run_to(session, clock, set_end_s(PLAN, 1) + 0.2)
    assert session.state is State.REST, "the workout goes on"
    assert sets_of(log, PLAN) == []
    assert log.waiting() == [1]
    assert log.journal.exists(), "the set is safe on disk beside the log"
    assert heard.problems == [], "kept safe: nothing to tell yet"
    assert heard.sets == []
    log.pragma("max_page_count = 1000000")  # space is free again
    run_to(session, clock, NEXT_REST_CUE_S)
    assert sets_of(log, PLAN) == [1], "written at the next try, during the rest"
    assert heard.sets == [1], "the quick entry still comes, as the lifter rests"
    assert not log.journal.exists()
    run_to(session, clock, compile_plan(PLAN).total_s)
    assert sets_of(log, PLAN) == [1, 2, 3]
    assert heard.problems == []
    assert aside(path.parent) == [], "a full disk is not damage"


def test_a_set_that_cannot_be_kept_on_disk_at_all_is_said_at_once(
    log: TrainingLog, path: Path
) -> None:
    fill_to_the_brim(log)
    log.journal.mkdir()  # the journal cannot be written either
    session, clock, heard = started(log)
    run_to(session, clock, set_end_s(PLAN, 1) + 0.2)
    assert session.state is State.REST
    (told,) = heard.problems
    assert told.startswith("Training log: set 1 could not be saved yet (the disk is full")
    assert "nor kept beside the log (is a directory); ThrustTimer keeps trying." in told
    log.pragma("max_page_count = 1000000")
    run_to(session, clock, compile_plan(PLAN).total_s)
    assert sets_of(log, PLAN) == [1, 2, 3], "kept in memory until it could be written"
    assert len(heard.problems) == 1


def test_a_lock_held_through_a_sets_end_loses_nothing_and_says_nothing(
    log: TrainingLog, path: Path
) -> None:
    session, clock, heard = started(log)
    with locked(path):
        run_to(session, clock, set_end_s(PLAN, 1) + 0.2)
        assert session.state is State.REST
        run_to(session, clock, NEXT_REST_CUE_S)
        assert log.waiting() == [1]
    run_to(session, clock, NEXT_REST_CUE_S)
    assert sets_of(log, PLAN) == [1]
    assert heard.sets == [1]
    run_to(session, clock, compile_plan(PLAN).total_s)
    assert sets_of(log, PLAN) == [1, 2, 3]
    assert heard.problems == []


def test_a_set_written_late_does_not_pop_up_during_the_next_set(
    log: TrainingLog, path: Path
) -> None:
    session, clock, heard = started(log)
    with locked(path):
        run_to(session, clock, set_end_s(PLAN, 1) + 0.2)
        run_to(session, clock, 60 + 3)  # into set 2
        assert session.state is not State.REST
    run_to(session, clock, 2 * RETRY_EVERY_S)  # reps: an event every second or so
    assert session.current_segment.set == 2
    assert sets_of(log, PLAN) == [1]
    assert heard.sets == [], "set 1's quick entry is not shown over set 2"
    run_to(session, clock, set_end_s(PLAN, 2) - session.position_ms() / 1000 + 0.2)
    assert heard.sets == [2]


def test_sets_still_waiting_at_the_end_are_said_and_kept_for_the_next_start(
    log: TrainingLog, path: Path
) -> None:
    with locked(path):
        session, clock, heard = started(log, SHORT)
        run_to(session, clock, compile_plan(SHORT).total_s + 1)
        assert session.state is State.DONE
        assert heard.problems == [
            "Training log: sets 1 and 2 of this session are not in the log yet (another "
            "program is writing to it (database is locked)); they are kept in "
            f"{LOG_FILE_NAME}.pending.json and will be added the next time ThrustTimer "
            "opens the log."
        ]
    with TrainingLog.open(path) as again:
        assert again.notice is not None
        assert "2 set(s) kept while the training log could not be written" in again.notice
        (logged,) = again.sessions()
        assert [s.set_number for s in logged.sets] == [1, 2]
        assert logged.ended_at is not None, "the session's end waited too"


def test_a_log_damaged_during_the_session_keeps_its_sets_for_a_new_log(
    log: TrainingLog, path: Path
) -> None:
    session, clock, heard = started(log, SHORT)
    vandal = sqlite3.connect(path)
    vandal.execute("DROP TABLE sets")
    vandal.close()
    run_to(session, clock, compile_plan(SHORT).total_s + 1)
    assert session.state is State.DONE, "the workout ran to its end"
    assert heard.problems[0] == (
        "Training log: the log file is damaged (the file is damaged (no such table: sets)); "
        f"set 1 is kept in {LOG_FILE_NAME}.pending.json and will go into a new log when "
        "ThrustTimer next opens it."
    )
    assert heard.problems[-1].startswith("Training log: sets 1 and 2 of this session are not")
    log.close()
    with TrainingLog.open(path) as fresh:
        assert fresh.notice is not None
        assert "the table sets is missing" in fresh.notice
        (logged,) = fresh.sessions()
        assert [s.set_number for s in logged.sets] == [1, 2]
    assert len(aside(path.parent)) >= 1


def test_open_for_a_log_missing_a_table_records_into_a_new_one(path: Path) -> None:
    with TrainingLog.open(path):
        pass
    vandal = sqlite3.connect(path)
    vandal.execute("DROP TABLE sessions")
    vandal.close()
    clock = FakeClock()
    session = Session(SHORT, clock)
    recorder, notice = Recorder.open_for(session, load=60, path=path)
    assert recorder is not None, "the workout is recorded, in a new log"
    assert notice is not None
    assert "the table sessions is missing" in notice
    assert "moved to training-log.sqlite3.unreadable-" in notice
    session.start()
    run_to(session, clock, compile_plan(SHORT).total_s + 1)
    with TrainingLog.open(path) as fresh:
        assert fresh.notice is None
        (logged,) = fresh.sessions()
        assert [s.set_number for s in logged.sets] == [1, 2]


def test_the_next_session_writes_what_the_last_one_left_waiting(
    log: TrainingLog, path: Path
) -> None:
    with locked(path):
        first, clock, _ = started(log, SHORT)
        run_to(first, clock, compile_plan(SHORT).total_s + 1)
        assert log.waiting() == [1, 2]
    second, clock, heard = started(log, PLAN)  # the window keeps the log open between them
    run_to(second, clock, 1)
    assert sets_of(log, SHORT) == [1, 2]
    assert not log.journal.exists()
    assert heard.sets == [], "an earlier session's sets do not pop up now"
