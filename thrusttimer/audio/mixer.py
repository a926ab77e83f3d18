"""The mixer: places each clip at an exact sample of the output stream and renders the sum.

Positions are stream frames (one sample per channel). The stream pulls `render(n)`, which
advances `frame`; a clip whose start is already behind `frame` would start late, so `add`
refuses it instead of queueing it. Of two spoken cues that overlap, the higher `CueKind`
wins (a word over a word is not understood); a tone mixes with anything.
Clips are int16 (`clips.Samples`); only the frames being mixed become float, in the sum.
Thread-safe: the stream renders on its own thread while the player adds and cancels.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import numpy as np

from thrusttimer.audio.clips import FULL_SCALE, Block, Samples
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import CueKind

T = TypeVar("T")

FADE_FRAMES = 96
"""A clip cut short fades out over this many frames (2 ms at 48 kHz), so the cut does not click."""


@dataclass(slots=True)
class Voice(Generic[T]):
    """One clip placed in the stream."""

    tag: T
    clip: Samples
    start: int
    kind: CueKind
    spoken: bool
    """A spoken clip; two of those never overlap, while a tone mixes with anything."""
    end: int = field(default=-1)
    """The frame it stops at (its natural end unless it was cut short)."""

    def __post_init__(self) -> None:
        if self.end < 0:
            self.end = self.start + len(self.clip)


@dataclass(frozen=True, slots=True)
class Placement(Generic[T]):
    """What `Mixer.add` did: placed (and which clips it pushed out), or refused and why."""

    placed: bool
    reason: str = ""
    displaced: tuple[T, ...] = ()


class Mixer(Generic[T]):
    """Clips keyed by start frame, summed into float32 blocks (`Block`) of (frames, channels)."""

    def __init__(self, channels: int) -> None:
        self.channels = channels
        self._voices: list[Voice[T]] = []
        self._frame = 0
        self._lock = threading.Lock()

    @property
    def frame(self) -> int:
        """The next frame `render` will produce; clips must start at or after it."""
        with self._lock:
            return self._frame

    def pending(self) -> list[T]:
        """Tags of clips not yet finished, in start order."""
        with self._lock:
            return [v.tag for v in self._voices]

    def add(
        self, tag: T, clip: Samples, start: int, kind: CueKind, spoken: bool = True
    ) -> Placement[T]:
        """Place `clip` so that its first sample is stream frame `start`. A one-channel
        clip plays on every channel."""
        if clip.ndim != 2 or clip.shape[1] not in (1, self.channels):
            channels = self.channels
            wrong = f"clip shape {clip.shape} does not match {channels} channels"  # i18n: not shown
            raise ValueError(wrong)
        if clip.dtype != np.int16:
            raise ValueError(f"clip samples are {clip.dtype}, not int16")  # i18n: not shown
        with self._lock:
            if start < self._frame:
                late_frames = self._frame - start
                # Read by the output, which says how late in milliseconds.
                return Placement(False, f"late by {late_frames} frames")  # i18n: not shown
            new = Voice(tag, clip, start, kind, spoken)
            clashing = [v for v in self._voices if spoken and v.spoken and _overlap(v, new)]
            if any(v.kind >= kind for v in clashing):
                winner = max(clashing, key=lambda v: v.kind)
                return Placement(
                    False,
                    translate("Mixer", "overlaps a {kind} cue").format(
                        kind=winner.kind.name.lower()
                    ),
                )
            displaced: list[T] = []
            for voice in clashing:
                if voice.start >= self._frame:
                    # Not heard yet: the higher-priority cue takes its place entirely.
                    self._voices.remove(voice)
                    displaced.append(voice.tag)
                else:
                    # Already sounding: stop it where the new cue begins.
                    voice.end = min(voice.end, start)
            self._voices.append(new)
            self._voices.sort(key=lambda v: v.start)
            return Placement(True, displaced=tuple(displaced))

    def cancel(self) -> list[T]:
        """Drop every clip not yet started and stop those sounding now; return the tags of
        the clips that will not be heard at all."""
        with self._lock:
            dropped = [v.tag for v in self._voices if v.start >= self._frame]
            kept = [v for v in self._voices if v.start < self._frame]
            for voice in kept:
                voice.end = min(voice.end, self._frame + FADE_FRAMES)
            self._voices = kept
            return dropped

    def cancel_now(self) -> tuple[list[T], int]:
        """Like `cancel`, but the clips sounding stop dead at `frame`, which is returned
        with the dropped tags: the stream is to fade them out earlier, over audio it has
        queued (`output.take_back`), and a fade of their own after that would be heard.
        (Should the server have read all of it already, its queue run dry, they did stop
        dead there.)"""
        with self._lock:
            dropped = [v.tag for v in self._voices if v.start >= self._frame]
            kept = [v for v in self._voices if v.start < self._frame]
            for voice in kept:
                voice.end = min(voice.end, self._frame)
            self._voices = kept
            return dropped, self._frame

    def shift(self, frames: int) -> list[T]:
        """Move every clip not yet started by `frames` (negative: earlier), to keep it on
        time when the stream's clock jumped. Returns the tags of clips that would now start
        before `frame`: too late, so dropped."""
        with self._lock:
            late = [v for v in self._voices if v.start >= self._frame > v.start + frames]
            for voice in self._voices:
                if voice.start >= self._frame:
                    voice.start += frames
                    voice.end += frames
            self._voices = [v for v in self._voices if v not in late]
            self._voices.sort(key=lambda v: v.start)
            return [v.tag for v in late]

    def reset(self, frame: int = 0) -> list[T]:
        """Forget every clip and restart the frame count (a new stream); returns their tags."""
        with self._lock:
            dropped = [v.tag for v in self._voices]
            self._voices = []
            self._frame = frame
            return dropped

    def render(self, frames: int) -> Block:
        """The next `frames` frames of the mix, clipped to [-1, 1]."""
        out = self.render_sound(frames)
        if out is None:
            return np.zeros((frames, self.channels), dtype=np.float32)
        return out

    def render_sound(self, frames: int) -> Block | None:
        """Like `render`, but None when the next `frames` frames are silence (nothing
        sounds in them): the stream tops up ~50 times a second, mostly with silence, and
        not building an array for it is most of what an open stream costs when idle."""
        with self._lock:
            begin = self._frame
            stop = begin + frames
            if not self._voices or self._voices[0].start >= stop:
                self._frame = stop
                return None
            # Summed in int16 units (adding an int16 slice to a float32 block converts
            # just those frames) and scaled to [-1, 1] once at the end.
            out = np.zeros((frames, self.channels), dtype=np.float32)
            finished: list[Voice[T]] = []
            for voice in self._voices:
                if voice.start >= stop:
                    break
                lo = max(begin, voice.start)
                hi = min(stop, voice.end)
                if hi > lo:
                    part = voice.clip[lo - voice.start : hi - voice.start]
                    natural_end = voice.start + len(voice.clip)
                    if voice.end < natural_end:
                        out[lo - begin : hi - begin] += part * _fade(lo, hi, voice.end)
                    else:
                        out[lo - begin : hi - begin] += part
                if voice.end <= stop:
                    finished.append(voice)
            for voice in finished:
                self._voices.remove(voice)
            self._frame = stop
        out *= np.float32(1 / FULL_SCALE)
        np.clip(out, -1.0, 1.0, out=out)
        return out


def _overlap(a: Voice[T], b: Voice[T]) -> bool:
    return a.start < b.end and b.start < a.end


def _fade(lo: int, hi: int, end: int) -> Block:
    """Gains for frames lo..hi of a clip cut at `end`: 1, then a ramp down over FADE_FRAMES."""
    frames = np.arange(lo, hi, dtype=np.float32)
    gain = np.clip((end - frames) / FADE_FRAMES, 0.0, 1.0).astype(np.float32)
    return gain[:, None]
