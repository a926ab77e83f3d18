from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.strategies import plans
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import (
    CueDue,
    Event,
    Paused,
    PhaseStarted,
    Resumed,
    ScheduleChanged,
    SessionFinished,
    WaitingForReady,
)
from thrusttimer.core.session_queries import READY_REMINDER_AFTER_S
from thrusttimer.core.session_states import State

# lead-in 10 | brace 3 | (up 1, squeeze 2, down 2) x2 with no bottom pause | rest 30 | set 2
# A timed rest, so the clock alone runs the whole session (waiting is tested on its own).
PLAN = Plan.build(
    sets=2,
    reps=2,
    tempo="2-0-1-2",
    rest_s=30,
    lead_in_s=10,
    set_brace_s=3,
    advance_when_ready=False,
)


class Recorder:
    def __init__(self, session: Session) -> None:
        self.events: list[Event] = []
        session.events.connect(self.events.append)

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [e for e in self.events if isinstance(e, kind)]

    def phases(self) -> list[tuple[Phase, int, int | None]]:
        return [(e.segment.phase, e.segment.set, e.segment.rep) for e in self.of(PhaseStarted)]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(500.0)


def started(clock: FakeClock, plan: Plan = PLAN) -> tuple[Session, Recorder]:
    session = Session(plan, clock)
    recorder = Recorder(session)
    assert session.start()
    return session, recorder


def test_runs_through_every_phase_on_the_clock(clock: FakeClock) -> None:
    session, rec = started(clock)
    assert session.state is State.SETUP
    clock.advance(10)
    session.tick()
    assert session.state is State.BRACE
    clock.advance(3.5)
    session.tick()
    assert session.state is State.THRUST
    assert session.current_segment.rep == 1
    assert session.segment_remaining_s() == pytest.approx(0.5)
    assert session.segment_progress() == pytest.approx(0.5)
    clock.advance(100)
    session.tick()
    assert session.state is State.DONE
    assert rec.of(SessionFinished)[0].completed
    assert rec.phases() == [
        (Phase.SETUP, 1, None), (Phase.BRACE, 1, 1), (Phase.THRUST, 1, 1), (Phase.SQUEEZE, 1, 1),
        (Phase.DESCENT, 1, 1), (Phase.THRUST, 1, 2), (Phase.SQUEEZE, 1, 2), (Phase.DESCENT, 1, 2),
        (Phase.REST, 1, None), (Phase.BRACE, 2, 1), (Phase.THRUST, 2, 1), (Phase.SQUEEZE, 2, 1),
        (Phase.DESCENT, 2, 1), (Phase.THRUST, 2, 2), (Phase.SQUEEZE, 2, 2), (Phase.DESCENT, 2, 2),
    ]  # fmt: skip


def test_a_late_tick_reports_every_phase_crossed_with_its_planned_time(clock: FakeClock) -> None:
    session, rec = started(clock)
    clock.advance(15.25)  # one tick 15.25 s in: setup, brace, thrust, squeeze all crossed
    session.tick()
    starts = rec.of(PhaseStarted)
    assert [e.segment.phase for e in starts[-3:]] == [Phase.BRACE, Phase.THRUST, Phase.SQUEEZE]
    squeeze = starts[-1]
    assert squeeze.t_mono == pytest.approx(500 + 14)
    assert squeeze.late_s == pytest.approx(1.25)


def test_cues_are_due_at_their_planned_moment(clock: FakeClock) -> None:
    session, rec = started(clock)
    clock.advance(60)
    session.tick()
    for event in rec.of(CueDue):
        assert event.t_mono == pytest.approx(500 + event.cue.at_s)
    assert [e.cue.id for e in rec.of(CueDue)] == [
        c.id for c in session.timeline.cues if c.at_s <= 60
    ]


def test_pause_and_resume_shift_everything_exactly(clock: FakeClock) -> None:
    session, rec = started(clock)
    clock.advance(12.0)
    assert session.pause()
    assert session.state is State.PAUSED
    assert session.phase_state is State.BRACE
    clock.advance(37.5)
    session.tick()
    assert session.position_s() == pytest.approx(12.0)
    assert session.mono_at(13_000) is None
    assert session.resume()
    assert session.state is State.BRACE
    assert session.paused_s() == pytest.approx(37.5)
    # Thrust of rep 1 was due 13 s into the workout: 1 s after resuming.
    assert session.mono_at(13_000) == pytest.approx(clock.now + 1.0)
    clock.advance(1.0)
    session.tick()
    assert rec.of(PhaseStarted)[-1].segment.phase is Phase.THRUST
    assert rec.of(PhaseStarted)[-1].late_s == 0
    assert len(rec.of(Paused)) == len(rec.of(Resumed)) == 1
    reasons = [e.reason for e in rec.of(ScheduleChanged)]
    assert reasons == ["start", "pause", "resume"]


def test_commands_that_do_not_apply_are_refused_and_change_nothing(clock: FakeClock) -> None:
    session = Session(PLAN, clock)
    rec = Recorder(session)
    for command in (session.pause, session.resume, session.stop, session.skip_phase,
                    session.skip_rest, session.extend_rest, session.advance,
                    session.restart_set, session.restart_rep):  # fmt: skip
        result = command()
        assert not result
        assert result.reason
    assert rec.events == []
    assert session.state is State.IDLE
    assert session.start()
    refused = session.start()
    assert not refused
    assert "already started" in refused.reason
    assert not session.resume()
    assert "not paused" in session.resume().reason
    assert "not resting" in session.extend_rest().reason
    assert "no set in progress" in session.restart_set().reason
    before = (session.state, session.position_ms(), len(rec.events))
    assert not session.skip_rest()
    assert (session.state, session.position_ms(), len(rec.events)) == before
    session.stop()
    assert not session.pause()
    assert "over" in session.pause().reason


def test_skip_phase_moves_to_the_next_phase_now(clock: FakeClock) -> None:
    session, rec = started(clock)
    clock.advance(4)
    assert session.skip_phase()
    assert session.state is State.BRACE
    assert session.position_s() == pytest.approx(10)
    # The brace's 3 s now run from this moment.
    assert session.mono_at(13_000) == pytest.approx(clock.now + 3)
    assert rec.of(CueDue)[-1].cue.id == "phase.brace"


def test_rest_can_be_extended_shortened_skipped(clock: FakeClock) -> None:
    session, _ = started(clock)
    rest = next(s for s in session.timeline.segments if s.phase is Phase.REST)
    clock.advance(rest.start_s + 5)
    session.tick()
    assert session.state is State.REST
    total = session.timeline.total_s
    assert session.extend_rest()
    assert session.timeline.total_s == total + 30
    assert session.segment_remaining_s() == pytest.approx(25 + 30)
    assert session.extend_rest(-30)
    assert session.segment_remaining_s() == pytest.approx(25)
    assert session.extend_rest(-100)  # more than is left: the rest simply ends
    assert session.state is State.BRACE
    assert session.current_segment.set == 2
    refused = session.skip_rest()
    assert not refused
    assert "not resting" in refused.reason


def test_a_rest_has_an_upper_limit(clock: FakeClock) -> None:
    session, _ = started(clock, Plan.build(PLAN, rest_s=900))
    rest = next(s for s in session.timeline.segments if s.phase is Phase.REST)
    clock.advance(rest.start_s + 1)
    for _ in range(30):
        session.extend_rest()
    refused = session.extend_rest()
    assert not refused
    assert "30 minutes" in refused.reason
    assert session.current_segment.duration_s == 1800


def test_restart_rep_and_set_go_back_to_their_start(clock: FakeClock) -> None:
    session, rec = started(clock)
    clock.advance(10 + 3 + 5 + 1.5)  # rep 2, squeeze
    session.tick()
    assert (session.state, session.current_segment.rep) == (State.SQUEEZE, 2)
    assert session.restart_rep()
    assert (session.state, session.current_segment.rep) == (State.THRUST, 2)
    assert session.position_s() == pytest.approx(18)
    assert session.restart_set()
    assert (session.state, session.current_segment.rep) == (State.BRACE, 1)
    assert session.position_s() == pytest.approx(10)
    assert rec.of(CueDue)[-1].cue.id == "phase.brace"


def test_advance_when_ready_waits_at_the_end_of_rest_for_a_command(clock: FakeClock) -> None:
    plan = Plan.build(PLAN, advance_when_ready=True)
    session, rec = started(clock, plan)
    rest = next(s for s in session.timeline.segments if s.phase is Phase.REST)
    clock.advance(rest.end_s + 60)
    session.tick()
    assert session.state is State.REST
    assert session.waiting_for_ready
    assert session.position_s() == pytest.approx(rest.end_s - 4)
    assert len(rec.of(WaitingForReady)) == 1
    assert session.planned_cues(10) == []
    assert session.toggle_pause()  # Space means "ready" while waiting
    assert not session.waiting_for_ready
    assert [c.id for c, _ in session.planned_cues(10)][:3] == [
        "countdown.3",
        "countdown.2",
        "countdown.1",
    ]
    clock.advance(4)
    session.tick()
    assert session.state is State.BRACE
    assert session.current_segment.set == 2


def test_a_wait_for_ready_reminds_once_on_the_clock_of_its_start(clock: FakeClock) -> None:
    plan = Plan.build(PLAN, advance_when_ready=True)
    session, _ = started(clock, plan)
    start = clock()
    rest = next(s for s in session.timeline.segments if s.phase is Phase.REST)
    get_ready = next(c for c in session.timeline.cues if c.id == "rest.get-ready")
    assert "press Ready" in get_ready.text, "the coach says what the wait is for"
    # The tick that finds the wait comes 0.7 s late; the reminder counts from the wait's
    # planned moment, not from the tick.
    clock.advance(rest.end_s - 4 + 0.7)
    session.tick()
    assert session.waiting_for_ready
    reminders = session.planned_cues(1.5)
    assert [c.id for c, _ in reminders] == ["rest.remind.1"]
    cue, at = reminders[0]
    assert cue.text.startswith("Still resting?")
    assert at == pytest.approx(start + rest.end_s - 4 + READY_REMINDER_AFTER_S)
    clock.advance(READY_REMINDER_AFTER_S)  # past its moment: never listed again
    assert session.planned_cues(10) == []


def test_ready_before_the_reminder_cancels_it(clock: FakeClock) -> None:
    session, _ = started(clock, Plan.build(PLAN, advance_when_ready=True))
    rest = next(s for s in session.timeline.segments if s.phase is Phase.REST)
    clock.advance(rest.end_s - 4)
    session.tick()
    assert session.waiting_for_ready
    assert session.advance()
    assert all(not c.id.startswith("rest.remind") for c, _ in session.planned_cues(60))


def test_a_timed_rest_neither_waits_nor_reminds(clock: FakeClock) -> None:
    session, _ = started(clock, Plan.build(PLAN, advance_when_ready=False))
    assert session.timeline.reminders == ()
    get_ready = next(c for c in session.timeline.cues if c.id == "rest.get-ready")
    assert "Ready" not in get_ready.text


def test_advance_ends_a_timed_rest_early_with_the_count_in(clock: FakeClock) -> None:
    session, _ = started(clock)
    rest = next(s for s in session.timeline.segments if s.phase is Phase.REST)
    clock.advance(rest.start_s + 2)
    session.tick()
    assert session.advance()
    assert session.position_s() == pytest.approx(rest.end_s - 4)
    clock.advance(1.5)
    refused = session.advance()
    assert not refused
    assert "counting in" in refused.reason


def test_stop_finishes_incomplete(clock: FakeClock) -> None:
    session, rec = started(clock)
    clock.advance(3)
    assert session.stop()
    assert session.state is State.DONE
    finished = rec.of(SessionFinished)
    assert len(finished) == 1
    assert not finished[0].completed
    assert finished[0].position_s == pytest.approx(3)


def test_skipping_the_last_phase_finishes_the_workout(clock: FakeClock) -> None:
    session, rec = started(clock, Plan.build(sets=1, reps=1, lead_in_s=0))
    while session.active:
        assert session.skip_phase()
    assert rec.of(SessionFinished)[0].completed
    assert rec.of(CueDue)[-1].cue.id == "done"


# Property: any command sequence keeps the session consistent with the clock ----------

commands = st.lists(
    st.tuples(
        st.sampled_from(["wait", "pause", "resume", "skip", "skip_rest", "extend", "ready"]),
        st.floats(min_value=0, max_value=40, allow_nan=False),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(plans(max_sets=3, max_reps=3), commands)
def test_any_command_sequence_keeps_the_session_consistent_with_the_clock(
    plan: Plan, steps: list[tuple[str, float]]
) -> None:
    clock = FakeClock(100.0)
    session = Session(plan, clock)
    rec = Recorder(session)
    assert session.start()
    start = clock.now
    model_ms = 0.0  # an independent model of where the session should be
    for name, seconds in steps:
        before = session.position_ms()
        timeline = session.timeline
        if name == "wait":
            clock.advance(seconds)
            if session.running:
                model_ms = min(before + seconds * 1000, timeline.total_ms)
            session.tick()
            if session.running or not session.active:
                pass
            elif session.waiting_for_ready:
                model_ms = session.position_ms()
        elif name == "pause":
            could = session.state in (
                State.SETUP,
                State.BRACE,
                State.THRUST,
                State.SQUEEZE,
                State.DESCENT,
                State.REST,
            )
            result = session.pause()
            assert bool(result) == could
            assert session.state is (State.PAUSED if could else session.state)
        elif name == "resume":
            session.resume()
        elif name == "skip":
            if session.active:
                end = session.current_segment.end_ms
                assert session.skip_phase()
                model_ms = min(end, session.timeline.total_ms)
        elif name == "skip_rest":
            in_rest = session.active and session.current_segment.phase is Phase.REST
            assert bool(session.skip_rest()) == in_rest
            if in_rest:
                model_ms = session.position_ms()
        elif name == "extend":
            session.extend_rest(seconds)
            model_ms = session.position_ms()
        elif name == "ready":
            session.advance()
            model_ms = session.position_ms()
        position = session.position_ms()
        if name == "wait" and session.waiting_for_ready:
            model_ms = position
        assert position == pytest.approx(model_ms, abs=1e-6)
        # The segment shown is the one at the position.
        if session.active:
            segment = session.current_segment
            assert segment.start_ms <= position <= segment.end_ms
            assert session.phase_state.value == segment.phase.value
            expected = State.PAUSED if session.state is State.PAUSED else State(segment.phase.value)
            assert session.state is expected
        # Time is conserved: every second since start was either run, paused, waited or skipped.
        assert session.paused_s() <= clock.now - start + 1e-9
    # Exactly one finish, and nothing after it.
    finishes = [i for i, e in enumerate(rec.events) if isinstance(e, SessionFinished)]
    assert len(finishes) <= 1
    if finishes:
        assert finishes[0] == len(rec.events) - 1 or all(
            isinstance(e, ScheduleChanged | SessionFinished) for e in rec.events[finishes[0] :]
        )


def test_a_delayed_start_puts_the_first_moment_ahead_so_it_can_be_scheduled(
    clock: FakeClock,
) -> None:
    session = Session(PLAN, clock, start_delay_s=0.3)
    rec = Recorder(session)
    assert session.start()
    assert session.state is State.SETUP
    assert session.started_at == pytest.approx(500.3)
    # The first cue is planned 0.3 s ahead, on the same clock as every later one.
    (first, at), *_ = session.planned_cues(1.0)
    assert (first.at_ms, at) == (0, pytest.approx(500.3))
    assert session.position_ms() == 0
    clock.advance(0.2)
    assert session.position_ms() == 0
    clock.advance(0.6)
    assert session.position_s() == pytest.approx(0.5)
    assert session.mono_at(10_000) == pytest.approx(510.3)
    assert rec.of(PhaseStarted)[0].t_mono == pytest.approx(500.3)


def test_start_delay_is_bounded() -> None:
    with pytest.raises(ValueError, match="0 to 5 s"):
        Session(PLAN, FakeClock(), start_delay_s=-1)
