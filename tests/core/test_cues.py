from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings

from tests.core.strategies import plans
from thrusttimer.core.cues import GUARD_MS, estimate_speech_s, fit_cues
from thrusttimer.core.model import Cue, CueKind, Phase, Tone
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.timeline import compile_plan


def cue_ids(plan: Plan) -> list[str]:
    return [c.id for c in compile_plan(plan).cues]


def test_full_mode_speaks_checklist_countdown_phases_counts_rest_and_summary() -> None:
    plan = Plan.build(sets=2, reps=3, tempo="2-0-1-2", rest_s=60, lead_in_s=20)
    timeline = compile_plan(plan)
    ids = [c.id for c in timeline.cues]
    assert ids[0] == "setup.intro"
    assert {"setup.bench", "setup.bar", "setup.feet"} <= set(ids)
    assert ids.count("countdown.3") == 2
    assert [i for i in ids if i.startswith("count.") and i[-1].isdigit()][:3] == [
        "count.1",
        "count.2",
        "count.3",
    ]
    assert ids.count("count.last") == 2
    assert {"rest.start", "rest.warning", "rest.get-ready"} <= set(ids)
    assert any(i.startswith("form.") for i in ids)
    done = timeline.cues[-1]
    assert done.id == "done"
    assert done.at_ms == timeline.total_ms
    texts = {c.id: c.text for c in timeline.cues}
    # The rest waits for Ready (the default), and its call says so.
    assert texts["rest.get-ready"] == "Set 2 of 2: get into position, then press Ready"
    assert texts["rest.start"] == "Set 1 done. Rest 60 seconds"


def test_count_lands_at_the_top_of_each_rep() -> None:
    plan = Plan.build(sets=1, reps=3, tempo="2-0-1-1", lead_in_s=0)
    timeline = compile_plan(plan)
    squeezes = [s.start_ms for s in timeline.segments if s.phase is Phase.SQUEEZE]
    counts = [c.at_ms for c in timeline.cues if c.id in ("count.1", "count.2", "count.3")]
    assert counts == squeezes


def test_without_a_top_pause_the_count_comes_at_the_descent() -> None:
    timeline = compile_plan(Plan.build(sets=1, reps=2, tempo="2-0-1-0", lead_in_s=0))
    descents = [s.start_ms for s in timeline.segments if s.phase is Phase.DESCENT]
    counts = [c.at_ms for c in timeline.cues if c.id in ("count.1", "count.2")]
    assert counts == descents
    last_thrust = [s.start_ms for s in timeline.segments if s.phase is Phase.THRUST][-1]
    assert [c.at_ms for c in timeline.cues if c.id == "count.last"] == [last_thrust]


@pytest.mark.parametrize(
    ("mode", "present", "absent"),
    [
        (
            CueMode.BREATH,
            {"breath.thrust", "breath.descent", "countdown.3"},
            {"count.1", "rest.start"},
        ),
        (
            CueMode.COUNTS,
            {"count.1", "count.last", "countdown.3"},
            {"phase.thrust", "breath.thrust"},
        ),
        (CueMode.TONES, {"tick.thrust", "countdown.3", "set-end.1", "done"}, {"count.1"}),
    ],
)
def test_each_mode_says_only_its_kind(mode: CueMode, present: set[str], absent: set[str]) -> None:
    plan = Plan.build(sets=2, reps=3, tempo="2-1-1-1", rest_s=30, lead_in_s=10, cue_mode=mode)
    cues = compile_plan(plan).cues
    ids = {c.id for c in cues}
    assert present <= ids
    assert not absent & ids
    if mode is CueMode.TONES:
        assert all(c.is_tone for c in cues)


def test_silent_mode_has_no_cues() -> None:
    assert cue_ids(Plan.build(cue_mode="silent")) == []


def test_fitting_takes_the_fullest_wording_that_ends_before_the_next_cue() -> None:
    measure = {"long words here": 1.5, "short": 0.3}.get
    cues = [
        Cue(0, "a", "long words here", CueKind.PHASE, ("long words here", "short"), Tone.TICK),
        Cue(1000, "b", "long words here", CueKind.PHASE, ("long words here", "short"), Tone.TICK),
        Cue(1400, "c", "long words here", CueKind.PHASE, ("long words here",), Tone.TICK),
        Cue(1450, "d", "long words here", CueKind.TIP, ("long words here",)),
        Cue(5000, "e", "long words here", CueKind.COUNT, ("long words here",)),
    ]
    fitted = {c.id: c.text for c in fit_cues(cues, measure)}
    # c has 50 ms before d: no wording and not even its tick fits, so it is dropped.
    assert fitted == {"a": "short", "b": "short", "d": "long words here", "e": "long words here"}
    # c had no room for words but a tick fits only if the tick is shorter than the slot.
    cues[2] = Cue(1400, "c", "long words here", CueKind.PHASE, ("long words here",), Tone.TICK)
    spaced = [*cues[:3], Cue(1400 + Tone.TICK + GUARD_MS, "d", "x", CueKind.TIP, ("x",))]
    result = {c.id: c for c in fit_cues(spaced, {"x": 0.1, **{"short": 0.3}}.get)}
    assert result["c"].is_tone


def test_a_family_of_cues_keeps_one_wording_throughout() -> None:
    lengths = {
        "1, squeeze": 0.7,
        "2, squeeze": 0.7,
        "3, squeeze": 0.7,
        "1": 0.3,
        "2": 0.3,
        "3": 0.3,
    }
    cues = [
        Cue(0, "count.1", "1, squeeze", CueKind.COUNT, ("1, squeeze", "1")),
        Cue(1000, "count.2", "2, squeeze", CueKind.COUNT, ("2, squeeze", "2")),
        Cue(1600, "count.3", "3, squeeze", CueKind.COUNT, ("3, squeeze", "3")),  # a tight slot
        Cue(2000, "phase.descent", "Down", CueKind.PHASE, ("Down",)),
        Cue(3000, "count.4", "4, squeeze", CueKind.COUNT, ("4, squeeze", "4")),
    ]
    lengths["4, squeeze"], lengths["4"], lengths["Down"] = 0.7, 0.3, 0.3
    fitted = [c.text for c in fit_cues(cues, lengths.get)]
    assert fitted == ["1", "2", "3", "Down", "4"]
    # A wording the measure cannot voice is passed over, never forced.
    del lengths["1"]
    assert fit_cues(cues, lengths.get)[0].text == "1, squeeze"


def test_of_two_cues_at_one_moment_the_higher_kind_wins() -> None:
    cues = [
        Cue(0, "tip", "x", CueKind.TIP, ("x",)),
        Cue(0, "count", "y", CueKind.COUNT, ("y",)),
    ]
    assert [c.id for c in fit_cues(cues, lambda _t: 0.1)] == ["count"]


def test_unspeakable_text_falls_back_to_a_shorter_variant() -> None:
    cue = Cue(0, "a", "Rest 73 seconds", CueKind.PHASE, ("Rest 73 seconds", "Rest"), None)
    measure = {"Rest": 0.4}.get
    assert fit_cues([cue], measure)[0].text == "Rest"


def test_estimate_grows_with_the_words() -> None:
    assert estimate_speech_s("Up") < estimate_speech_s("Drive up, breathe out") < 2.0
    assert estimate_speech_s("Set 12 of 20, get into position") > 1.0


@pytest.mark.parametrize("mode", [CueMode.FULL, CueMode.BREATH, CueMode.COUNTS, CueMode.TONES])
def test_on_a_1_1_1_1_tempo_no_cue_spills_into_the_next(mode: CueMode) -> None:
    plan = Plan.build(sets=2, reps=6, tempo="1-1-1-1", rest_s=20, lead_in_s=10, cue_mode=mode)
    cues = compile_plan(plan).cues
    for cue, following in pairwise(cues):
        length_ms = (
            Tone(cue.tone).value if cue.is_tone and cue.tone else estimate_speech_s(cue.text) * 1000
        )
        assert cue.at_ms + length_ms + GUARD_MS <= following.at_ms, (cue, following)


@settings(max_examples=100, deadline=None)
@given(plans())
def test_no_fitted_cue_ever_spills_into_the_next(plan: Plan) -> None:
    cues = compile_plan(plan).cues
    for cue, following in pairwise(cues):
        assert cue.at_ms < following.at_ms
        length_ms = (
            Tone(cue.tone).value if cue.is_tone and cue.tone else estimate_speech_s(cue.text) * 1000
        )
        assert cue.at_ms + length_ms + GUARD_MS <= following.at_ms
