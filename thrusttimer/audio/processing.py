"""Turning raw speech into clips: trim, level, resample, fade, and convert to int16 arrays.

Two stages, so that the bundled voice pack can store the format-independent first one:
`clean` trims and levels a recording at its own rate; `to_clip` brings a cleaned recording
to the output format, applies the user's volume and fades the ends, and returns the
(frames, channels) int16 array the mixer plays. This is pydub's work, done in the speech
worker process (and by tools); the app's own process only loads the finished clips.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Final

import numpy as np

from thrusttimer.audio._pydub import AudioSegment, detect_leading_silence
from thrusttimer.audio.clips import FULL_SCALE, AudioFormat, Samples, to_float
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP

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
PEAK_LIMIT: Final = math.floor(FULL_SCALE * 10 ** (PEAK_CEILING_DBFS / 20))
"""The largest int16 magnitude at or under the ceiling (29204). pydub's gain rounds to
int16, which can land a peak one step (0.0002 dB) over the ceiling, in the voice pack's
WAVs too; the last stage (`fade`) holds every clip to this."""
FADE_IN_MS: Final = 3
"""Short enough to keep the attack crisp, long enough to avoid a click at the cut."""
FADE_OUT_MS: Final = 10
END_SILENCE_MS: Final = 5
"""A complete recording ends in this much silence (espeak-ng closes with ~240 ms of it);
one that ends in sound was cut off."""
# Kept in English (compared, and logged); translated where a message shows one.
CUT_OFF: Final = QT_TRANSLATE_NOOP("SpeechWorker", "audio that was cut off")
SAMPLE_WIDTH: Final = 2
"""Processing runs on 16-bit samples, the width espeak-ng writes."""


def load_wav(source: bytes | Path) -> AudioSegment:
    """A WAV file or its bytes as an AudioSegment (no ffmpeg needed for WAV)."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    return AudioSegment.from_wav(io.BytesIO(data))


def recording_problem(data: bytes) -> str:
    """What is wrong with an engine's WAV, in a few words, or "" when it looks complete."""
    if not data:
        return QT_TRANSLATE_NOOP("SpeechWorker", "no file")
    try:
        segment = load_wav(data)
    except Exception:  # wave/pydub raise several types for a damaged file
        return QT_TRANSLATE_NOOP("SpeechWorker", "a damaged WAV")
    if len(segment) == 0:
        return QT_TRANSLATE_NOOP("SpeechWorker", "an empty WAV")
    if segment.max_dBFS < SILENCE_THRESHOLD_DBFS:
        return QT_TRANSLATE_NOOP("SpeechWorker", "only silence")
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
    """Stage two: a cleaned segment as a faded int16 (frames, channels) array in `fmt`."""
    shaped = segment.set_sample_width(SAMPLE_WIDTH)
    if shaped.frame_rate != fmt.rate:
        shaped = shaped.set_frame_rate(fmt.rate)
    if shaped.channels != fmt.channels:
        # pydub only converts between mono and stereo; go through mono for anything else.
        shaped = shaped.set_channels(1)
        if fmt.channels == 2:
            shaped = shaped.set_channels(2)
    frames = np.frombuffer(shaped.raw_data, dtype=np.int16).reshape(-1, shaped.channels)
    if shaped.channels != fmt.channels:
        frames = np.repeat(frames[:, :1], fmt.channels, axis=1)
    return fade(frames, fmt.rate, volume)


def fade(clip: Samples, rate: int, volume: float = 1.0) -> Samples:
    """`clip` at `volume` with a linear fade over its first FADE_IN_MS and last FADE_OUT_MS,
    held to PEAK_LIMIT (every gain is at most 1, so that only ever takes off the one step
    pydub's rounding may have added)."""
    frames = len(clip)
    gain = np.full(frames, min(max(volume, 0.0), 1.0), dtype=np.float64)
    fade_in = min(frames, math.ceil(rate * FADE_IN_MS / 1000))
    fade_out = min(frames, math.ceil(rate * FADE_OUT_MS / 1000))
    if fade_in:
        gain[:fade_in] *= np.linspace(0.0, 1.0, fade_in, endpoint=False)
    if fade_out:
        gain[frames - fade_out :] *= np.linspace(1.0, 0.0, fade_out)
    out = np.round(clip * gain[:, None])
    return np.clip(out, -PEAK_LIMIT, PEAK_LIMIT).astype(np.int16)


def prepare(wav: bytes | Path, fmt: AudioFormat, volume: float = 1.0) -> Samples:
    """A raw recording (the engine's WAV) as a clip ready to mix."""
    return to_clip(clean(load_wav(wav)), fmt, volume)


def duration_s(clip: Samples, fmt: AudioFormat) -> float:
    return len(clip) / fmt.rate


def rms_dbfs(clip: Samples) -> float:
    """The RMS level of a clip in dBFS (-inf for silence); used by tests and tools."""
    samples = to_float(clip)
    power = float(np.mean(np.square(samples, dtype=np.float64))) if clip.size else 0.0
    return 10 * math.log10(power) if power > 0 else -math.inf


def peak_dbfs(clip: Samples) -> float:
    """The peak level of a clip in dBFS (-inf for silence)."""
    peak = int(np.max(np.abs(clip.astype(np.int32)))) if clip.size else 0
    return 20 * math.log10(peak / FULL_SCALE) if peak else -math.inf
