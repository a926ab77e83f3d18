"""The interface between what renders sounds and what plays them.

A clip is a float32 numpy array shaped (frames, channels) at the output format's rate,
peak at most 1.0, already trimmed, so its first sample is the cue's audible onset.
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
