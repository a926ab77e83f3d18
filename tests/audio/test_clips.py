"""Clips are int16 in memory; identical channels are kept once; formats convert in numpy."""

from __future__ import annotations

import math

import numpy as np
import pytest

from thrusttimer.audio.clips import AudioFormat, compact, convert, from_float, to_float


def test_identical_channels_become_one() -> None:
    mono = from_float(np.linspace(-0.5, 0.5, 480)[:, None])
    stereo = np.repeat(mono, 2, axis=1)
    kept = compact(stereo)
    assert kept.shape == (480, 1)
    assert kept.flags.c_contiguous
    np.testing.assert_array_equal(kept, mono)


def test_different_channels_and_one_channel_are_left_alone() -> None:
    stereo = np.zeros((480, 2), dtype=np.int16)
    stereo[10, 1] = 8192
    assert compact(stereo) is stereo
    mono = np.zeros((480, 1), dtype=np.int16)
    assert compact(mono) is mono


def test_float_and_int16_convert_both_ways_at_full_scale_32768() -> None:
    clip = from_float(np.array([[0.0], [0.5], [-0.5], [-1.0], [1.0], [2.0], [1e-5]]))
    assert clip.dtype == np.int16
    assert clip[:, 0].tolist() == [0, 16384, -16384, -32768, 32767, 32767, 0]
    back = to_float(clip)
    assert back.dtype == np.float32
    assert back[:3, 0].tolist() == [0.0, 0.5, -0.5]


def test_a_clip_takes_half_the_memory_of_float32() -> None:
    seconds = from_float(np.zeros((48_000, 1)))
    assert seconds.nbytes == 48_000 * 2


def sine(fmt: AudioFormat, seconds: float, hz: float = 440.0, level: float = 0.5) -> np.ndarray:
    t = np.arange(round(fmt.rate * seconds)) / fmt.rate
    mono = from_float(level * np.sin(2 * math.pi * hz * t))[:, None]
    return np.repeat(mono, fmt.channels, axis=1)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (AudioFormat(48_000, 2), AudioFormat(44_100, 1)),
        (AudioFormat(22_050, 1), AudioFormat(48_000, 2)),
        (AudioFormat(48_000, 1), AudioFormat(48_000, 2)),
    ],
)
def test_convert_keeps_length_level_pitch_and_onset(source, target) -> None:
    clip = sine(source, 0.4)
    clip[:100] = 0
    clip[100] = 20_000  # the onset: a lone loud sample after silence
    converted = convert(clip, source, target)
    assert converted.dtype == np.int16
    assert converted.shape[1] == target.channels
    assert len(converted) / target.rate == pytest.approx(len(clip) / source.rate, abs=0.001)
    rms = float(np.sqrt(np.mean(to_float(converted[2000:]) ** 2)))
    assert rms == pytest.approx(0.5 / math.sqrt(2), rel=0.02)
    spectrum = np.abs(np.fft.rfft(to_float(converted[:, 0]), n=target.rate))  # 1 Hz bins
    assert int(np.argmax(spectrum)) == pytest.approx(440, abs=3)
    # Interpolation may start the rise one source frame early (at most 45 us).
    onset_s = int(np.nonzero(converted[:, 0])[0][0]) / target.rate
    assert onset_s == pytest.approx(100 / source.rate, abs=1 / min(source.rate, target.rate))


def test_convert_never_raises_the_peak() -> None:
    source, target = AudioFormat(22_050, 1), AudioFormat(48_000, 1)
    rng = np.random.default_rng(7)
    ceiling = round(32768 * 10 ** (-1 / 20))  # -1 dBFS
    clip = rng.integers(-ceiling, ceiling + 1, size=(5000, 1)).astype(np.int16)
    converted = convert(clip, source, target)
    assert int(np.max(np.abs(converted.astype(np.int32)))) <= ceiling


def test_convert_averages_channels_that_differ() -> None:
    clip = np.array([[1000, 3000], [-2000, 0]], dtype=np.int16)
    converted = convert(clip, AudioFormat(48_000, 2), AudioFormat(48_000, 1))
    assert converted[:, 0].tolist() == [2000, -1000]
