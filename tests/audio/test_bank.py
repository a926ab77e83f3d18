from __future__ import annotations

import numpy as np
import pytest
from fake_tts import fake_engine

from thrusttimer.audio import processing, tones
from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.clips import AudioFormat, ClipSource
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.core.model import Cue, CueKind, Tone
from thrusttimer.core.presets import preset

FMT = AudioFormat(48_000, 2)


@pytest.fixture
def bank(cache, fake_tts) -> VoiceBank:
    made = VoiceBank(VoiceSettings(volume=0.8), FMT, cache=cache, engine_factory=None)
    made.render_all(["Up", "Down", "3"])
    return made


def test_the_bank_is_a_clip_source(bank):
    source: ClipSource = bank
    assert source.duration_s("Up") is not None


def test_speech_clips_are_int16_frames_kept_as_one_channel_of_the_stereo_output(bank):
    clip = bank.clip_for(Cue(0, "x", "Down", CueKind.PHASE), FMT)
    assert clip is not None
    assert clip.dtype == np.int16
    assert FMT.channels == 2
    # Speech is the same on both channels: kept once, played on both by the mixer.
    assert clip.shape == (round(bank.duration_s("Down") * FMT.rate), 1)  # type: ignore[operator]
    assert processing.peak_dbfs(clip) <= processing.PEAK_CEILING_DBFS


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


def _not_here(*args: object) -> None:
    raise AssertionError("a tone was made in the app's process, not by the worker")


def test_tones_are_made_by_the_worker_into_the_cache(cache, fake_tts, monkeypatch):
    render_here = tones.render_tone
    # The worker is its own process: only a tone made here would call this.
    monkeypatch.setattr(tones, "render_tone", _not_here)
    bank = VoiceBank(VoiceSettings(volume=0.8), FMT, cache=cache, engine_factory=None)
    progress = bank.render_all(["Up"], tones=list(Tone))
    # Progress counts phrases; tones are quick and not shown.
    assert (progress.total, progress.done, progress.failed) == (1, 1, ())
    for tone in Tone:
        frames = round(FMT.rate * tone.value / 1000)
        assert cache.frames(tones.tone_key(tone, FMT, 0.8)) == frames
        clip = bank.tone(tone, FMT)
        assert clip.dtype == np.int16
        np.testing.assert_array_equal(clip[:, 0], render_here(tone, FMT, 0.8)[:, 0])
    again = VoiceBank(VoiceSettings(volume=0.8), FMT, cache=cache, engine_factory=None)
    assert again.render_all(["Up"], tones=list(Tone)).rendered == 0
    assert again.results == []  # no worker: every tone came from the cache


def test_tones_only_without_engine_or_pack_still_come_from_the_worker(cache, fake_tts, monkeypatch):
    monkeypatch.setattr(tones, "render_tone", _not_here)
    bank = VoiceBank(VoiceSettings(), FMT, cache=cache, use_pack=False, engine_factory=None)
    progress = bank.render_all(["Up"], tones=[Tone.TICK])
    assert progress.failed == ("Up",)
    assert bank.tone(Tone.TICK, FMT).shape == (round(FMT.rate * Tone.TICK.value / 1000), 1)


def test_tones_are_made_here_when_no_worker_can_run(cache, fake_tts):
    # A lambda cannot be sent to a spawned process: the worker never starts.
    bank = VoiceBank(VoiceSettings(), FMT, cache=cache, engine_factory=lambda: fake_engine())
    progress = bank.render_all(["Up"], tones=[Tone.BEEP])
    assert progress.gave_up
    assert progress.failed == ("Up",)  # the tone is not the user's concern
    beep = bank.tone(Tone.BEEP, FMT)
    np.testing.assert_array_equal(beep[:, 0], tones.render_tone(Tone.BEEP, FMT)[:, 0])


def test_a_tone_in_another_format_is_converted_from_the_cached_one(bank):
    other = AudioFormat(44_100, 1)
    clip = bank.tone(Tone.FINAL, other)
    assert clip.dtype == np.int16
    assert clip.shape == (round(other.rate * Tone.FINAL.value / 1000), 1)
