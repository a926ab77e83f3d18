"""The generated sounds: a tick per phase, a beep for the countdown and a long final tone.

A tone's length in ms is its `core.timeline.Tone` value. Tones are levelled like speech
(processing.normalise) so a beep is as loud as a word.
"""

from __future__ import annotations

from typing import Final

import numpy as np

from thrusttimer.audio import processing
from thrusttimer.audio._pydub import AudioSegment
from thrusttimer.audio.clips import AudioFormat, Samples
from thrusttimer.core.timeline import Tone

PITCH_HZ: Final = {Tone.TICK: 1760.0, Tone.BEEP: 880.0, Tone.FINAL: 660.0}
"""A high short tick, the classic countdown beep, and a lower long tone that says "done"."""
RELEASE_MS: Final = {Tone.TICK: 30, Tone.BEEP: 20, Tone.FINAL: 400}
"""How long each tone dies away at its end (on top of processing's short fade)."""


def tone_segment(tone: Tone, rate: int) -> AudioSegment:
    """The tone as a levelled mono AudioSegment at `rate`, exactly `tone.value` ms long."""
    # The sine from numpy: pydub's generator loops in Python (15 ms for the final tone on
    # the GUI thread); levelling and the release stay pydub's, as for speech.
    frames = round(rate * tone.value / 1000)
    wave = 0.5 * np.sin(2 * np.pi * PITCH_HZ[tone] * np.arange(frames) / rate)
    pcm = np.round(wave * 32767).astype("<i2")
    segment = AudioSegment(pcm.tobytes(), frame_rate=rate, sample_width=2, channels=1)
    segment = processing.normalise(segment)
    return segment.fade_out(RELEASE_MS[tone])


def render_tone(tone: Tone, fmt: AudioFormat, volume: float = 1.0) -> Samples:
    """The tone as a clip in `fmt`: exactly round(rate * ms / 1000) frames."""
    clip = processing.to_clip(tone_segment(tone, fmt.rate), fmt, volume)
    frames = round(fmt.rate * tone.value / 1000)
    return clip[:frames]
