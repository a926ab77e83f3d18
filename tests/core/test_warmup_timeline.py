"""A plan with today's loads: warm-up sets compiled before the work sets, each at its own
reps, tempo and rest, and the plates said when they change."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.strategies import plans
from thrusttimer.core.content import load_exercise
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB
from thrusttimer.core.loading.today import WARMUP_REST_S, todays_loads
from thrusttimer.core.loading.units import to_steps
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME, WarmupScheme, WarmupStep
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import preset
from thrusttimer.core.set_specs import set_specs, spec_of
from thrusttimer.core.tempo import parse_tempo
from thrusttimer.core.timeline import compile_plan, compile_segments

loads = st.sampled_from([20, 40, 62.5, 100, 102.5, 141, 180, 250])
units = st.sampled_from(["kg", "lb"])


@settings(max_examples=60, deadline=None)
@given(plans(max_sets=3, max_reps=4), loads, units, st.booleans())
def test_warm_ups_come_first_contiguous_numbered_and_lighter(
    plan: Plan, load: float, unit: str, warmup: bool
) -> None:
    inventory = DEFAULT_KG if unit == "kg" else DEFAULT_LB
    today = todays_loads(load, inventory.unit, inventory, DEFAULT_SCHEME if warmup else None)
    assert today is not None
    loaded = plan.with_loads(today)
    segments = compile_segments(loaded, load_exercise(plan.exercise))
    # Contiguous, in order, from 0.
    assert segments[0].start_ms == 0
    for before, after in pairwise(segments):
        assert after.start_ms == before.end_ms
    # Sets numbered 1… in order, warm-ups first, then exactly the plan's work sets.
    numbers = sorted({s.set for s in segments})
    assert numbers == list(range(1, len(today.warmup) + plan.sets + 1))
    assert [s.set for s in segments] == sorted(s.set for s in segments)
    specs = set_specs(loaded)
    for segment in segments:
        if segment.phase is not Phase.SETUP:
            assert segment.warmup == specs[segment.set - 1].warmup
    assert sum(1 for s in specs if not s.warmup) == plan.sets
    assert all(s.warmup for s in specs[: len(today.warmup)])
    # Each set has its own reps; no warm-up is as heavy as the work sets.
    for spec in specs:
        reps = {s.rep for s in segments if s.set == spec.number and s.rep is not None}
        assert reps == set(range(1, spec.reps + 1))
        assert spec.loading is not None
        if spec.warmup:
            assert to_steps(spec.loading.load) < to_steps(today.work.load)
    warm = [to_steps(w.load) for w in today.warmup]
    assert warm == sorted(set(warm)), "each warm-up heavier than the one before"


@settings(max_examples=40, deadline=None)
@given(plans(max_sets=3, max_reps=4), loads)
def test_without_warm_ups_the_timeline_is_the_plans_own(plan: Plan, load: float) -> None:
    today = todays_loads(load, "kg", DEFAULT_KG, None)
    plain, loaded = compile_plan(plan), compile_plan(plan.with_loads(today))
    assert plain.segments == loaded.segments
    if plan.cues.mode is not CueMode.FULL:
        assert plain.cues == loaded.cues, "only words say plates"


def test_a_warm_up_step_keeps_its_own_tempo_and_rest() -> None:
    scheme = WarmupScheme((WarmupStep(None, 6, parse_tempo("1-0-1-0"), 20), WarmupStep(50, 4)))
    plan = preset("strength").with_loads(todays_loads(100, "kg", DEFAULT_KG, scheme))
    first, second, work = spec_of(plan, 1), spec_of(plan, 2), spec_of(plan, 3)
    assert (first.reps, first.rest_s, first.label) == (6, 20, "Warm-up 1 of 2")
    assert first.tempo == parse_tempo("1-0-1-0")
    assert (second.tempo, second.rest_s) == (plan.tempo, min(plan.rest_s, WARMUP_REST_S))
    assert (work.label, work.reps, work.warmup) == ("Set 1 of 5", 5, False)
    segments = compile_plan(plan).segments
    rests = [s for s in segments if s.phase is Phase.REST]
    assert [r.duration_s for r in rests[:2]] == [20, WARMUP_REST_S]


def test_the_plates_are_said_in_the_lead_in_and_when_they_change() -> None:
    plan = preset("hypertrophy").with_loads(todays_loads(102.5, "kg", DEFAULT_KG, DEFAULT_SCHEME))
    timeline = compile_plan(plan)
    said = {c.id: [] for c in timeline.cues}  # type: dict[str, list[str]]
    for cue in timeline.cues:
        said[cue.id].append(cue.text)
    assert said["setup.load"] == ["Warm-up 1: twenty. Just the bar."]
    assert said["rest.load"][0] == "Warm-up 1 done. Next set: forty. Add a ten each side."
    assert len(said["rest.load"]) == 4, "one for each warm-up's rest"
    assert said["rest.load"][-1].startswith("Next set: one oh two and a half.")
    assert "Warm-up 2 of 4: get into position, then press Ready" in said["rest.get-ready"]
    assert said["rest.start"][0] == "Set 1 done. Rest 90 seconds", "the work sets: same plates"
    assert said["done"] == [
        f"Workout complete: 4 sets of 10, {round(timeline.time_under_tension_ms() / 1000)} "
        "seconds under tension"
    ]
    work_tut = sum(
        s.duration_ms
        for s in timeline.segments
        if not s.warmup and s.phase in (Phase.THRUST, Phase.SQUEEZE, Phase.DESCENT)
    )
    assert timeline.time_under_tension_ms() == work_tut


def test_the_plan_json_never_holds_todays_loads() -> None:
    plan = preset("hypertrophy")
    loaded = plan.with_loads(todays_loads(100, "kg", DEFAULT_KG, DEFAULT_SCHEME))
    assert loaded.to_dict() == plan.to_dict()
    assert Plan.from_json(loaded.to_json()) == plan
