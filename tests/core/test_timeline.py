from __future__ import annotations

from hypothesis import given, settings

from tests.core.strategies import plans
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.timeline import compile_plan, tempo_words


def test_one_set_runs_brace_then_thrust_squeeze_descent_and_brace_between_reps() -> None:
    plan = Plan.build(sets=1, reps=2, tempo="3-1-X-2", lead_in_s=5, set_brace_s=2, explosive_s=0.5)
    timeline = compile_plan(plan)
    rows = [(s.phase, s.rep, s.start_ms, s.duration_ms) for s in timeline.segments]
    assert rows == [
        (Phase.SETUP, None, 0, 5000),
        (Phase.BRACE, 1, 5000, 2000),
        (Phase.THRUST, 1, 7000, 500),
        (Phase.SQUEEZE, 1, 7500, 2000),
        (Phase.DESCENT, 1, 9500, 3000),
        (Phase.BRACE, 2, 12500, 1000),
        (Phase.THRUST, 2, 13500, 500),
        (Phase.SQUEEZE, 2, 14000, 2000),
        (Phase.DESCENT, 2, 16000, 3000),
    ]
    assert timeline.total_s == 19.0
    breaths = {s.phase: s.breath and s.breath.value for s in timeline.segments}
    assert breaths == {
        Phase.SETUP: None,
        Phase.BRACE: "inhale",
        Phase.THRUST: "exhale",
        Phase.SQUEEZE: "hold",
        Phase.DESCENT: "inhale",
    }


def test_rest_between_sets_only_and_zero_phases_give_no_segment() -> None:
    plan = Plan.build(sets=3, reps=1, tempo="2-0-1-0", rest_s=60, lead_in_s=0)
    phases = [(s.set, s.phase) for s in compile_plan(plan).segments]
    assert phases == [
        (1, Phase.BRACE), (1, Phase.THRUST), (1, Phase.DESCENT), (1, Phase.REST),
        (2, Phase.BRACE), (2, Phase.THRUST), (2, Phase.DESCENT), (2, Phase.REST),
        (3, Phase.BRACE), (3, Phase.THRUST), (3, Phase.DESCENT),
    ]  # fmt: skip


def test_json_shape_matches_the_command_line_contract() -> None:
    data = compile_plan(Plan.build(sets=2, reps=2, rest_s=30)).to_dict()
    assert set(data) == {"total_s", "segments", "cues"}
    assert isinstance(data["total_s"], float)
    for segment in data["segments"]:
        assert set(segment) == {"set", "rep", "phase", "start_s", "duration_s", "breath"}
        assert segment["phase"] in {"setup", "brace", "thrust", "squeeze", "descent", "rest"}
        assert segment["rep"] is None or isinstance(segment["rep"], int)
    for cue in data["cues"]:
        assert set(cue) == {"at_s", "id", "text"}


def test_tempo_in_plain_words_follows_the_rep_order() -> None:
    plan = Plan.build(tempo="3-1-2-2")
    assert tempo_words(plan) == "up 2 s · squeeze 2 s · down 3 s · pause 1 s"
    assert tempo_words(Plan.build(tempo="2-0-X-1")).startswith("up explosive")


def test_resizing_a_rest_moves_what_follows_and_the_cues_before_its_end() -> None:
    timeline = compile_plan(Plan.build(sets=2, reps=1, rest_s=60, lead_in_s=0))
    rest_index = next(i for i, s in enumerate(timeline.segments) if s.phase is Phase.REST)
    longer = timeline.with_segment_resized(rest_index, 30_000)
    assert longer.total_ms == timeline.total_ms + 30_000
    start = timeline.segments[rest_index].start_ms
    before = {c.id: c.at_ms for c in timeline.cues if c.at_ms >= start}
    after = {c.id: c.at_ms for c in longer.cues if c.at_ms >= start}
    assert after["rest.start"] == before["rest.start"]
    assert after["rest.warning"] == before["rest.warning"] + 30_000
    assert after["countdown.1"] == before["countdown.1"] + 30_000


@settings(max_examples=150, deadline=None)
@given(plans())
def test_any_plan_is_contiguous_and_its_total_is_the_sum_of_its_parts(plan: Plan) -> None:
    timeline = compile_plan(plan)
    position = 0
    for segment in timeline.segments:
        assert segment.start_ms == position
        assert segment.duration_ms > 0
        position = segment.end_ms
    assert timeline.total_ms == position == sum(s.duration_ms for s in timeline.segments)
    expected = (
        round(plan.lead_in_s * 1000)
        + plan.sets * round(plan.set_brace_s * 1000)
        + plan.sets
        * plan.reps
        * round((plan.tempo.rep_s(plan.explosive_s) - plan.tempo.bottom_pause) * 1000)
        + plan.sets * (plan.reps - 1) * round(plan.tempo.bottom_pause * 1000)
        + (plan.sets - 1) * round(plan.rest_s * 1000)
    )
    assert timeline.total_ms == expected
    reps = [s for s in timeline.segments if s.phase is Phase.THRUST]
    assert len(reps) == plan.sets * plan.reps
    times = [c.at_ms for c in timeline.cues]
    assert times == sorted(times)
    assert all(0 <= t <= timeline.total_ms for t in times)
