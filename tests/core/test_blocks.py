"""Workouts of several blocks: compiling, sides, JSON and bad plan files."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.strategies import tempos
from thrusttimer.core.blocks import Block
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.model import MOVEMENT_PHASES, Phase
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import PRESETS
from thrusttimer.core.set_specs import set_specs
from thrusttimer.core.timeline import compile_plan

EXERCISES = ["hip-thrust", "single-leg-hip-thrust", "b-stance-hip-thrust", "glute-bridge"]
EXERCISES.append("frog-pump")
ONE_SIDED = {"single-leg-hip-thrust", "b-stance-hip-thrust"}
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def blocks(draw: st.DrawFn) -> Block:
    exercise = draw(st.sampled_from(EXERCISES))
    sides = (
        {
            "switch_s": draw(st.sampled_from([0, 2.5, 10, 60])),
            "first_side": draw(st.sampled_from(["left", "right"])),
        }
        if exercise in ONE_SIDED
        else {}
    )
    return Block(
        exercise=exercise,
        sets=draw(st.integers(1, 3)),
        reps=draw(st.integers(1, 4)),
        tempo=draw(tempos),
        rest_s=draw(st.sampled_from([0, 5, 30, 90])),
        **sides,
    )


@st.composite
def workouts(draw: st.DrawFn) -> Plan:
    return Plan.build(
        blocks=draw(st.lists(blocks(), min_size=1, max_size=4)),
        block_rest_s=draw(st.sampled_from([0, 10, 120])),
        lead_in_s=draw(st.sampled_from([0, 5, 30])),
        set_brace_s=draw(st.sampled_from([0.5, 3])),
        advance_when_ready=draw(st.booleans()),
        cue_mode=draw(st.sampled_from(list(CueMode))),
    )


@SLOW
@given(workouts())
def test_any_workout_compiles_to_a_contiguous_timeline_whose_total_is_its_parts(
    plan: Plan,
) -> None:
    timeline = compile_plan(plan)
    segments = timeline.segments
    assert segments[0].start_ms == 0
    for before, after in itertools.pairwise(segments):
        assert after.start_ms == before.end_ms
        assert after.block >= before.block, "blocks run in order"
    assert timeline.total_ms == sum(s.duration_ms for s in segments)
    assert timeline.time_under_tension_ms() == sum(
        timeline.time_under_tension_ms(b) for b in range(len(plan.blocks))
    )
    # Each block's part: its reps at its tempo, its rests and switches, the rest between.
    specs = set_specs(plan)
    expected = round(plan.lead_in_s * 1000) if plan.lead_in_s else 0
    for spec in specs:
        expected += sum(
            s.duration_ms for s in segments if s.set == spec.number and s.phase is not Phase.SETUP
        )
    assert expected == timeline.total_ms
    assert all(c.at_ms <= timeline.total_ms for c in timeline.cues)


@SLOW
@given(workouts())
def test_sides_always_come_in_left_right_pairs_with_equal_reps(plan: Plan) -> None:
    specs = set_specs(plan)
    for block_index, block in enumerate(plan.blocks):
        own = [s for s in specs if s.block == block_index and not s.warmup]
        if block.exercise not in ONE_SIDED:
            assert all(s.side is None for s in own)
            assert len(own) == block.sets
            continue
        assert len(own) == 2 * block.sets
        for first, second in zip(own[::2], own[1::2], strict=True):
            assert {first.side, second.side} == {"left", "right"}
            assert first.side == block.first_side
            assert first.ordinal == second.ordinal
            assert first.reps == second.reps == block.reps
            assert first.switch_after
            assert not second.switch_after
    segments = compile_plan(plan).segments
    for spec in specs:
        reps = {s.rep for s in segments if s.set == spec.number and s.phase in MOVEMENT_PHASES}
        assert all(s.side == spec.side for s in segments if s.set == spec.number and s.rep)
        assert len(reps) == spec.reps or not any(
            s.duration_ms for s in segments if s.set == spec.number
        )


@SLOW
@given(workouts())
def test_a_workout_survives_a_json_round_trip(plan: Plan) -> None:
    again = Plan.from_json(plan.to_json())
    assert again.blocks == plan.blocks
    assert again.to_dict() == plan.to_dict()
    if len(plan.blocks) > 1:
        assert again == plan  # one block has no rest between blocks to keep
    data = plan.to_dict()
    assert data["format"] == (2 if len(plan.blocks) > 1 else 1)


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers(-5, 30) | st.sampled_from([*EXERCISES, "x", ""]),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "format",
                        "blocks",
                        "exercise",
                        "sets",
                        "reps",
                        "tempo",
                        "rest_s",
                        "switch_s",
                        "first_side",
                        "block_rest_s",
                        "name",
                        "progression",
                        "zzz",
                    ]
                ),
                inner,
                max_size=6,
            )
        ),
        max_leaves=20,
    )
)
def test_random_json_gives_a_plan_or_one_clear_error(data: object) -> None:
    if isinstance(data, dict) and "blocks" in data:
        data = {**data, "format": 2}
    try:
        Plan.from_json(json.dumps(data))
    except ValidationError as error:
        line = str(error)
    else:
        return
    assert "\n" not in line
    assert "allowed:" in line


def test_every_plan_file_the_earlier_version_writes_still_loads_the_same() -> None:
    for entry in PRESETS.values():
        if entry.plan.more_blocks:
            continue
        data = entry.plan.to_dict()
        assert data["format"] == 1
        assert "blocks" not in data
        assert "switch_s" not in data
        assert "block_rest_s" not in data
        assert Plan.from_dict(data) == entry.plan


def test_two_whole_glute_sessions_are_built_in() -> None:
    sessions = [p.plan for p in PRESETS.values() if len(p.plan.blocks) >= 3]
    assert len(sessions) >= 2
    for plan in sessions:
        assert any(b.unilateral for b in plan.blocks)
        timeline = compile_plan(plan)
        assert any(s.phase is Phase.SWITCH for s in timeline.segments)
        assert any(c.id == "block.next" for c in timeline.cues)
        assert any(c.id == "switch" and c.text.startswith("Switch") for c in timeline.cues)


def test_the_rest_before_a_new_block_reads_its_set_up_checklist() -> None:
    plan = PRESETS["glute-day-b"].plan
    timeline = compile_plan(plan)
    index = next(
        i for i, s in enumerate(timeline.segments[:-1]) if timeline.segments[i + 1].block != s.block
    )
    rest = timeline.segments[index]
    assert rest.phase is Phase.REST
    assert rest.duration_s == plan.block_rest_s
    assert timeline.next_block(index) == plan.blocks[1]
    said = [c.id for c in timeline.cues if rest.start_ms <= c.at_ms < rest.end_ms]
    assert "block.next" in said
    assert sum(1 for cue in said if cue.startswith("setup.")) >= 3
    assert timeline.points_for_rest(index) == ()


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ({"exercise": "deadlift", "sets": 3, "reps": 8}, ["block 2", "exercise", "hip-thrust"]),
        ({"exercise": "frog-pump", "reps": 20}, ["block 2 (frog-pump)", "sets", "1 to 20"]),
        ({"exercise": "frog-pump", "sets": 0, "reps": 20}, ["block 2 (frog-pump)", "sets"]),
        (
            {"exercise": "glute-bridge", "sets": 3, "reps": 8, "first_side": "left"},
            ["block 2 (glute-bridge)", "first_side", "single-leg-hip-thrust"],
        ),
        (
            {"exercise": "single-leg-hip-thrust", "sets": 3, "reps": 8, "switch_s": 61},
            ["block 2 (single-leg-hip-thrust)", "switch_s", "0 to 60"],
        ),
    ],
)
def test_a_bad_block_is_named_with_its_field_and_what_is_allowed(
    block: dict[str, object], names: list[str]
) -> None:
    data = {"format": 2, "blocks": [{"exercise": "hip-thrust", "sets": 3, "reps": 8}, block]}
    with pytest.raises(ValidationError) as caught:
        Plan.from_dict(data)
    for name in names:
        assert name in str(caught.value)


def test_a_one_sided_single_exercise_plan_switches_sides() -> None:
    plan = Plan.build(exercise="single-leg-hip-thrust", sets=2, reps=3, switch_s=12)
    assert Plan.from_json(plan.to_json()) == plan
    segments = compile_plan(plan).segments
    switches = [s for s in segments if s.phase is Phase.SWITCH]
    assert [s.duration_s for s in switches] == [12, 12]
    assert [s.side for s in segments if s.phase is Phase.THRUST and s.rep == 1] == [
        "left",
        "right",
        "left",
        "right",
    ]
