"""The recorder commits each completed set the moment it ends, with what the plan knows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import compile_plan
from thrusttimer.store.log import DATA_DIR_ENV, HIP_THRUST, LOG_FILE_NAME, TrainingLog
from thrusttimer.store.recorder import LOAD_KG, Recorder, SetRecorded

TZ = timezone(timedelta(hours=1))


class Wall:
    """A wall clock that follows the fake monotonic clock."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.origin = clock()

    def __call__(self) -> datetime:
        return datetime(2026, 11, 25, 18, 0, tzinfo=TZ) + timedelta(
            seconds=self.clock() - self.origin
        )


# Timed rests: the clock alone carries the session from set to set.
PLAN = Plan.build(sets=3, reps=4, tempo="2-0-1-1", rest_s=60, lead_in_s=5, advance_when_ready=False)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def run_to(session: Session, clock: FakeClock, seconds: float) -> None:
    """Advance in 100 ms steps, ticking as the window would."""
    target = clock() + seconds
    while clock() < target - 1e-9:
        clock.advance(min(0.1, target - clock()))
        session.tick()


def record_whole(log: TrainingLog, plan: Plan, load: float) -> Session:
    """Run `plan` to its end on a fake clock with a recorder logging at `load` kg."""
    clock = FakeClock()
    session = Session(plan, clock)
    Recorder(log, session, load=load, now=Wall(clock))
    session.start()
    run_to(session, clock, compile_plan(plan).total_s + 1)
    return session


def set_end_s(plan: Plan, number: int) -> float:
    timeline = compile_plan(plan)
    return max(s.end_s for s in timeline.segments if s.set == number and s.rep is not None)


def test_each_set_is_in_the_log_as_soon_as_it_ends(log: TrainingLog) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    recorder = Recorder(log, session, load=100, now=Wall(clock))
    heard: list[SetRecorded] = []
    recorder.recorded.connect(heard.append)
    session.start()
    run_to(session, clock, set_end_s(PLAN, 1) - 0.2)
    assert log.count_sets() == 0, "not before the last rep is down"
    run_to(session, clock, 0.3)
    assert session.state is State.REST
    assert log.count_sets() == 1
    row = heard[0].row
    assert (row.set_number, row.load_kg, row.reps, row.planned_reps) == (1, 100.0, 4, 4)
    assert row.tempo == "2-0-1-1"
    assert row.exercise == HIP_THRUST
    assert row.tut_s == pytest.approx(4 * (2 + 1 + 1))
    assert heard[0].set_count == 3
    (logged,) = log.sessions()
    assert logged.name == PLAN.name
    assert logged.ended_at is None
    assert logged.started_at == datetime(2026, 11, 25, 18, 0, tzinfo=TZ)


def test_a_whole_session_records_every_set_and_its_end(log: TrainingLog) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    Recorder(log, session, load=100, now=Wall(clock))
    session.start()
    run_to(session, clock, compile_plan(PLAN).total_s + 1)
    assert session.state is State.DONE
    (logged,) = log.sessions()
    assert [s.set_number for s in logged.sets] == [1, 2, 3]
    assert logged.duration_s == pytest.approx(compile_plan(PLAN).total_s, abs=1)


def test_without_rest_the_next_set_starting_ends_the_set(log: TrainingLog) -> None:
    plan = Plan.build(PLAN, rest_s=0)
    clock = FakeClock()
    session = Session(plan, clock)
    Recorder(log, session, load=50, now=Wall(clock))
    session.start()
    run_to(session, clock, set_end_s(plan, 1) + 0.15)
    assert log.count_sets() == 1


def test_a_lead_in_or_a_first_rep_stopped_leaves_no_set_and_no_session(
    log: TrainingLog,
) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    Recorder(log, session, load=100, now=Wall(clock))
    session.start()
    run_to(session, clock, 2)
    session.stop()
    assert log.sessions() == []
    clock2 = FakeClock()
    session2 = Session(PLAN, clock2)
    Recorder(log, session2, load=100, now=Wall(clock2))
    session2.start()
    run_to(session2, clock2, segment_start_s(PLAN, 1, 1, Phase.SQUEEZE) + 0.1)
    session2.stop()  # rep 1 was up, but the lifter stopped before it was over
    assert log.sessions() == []


def segment_start_s(plan: Plan, set_number: int, rep: int, phase: Phase) -> float:
    return next(
        s.start_s
        for s in compile_plan(plan).segments
        if (s.set, s.rep, s.phase) == (set_number, rep, phase)
    )


def test_a_set_stopped_part_way_is_logged_with_the_reps_done_as_partial(
    log: TrainingLog,
) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    recorder = Recorder(log, session, load=100, now=Wall(clock))
    heard: list[SetRecorded] = []
    recorder.recorded.connect(heard.append)
    session.start()
    run_to(session, clock, set_end_s(PLAN, 1) + 10)
    session.skip_rest()
    second_start = session.position_s()
    # Set 2: reps 1 and 2 done, stopped in the thrust of rep 3 (it did not go up).
    at = segment_start_s(PLAN, 2, 3, Phase.THRUST) + 0.5
    run_to(session, clock, at - second_start)
    assert session.stop()
    (logged,) = log.sessions()
    assert [(s.set_number, s.reps, s.planned_reps, s.partial) for s in logged.sets] == [
        (1, 4, 4, False),
        (2, 2, 4, True),
    ]
    assert logged.sets[1].tut_s == pytest.approx(2 * (2 + 1 + 1)), "the reps done only"
    assert logged.ended_at is not None
    assert heard[-1].row.id == logged.sets[1].id, "the quick entry is offered for it"


def test_stopped_in_the_squeeze_the_rep_still_in_progress_is_not_counted(
    log: TrainingLog,
) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    Recorder(log, session, load=100, now=Wall(clock))
    session.start()
    run_to(session, clock, segment_start_s(PLAN, 1, 3, Phase.SQUEEZE) + 0.2)
    session.stop()
    assert [s.reps for s in log.sessions()[0].sets] == [2]


def test_a_restarted_rep_or_set_is_counted_once_and_a_skipped_thrust_counts(
    log: TrainingLog,
) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    Recorder(log, session, load=100, now=Wall(clock))
    session.start()
    run_to(session, clock, segment_start_s(PLAN, 1, 2, Phase.DESCENT) + 0.2)
    assert session.restart_rep()  # rep 2 again
    assert session.restart_set()  # and the whole set again
    run_to(session, clock, 0.5)
    assert session.current_segment.rep == 1
    assert session.skip_phase()  # brace skipped
    assert session.current_segment.phase is Phase.THRUST
    assert session.skip_phase()  # the lifter was up early
    start = session.position_s()
    run_to(session, clock, segment_start_s(PLAN, 1, 3, Phase.THRUST) + 0.1 - start)
    session.stop()
    assert [s.reps for s in log.sessions()[0].sets] == [2]


def test_an_empty_log_records_the_load_as_not_logged_never_0_kg(log: TrainingLog) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    recorder = Recorder(log, session, now=Wall(clock))
    assert recorder.load_kg is None, "nothing to default to: not logged"
    session.start()
    run_to(session, clock, set_end_s(PLAN, 1) + 0.2)
    row = log.get_set(recorder.set_ids[1])
    assert row.load_kg is None
    assert row.load is None
    assert log.last_load() == (None, "kg")


def test_the_load_chosen_for_the_workout_is_recorded_and_can_be_not_logged(
    log: TrainingLog,
) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    recorder = Recorder(log, session, load=60, now=Wall(clock))
    recorder.choose_load(225, "lb")
    session.start()
    run_to(session, clock, set_end_s(PLAN, 1) + 0.2)
    recorder.choose_load(None)
    run_to(session, clock, set_end_s(PLAN, 2) - set_end_s(PLAN, 1))
    first, second = (log.get_set(recorder.set_ids[n]) for n in (1, 2))
    assert (first.unit, first.load) == ("lb", pytest.approx(225))
    assert second.load_kg is None


def test_the_default_load_is_the_last_one_used_with_the_same_workout(log: TrainingLog) -> None:
    for name, load in (("Heavy", 140.0), ("Light", 60.0)):
        session = log.start_session(name, datetime(2026, 11, 20, 18, 0, tzinfo=TZ))
        log.add_set(session, 1, load_kg=load, reps=5, ended_at=datetime.now(TZ))
    heavy = Recorder(log, Session(Plan.build(PLAN, name="Heavy"), FakeClock()))
    assert heavy.load_kg == 140.0, "not the last load of any workout (60)"
    other = Recorder(log, Session(Plan.build(PLAN, name="Never done"), FakeClock()))
    assert other.load_kg == 60.0, "a workout never done starts from the last load"


def test_the_default_load_is_the_last_load_used_and_amend_updates_it(log: TrainingLog) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    recorder = Recorder(log, session, now=Wall(clock))
    session.start()
    run_to(session, clock, set_end_s(PLAN, 1) + 0.2)
    first_id = recorder.set_ids[1]
    amended = recorder.amend(first_id, load=225, reps=3, rpe=9, note="grindy", unit="lb")
    assert amended.reps == 3
    assert amended.unit == "lb"
    assert amended.load == pytest.approx(225)
    run_to(session, clock, set_end_s(PLAN, 2) - set_end_s(PLAN, 1))
    second = log.get_set(recorder.set_ids[2])
    assert second.unit == "lb", "the entry is the new default"
    assert second.load == pytest.approx(225)
    assert second.reps == 4
    assert second.rpe is None
    assert second.note == ""
    # A new session picks up the last load from the log.
    later = Recorder(log, Session(PLAN, FakeClock()))
    assert later.unit == "lb"
    assert later.load_kg == pytest.approx(second.load_kg)


def test_restarting_a_set_records_it_once(log: TrainingLog) -> None:
    clock = FakeClock()
    session = Session(PLAN, clock)
    Recorder(log, session, load=100, now=Wall(clock))
    session.start()
    run_to(session, clock, 10)
    assert session.restart_set()
    run_to(session, clock, set_end_s(PLAN, 1) + 0.5)
    assert log.count_sets() == 1


def test_open_for_uses_the_default_log_and_closes_it_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    clock = FakeClock()
    session = Session(PLAN, clock)
    recorder, notice = Recorder.open_for(session, load=80)
    assert recorder is not None
    assert notice is None
    session.start()
    run_to(session, clock, compile_plan(PLAN).total_s + 1)
    with pytest.raises(sqlite3.ProgrammingError):
        recorder.log.count_sets()  # closed when the session ended
    with TrainingLog.open(tmp_path / LOG_FILE_NAME) as reopened:
        assert reopened.count_sets() == 3


def test_open_for_without_a_usable_log_says_why_and_records_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    recorder, notice = Recorder.open_for(Session(PLAN, FakeClock()), path=blocker / "log.sqlite3")
    assert recorder is None
    assert notice is not None
    assert notice.startswith("Training log: not recording this session (cannot create the folder")


def test_the_load_option_range() -> None:
    assert LOAD_KG.check("60") == 60.0
    with pytest.raises(ValueError, match="load: '-5' is not allowed"):
        LOAD_KG.check("-5")
