from __future__ import annotations

import shutil

import numpy as np
import pytest
from fake_tts import broken_engine, crashing_engine, fake_engine

from thrusttimer.audio import voices
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.settings import VoiceSettings

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")


@needs_espeak
def test_the_engine_lists_its_voices_english_first():
    listed = voices.list_voices()
    assert listed.notice is None
    assert len(listed.voices) > 10
    first = listed.voices[0]
    assert any(lang.startswith("en") for lang in first.languages)
    assert all(v.id and v.name for v in listed.voices)


@pytest.mark.parametrize("factory", [broken_engine, crashing_engine])
def test_a_broken_engine_lists_no_voices_and_says_why(factory, fake_tts):
    listed = voices.list_voices(factory, timeout_s=30)
    assert listed.voices == ()
    assert listed.notice is not None
    assert listed.notice.startswith("Voices could not be listed")


def test_test_voice_renders_the_sample_with_the_settings(cache, fake_tts):
    fmt = AudioFormat(44_100, 1)
    loud = voices.test_voice(VoiceSettings(), fmt, cache=cache, engine_factory=fake_engine)
    soft = voices.test_voice(
        VoiceSettings(volume=0.5), fmt, cache=cache, engine_factory=fake_engine
    )
    assert loud.notice is None
    assert loud.clip is not None
    assert soft.clip is not None
    assert loud.clip.shape[1] == 1
    assert np.max(np.abs(soft.clip)) == pytest.approx(np.max(np.abs(loud.clip)) / 2, rel=0.01)


def test_test_voice_without_an_engine_uses_the_pack_and_says_so(cache, fake_tts):
    sample = voices.test_voice(VoiceSettings(), cache=cache, engine_factory=broken_engine)
    assert sample.clip is not None
    assert sample.notice is not None


@needs_espeak
def test_test_voice_with_real_espeak(cache):
    sample = voices.test_voice(VoiceSettings(rate=200), AudioFormat(48_000, 2), cache=cache)
    assert sample.notice is None
    assert sample.clip is not None
    assert 0.5 < len(sample.clip) / 48_000 < 2.5
