"""The coach leaves nothing unsaid: every coaching point of the exercise, in every preset."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from thrusttimer.core.coaching import FORM_TIPS_PER_REST, form_tip_times, share_form_points
from thrusttimer.core.content import Exercise, load_exercise
from thrusttimer.core.cues import GUARD_MS, estimate_speech_s
from thrusttimer.core.delivery import coaching_points, delivered, form_point_shown
from thrusttimer.core.model import Breath, Phase, Segment
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import PRESETS
from thrusttimer.core.timeline import Timeline, compile_plan

HIP = "hip-thrust"
EXERCISE = load_exercise(HIP)
SESSIONS = 4
"""Within this many sessions in a row every preset says every form point."""


BLOCKS = [
    pytest.param(preset.id, index, id=f"{preset.id}-{block.exercise}")
    for preset in PRESETS.values()
    for index, block in enumerate(preset.plan.blocks)
]
"""Every block of every preset: a whole glute session coaches each of its exercises."""


def spoken_over_sessions(plan: Plan, sessions: int, block: int = 0) -> dict[str, str]:
    """Every point of `block` said in `sessions` workouts in a row, each carrying on the
    form points from where the last one stopped (the fullest saying of each is kept)."""
    exercise = load_exercise(plan.blocks[block].exercise)
    said: dict[str, str] = {}
    starts: dict[str, int] = {}
    for _ in range(sessions):
        timeline = compile_plan(plan, form_point_starts=starts)
        for key, text in delivered(timeline, exercise, block).items():
            if key not in said or text == coaching_points(exercise)[key][0]:
                said[key] = text
        starts = timeline.next_form_points()
    return said


def report(said: dict[str, str], exercise: Exercise = EXERCISE) -> str:
    """The table a failure prints: each point and what was said for it."""
    return "\n".join(
        f"  {key:<20} {said.get(key, '-- never said --')}" for key in coaching_points(exercise)
    )


def breath_phase(key: str) -> Phase | None:
    return Phase(key.removeprefix("breath.")) if key.startswith("breath.") else None


@pytest.mark.parametrize(("preset", "block"), BLOCKS)
def test_every_coaching_point_is_said_in_full_in_every_preset(preset: str, block: int) -> None:
    plan = PRESETS[preset].plan
    exercise = load_exercise(plan.blocks[block].exercise)
    said = spoken_over_sessions(plan, SESSIONS, block)
    table = f"{preset} block {block + 1}, over {SESSIONS} sessions:\n{report(said, exercise)}"
    for key, wordings in coaching_points(exercise).items():
        phase = breath_phase(key)
        if phase is not None and exercise.breath(phase) is Breath.HOLD:
            continue  # "Hold" at the top: said where the squeeze has room, shown always
        assert key in said, f"{key} is never said\n{table}"
        if phase is None:
            assert said[key] == wordings[0], f"{key} is only ever cut short\n{table}"


@pytest.mark.parametrize(("preset", "block"), BLOCKS)
def test_one_session_says_the_whole_checklist_and_the_three_breathing_rules(
    preset: str, block: int
) -> None:
    plan = PRESETS[preset].plan
    exercise = load_exercise(plan.blocks[block].exercise)
    said = delivered(compile_plan(plan), exercise, block)
    table = f"{preset} block {block + 1}, one session:\n{report(said, exercise)}"
    for item in exercise.setup_checklist:
        assert said.get(f"setup.{item.id}") == item.spoken[0], table
    # Breathe in and brace before the lift, out on the way up, in on the way down.
    for phase in (Phase.BRACE, Phase.THRUST, Phase.DESCENT):
        assert f"breath.{phase}" in said, table


def test_the_hold_is_said_where_the_squeeze_has_room_for_it() -> None:
    for preset in ("hypertrophy", "pause-reps"):  # two- and three-second squeezes
        said = delivered(compile_plan(PRESETS[preset].plan), EXERCISE)
        assert "hold" in said["breath.squeeze"].lower()


def test_the_first_set_opens_with_the_breath_even_where_the_rep_braces_are_short() -> None:
    # slow-eccentric: a 1 s pause at the bottom has room for "Brace" only, but each set
    # opens (3 s) with the full "Breathe in and brace".
    timeline = compile_plan(PRESETS["slow-eccentric"].plan)
    openings = [c.text for c in timeline.cues if c.id == "phase.brace"]
    assert openings == ["Breathe in and brace"] * PRESETS["slow-eccentric"].plan.sets
    assert {c.text for c in timeline.cues if c.id == "phase.brace-rep"} == {"Brace"}


def test_a_thrust_too_short_for_its_breath_gets_it_in_the_brace_before() -> None:
    plan = Plan.build(sets=2, reps=3, tempo="2-0-X-1", explosive_s=0.4, rest_s=60)
    timeline = compile_plan(plan)
    thrusts = {c.text for c in timeline.cues if c.id == "phase.thrust"}
    assert not any("breathe out" in text.lower() for text in thrusts)
    openings = [c.text for c in timeline.cues if c.id == "phase.brace"]
    assert openings == ["Breathe in and brace, then breathe out as you drive"] * 2
    assert delivered(timeline, EXERCISE)["breath.thrust"] == openings[0]


def test_a_one_second_thrust_says_breathe_out() -> None:
    for preset in PRESETS.values():
        timeline = compile_plan(preset.plan)
        assert {c.text for c in timeline.cues if c.id == "phase.thrust"} == {"Breathe out"}


def test_without_a_top_pause_the_count_carries_the_breath_in() -> None:
    timeline = compile_plan(Plan.build(sets=1, reps=3, tempo="2-0-1-0", lead_in_s=0))
    counts = [c.text for c in timeline.cues if c.id in ("count.1", "count.2")]
    assert counts == ["1, breathe in", "2, breathe in"]
    assert "breath.descent" in delivered(timeline, EXERCISE)


def test_the_lead_in_leaves_no_long_silence_before_the_countdown() -> None:
    for preset in PRESETS.values():
        timeline = compile_plan(preset.plan)
        setup = timeline.segments[0]
        said = [c for c in timeline.cues if c.at_ms < setup.end_ms - 3000]
        last = said[-1]
        ends = last.at_ms + estimate_speech_s(last.text) * 1000
        assert last.id == "rest.get-ready"
        assert setup.end_ms - 3000 - ends < 1500, preset.id


def test_a_lead_in_shorter_than_the_checklist_needs_reads_it_shorter() -> None:
    timeline = compile_plan(Plan.build(sets=1, reps=1, lead_in_s=16))
    readings = [c for c in timeline.cues if c.id.startswith("setup.") and c.id != "setup.intro"]
    assert [c.id for c in readings] == [f"setup.{p.id}" for p in EXERCISE.setup_checklist]
    assert any(c.text != c.variants[0] for c in readings)


def rest(start_ms: int, duration_ms: int) -> Segment:
    return Segment(1, None, Phase.REST, start_ms, duration_ms, None)


def test_form_points_come_every_20_s_of_a_rest_until_its_warning() -> None:
    assert form_tip_times(rest(0, 19_000)) == []
    assert form_tip_times(rest(0, 20_000)) == [4000]
    assert form_tip_times(rest(1000, 45_000)) == [5000, 25_000]
    assert form_tip_times(rest(0, 180_000)) == [4000, 24_000, 44_000, 64_000]
    assert len(form_tip_times(rest(0, 900_000))) == FORM_TIPS_PER_REST


def test_form_points_carry_on_from_rest_to_rest_and_session_to_session() -> None:
    plan = Plan.build(sets=3, reps=1, rest_s=45)  # two rests, two points each
    ids = [p.id for p in EXERCISE.form_points]
    first = compile_plan(plan, form_point_starts={HIP: 0})
    assert [[p.id for p in r.points] for r in first.rest_points] == [ids[0:2], ids[2:4]]
    said = [c.id for c in first.cues if c.id.startswith("form.")]
    assert said == [f"form.{i}" for i in ids[0:4]]
    assert first.next_form_points() == {HIP: 4}
    second = compile_plan(plan, form_point_starts=first.next_form_points())
    assert [p.id for p in second.points_for_rest(second.rest_points[0].index)] == ids[4:6]
    # Stopped in the first rest: the next session carries on after that rest's points.
    assert first.next_form_points(reached_index=first.rest_points[0].index) == {HIP: 2}
    assert first.next_form_points(reached_index=0) == {HIP: 0}
    # Any whole number is a start: it is taken modulo the number of points.
    wrapped = compile_plan(plan, form_point_starts={HIP: len(ids) * 3 + 1})
    assert wrapped.rest_points[0].points[0].id == ids[1]


def test_a_rest_too_short_to_speak_still_has_a_point_to_show() -> None:
    shares = share_form_points(
        EXERCISE, [rest(0, 10_000), rest(10_000, 60_000)], start=len(EXERCISE.form_points) - 1
    )
    assert [len(s.points) for s in shares] == [1, 3]
    assert shares[0].said_after_ms == ()
    assert shares[0].points[0] == EXERCISE.form_points[-1]
    assert shares[1].points[0] == EXERCISE.form_points[0]


def test_no_point_is_said_twice_in_one_rest() -> None:
    few = replace(EXERCISE, form_points=EXERCISE.form_points[:2])
    shares = share_form_points(few, [rest(0, 900_000)])
    assert len(shares[0].said_after_ms) == 2
    assert len({p.id for p in shares[0].points}) == len(shares[0].points)


def test_resizing_a_rest_keeps_its_points() -> None:
    timeline = compile_plan(Plan.build(sets=2, reps=1, rest_s=60), form_point_starts={HIP: 2})
    index = timeline.rest_points[0].index
    longer = timeline.with_segment_resized(index, 30_000)
    assert longer.points_for_rest(index) == timeline.points_for_rest(index)
    assert longer.next_form_points() == timeline.next_form_points()
    assert timeline.points_for_rest(0) == ()


def test_every_said_point_ends_before_the_next_cue() -> None:
    for preset in PRESETS.values():
        starts = dict.fromkeys((b.exercise for b in preset.plan.blocks), 3)
        timeline: Timeline = compile_plan(preset.plan, form_point_starts=starts)
        tips = [c for c in timeline.cues if c.id.startswith("form.")]
        for tip in tips:
            following = timeline.cues[timeline.first_cue_after(tip.at_ms)]
            assert tip.at_ms + estimate_speech_s(tip.text) * 1000 + GUARD_MS <= following.at_ms


def test_the_rest_screen_shows_the_point_the_coach_said_last() -> None:
    plan = Plan.build(sets=3, reps=1, rest_s=60)
    timeline = compile_plan(plan, form_point_starts={HIP: 1})
    first, second = (r.index for r in timeline.rest_points)
    points = EXERCISE.form_points
    rest_start = timeline.segments[second].start_ms
    assert form_point_shown(timeline, second, rest_start) == points[4]  # before any is said
    said = [c for c in timeline.cues if c.id.startswith("form.") and c.at_ms >= rest_start]
    shown = [form_point_shown(timeline, second, cue.at_ms) for cue in said]
    assert [f"form.{p.id}" for p in shown if p is not None] == [c.id for c in said]
    # A longer first rest moves the second, and what it shows moves with it.
    longer = timeline.with_segment_resized(first, 30_000)
    assert form_point_shown(longer, second, said[1].at_ms) == points[4]
    assert form_point_shown(longer, second, said[1].at_ms + 30_000) == points[5]
    assert form_point_shown(timeline, 0, 0) is None


def test_a_workout_says_each_point_once_shared_out_over_its_rests() -> None:
    timeline = compile_plan(PRESETS["hypertrophy"].plan)  # 3 rests of 90 s, room for 4 each
    assert [len(r.said_after_ms) for r in timeline.rest_points] == [3, 2, 2]
    said = [c.id for c in timeline.cues if c.id.startswith("form.")]
    assert said == [f"form.{p.id}" for p in EXERCISE.form_points]
    # Many short sets: the later rests have nothing left to say, and show the next point.
    many = compile_plan(Plan.build(sets=12, reps=1, rest_s=30))
    assert [len(r.said_after_ms) for r in many.rest_points] == [1] * 7 + [0] * 4
    assert many.rest_points[7].points == (EXERCISE.form_points[0],)
    assert many.next_form_points() == {HIP: 11}


# Several exercises in one workout: each keeps its own place in its own points. ----------

GLUTE_DAY_A = PRESETS["glute-day-a"].plan


def given_by_exercise(timeline: Timeline) -> dict[str, list[str]]:
    """The form points each exercise's rests give in `timeline`, in order, by exercise."""
    given: dict[str, list[str]] = {}
    for rest in timeline.rest_points:
        exercise = timeline.block_at(rest.index).exercise
        given.setdefault(exercise, []).extend(p.id for p in rest.points)
    return given


def said_by_exercise(timeline: Timeline) -> dict[str, set[str]]:
    """The form points each exercise's rests say aloud (the first `said_after_ms` of each)."""
    said: dict[str, set[str]] = {}
    for rest in timeline.rest_points:
        exercise = timeline.block_at(rest.index).exercise
        said.setdefault(exercise, set()).update(
            p.id for p in rest.points[: len(rest.said_after_ms)]
        )
    return said


def test_each_exercise_of_a_glute_session_goes_round_its_own_points_in_order() -> None:
    first = compile_plan(GLUTE_DAY_A)
    frog = [p.id for p in load_exercise("frog-pump").form_points]
    assert given_by_exercise(first)["frog-pump"] == frog[0:3]
    starts = first.next_form_points()
    assert starts == {"hip-thrust": 7, "b-stance-hip-thrust": 6, "frog-pump": 3}
    second = compile_plan(GLUTE_DAY_A, form_point_starts=starts)
    assert given_by_exercise(second)["frog-pump"] == [*frog[3:5], frog[0]]
    # Over several workouts, each exercise's points come round in order on their own.
    given: dict[str, list[str]] = {}
    starts = {}
    for _ in range(5):
        timeline = compile_plan(GLUTE_DAY_A, form_point_starts=starts)
        for exercise, ids in given_by_exercise(timeline).items():
            given.setdefault(exercise, []).extend(ids)
        starts = timeline.next_form_points()
    for exercise, ids in given.items():
        points = [p.id for p in load_exercise(exercise).form_points]
        assert ids == [points[i % len(points)] for i in range(len(ids))], exercise
        assert starts[exercise] == len(ids)


@pytest.mark.parametrize("name", ["glute-day-a", "glute-day-b"])
def test_every_point_of_every_exercise_is_said_within_its_own_round(name: str) -> None:
    plan = PRESETS[name].plan
    per_workout = {e: len(ids) for e, ids in given_by_exercise(compile_plan(plan)).items()}
    for exercise, given in per_workout.items():
        points = {p.id for p in load_exercise(exercise).form_points}
        said: set[str] = set()
        starts: dict[str, int] = {}
        for _ in range(math.ceil(len(points) / given)):
            timeline = compile_plan(plan, form_point_starts=starts)
            said |= said_by_exercise(timeline)[exercise]
            starts = timeline.next_form_points()
        assert said == points, exercise


def test_a_stopped_glute_session_carries_each_exercise_on_from_where_it_stopped() -> None:
    first = compile_plan(GLUTE_DAY_A, form_point_starts={"frog-pump": 4})
    b_stance = [r for r in first.rest_points if first.block_at(r.index).exercise != HIP]
    stopped_in = b_stance[0]  # the first rest of the B-stance block
    starts = first.next_form_points(reached_index=stopped_in.index)
    assert starts == {
        "hip-thrust": 7,
        "b-stance-hip-thrust": len(stopped_in.points),
        "frog-pump": 4,
    }
    second = compile_plan(GLUTE_DAY_A, form_point_starts=starts)
    points = load_exercise("b-stance-hip-thrust").form_points
    assert given_by_exercise(second)["b-stance-hip-thrust"][0] == points[len(stopped_in.points)].id
    assert given_by_exercise(second)["frog-pump"][0] == load_exercise("frog-pump").form_points[4].id
    assert first.next_form_points(reached_index=0) == {
        "hip-thrust": 0,
        "b-stance-hip-thrust": 0,
        "frog-pump": 4,
    }


def test_an_exercise_in_two_blocks_carries_on_and_others_keep_their_start() -> None:
    plan = Plan.build(
        blocks=[
            {"exercise": HIP, "sets": 2, "reps": 1, "rest_s": 60},
            {"exercise": "frog-pump", "sets": 2, "reps": 1, "rest_s": 60},
            {"exercise": HIP, "sets": 2, "reps": 1, "rest_s": 60},
        ],
        block_rest_s=60,
    )
    timeline = compile_plan(plan, form_point_starts={HIP: 2, "glute-bridge": 5})
    ids = [p.id for p in EXERCISE.form_points]
    hip = given_by_exercise(timeline)[HIP]
    assert len(hip) == len(set(hip)) == 6, "the second block carries on: no point twice"
    assert hip == [ids[(2 + i) % len(ids)] for i in range(6)]
    assert timeline.next_form_points() == {HIP: 8, "frog-pump": 3, "glute-bridge": 5}
    assert timeline.form_point_starts == (("glute-bridge", 5), (HIP, 2))
