"""The blocks form's model, without Qt: a workout's exercises in order, edited one at a time,
what they make (a plan of every block, or one error per field naming its block, the field
and its allowed range), and the list's rules (at most MAX_BLOCKS, never none)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.blocks import MAX_BLOCKS, Block
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import DEFAULT_PRESET, PRESETS, preset
from thrusttimer.core.tempo import parse_tempo
from thrusttimer.gui.setup.blocks_form import (
    BlockFields,
    BlockList,
    WorkoutCheck,
    WorkoutFields,
    check_block,
    check_workout,
    exercise_choices,
    row_text,
)
from thrusttimer.gui.setup.form import label, start_reason

ROOT = Path(__file__).resolve().parents[3]
GLUTE = PRESETS["glute-day-a"].plan
"""Barbell hip thrust, B-stance hip thrust (one-sided), frog pump."""


def check(plan: Plan, blocks: list[BlockFields], **workout: object) -> WorkoutCheck:
    return check_workout(replace(WorkoutFields.of(plan), **workout), blocks, plan)  # type: ignore[arg-type]


def test_the_blocks_model_imports_no_qt() -> None:
    code = (
        "import sys, thrusttimer.gui.setup.blocks_form; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"


@pytest.mark.parametrize("plan", [preset(DEFAULT_PRESET), preset("warm-up"), GLUTE])
def test_the_fields_of_a_plan_give_that_plan_back(plan: Plan) -> None:
    blocks = BlockList.of(plan)
    assert len(blocks) == len(plan.blocks)
    result = check(plan, blocks.entries)
    assert result.errors == {}
    assert result.plan == plan
    assert result.blocks == plan.blocks


def test_a_changed_block_makes_a_modified_plan_of_every_block() -> None:
    blocks = BlockList.of(GLUTE)
    blocks.select(2)
    blocks.update(replace(blocks.shown, reps="25", tempo="1-0-1-2"))
    result = check(GLUTE, blocks.entries, block_rest_s=90)
    assert result.plan is not None
    assert result.plan.name == "Glute day A (modified)"
    assert result.plan.block_rest_s == 90
    frog = result.plan.blocks[2]
    assert (frog.exercise, frog.reps, frog.tempo) == ("frog-pump", 25, parse_tempo("1-0-1-2"))
    assert result.plan.blocks[:2] == GLUTE.blocks[:2]


def test_a_bad_field_of_one_of_several_blocks_names_the_block_field_and_range() -> None:
    blocks = BlockList.of(GLUTE)
    blocks.select(1)
    blocks.update(replace(blocks.shown, reps="0", switch_s=61))
    blocks.select(0)  # another block shown: the bad one still counts
    result = check(GLUTE, blocks.entries)
    assert result.plan is None
    assert list(result.errors) == [
        "block 2 (b-stance-hip-thrust): reps",
        "block 2 (b-stance-hip-thrust): switch_s",
    ]
    assert list(result.block_errors[1]) == ["reps", "switch_s"]
    assert result.block_errors[0] == result.block_errors[2] == {}
    reps = result.errors["block 2 (b-stance-hip-thrust): reps"]
    assert start_reason(reps.field, reps) == (
        "Fix Reps of block 2 (B-stance hip thrust) to start: Out of range. "
        "Allowed: a whole number from 1 to 100."
    )
    switch = result.errors["block 2 (b-stance-hip-thrust): switch_s"]
    assert switch.allowed == "a number from 0 to 60 s"
    assert label(switch.field) == "Switch sides of block 2 (B-stance hip thrust)"


def test_a_workout_of_one_block_names_its_fields_as_before() -> None:
    plan = preset(DEFAULT_PRESET)
    blocks = BlockList.of(plan)
    blocks.update(replace(blocks.shown, sets="0", tempo="3-1-"))
    result = check(plan, blocks.entries, lead_in_s="")
    assert list(result.errors) == ["sets", "tempo", "lead_in_s"]


def test_the_rest_between_blocks_is_checked_only_with_several() -> None:
    plan = preset(DEFAULT_PRESET)
    single = check(plan, BlockList.of(plan).entries, block_rest_s=5000)
    assert single.plan == plan, "not shown, not checked: kept as saved"
    several = check(GLUTE, BlockList.of(GLUTE).entries, block_rest_s=901)
    assert list(several.errors) == ["block_rest_s"]
    assert several.errors["block_rest_s"].allowed == "a number from 0 to 900 s"


def test_the_switch_and_first_side_belong_to_a_one_sided_exercise_only() -> None:
    b_stance = BlockFields.of(GLUTE.blocks[1])
    block, errors = check_block(replace(b_stance, switch_s=0, first_side="right"))
    assert errors == {}
    assert block is not None
    assert (block.switch_s, block.first_side) == (0, "right")
    # Made a bilateral exercise: its sides are dropped, whatever the hidden fields hold.
    bridge, errors = check_block(replace(b_stance, exercise="glute-bridge", switch_s=99))
    assert errors == {}
    assert bridge == Block("glute-bridge", 3, 10, parse_tempo("2-0-1-1"), 75)
    assert "switch_s" not in bridge.to_dict()


def test_a_block_keeps_no_rule_until_its_rule_is_changed() -> None:
    plain = BlockFields.of(GLUTE.blocks[2])
    assert plain.progression is None
    assert (plain.rep_low, plain.rep_high) == (20, 20)
    assert check_block(plain)[0] == GLUTE.blocks[2]
    block, _ = check_block(replace(plain, rep_low=15))
    assert block is not None
    assert block.progression == Progression(15, 20)
    crossed = check_block(replace(plain, rep_low=21))[1]
    assert list(crossed) == ["rep range"]


def test_the_list_adds_after_the_selected_moves_and_removes_but_never_the_last() -> None:
    blocks = BlockList.of(preset(DEFAULT_PRESET))
    assert not blocks.can_remove()
    assert not blocks.remove()
    assert not blocks.can_move(-1)
    assert not blocks.can_move(1)
    assert blocks.add("frog-pump")
    assert blocks.current == 1
    assert blocks.shown == BlockFields.of(Block("frog-pump"))
    blocks.select(0)
    assert blocks.add("b-stance-hip-thrust")
    assert [b.exercise for b in blocks.entries] == [
        "hip-thrust",
        "b-stance-hip-thrust",
        "frog-pump",
    ]
    assert blocks.move(1)
    assert (blocks.current, blocks.entries[2].exercise) == (2, "b-stance-hip-thrust")
    assert not blocks.move(1), "already last"
    assert blocks.move(-1)
    assert blocks.move(-1)
    assert [b.exercise for b in blocks.entries] == [
        "b-stance-hip-thrust",
        "hip-thrust",
        "frog-pump",
    ]
    blocks.select(2)
    assert blocks.remove()
    assert blocks.current == 1, "the block before the removed last one"
    assert blocks.remove()
    assert not blocks.remove()
    assert [b.exercise for b in blocks.entries] == ["b-stance-hip-thrust"]
    with pytest.raises(IndexError):
        blocks.select(1)


def test_the_list_holds_at_most_max_blocks() -> None:
    blocks = BlockList.of(preset(DEFAULT_PRESET))
    while blocks.can_add():
        assert blocks.add("frog-pump")
    assert len(blocks) == MAX_BLOCKS
    assert not blocks.add("frog-pump")
    assert len(blocks) == MAX_BLOCKS
    result = check(GLUTE, blocks.entries)
    assert result.plan is not None
    assert len(result.plan.blocks) == MAX_BLOCKS


def test_a_row_says_the_exercise_and_its_values_or_what_to_fix() -> None:
    fields = [BlockFields.of(block) for block in GLUTE.blocks]
    assert row_text(1, fields[0], GLUTE.blocks[0], {}) == (
        "1. Barbell hip thrust — 4 × 10, 2-0-1-2, rest 120 s"
    )
    assert row_text(2, fields[1], GLUTE.blocks[1], {}) == (
        "2. B-stance hip thrust — 3 × 10 each side, 2-0-1-1, rest 75 s"
    )
    bad = replace(fields[2], sets="", tempo="X")
    block, errors = check_block(bad)
    assert row_text(3, bad, block, errors) == "3. Frog pump — ⚠ check Sets, Tempo"


def test_every_exercise_can_be_chosen_and_one_sided_ones_say_so() -> None:
    choices = dict(exercise_choices())
    assert choices["b-stance-hip-thrust"] == "B-stance hip thrust (each side)"
    assert choices["frog-pump"] == "Frog pump"
    assert len(choices) >= 5


def entries() -> st.SearchStrategy[float | str]:
    return st.one_of(
        st.text(max_size=8), st.integers(-1000, 1000), st.floats(allow_nan=True), st.just("10")
    )


@given(
    exercise=st.one_of(st.sampled_from([e for e, _ in exercise_choices()]), st.text(max_size=6)),
    sets=entries(),
    reps=entries(),
    switch_s=entries(),
    first_side=st.one_of(st.sampled_from(["left", "right"]), st.text(max_size=5)),
    tempo=st.text(alphabet="0123456789xX.-", max_size=12),
    block_rest_s=entries(),
)
def test_anything_typed_in_any_block_gives_a_plan_or_named_errors(
    exercise: str,
    sets: float | str,
    reps: float | str,
    switch_s: float | str,
    first_side: str,
    tempo: str,
    block_rest_s: float | str,
) -> None:
    blocks = BlockList.of(GLUTE)
    blocks.select(1)
    changed = replace(
        blocks.shown,
        exercise=exercise,
        sets=sets,
        reps=reps,
        switch_s=switch_s,
        first_side=first_side,
        tempo=tempo,
    )
    blocks.update(changed)
    result = check(GLUTE, blocks.entries, block_rest_s=block_rest_s)
    assert (result.plan is None) == bool(result.errors)
    for key, error in result.errors.items():
        assert key == error.field
        assert key == "block_rest_s" or key.startswith(f"block 2 ({exercise}): ")
        assert error.allowed
