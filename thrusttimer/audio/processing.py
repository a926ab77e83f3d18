"""Turning raw speech into clips: trim, level, resample, fade, and convert to float32 arrays.

Two stages, so that the bundled voice pack can store the format-independent first one:
`clean` trims and levels a recording at its own rate; `to_clip` brings a cleaned recording
to the output format, applies the user's volume and fades the ends, and returns the
(frames, channels) float32 array the mixer plays.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Final

import numpy as np

from thrusttimer.audio._pydub import AudioSegment, detect_leading_silence
from thrusttimer.audio.clips import AudioFormat, Samples

SILENCE_THRESHOLD_DBFS: Final = -50.0
"""Anything quieter than this at either end is trimmed. espeak-ng pads with digital silence
(0–44 ms before, ~240 ms after); -50 dBFS sits well under the softest consonant it makes
at full volume, so trimming never clips a word, and matches the onset detector used to
check recordings."""
TRIM_CHUNK_MS: Final = 1
"""The trim resolution: a clip's first sample is within 1 ms of its audible onset."""
TARGET_RMS_DBFS: Final = -20.0
"""Every cleaned clip is brought to this RMS level, so all cues sound equally loud."""
PEAK_CEILING_DBFS: Final = -1.0
"""...unless that would push its peak above this ceiling; then the peak decides the gain."""
FADE_IN_MS: Final = 3
"""Short enough to keep the attack crisp, long enough to avoid a click at the cut."""
FADE_OUT_MS: Final = 10
END_SILENCE_MS: Final = 5
"""A complete recording ends in this much silence (espeak-ng closes with ~240 ms of it);
one that ends in sound was cut off."""
CUT_OFF: Final = "audio that was cut off"
SAMPLE_WIDTH: Final = 2
"""Processing runs on 16-bit samples, the width espeak-ng writes."""


def load_wav(source: bytes | Path) -> AudioSegment:
    """A WAV file or its bytes as an AudioSegment (no ffmpeg needed for WAV)."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    return AudioSegment.from_wav(io.BytesIO(data))


def recording_problem(data: bytes) -> str:
    """What is wrong with an engine's WAV, in a few words, or "" when it looks complete."""
    if not data:
        return "no file"
    try:
        segment = load_wav(data)
    except Exception:  # wave/pydub raise several types for a damaged file
        return "a damaged WAV"
    if len(segment) == 0:
        return "an empty WAV"
    if segment.max_dBFS < SILENCE_THRESHOLD_DBFS:
        return "only silence"
    if segment[-END_SILENCE_MS:].max_dBFS >= SILENCE_THRESHOLD_DBFS:
        return CUT_OFF
    return ""


def trim(segment: AudioSegment) -> AudioSegment:
    """`segment` without its leading and trailing silence (see SILENCE_THRESHOLD_DBFS)."""
    start = detect_leading_silence(
        segment, silence_threshold=SILENCE_THRESHOLD_DBFS, chunk_size=TRIM_CHUNK_MS
    )
    end = len(segment) - detect_leading_silence(
        segment.reverse(), silence_threshold=SILENCE_THRESHOLD_DBFS, chunk_size=TRIM_CHUNK_MS
    )
    if end <= start:
        return segment[0:0]
    return segment[start:end]


def normalise(segment: AudioSegment) -> AudioSegment:
    """`segment` at TARGET_RMS_DBFS, or lower if its peak would pass PEAK_CEILING_DBFS."""
    if len(segment) == 0 or segment.rms == 0:
        return segment
    gain = min(TARGET_RMS_DBFS - segment.dBFS, PEAK_CEILING_DBFS - segment.max_dBFS)
    return segment.apply_gain(gain)


def clean(segment: AudioSegment) -> AudioSegment:
    """Stage one: 16-bit, trimmed and levelled, at the recording's own rate and channels."""
    return normalise(trim(segment.set_sample_width(SAMPLE_WIDTH)))


def to_clip(segment: AudioSegment, fmt: AudioFormat, volume: float = 1.0) -> Samples:
    """Stage two: a cleaned segment as a faded float32 (frames, channels) array in `fmt`."""
    shaped = segment.set_sample_width(SAMPLE_WIDTH)
    if shaped.frame_rate != fmt.rate:
        shaped = shaped.set_frame_rate(fmt.rate)
    if shaped.channels != fmt.channels:
        # pydub only converts between mono and stereo; go through mono for anything else.
        shaped = shaped.set_channels(1)
        if fmt.channels == 2:
            shaped = shaped.set_channels(2)
    samples = np.frombuffer(shaped.raw_data, dtype=np.int16).astype(np.float32) / 32768.0
    frames = samples.reshape(-1, shaped.channels)
    if shaped.channels != fmt.channels:
        frames = np.repeat(frames[:, :1], fmt.channels, axis=1)
    return fade(frames * np.float32(volume), fmt.rate)


def fade(clip: Samples, rate: int) -> Samples:
    """`clip` with a linear fade over its first FADE_IN_MS and last FADE_OUT_MS."""
    out = np.array(clip, dtype=np.float32, copy=True)
    frames = len(out)
    fade_in = min(frames, math.ceil(rate * FADE_IN_MS / 1000))
    fade_out = min(frames, math.ceil(rate * FADE_OUT_MS / 1000))
    if fade_in:
        out[:fade_in] *= np.linspace(0.0, 1.0, fade_in, endpoint=False, dtype=np.float32)[:, None]
    if fade_out:
        out[frames - fade_out :] *= np.linspace(1.0, 0.0, fade_out, dtype=np.float32)[:, None]
    return out


def prepare(wav: bytes | Path, fmt: AudioFormat, volume: float = 1.0) -> Samples:
    """A raw recording (the engine's WAV) as a clip ready to mix."""
    return to_clip(clean(load_wav(wav)), fmt, volume)


def convert(clip: Samples, source: AudioFormat, target: AudioFormat) -> Samples:
    """A prepared clip brought from one output format to another (a device change)."""
    pcm = np.clip(np.round(clip * 32767.0), -32768, 32767).astype(np.int16)
    segment = AudioSegment(
        pcm.tobytes(), frame_rate=source.rate, sample_width=SAMPLE_WIDTH, channels=source.channels
    )
    return to_clip(segment, target)


def duration_s(clip: Samples, fmt: AudioFormat) -> float:
    return len(clip) / fmt.rate


def rms_dbfs(clip: Samples) -> float:
    """The RMS level of a float clip in dBFS (-inf for silence); used by tests and tools."""
    power = float(np.mean(np.square(clip, dtype=np.float64))) if clip.size else 0.0
    return 10 * math.log10(power) if power > 0 else -math.inf
