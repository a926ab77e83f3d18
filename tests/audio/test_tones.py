from __future__ import annotations

import numpy as np
import pytest

from thrusttimer.audio import processing, tones
from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.clips import AudioFormat, to_float
from thrusttimer.core.model import Tone


@pytest.mark.parametrize("tone", list(Tone))
@pytest.mark.parametrize("fmt", [AudioFormat(48_000, 2), AudioFormat(44_100, 1)])
def test_a_tone_is_exactly_its_length_at_the_output_format(tone, fmt):
    clip = tones.render_tone(tone, fmt)
    assert clip.dtype == np.int16
    assert clip.shape == (round(fmt.rate * tone.value / 1000), fmt.channels)


@pytest.mark.parametrize("tone", list(Tone))
def test_a_tone_has_its_pitch_and_starts_and_ends_silent(tone):
    fmt = AudioFormat(48_000, 1)
    clip = to_float(tones.render_tone(tone, fmt))[:, 0]
    spectrum = np.abs(np.fft.rfft(clip, n=fmt.rate))  # 1 Hz bins
    assert np.argmax(spectrum) == pytest.approx(tones.PITCH_HZ[tone], abs=15)
    assert clip[0] == 0
    assert abs(clip[-1]) < 0.01


def test_tones_are_levelled_like_speech():
    fmt = AudioFormat(48_000, 1)
    beep = tones.render_tone(Tone.BEEP, fmt)
    middle = beep[len(beep) // 4 : len(beep) // 2]
    assert processing.rms_dbfs(middle) == pytest.approx(processing.TARGET_RMS_DBFS, abs=0.5)


def test_tone_volume_follows_the_setting():
    fmt = AudioFormat(48_000, 1)
    full = tones.render_tone(Tone.FINAL, fmt)
    quiet = tones.render_tone(Tone.FINAL, fmt, volume=0.25)
    assert np.allclose(quiet, full * 0.25, atol=1)  # within int16 rounding


@pytest.mark.parametrize("tone", list(Tone))
def test_tones_stay_under_the_peak_ceiling(tone):
    clip = tones.render_tone(tone, AudioFormat(44_100, 2))
    assert processing.peak_dbfs(clip) <= processing.PEAK_CEILING_DBFS


def test_a_cached_tone_is_made_once_then_read_back(tmp_path, monkeypatch):
    cache = ClipCache(tmp_path)
    fmt = AudioFormat(48_000, 2)
    made = tones.cached_tone(Tone.BEEP, fmt, 0.8, cache)
    assert cache.frames(tones.tone_key(Tone.BEEP, fmt, 0.8)) == len(made)

    def never(*args: object) -> None:
        raise AssertionError("rendered again")

    monkeypatch.setattr(tones, "render_tone", never)
    again = tones.cached_tone(Tone.BEEP, fmt, 0.8, cache)
    assert again.shape == (len(made), 1)  # the same on both channels: stored once
    np.testing.assert_array_equal(again[:, 0], made[:, 0])
