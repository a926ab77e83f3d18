"""The engine's voices for a settings screen, and "test voice": a sample phrase rendered
with the chosen settings (playing it is the player's job)."""

from __future__ import annotations

from dataclasses import dataclass

from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.clips import AudioFormat, Samples
from thrusttimer.audio.phrases import SAMPLE_PHRASE
from thrusttimer.audio.render.engine import EngineFactory, pyttsx3_engine
from thrusttimer.audio.render.query import query_voices
from thrusttimer.audio.render.supervisor import STARTUP_TIMEOUT_S
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Cue, CueKind


@dataclass(frozen=True, slots=True)
class VoiceInfo:
    id: str
    """What `VoiceSettings.voice_id` takes."""
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VoiceList:
    voices: tuple[VoiceInfo, ...]
    notice: str | None
    """Why the list is empty, in the user's words; None when the engine answered."""


def list_voices(
    engine_factory: EngineFactory = pyttsx3_engine, timeout_s: float = STARTUP_TIMEOUT_S
) -> VoiceList:
    """The engine's voices, English first. Asks a worker process, so a broken driver cannot
    crash the app; blocks up to `timeout_s`, so call it off the GUI thread."""
    found, notice = query_voices(engine_factory, timeout_s)
    voices = [VoiceInfo(id_, name, tuple(langs)) for id_, name, langs in found]
    voices.sort(key=lambda v: (not any(lang.startswith("en") for lang in v.languages), v.name))
    if notice:
        notice = translate("Voices", "Voices could not be listed: {reason}").format(reason=notice)
    return VoiceList(tuple(voices), notice)


@dataclass(frozen=True, slots=True)
class VoiceSample:
    clip: Samples | None
    text: str
    notice: str | None


def voice_sample(
    settings: VoiceSettings,
    fmt: AudioFormat | None = None,
    *,
    cache: ClipCache | None = None,
    engine_factory: EngineFactory | None = pyttsx3_engine,
) -> VoiceSample:
    """The sample phrase spoken with `settings`, ready to play (blocking: a worker renders
    it, or the cache or the voice pack supplies it)."""
    fmt = fmt or AudioFormat()
    bank = VoiceBank(settings, fmt, cache=cache, engine_factory=engine_factory)
    progress = bank.render_all([SAMPLE_PHRASE])
    cue = Cue(0, "test-voice", SAMPLE_PHRASE, CueKind.PHASE, (SAMPLE_PHRASE,))
    return VoiceSample(bank.clip_for(cue, fmt), SAMPLE_PHRASE, progress.notice)


test_voice = voice_sample
"""The "test voice" button's action (the same function; named apart so test runners and
linters do not take it for a test)."""
