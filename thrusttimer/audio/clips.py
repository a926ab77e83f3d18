"""The interface between what renders sounds and what plays them.

A clip is a float32 numpy array shaped (frames, channels) at the output format's rate,
peak at most 1.0, already trimmed, so its first sample is the cue's audible onset. A clip
whose channels are all the same may be kept as (frames, 1): the mixer plays it on every
channel (`compact`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from thrusttimer.core.timeline import Cue, Tone

Samples = npt.NDArray[np.float32]


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


def compact(clip: Samples) -> Samples:
    """`clip` as one channel when all its channels are the same (speech and tones are):
    the clips a plan keeps in memory then take half the space on a stereo output."""
    if clip.ndim != 2 or clip.shape[1] < 2:
        return clip
    first = clip[:, :1]
    if not np.array_equal(clip, np.broadcast_to(first, clip.shape)):
        return clip
    return np.ascontiguousarray(first)
