"""The generated sounds: a tick per phase, a beep for the countdown and a long final tone.

A tone's length in ms is its `core.timeline.Tone` value. Tones are levelled like speech
(processing.normalise) so a beep is as loud as a word. That is pydub's work, so tones are
made where speech is, in the speech worker, and kept in the clip cache under `tone_key`;
the app's process reads them with `cached_tone`, and makes one itself (loading pydub, only
then) when the cache does not have it, e.g. when no worker could run. Importing this
module does not load pydub.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Final

import numpy as np

from thrusttimer.audio.cache import ClipCache, ClipKey
from thrusttimer.audio.clips import AudioFormat, Samples
from thrusttimer.core.model import Tone

if TYPE_CHECKING:
    from thrusttimer.audio._pydub import AudioSegment

PITCH_HZ: Final = {Tone.TICK: 1760.0, Tone.BEEP: 880.0, Tone.FINAL: 660.0}
"""A high short tick, the classic countdown beep, and a lower long tone that says "done"."""
RELEASE_MS: Final = {Tone.TICK: 30, Tone.BEEP: 20, Tone.FINAL: 400}
"""How long each tone dies away at its end (on top of processing's short fade)."""
TONES_VERSION: Final = 1
"""Bump when a tone's sound changes here, to retire the cached tones."""


def tone_key(tone: Tone, fmt: AudioFormat, volume: float) -> ClipKey:
    """Where the clip cache keeps `tone` made at `volume` in `fmt`."""
    return ClipKey(f"tone:{tone.name.lower()}", "", 0, volume, f"tones-{TONES_VERSION}", fmt)


def tone_segment(tone: Tone, rate: int) -> AudioSegment:
    """The tone as a levelled mono AudioSegment at `rate`, exactly `tone.value` ms long."""
    from thrusttimer.audio import processing
    from thrusttimer.audio._pydub import AudioSegment

    # The sine from numpy: pydub's generator loops in Python (15 ms for the final tone);
    # levelling and the release stay pydub's, as for speech.
    frames = round(rate * tone.value / 1000)
    wave = 0.5 * np.sin(2 * np.pi * PITCH_HZ[tone] * np.arange(frames) / rate)
    pcm = np.round(wave * 32767).astype("<i2")
    segment = AudioSegment(pcm.tobytes(), frame_rate=rate, sample_width=2, channels=1)
    segment = processing.normalise(segment)
    return segment.fade_out(RELEASE_MS[tone])


def render_tone(tone: Tone, fmt: AudioFormat, volume: float = 1.0) -> Samples:
    """The tone as a clip in `fmt`: exactly round(rate * ms / 1000) frames (uses pydub)."""
    from thrusttimer.audio import processing

    clip = processing.to_clip(tone_segment(tone, fmt.rate), fmt, volume)
    frames = round(fmt.rate * tone.value / 1000)
    return clip[:frames]


def cached_tone(tone: Tone, fmt: AudioFormat, volume: float, cache: ClipCache) -> Samples:
    """The tone from the clip cache; made here and stored there when it is missing."""
    key = tone_key(tone, fmt, volume)
    clip = cache.load(key)
    if clip is None:
        clip = render_tone(tone, fmt, volume)
        # A cache that cannot be written only costs making the tone again next time.
        with contextlib.suppress(OSError):
            cache.store(key, clip)
    return clip
