"""What the gym screen says follows the block being run: its exercise's words, the side,
the switch, the rest before a new exercise, and the workout before and after (on a session
driven by a fake clock)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.content import load_exercise
from thrusttimer.core.gym_words import (
    IDLE_WORD,
    PAUSED_NOTE,
    READY_NOTE,
    BlockLine,
    all_breath_words,
    block_line,
    breath_words,
    checklist_item,
    counts_text,
    exercise_now,
    next_set_text,
    phase_words,
    plan_summary,
    rest_texts,
    shows_block_line,
    side_now,
    workout_line,
    workout_notes,
)
from thrusttimer.core.model import Phase, Segment
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session

GLUTE_DAY = {
    "format": 2,
    "name": "Glute day A",
    "lead_in_s": 10,
    "block_rest_s": 60,
    "advance_when_ready": False,
    "blocks": [
        {"exercise": "hip-thrust", "sets": 2, "reps": 2, "tempo": "2-0-1-2", "rest_s": 30},
        {"exercise": "b-stance-hip-thrust", "sets": 2, "reps": 2, "switch_s": 10, "rest_s": 30},
        {"exercise": "frog-pump", "sets": 2, "reps": 3, "tempo": "1-0-1-1", "rest_s": 20},
    ],
}


@pytest.fixture
def plan() -> Plan:
    return Plan.from_dict(GLUTE_DAY)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(500.0)


@pytest.fixture
def session(plan: Plan, clock: FakeClock) -> Session:
    return Session(plan, clock)


def go_to(
    session: Session, clock: FakeClock, where: Callable[[Segment], bool], into: float
) -> Segment:
    """Start `session` (if need be) and run its clock to `into` s into the first segment
    `where` picks."""
    if session.started_at is None:
        assert session.start()
    segment = next(s for s in session.timeline.segments if where(s))
    while session.position_s() < segment.start_s + into - 1e-9:
        if session.waiting_for_ready:
            assert session.advance().accepted  # Ready, at each wait on the way
        clock.advance(segment.start_s + into - session.position_s())
        session.tick()
    assert session.current_segment == segment
    return segment


def one_sided(side: str, phase: Phase = Phase.THRUST) -> Callable[[Segment], bool]:
    return lambda s: s.block == 1 and s.side == side and s.phase is phase


def rest_before(block: int) -> Callable[[Segment], bool]:
    return lambda s: s.phase is Phase.REST and s.block == block - 1


def last_rest_before(session: Session, block: int) -> Callable[[Segment], bool]:
    segments = session.timeline.segments
    index = next(i for i, s in enumerate(segments) if s.block == block) - 1
    return lambda s: s is segments[index]


def test_a_one_sided_set_shows_its_exercise_its_side_and_its_counts(
    session: Session, clock: FakeClock
) -> None:
    go_to(session, clock, one_sided("left"), 0.1)
    assert exercise_now(session).id == "b-stance-hip-thrust"
    assert block_line(session) == BlockLine("B-stance hip thrust", "Left side", "Exercise 2 of 3")
    assert counts_text(session) == ("Set 1/2", "Rep 1/2")
    assert side_now(session) == "left"
    words = phase_words(session)
    info = load_exercise("b-stance-hip-thrust").phases[Phase.THRUST]
    assert (words.word, words.note) == (info.label, info.instruction)
    assert breath_words(session) == info.breath_words
    go_to(session, clock, one_sided("right"), 0.1)
    assert block_line(session).side == "Right side"
    assert counts_text(session) == ("Set 1/2", "Rep 1/2")  # each side counts its own reps
    assert side_now(session) == "right"


def test_the_switch_is_its_own_phase_with_a_countdown_and_the_side_to_come(
    session: Session, clock: FakeClock
) -> None:
    go_to(session, clock, lambda s: s.phase is Phase.SWITCH, 2.0)
    words = phase_words(session)
    assert words.phase is Phase.SWITCH
    assert words.word == "Switch"
    assert words.note.startswith("Switch sides")
    assert words.big_countdown
    assert block_line(session) == BlockLine(
        "B-stance hip thrust", "Right side next", "Exercise 2 of 3"
    )
    assert counts_text(session) == ("Set 1/2", "Rep 2/2")  # the side just done, in full
    assert side_now(session) == "right"  # the picture turns to the coming side
    assert breath_words(session) == "Breathe"


def test_the_rest_before_a_new_exercise_says_what_comes_and_reads_its_set_up(
    session: Session, clock: FakeClock
) -> None:
    rest = go_to(session, clock, last_rest_before(session, 1), 0.5)
    assert rest.block == 0  # the rest belongs to the block before it
    line = block_line(session)
    assert line == BlockLine("Next exercise: B-stance hip thrust", "", "Exercise 2 of 3")
    assert next_set_text(session) == (
        "Next: B-stance hip thrust — set 1 of 2, left side · 2 reps · tempo 2-0-1-2"
    )
    b_stance = load_exercise("b-stance-hip-thrust")
    words = phase_words(session)
    assert (words.word, words.phase, words.big_countdown) == ("Rest", Phase.REST, True)
    assert words.note == "Set up: " + b_stance.phases[Phase.SETUP].instruction
    # The set-up item is the one the coach read last in this rest.
    checklist = {f"setup.{item.id}": item.text for item in b_stance.setup_checklist}
    readings = [
        c
        for c in session.timeline.cues
        if c.id in checklist and rest.start_ms <= c.at_ms < rest.end_ms
    ]
    assert len(readings) == len(b_stance.setup_checklist)
    assert checklist_item(session) == b_stance.setup_checklist[0].text
    for cue in readings:
        clock.advance(cue.at_s + 0.1 - session.position_s())
        session.tick()
        assert checklist_item(session) == checklist[cue.id]


def test_a_rest_within_a_block_says_the_next_set_only(session: Session, clock: FakeClock) -> None:
    go_to(session, clock, lambda s: s.phase is Phase.REST, 1.0)
    assert next_set_text(session) == "Next: set 2 of 2 · 2 reps · tempo 2-0-1-2"
    assert block_line(session) == BlockLine("Barbell hip thrust", "", "Exercise 1 of 3")
    assert checklist_item(session) == ""
    go_to(session, clock, lambda s: s.phase is Phase.REST and s.block == 1, 1.0)
    assert next_set_text(session) == "Next: set 2 of 2, left side · 2 reps · tempo 2-0-1-2"


def test_each_block_shows_its_own_exercise_words(session: Session, clock: FakeClock) -> None:
    frog = load_exercise("frog-pump")
    go_to(session, clock, lambda s: s.block == 2 and s.phase is Phase.THRUST, 0.1)
    assert phase_words(session).word == frog.phases[Phase.THRUST].label == "Pump"
    assert breath_words(session) == frog.phases[Phase.THRUST].breath_words
    assert block_line(session) == BlockLine("Frog pump", "", "Exercise 3 of 3")
    assert side_now(session) is None
    assert counts_text(session) == ("Set 1/2", "Rep 1/3")


def test_before_the_start_the_workout_is_listed(session: Session) -> None:
    words = phase_words(session)
    assert words.word == IDLE_WORD
    assert words.note == "Press Space to start · Glute day A: 3 exercises"
    assert workout_line(session) == (
        "Barbell hip thrust 2 × 2 · B-stance hip thrust 2 × 2 each side · Frog pump 2 × 3"
    )
    assert block_line(session) == BlockLine("Barbell hip thrust", "", "Exercise 1 of 3")
    assert counts_text(session) == ("Set –/2", "Rep –/2")


def test_the_end_sums_up_each_exercise(session: Session, clock: FakeClock) -> None:
    assert session.start()
    clock.advance(session.timeline.total_s + 1)
    session.tick()
    words = phase_words(session)
    assert words.word == "Done"
    tension = session.timeline.time_under_tension_ms() / 1000
    assert words.note == f"3 exercises · {tension:.0f} s under tension · Space to go again"
    assert workout_line(session).startswith("Done: Barbell hip thrust 2 × 2 · ")
    assert block_line(session) == BlockLine("Glute day A", "", "All 3 exercises done")


def test_a_stopped_workout_does_not_claim_it_was_done(session: Session, clock: FakeClock) -> None:
    go_to(session, clock, one_sided("left"), 0.1)
    session.stop()
    assert phase_words(session).word == "Stopped"
    assert block_line(session) == BlockLine("Glute day A")
    assert not workout_line(session).startswith("Done")


def test_paused_and_waiting_notes_win_over_the_set_up(plan: Plan, clock: FakeClock) -> None:
    session = Session(Plan.build(plan, advance_when_ready=True), clock)
    rest = go_to(session, clock, last_rest_before(session, 1), 0.5)
    session.toggle_pause()
    assert phase_words(session).note == PAUSED_NOTE
    assert phase_words(session).note_kind == "paused"
    session.toggle_pause()
    clock.advance(rest.duration_s)
    session.tick()
    assert session.waiting_for_ready
    assert (phase_words(session).note, phase_words(session).note_kind) == (READY_NOTE, "warning")
    assert block_line(session).exercise == "Next exercise: B-stance hip thrust"


def test_a_one_block_workout_keeps_its_screen(clock: FakeClock) -> None:
    plan = Plan.build(sets=2, reps=2, rest_s=30, lead_in_s=3)
    session = Session(plan, clock)
    assert not shows_block_line(plan)
    assert plan_summary(plan) == plan.describe()
    assert workout_line(session) == ""
    assert phase_words(session).note == f"Press Space to start · {plan.describe()}"
    assert shows_block_line(Plan.build(exercise="single-leg-hip-thrust"))


def test_the_room_kept_covers_every_exercise(plan: Plan) -> None:
    notes = workout_notes(plan)
    frog = load_exercise("frog-pump")
    assert frog.phases[Phase.THRUST].instruction in notes
    assert "Set up: " + frog.phases[Phase.SETUP].instruction in notes
    assert {PAUSED_NOTE, READY_NOTE} <= set(notes)
    assert frog.phases[Phase.DESCENT].breath_words in all_breath_words(plan)
    texts = rest_texts(plan)
    assert frog.form_points[0].text in texts
    assert load_exercise("b-stance-hip-thrust").setup_checklist[-1].text in texts


def test_the_lead_in_walks_the_first_exercise_s_checklist(
    session: Session, clock: FakeClock
) -> None:
    go_to(session, clock, lambda s: s.phase is Phase.SETUP, 0.1)
    texts = [item.text for item in load_exercise("hip-thrust").setup_checklist]
    assert checklist_item(session) in texts
    go_to(session, clock, lambda s: s.phase is Phase.SETUP, 9.9)
    assert checklist_item(session) in texts  # not a later exercise's reading
    assert counts_text(session) == ("Set 1/2", "Rep 0/2")
