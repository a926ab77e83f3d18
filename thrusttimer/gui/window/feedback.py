"""The sound of a command: a click when the window takes one, a low double blip when not.

The lifter on the floor knows the key or clicker did something without looking.
"""

from __future__ import annotations

import time

import numpy as np

from thrusttimer.audio.clips import AudioFormat, Samples, compact, convert
from thrusttimer.conductor.ports import SoundOutput
from thrusttimer.core.model import CueKind
from thrusttimer.gui import resources

FEEDBACK_S = 0.03
"""A UI sound is asked for this far ahead and placed as soon as the stream allows: what is
already in the output's buffer (0.1 s) plays first, so it is heard ~0.1 s after the key
(measured through a null sink under Xvfb: 95-112 ms after xdotool's key press)."""


def ui_clip(name: str, fmt: AudioFormat) -> Samples | None:
    """A UI sound from the resources, in the output's format."""
    found = resources.sound(name)
    if found is None:
        return None
    # The resource is 16-bit PCM already: a clip as it is (a copy, not a view of the bytes).
    clip = np.frombuffer(found.samples, dtype="<i2").astype(np.int16).reshape(-1, found.channels)
    source = AudioFormat(found.rate, found.channels)
    return compact(convert(clip, source, fmt) if source != fmt else clip)


class Feedback:
    """Places the UI sounds on the workout's output."""

    def __init__(self, output: SoundOutput) -> None:
        self.output = output
        self._clips: dict[str, Samples | None] = {}

    def play(self, accepted: bool) -> bool:
        """The click or the blip, heard FEEDBACK_S from now. Returns whether it was placed
        (not without a device, nor while the output wakes)."""
        name = "accepted" if accepted else "refused"
        clip = self._clips.get(name)
        if clip is None:
            clip = self._clips[name] = ui_clip(name, self.output.fmt)
        if clip is None or not self.output.ready:
            return False
        placed = self.output.play_at(
            ("ui", name), clip, time.monotonic() + FEEDBACK_S, CueKind.TIP, False, asap=True
        )
        return placed.placed
