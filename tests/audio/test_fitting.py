"""Phrase fitting with real clip lengths: no cue's clip may run into the next cue."""

from __future__ import annotations

import shutil

import pytest

from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.phrases import plan_phrases
from thrusttimer.core.cues import GUARD_MS
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.timeline import Timeline

FMT = AudioFormat(48_000, 2)


def fast_plan(mode: CueMode) -> Plan:
    return Plan.build(tempo="1-1-1-1", sets=2, reps=6, rest_s=40, lead_in_s=15, cue_mode=mode)


def overruns(bank: VoiceBank, timeline: Timeline) -> list[str]:
    """Every cue whose prepared clip (speech or tone) ends after the next cue starts."""
    found = []
    for cue, following in zip(timeline.cues, timeline.cues[1:], strict=False):
        clip = bank.clip_for(cue, FMT)
        assert clip is not None, f"{cue.id} has no clip"
        end_ms = cue.at_ms + len(clip) * 1000 / FMT.rate
        if end_ms > following.at_ms:
            found.append(f"{cue.id} “{cue.text}” ends {end_ms - following.at_ms:.0f} ms late")
    return found


@pytest.mark.parametrize("mode", [m for m in CueMode if m is not CueMode.SILENT])
def test_on_a_1_1_1_1_tempo_no_clip_runs_into_the_next_cue(cache, fake_tts, mode):
    # The bundled pack's clips are real espeak-ng renders, measured after trimming.
    bank = VoiceBank(fmt=FMT, cache=cache, engine_factory=None)
    plan = fast_plan(mode)
    # The pack lacks this plan's own numbers ("Rest 40 seconds"): those wordings fail and
    # the fitter takes a shorter one the pack has.
    bank.render_all(plan_phrases(plan))
    timeline = bank.compile(plan)
    assert timeline.cues
    assert overruns(bank, timeline) == []


def test_fitting_chooses_shorter_wordings_for_short_slots(cache, fake_tts):
    bank = VoiceBank(fmt=FMT, cache=cache, engine_factory=None)
    plan = fast_plan(CueMode.FULL)
    bank.render_all(plan_phrases(plan))
    timeline = bank.compile(plan)
    said = {cue.id: cue.text for cue in timeline.cues}
    # 1 s phases leave no room for "Drive up, breathe out" (about 1.2 s spoken).
    assert (bank.duration_s("Drive up, breathe out") or 0) * 1000 > 1000 - GUARD_MS
    # The breath still fits: it is what a 1 s thrust says.
    assert said["phase.thrust"] == "Breathe out"
    # The lead-in is long: the full introduction fits.
    assert said["setup.intro"] == "Set up for the hip thrust"


def test_silent_mode_has_nothing_to_fit(cache, fake_tts):
    bank = VoiceBank(fmt=FMT, cache=cache, engine_factory=None)
    plan = fast_plan(CueMode.SILENT)
    assert plan_phrases(plan) == []
    assert bank.compile(plan).cues == ()


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
def test_with_real_espeak_renders_no_clip_runs_into_the_next_cue(cache):
    bank = VoiceBank(fmt=FMT, cache=cache)
    plan = fast_plan(CueMode.FULL)
    progress = bank.render_all(plan_phrases(plan))
    assert progress.engine_ok is True
    assert progress.failed == ()
    assert progress.rendered == progress.total
    assert bank.notice is None
    assert overruns(bank, bank.compile(plan)) == []
