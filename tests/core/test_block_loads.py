"""Today's loads per block: each block at its own load, warm-ups only before block 1, a bar
exercise's plates said when they change (never at a switch between sides), and an exercise
without a bar at a load held (or bodyweight) with no plate maths."""

from __future__ import annotations

import pytest

from tests.support.short_sessions import block, short_session
from thrusttimer.core.content import load_exercise
from thrusttimer.core.cues import load_change_words, plan_cues
from thrusttimer.core.loading.inventory import DEFAULT_KG
from thrusttimer.core.loading.today import held_inventory, held_loading, todays_loads
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME
from thrusttimer.core.loading.wording import loading_text, spoken_change, spoken_loading
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.set_specs import (
    bar_before,
    block_loads,
    plates_line,
    set_specs,
    spec_of,
    with_block_loads,
)
from thrusttimer.core.timeline import compile_plan

GLUTE_DAY = short_session(
    block("hip-thrust", 2, 2, 30),
    block("b-stance-hip-thrust", 2, 3, 30, switch_s=10),
    block("frog-pump", 2, 5, 30),
    block_rest_s=60,
    lead_in_s=20,
)


def loaded(frog: float = 0, warmup: bool = True) -> Plan:
    """The glute day at 100 kg (warm-ups first), the B-stance at 60 kg, frog pumps `frog`."""
    first = todays_loads(100, "kg", DEFAULT_KG, DEFAULT_SCHEME if warmup else None)
    more = (
        todays_loads(60, "kg", DEFAULT_KG, DEFAULT_SCHEME),
        todays_loads(frog, "kg", DEFAULT_KG, DEFAULT_SCHEME, bar=False),
    )
    return GLUTE_DAY.with_loads(first, more)


def test_each_block_runs_at_its_own_load_and_only_block_1_warms_up() -> None:
    plan = loaded()
    specs = set_specs(plan)
    warmups = [s for s in specs if s.warmup]
    assert len(warmups) == 4
    assert {s.block for s in warmups} == {0}, "no warm-up before the B-stance or frog pumps"
    work = {s.block: s.loading for s in specs if not s.warmup}
    assert [w.load if w else None for w in work.values()] == [100, 60, 0]
    assert plates_line(spec_of(plan, 5)) == "Set 1 of 2: 100 kg: 25 + 15 each side"
    assert plates_line(spec_of(plan, 7)) == "Set 1 of 2, left side: 60 kg: 20 each side"
    assert plates_line(spec_of(plan, 11)) == "Set 1 of 2: bodyweight"


def test_both_sides_of_a_one_sided_set_carry_the_same_load_and_the_blocks_reps() -> None:
    sides = [s for s in set_specs(loaded()) if s.block == 1]
    assert [(s.ordinal, s.side, s.reps) for s in sides] == [
        (1, "left", 3),
        (1, "right", 3),
        (2, "left", 3),
        (2, "right", 3),
    ]
    assert {s.loading for s in sides} == {sides[0].loading}


def test_a_plan_of_one_block_and_its_json_are_as_before() -> None:
    plan = Plan.build(name="One", sets=3, reps=8)
    loads = todays_loads(100, "kg", DEFAULT_KG, DEFAULT_SCHEME)
    with_loads = plan.with_loads(loads)
    assert with_loads.more_loads == ()
    assert block_loads(with_loads) == (loads,)
    assert with_loads.to_json() == plan.to_json()
    assert loaded().to_json() == GLUTE_DAY.to_json(), "today's loads are never saved"
    assert Plan.from_json(loaded().to_json()) == GLUTE_DAY


def test_one_blocks_loads_change_alone() -> None:
    plan = loaded(frog=0)
    frog = todays_loads(10, "kg", DEFAULT_KG, bar=False)
    changed = with_block_loads(plan, 2, frog)
    assert block_loads(changed) == (plan.loads, plan.more_loads[0], frog)
    assert block_loads(GLUTE_DAY) == (None, None, None)
    assert block_loads(with_block_loads(GLUTE_DAY, 1, frog)) == (None, frog, None)


def test_a_load_without_a_bar_is_held_as_given_with_no_warm_up_nor_plates() -> None:
    loads = todays_loads(12.5, "kg", DEFAULT_KG, DEFAULT_SCHEME, bar=False)
    assert loads is not None
    assert loads.warmup == ()
    assert loads.work == held_loading(12.5, "kg")
    assert (loads.work.per_side, loads.work.bar, loads.work.exact) == ((), 0.0, True)
    assert loading_text(loads.work) == "12.5 kg held on the hips"
    assert loading_text(held_loading(0, "lb")) == "bodyweight"
    assert spoken_loading(loads.work) == "Next set: twelve and a half, held on the hips."
    bar = todays_loads(60, "kg", DEFAULT_KG)
    assert bar is not None
    assert spoken_change(bar.work, loads.work) == spoken_loading(loads.work)


def rest_load_words(plan: Plan) -> dict[int, str]:
    """What each rest opens with about the plates, by the set it follows."""
    segments = compile_plan(plan).segments
    exercise = load_exercise(plan.exercise)
    by_start = {s.start_ms: s for s in segments}
    return {
        by_start[c.at_ms].set: c.text
        for c in plan_cues(plan, exercise, segments)
        if c.id == "rest.load"
    }


def test_a_block_rest_says_the_next_blocks_plates_and_the_switch_says_none() -> None:
    plan = loaded(frog=10, warmup=False)
    said = rest_load_words(plan)
    assert said == {
        2: "Set 2 done. Next set: sixty. "
        "Take off a twenty-five and a fifteen, then add a twenty each side.",
        6: "Set 2 right done. Next set: ten, held on the hips.",
    }
    cues = plan_cues(plan, load_exercise(plan.exercise), compile_plan(plan).segments)
    switches = [s for s in compile_plan(plan).segments if s.phase is Phase.SWITCH]
    assert switches, "the B-stance switches sides"
    at_switch = [c for c in cues if any(c.at_ms == s.start_ms for s in switches)]
    assert [c.id for c in at_switch] == ["switch"] * len(switches), "no plates at a switch"


def test_bodyweight_needs_no_word() -> None:
    said = rest_load_words(loaded(frog=0, warmup=False))
    assert list(said) == [2], "only the bar's change before the B-stance"


def test_a_bar_after_a_block_without_one_changes_from_the_plates_left_on_it() -> None:
    plan = Plan.build(
        blocks=[
            {"exercise": "hip-thrust", "sets": 1, "reps": 2, "tempo": "1-0-1-1", "rest_s": 30},
            {"exercise": "frog-pump", "sets": 1, "reps": 5, "tempo": "1-0-1-1", "rest_s": 30},
            {"exercise": "glute-bridge", "sets": 1, "reps": 5, "tempo": "1-0-1-1", "rest_s": 30},
        ],
        lead_in_s=20,
        block_rest_s=60,
    ).with_loads(
        todays_loads(100, "kg", DEFAULT_KG),
        (todays_loads(0, "kg", DEFAULT_KG, bar=False), todays_loads(120, "kg", DEFAULT_KG)),
    )
    before = bar_before(plan, 3)
    assert before is not None
    assert before.load == 100
    assert rest_load_words(plan)[2] == (
        "Set 1 done. Next set: one twenty. Take off a fifteen, then add a twenty-five each side."
    )


@pytest.mark.parametrize("load", [0.0, 7.5, 127.5])
def test_progression_steps_a_held_load_by_any_half_unit(load: float) -> None:
    from thrusttimer.core.loading.plates import load_bar

    assert load_bar(held_inventory("kg"), load).load == load


def test_the_change_words_need_both_loads() -> None:
    plan = loaded()
    assert load_change_words(spec_of(plan, 5), spec_of(GLUTE_DAY, 3)) == ()
