"""The shared types: which phases count as time under tension."""

from __future__ import annotations

from thrusttimer.core.model import (
    MOVEMENT_PHASES,
    TENSION_PHASES,
    Phase,
    Segment,
    time_under_tension_ms,
)
from thrusttimer.core.plan import Plan
from thrusttimer.core.timeline import compile_plan


def test_tension_is_the_movement_without_the_brace() -> None:
    assert set(TENSION_PHASES) == set(MOVEMENT_PHASES) - {Phase.BRACE}


def test_time_under_tension_counts_thrust_squeeze_and_descent_only() -> None:
    segments = [
        Segment(1, rep, phase, 0, length, None)
        for rep, (phase, length) in enumerate(
            [
                (Phase.SETUP, 10_000),
                (Phase.BRACE, 3000),
                (Phase.THRUST, 1000),
                (Phase.SQUEEZE, 2000),
                (Phase.DESCENT, 2500),
                (Phase.REST, 90_000),
            ]
        )
    ]
    assert time_under_tension_ms(segments) == 5500


def test_a_timeline_and_its_closing_words_give_the_same_time_under_tension() -> None:
    plan = Plan.build(sets=2, reps=3, tempo="2-0-1-2", rest_s=60, set_brace_s=3)
    timeline = compile_plan(plan)
    assert timeline.time_under_tension_ms() == 2 * 3 * (1000 + 2000 + 2000)
    done = next(cue for cue in timeline.cues if cue.id == "done")
    assert str(round(timeline.time_under_tension_ms() / 1000)) in done.text
