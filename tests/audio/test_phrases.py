from __future__ import annotations

from thrusttimer.audio.phrases import PACK_COUNTS, pack_phrases, plan_phrases, plan_tones
from thrusttimer.core.model import Tone
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import preset


def test_a_plan_needs_every_wording_of_its_cues_once():
    texts = plan_phrases(preset("hypertrophy"))
    assert len(texts) == len(set(texts))
    # Fullest and shortest wordings alike, so the fitter may choose any of them.
    assert {"Drive up, breathe out", "Up", "10, squeeze", "10", "Last rep", "Last"} <= set(texts)
    # The rests wait for Ready (the default): their call says so, and its reminder too.
    assert {"Set 4 of 4: get into position, then press Ready", "3", "2", "1"} <= set(texts)
    assert {"Still resting? Press Ready when you are set", "Press Ready when set"} <= set(texts)
    assert {"Set 1 of 4, get into position", "Get ready"} <= set(texts), "the lead-in's call"
    assert "" not in texts


def test_each_cue_mode_needs_its_own_words():
    plan = preset("warm-up")
    breath = set(plan_phrases(Plan.build(plan, cue_mode=CueMode.BREATH)))
    counts = set(plan_phrases(Plan.build(plan, cue_mode=CueMode.COUNTS)))
    assert {"Breathe out", "Out", "Hold"} <= breath
    assert "Breathe out" not in counts
    assert {"12", "Last rep"} <= counts
    assert plan_phrases(Plan.build(plan, cue_mode=CueMode.TONES)) == []
    assert plan_phrases(Plan.build(plan, cue_mode=CueMode.SILENT)) == []


def test_a_plan_needs_the_tones_it_plays_or_falls_back_to():
    plan = preset("warm-up")
    assert plan_tones(Plan.build(plan, cue_mode=CueMode.TONES)) == list(Tone)
    assert plan_tones(Plan.build(plan, cue_mode=CueMode.SILENT)) == []


def test_the_pack_covers_every_count_without_every_combination():
    texts = pack_phrases()
    assert all(str(n) in texts for n in PACK_COUNTS)
    assert "27, squeeze" not in texts
    assert len(texts) == len(set(texts))
