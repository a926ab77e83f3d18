"""The interface between what renders sounds and what plays them, and what a clip is.

A clip is a 16-bit PCM numpy array (`Samples`) shaped (frames, channels) at the output
format's rate, peak at most -1 dBFS, already trimmed, so its first sample is the cue's
audible onset. Clips stay int16 in memory (half the size of float32: a plan's clips are
several MB) and become float only for the frames being mixed (`to_float`, in the mixer).
A clip whose channels are all the same may be kept as (frames, 1): the mixer plays it on
every channel (`compact`). Everything here is numpy only, so the app's own process can
use it without loading pydub.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt

from thrusttimer.core.model import Cue, Tone

Samples = npt.NDArray[np.int16]
"""A clip: 16-bit PCM, (frames, channels); full scale is FULL_SCALE."""
Block = npt.NDArray[np.float32]
"""Mixed audio as float32 in [-1, 1], (frames, channels): what the mixer renders."""
FULL_SCALE: Final = 32768.0
"""The int16 value of 1.0 (0 dBFS), as pydub and the WAV format count it."""


@dataclass(frozen=True, slots=True)
class AudioFormat:
    """The output stream's format; clips are prepared in it so playback only copies."""

    rate: int = 48_000
    channels: int = 2


class ClipSource(Protocol):
    """Gives the prepared sound for a cue: its spoken text, or its tone when text is ""."""

    def clip_for(self, cue: Cue, fmt: AudioFormat) -> Samples | None:
        """The clip, or None when this source cannot voice the cue."""
        ...

    def tone(self, tone: Tone, fmt: AudioFormat) -> Samples:
        """A generated tone."""
        ...

    def duration_s(self, text: str) -> float | None:
        """The spoken length of `text` once trimmed, or None if it cannot be spoken.

        Passed to `core.timeline.compile_plan(measure=...)` so each cue gets the fullest
        wording that fits its slot.
        """
        ...


def to_float(clip: Samples) -> Block:
    """`clip` as float32 samples in [-1, 1)."""
    return clip.astype(np.float32) * np.float32(1 / FULL_SCALE)


def from_float(samples: npt.NDArray[Any]) -> Samples:
    """Float samples (1.0 = full scale) as a clip, rounded to the nearest int16 value.

    Rounding never raises a magnitude past the next integer, so a clip that was under the
    peak ceiling stays there; anything outside [-1, 1) is clipped.
    """
    scaled = np.round(np.asarray(samples, dtype=np.float64) * FULL_SCALE)
    return np.clip(scaled, -FULL_SCALE, FULL_SCALE - 1).astype(np.int16)


def compact(clip: Samples) -> Samples:
    """`clip` as one channel when all its channels are the same (speech and tones are):
    the clips a plan keeps in memory then take half the space on a stereo output."""
    if clip.ndim != 2 or clip.shape[1] < 2:
        return clip
    first = clip[:, :1]
    if not np.array_equal(clip, np.broadcast_to(first, clip.shape)):
        return clip
    return np.ascontiguousarray(first)


def convert(clip: Samples, source: AudioFormat, target: AudioFormat) -> Samples:
    """A prepared clip brought from one output format to another (a device change, a UI
    sound in another rate), with numpy alone.

    Channels: the same sound on every channel stays that sound, otherwise the channels are
    averaged. Rate: linear interpolation, as pydub's own resampling (audioop.ratecv) does.
    Frame 0 stays frame 0, so the onset does not move, and an interpolated sample never
    lies outside its two neighbours, so the peak never rises.
    """
    frames = clip
    if clip.shape[1] != target.channels:
        mono = compact(clip)
        if mono.shape[1] != 1:
            mono = np.round(clip.mean(axis=1, dtype=np.float64)).astype(np.int16)[:, None]
        frames = np.repeat(mono, target.channels, axis=1) if target.channels > 1 else mono
    if source.rate == target.rate or len(frames) == 0:
        return np.ascontiguousarray(frames)
    count = round(len(frames) * target.rate / source.rate)
    at = np.arange(count, dtype=np.float64) * (source.rate / target.rate)
    known = np.arange(len(frames), dtype=np.float64)
    out = np.empty((count, frames.shape[1]), dtype=np.int16)
    for channel in range(frames.shape[1]):
        line = np.interp(at, known, frames[:, channel].astype(np.float64))
        out[:, channel] = np.round(line).astype(np.int16)
    return out
