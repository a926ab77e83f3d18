"""The conductor's loads per block: all given before the start, one block's corrected during
the workout (its sets to come take it; said only in the rest before that block's next set).
A fake clock and fake timers: nothing sleeps."""

from __future__ import annotations

import pytest

from tests.support.short_sessions import block, short_session
from thrusttimer.conductor.conductor import WorkoutConductor
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.loading.inventory import DEFAULT_KG
from thrusttimer.core.loading.today import todays_loads
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME
from thrusttimer.core.model import Phase
from thrusttimer.core.session_states import State
from thrusttimer.core.set_specs import block_loads, spec_of
from thrusttimer.core.timers import FakeTimers

PLAN = short_session(
    block("hip-thrust", 2, 2, 20),
    block("b-stance-hip-thrust", 1, 2, 20, switch_s=10),
    block("frog-pump", 1, 3, 20),
    block_rest_s=60,
    lead_in_s=5,
)
FIRST = todays_loads(100, "kg", DEFAULT_KG, DEFAULT_SCHEME)
MORE = (todays_loads(60, "kg", DEFAULT_KG), todays_loads(0, "kg", DEFAULT_KG, bar=False))


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers(FakeClock())


def started(timers: FakeTimers) -> WorkoutConductor:
    conductor = WorkoutConductor(PLAN, timers, timers.clock)
    conductor.set_loads(FIRST, MORE)
    conductor.toggle()
    assert conductor.session.state is State.SETUP
    return conductor


def go_to_rest_after(conductor: WorkoutConductor, timers: FakeTimers, number: int) -> None:
    """Two seconds into the rest (or switch) after set `number`."""
    session = conductor.session
    rest = next(
        s
        for s in session.timeline.segments
        if s.set == number and s.phase in (Phase.REST, Phase.SWITCH)
    )
    timers.advance(rest.start_s + 2 - session.position_s())
    assert session.current_segment == rest


def test_every_blocks_loads_are_given_before_the_start(timers: FakeTimers) -> None:
    conductor = started(timers)
    plan = conductor.session.plan
    assert block_loads(plan) == (FIRST, *MORE)
    assert conductor.plan == PLAN, "today's loads are not the plan's"
    conductor.set_loads(None)
    assert block_loads(conductor.session.plan) == (FIRST, *MORE), "never during a workout"


def test_a_later_blocks_load_corrected_in_the_rest_before_it_is_its_own(
    timers: FakeTimers,
) -> None:
    conductor = started(timers)
    assert FIRST is not None
    last_hip_thrust = len(FIRST.warmup) + 2
    go_to_rest_after(conductor, timers, last_hip_thrust)
    heavier = todays_loads(70, "kg", DEFAULT_KG)
    conductor.amend_loads(heavier, 1)
    plan = conductor.session.plan
    assert block_loads(plan) == (FIRST, heavier, MORE[1])
    assert (conductor.loads, conductor.more_loads) == (FIRST, (heavier, MORE[1]))
    coming = spec_of(plan, last_hip_thrust + 1)
    assert coming.loading is not None
    assert coming.loading.load == 70
    # No voice in this test: the words are made, then dropped (and logged), never queued.
    ((words, why),) = conductor.load_voice.dropped
    assert words.startswith("Set 2 done. Next set: seventy.")
    assert why == "no voice to say it"


def test_no_plates_are_said_for_another_block_nor_at_a_switch(timers: FakeTimers) -> None:
    conductor = started(timers)
    assert FIRST is not None
    go_to_rest_after(conductor, timers, len(FIRST.warmup) + 1)
    conductor.amend_loads(todays_loads(70, "kg", DEFAULT_KG), 1)  # not the next set's block
    left_side = len(FIRST.warmup) + 3
    go_to_rest_after(conductor, timers, left_side)
    assert conductor.session.current_segment.phase is Phase.SWITCH
    conductor.amend_loads(todays_loads(75, "kg", DEFAULT_KG), 1)
    assert conductor.load_voice.dropped == []
    right = spec_of(conductor.session.plan, left_side + 1)
    assert right.loading is not None
    assert right.loading.load == 75
