from __future__ import annotations

import io
import math
import wave

import numpy as np
import pytest

from thrusttimer.audio import processing
from thrusttimer.audio.clips import AudioFormat, convert

RATE = 22_050


def wav_bytes(*parts: tuple[float, float | None], rate: int = RATE, hz: float = 440.0) -> bytes:
    """A mono 16-bit WAV of (milliseconds, level in dBFS peak or None for silence) parts."""
    chunks = []
    for ms, level in parts:
        n = round(rate * ms / 1000)
        if level is None:
            chunks.append(np.zeros(n))
        else:
            t = np.arange(n) / rate
            chunks.append(10 ** (level / 20) * np.sin(2 * math.pi * hz * t))
    pcm = np.round(np.concatenate(chunks) * 32767).astype("<i2")
    out = io.BytesIO()
    with wave.open(out, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(pcm.tobytes())
    return out.getvalue()


def trimmed_ms(data: bytes) -> int:
    return len(processing.trim(processing.load_wav(data)))


def test_trim_cuts_silence_and_sound_below_the_threshold_at_both_ends():
    quiet = processing.SILENCE_THRESHOLD_DBFS - 10
    data = wav_bytes((44, None), (30, quiet), (200, -12.0), (30, quiet), (240, None))
    assert trimmed_ms(data) == pytest.approx(200, abs=2)


def test_trim_keeps_sound_just_above_the_threshold():
    audible = processing.SILENCE_THRESHOLD_DBFS + 10
    data = wav_bytes((44, None), (30, audible), (200, -12.0), (30, audible), (240, None))
    assert trimmed_ms(data) == pytest.approx(260, abs=2)


def test_trim_of_pure_silence_is_empty():
    assert trimmed_ms(wav_bytes((300, None))) == 0


@pytest.mark.parametrize("level", [-6.0, -18.0, -35.0])
def test_normalise_brings_every_clip_to_the_target_rms(level):
    clip = processing.prepare(wav_bytes((400, level)), AudioFormat(RATE, 1))
    middle = clip[len(clip) // 4 : 3 * len(clip) // 4]
    assert processing.rms_dbfs(middle) == pytest.approx(processing.TARGET_RMS_DBFS, abs=0.3)


def test_normalise_holds_the_peak_under_the_ceiling():
    # Mostly quiet with one loud burst: reaching the target RMS would clip the burst.
    data = wav_bytes((400, -45.0), (5, -1.0), (400, -45.0))
    clip = processing.prepare(data, AudioFormat(RATE, 1))
    assert processing.peak_dbfs(clip) == pytest.approx(processing.PEAK_CEILING_DBFS, abs=0.1)
    assert processing.peak_dbfs(clip) <= processing.PEAK_CEILING_DBFS
    assert processing.rms_dbfs(clip) < processing.TARGET_RMS_DBFS


@pytest.mark.parametrize("rate", [48_000, 44_100, 22_050])
@pytest.mark.parametrize("volume", [1.0, 0.8])
def test_an_int16_clip_never_peaks_above_the_ceiling(rate, volume):
    # Loud and short: the peak decides the gain, and resampling and rounding to int16
    # must not push any sample past -1 dBFS.
    data = wav_bytes((30, None), (300, -0.5), (30, None), hz=3000.0)
    clip = processing.prepare(data, AudioFormat(rate, 2), volume)
    assert clip.dtype == np.int16
    assert processing.peak_dbfs(clip) <= processing.PEAK_CEILING_DBFS


@pytest.mark.parametrize(("rate", "channels"), [(48_000, 2), (44_100, 1), (16_000, 2)])
def test_prepare_resamples_to_the_output_rate_and_channels(rate, channels):
    clip = processing.prepare(wav_bytes((500, -12.0), hz=1000.0), AudioFormat(rate, channels))
    assert clip.dtype == np.int16
    assert clip.shape[1] == channels
    assert len(clip) == pytest.approx(rate * 0.5, abs=rate * 0.002)
    assert np.array_equal(clip[:, 0], clip[:, -1])
    spectrum = np.abs(np.fft.rfft(clip[:, 0]))
    peak_hz = np.argmax(spectrum) * rate / len(clip)
    assert peak_hz == pytest.approx(1000.0, abs=5)


def test_fades_ramp_the_ends_and_leave_the_middle_alone():
    fmt = AudioFormat(48_000, 2)
    fade_in = math.ceil(fmt.rate * processing.FADE_IN_MS / 1000)
    fade_out = math.ceil(fmt.rate * processing.FADE_OUT_MS / 1000)
    faded = processing.fade(np.full((fmt.rate // 2, 2), 20_000, dtype=np.int16), fmt.rate)
    assert faded.dtype == np.int16
    assert np.all(faded[0] == 0)
    assert np.all(faded[-1] == 0)
    assert np.all(np.diff(faded[:fade_in, 0]) > 0)
    assert np.all(np.diff(faded[-fade_out:, 0]) < 0)
    assert np.all(faded[fade_in:-fade_out] == 20_000)


def test_prepared_clips_start_and_end_silent():
    clip = processing.prepare(wav_bytes((20, None), (300, -3.0), (20, None)), AudioFormat())
    assert np.all(clip[0] == 0)
    assert np.all(clip[-1] == 0)


def test_volume_scales_the_clip():
    fmt = AudioFormat(RATE, 1)
    full = processing.prepare(wav_bytes((300, -12.0)), fmt)
    half = processing.prepare(wav_bytes((300, -12.0)), fmt, volume=0.5)
    assert processing.rms_dbfs(half) == pytest.approx(processing.rms_dbfs(full) - 6.02, abs=0.05)


def test_convert_between_output_formats_keeps_length_and_level():
    source = AudioFormat(48_000, 2)
    target = AudioFormat(44_100, 1)
    clip = processing.prepare(wav_bytes((400, -12.0)), source)
    converted = convert(clip, source, target)
    assert converted.shape[1] == 1
    assert len(converted) / target.rate == pytest.approx(len(clip) / source.rate, abs=0.002)
    assert processing.rms_dbfs(converted) == pytest.approx(processing.rms_dbfs(clip), abs=0.3)


def test_a_complete_recording_has_no_problem():
    assert processing.recording_problem(wav_bytes((30, None), (300, -12.0), (240, None))) == ""


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "no file"),
        (b"RIFF....garbage", "a damaged WAV"),
        (wav_bytes((0, None)), "an empty WAV"),
        (wav_bytes((300, None)), "only silence"),
        (wav_bytes((30, None), (300, -12.0)), processing.CUT_OFF),
    ],
)
def test_a_bad_recording_says_what_is_wrong(data, problem):
    assert processing.recording_problem(data) == problem
