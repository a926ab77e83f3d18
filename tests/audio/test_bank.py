from __future__ import annotations

import numpy as np
import pytest

from thrusttimer.audio import tones
from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.clips import AudioFormat, ClipSource
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.core.plan import preset
from thrusttimer.core.timeline import Cue, CueKind, Tone

FMT = AudioFormat(48_000, 2)


@pytest.fixture
def bank(cache, fake_tts) -> VoiceBank:
    made = VoiceBank(VoiceSettings(volume=0.8), FMT, cache=cache, engine_factory=None)
    made.render_all(["Up", "Down", "3"])
    return made


def test_the_bank_is_a_clip_source(bank):
    source: ClipSource = bank
    assert source.duration_s("Up") is not None


def test_speech_clips_are_float32_frames_kept_as_one_channel_of_the_stereo_output(bank):
    clip = bank.clip_for(Cue(0, "x", "Down", CueKind.PHASE), FMT)
    assert clip is not None
    assert clip.dtype == np.float32
    assert FMT.channels == 2
    # Speech is the same on both channels: kept once, played on both by the mixer.
    assert clip.shape == (round(bank.duration_s("Down") * FMT.rate), 1)  # type: ignore[operator]
    assert float(np.max(np.abs(clip))) <= 1.0


def test_a_clip_asked_for_in_another_format_is_converted(bank):
    other = AudioFormat(44_100, 1)
    clip = bank.clip_for(Cue(0, "x", "Up", CueKind.PHASE), other)
    assert clip is not None
    assert clip.shape[1] == 1
    assert len(clip) / other.rate == pytest.approx(bank.duration_s("Up"), abs=0.002)


def test_tone_cues_get_their_tone_at_the_settings_volume(bank):
    clip = bank.clip_for(Cue(0, "countdown.3", "", CueKind.COUNT, (), Tone.BEEP), FMT)
    assert clip is not None
    assert np.allclose(clip, tones.render_tone(Tone.BEEP, FMT, volume=0.8))  # on both channels
    assert bank.tone(Tone.BEEP, FMT) is clip  # made once


def test_text_never_rendered_has_no_clip_and_no_length(bank):
    assert bank.duration_s("Never asked for") is None
    assert bank.clip_for(Cue(0, "x", "Never asked for", CueKind.PHASE), FMT) is None


def test_a_clip_whose_cache_file_vanished_is_none_not_an_error(bank):
    bank.cache.path(bank._pack_key("Up")).unlink()  # type: ignore[arg-type]
    assert bank.clip_for(Cue(0, "x", "Up", CueKind.PHASE), FMT) is None


def test_prepare_plan_then_compile_gives_a_fitted_timeline(cache, fake_tts):
    plan = preset("warm-up")
    bank = VoiceBank(fmt=FMT, cache=cache, engine_factory=None)
    progress = bank.prepare_plan(plan)
    while not progress.finished:
        bank.wait(5.0)
        progress = bank.poll()
    assert {tone for tone, _ in bank._tones} == set(Tone)
    timeline = bank.compile(plan)
    spoken = [cue for cue in timeline.cues if not cue.is_tone]
    assert spoken
    assert all(bank.duration_s(cue.text) is not None for cue in spoken)
