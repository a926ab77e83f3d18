"""Taking back audio queued in the server but not yet read, so a pause or a skip is quiet
at once.

The feed keeps `pulse_streams.TARGET_S` of the mix queued in the server, so that its thread may
be late without a gap. When the schedule changes (a pause, a skip, a stop), whatever of the
old schedule is queued would still play: a cue due within that time started after the
lifter paused, and was heard again, whole, after the resume. The server lets its client
write over what it has queued and not yet read (PulseAudio and pipewire-pulse alike:
`tests/e2e/test_take_back.py` hears it through a null sink of each), so the feed writes that
stretch again: what it wrote there, fading out over `mixer.FADE_FRAMES` from the first frame
the server has not read (and `GUARD_FRAMES` on), then silence.
"""

from __future__ import annotations

from collections import deque
from typing import Protocol, runtime_checkable

import numpy as np

from thrusttimer.audio.clips import Block
from thrusttimer.audio.mixer import FADE_FRAMES

GUARD_FRAMES = 480
"""Frames (10 ms at 48 kHz) left as they were after the first one the server has not read:
it reads on while the new audio travels to it, and what it has read it plays as it was."""


@runtime_checkable
class TakesBack(Protocol):
    """A stream whose queued audio can be written over (`libpulse.PlaybackStream`)."""

    def read_frames(self) -> int: ...

    def rewrite(self, data: bytes) -> None: ...


class WrittenTail:
    """The last frames written to a stream, as the blocks they went in (None: silence),
    enough to fade out from any frame the server may not have read yet."""

    def __init__(self, keep_frames: int, channels: int) -> None:
        self.keep_frames = keep_frames
        self.channels = channels
        self._blocks: deque[tuple[int, int, Block | None]] = deque()
        """(first frame, frames, the block or None) of each write, oldest first."""

    def add(self, start: int, frames: int, block: Block | None) -> None:
        self._blocks.append((start, frames, block))
        while self._blocks and self._blocks[0][0] + self._blocks[0][1] < start - self.keep_frames:
            self._blocks.popleft()

    def clear(self) -> None:
        self._blocks.clear()

    def taken_back(self, at: int, cut_at: int, end: int) -> bytes:
        """Frames `at` to `end` as float32 bytes: up to `cut_at`, what was written there
        faded out over `FADE_FRAMES` from `at`, then silence; from `cut_at` on, what was
        written (a stretch no longer kept is silence)."""
        out = np.zeros((end - at, self.channels), dtype=np.float32)
        fade_end = min(cut_at, at + FADE_FRAMES)
        for start, frames, block in self._blocks:
            if block is None:
                continue
            lo, hi = max(start, at), min(start + frames, fade_end)
            if hi > lo:
                gain = (at + FADE_FRAMES - np.arange(lo, hi, dtype=np.float32)) / FADE_FRAMES
                out[lo - at : hi - at] = block[lo - start : hi - start] * gain[:, None]
            lo, hi = max(start, cut_at), min(start + frames, end)
            if hi > lo:
                out[lo - at : hi - at] = block[lo - start : hi - start]
        return np.ascontiguousarray(out, dtype="<f4").tobytes()
