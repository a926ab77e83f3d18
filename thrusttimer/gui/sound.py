"""The app's sound for a workout conductor: the real audio output and the voice bank.

The window (after its first frame), `run --headless` and `smoke-test` all get theirs here.
Without the speech renderer's libraries (a build without pydub or pyttsx3) every cue is a
tone, from the same synthesiser as ever (`audio.tones`).
"""

from __future__ import annotations

import time

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.output.facade import AudioOutput
from thrusttimer.audio.tones import ToneBank
from thrusttimer.conductor.sound import BankFactory, Sound, VoiceChoice
from thrusttimer.core.clock import Clock
from thrusttimer.core.i18n import translate
from thrusttimer.core.timers import TimerFactory


def bank_factory(fmt: AudioFormat, *, engine: bool = True) -> BankFactory:
    """Voice banks in the output's format; `engine=False`: the bundled voice pack only."""
    try:
        from thrusttimer.audio.bank import VoiceBank
    except ImportError as error:
        notice = translate(
            "Sound", "Speech is not available ({error}): every cue is a tone"
        ).format(error=error)
        return lambda settings: ToneBank(notice)
    if engine:
        return lambda settings: VoiceBank(settings, fmt=fmt)
    return lambda settings: VoiceBank(settings, fmt=fmt, engine_factory=None)


def open_sound(
    prefs: VoiceChoice,
    timers: TimerFactory,
    clock: Clock = time.monotonic,
    *,
    output: AudioOutput | None = None,
    engine: bool = True,
) -> Sound:
    """A voice bank for `output` (opened here when not given: it settles while the clips
    are made; a given one is started by its maker)."""
    if output is None:
        output = AudioOutput(prefs.latency_ms / 1000)
        output.start()
    return Sound(output, prefs, bank_factory(output.fmt, engine=engine), timers, clock)
