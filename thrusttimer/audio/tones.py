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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from thrusttimer.audio.cache import ClipCache, ClipKey
from thrusttimer.audio.clips import AudioFormat, Samples, from_float
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Cue, Tone
from thrusttimer.core.plan import Plan
from thrusttimer.core.timeline import Timeline, compile_plan

if TYPE_CHECKING:
    from thrusttimer.audio._pydub import AudioSegment

PITCH_HZ: Final = {Tone.TICK: 1760.0, Tone.BEEP: 880.0, Tone.FINAL: 660.0}
"""A high short tick, the classic countdown beep, and a lower long tone that says "done"."""
RELEASE_MS: Final = {Tone.TICK: 30, Tone.BEEP: 20, Tone.FINAL: 400}
"""How long each tone dies away at its end (on top of processing's short fade)."""
TONES_VERSION: Final = 1
"""Bump when a tone's sound changes here, to retire the cached tones."""
LEVEL_RMS_DBFS: Final = -20.0
"""What processing.normalise levels a sine to (its TARGET_RMS_DBFS: a sine's peak is 3 dB
above its RMS, far under the ceiling), for the tones made without pydub."""


def tone_key(tone: Tone, fmt: AudioFormat, volume: float) -> ClipKey:
    """Where the clip cache keeps `tone` made at `volume` in `fmt`."""
    return ClipKey(f"tone:{tone.name.lower()}", "", 0, volume, f"tones-{TONES_VERSION}", fmt)


def tone_segment(tone: Tone, rate: int) -> AudioSegment:
    """The tone as a levelled mono AudioSegment at `rate`, exactly `tone.value` ms long."""
    from thrusttimer.audio import processing
    from thrusttimer.audio._pydub import AudioSegment

    # The sine from numpy: pydub's generator loops in Python (15 ms for the final tone);
    # levelling and the release stay pydub's, as for speech.
    pcm = np.round(sine(tone, rate) * 32767).astype("<i2")
    segment = AudioSegment(pcm.tobytes(), frame_rate=rate, sample_width=2, channels=1)
    segment = processing.normalise(segment)
    return segment.fade_out(RELEASE_MS[tone])


def sine(tone: Tone, rate: int) -> npt.NDArray[np.float64]:
    """The tone's wave at half scale: its pitch, exactly round(rate * ms / 1000) frames.
    Every tone the app plays starts here, with or without pydub."""
    frames = round(rate * tone.value / 1000)
    return 0.5 * np.sin(2 * np.pi * PITCH_HZ[tone] * np.arange(frames) / rate)


def plain_tone(tone: Tone, fmt: AudioFormat) -> Samples:
    """The tone made without pydub (a build without the speech renderer): the same sine,
    levelled as speech is and dying away over the same release, in numpy."""
    wave = sine(tone, fmt.rate)
    rms = float(np.sqrt(np.mean(wave**2))) if len(wave) else 0.0
    if rms:
        wave = wave * (10 ** (LEVEL_RMS_DBFS / 20) / rms)
    release = min(len(wave), round(fmt.rate * RELEASE_MS[tone] / 1000))
    if release:
        wave[len(wave) - release :] *= np.linspace(1.0, 0.0, release)
    mono = from_float(wave)
    return np.repeat(mono[:, None], fmt.channels, axis=1)


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


@dataclass(frozen=True, slots=True)
class ToneProgress:
    """A tone bank has nothing to make: it is finished from the start."""

    finished: bool = True

    def line(self) -> str:
        return translate("ToneProgress", "Voice: tones only")


class ToneBank:
    """A clip bank with no speech: every cue sounds as its tone (a spoken one as a tick).
    What plays when this build has no speech renderer (no pydub or pyttsx3)."""

    def __init__(self, notice: str | None = None) -> None:
        self._notice = notice
        self._memo: dict[tuple[Tone, AudioFormat], Samples] = {}

    def prepare_plan(self, plan: Plan) -> ToneProgress:
        return ToneProgress()

    def poll(self) -> ToneProgress:
        return ToneProgress()

    def start(self, phrases: Sequence[str]) -> ToneProgress:
        return ToneProgress()  # no words to make: each plays as its tone, if it has one

    def compile(self, plan: Plan, form_point_starts: Mapping[str, int] | None = None) -> Timeline:
        return compile_plan(plan, form_point_starts=form_point_starts)

    @property
    def notice(self) -> str | None:
        return self._notice

    def source_of(self, text: str) -> str | None:
        return None

    def cancel(self) -> None:
        pass

    def clip_for(self, cue: Cue, fmt: AudioFormat) -> Samples | None:
        return self.tone(cue.tone or Tone.TICK, fmt)

    def tone(self, tone: Tone, fmt: AudioFormat) -> Samples:
        key = (tone, fmt)
        if key not in self._memo:
            self._memo[key] = plain_tone(tone, fmt)
        return self._memo[key]

    def duration_s(self, text: str) -> float | None:
        return None
