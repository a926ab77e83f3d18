"""The worker process's body: start the engine, make one clip per request, list voices."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Final

from thrusttimer.audio.render.engine import SpeechEngine
from thrusttimer.audio.render.protocol import (
    AskVoices,
    Done,
    EngineVoice,
    Failed,
    ProtocolError,
    Ready,
    Source,
    Started,
    Stop,
    Voices,
    WorkerConfig,
    read_request,
)
from thrusttimer.core.i18n import install, translate
from thrusttimer.core.language import ENGLISH, voice_fit

RENDER_TRIES: Final = 3
"""Renders of one phrase while the engine's output comes out empty or cut off."""
WORKER_NICENESS: Final = 10
"""How much the worker lowers its own scheduling priority (POSIX nice)."""


def worker_main(conn: Connection, config: WorkerConfig) -> None:
    """The worker: start the engine, then render the jobs the parent sends one by one."""
    # pyttsx3 prints "Audio saved to ..." for every file; the app's terminal is not for that.
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    # Rendering is background work: on a busy machine the app's GUI and audio come first.
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    from thrusttimer.audio import cache, processing, tones, voicepack

    _speak_the_interfaces_language(config.interface_language)
    engine: SpeechEngine | None = None
    notice = None
    if config.engine_factory is not None:
        try:
            engine = config.engine_factory()
            engine.setProperty("rate", config.rate)
            # Full engine volume: processing levels every clip and then applies the user's.
            engine.setProperty("volume", 1.0)
        except Exception as error:  # any driver failure means: use the pack
            engine = None
            notice = f"{type(error).__name__}: {error}"
        if engine is not None:
            notice = _choose_voice(engine, config.voice_id, config.language)
    name = f"thrusttimer-tts-{os.getpid()}.wav"  # i18n: not shown
    wav = Path(config.scratch or tempfile.gettempdir()) / name
    try:
        # Inside the try: an app that quit while the engine started is no error here.
        conn.send(Ready(engine is not None, notice))
        while True:
            try:
                request = read_request(conn)
            except ProtocolError as error:
                # Requests are answered in order: this answer goes to the one it could not read.
                conn.send(Failed("", f"{type(error).__name__}: {error}"))
                continue
            if isinstance(request, Stop):
                return
            if isinstance(request, AskVoices):
                conn.send(Voices(_voices(engine)))
                continue
            conn.send(Started(request.text))
            started = time.perf_counter()
            try:
                if request.source is Source.ENGINE:
                    if engine is None:
                        raise RuntimeError(
                            translate("SpeechWorker", "the speech engine did not start")
                        )
                    data = render_phrase(engine, request.text, wav)
                    clip = processing.prepare(data, config.fmt, config.volume)
                elif request.source is Source.TONE:
                    assert request.tone is not None  # read_request checked it
                    clip = tones.render_tone(request.tone, config.fmt, config.volume)
                else:
                    assert request.pack_clip is not None  # read_request checked it
                    segment = voicepack.load_clip(request.pack_clip)
                    clip = processing.to_clip(segment, config.fmt, config.volume)
                if len(clip) == 0:
                    raise RuntimeError(translate("SpeechWorker", "the phrase came out silent"))
                cache.write_clip(request.out, clip)
                conn.send(Done(request.text, len(clip), time.perf_counter() - started))
            except Exception as error:
                conn.send(Failed(request.text, f"{type(error).__name__}: {error}"))
    except (EOFError, OSError):
        return  # the parent has gone
    finally:
        wav.unlink(missing_ok=True)


def _speak_the_interfaces_language(language: str) -> None:
    """The worker's notices (a voice it cannot use, a phrase it cannot make) in the
    interface's language: its process has no Qt, so it reads the .ts catalogue itself."""
    if language == ENGLISH:
        return
    from thrusttimer.core.ts_catalog import CatalogError, read_catalog, translator
    from thrusttimer.paths import catalogue_file

    # A broken installation (no readable catalogue) leaves the notices in English.
    with contextlib.suppress(CatalogError):
        install(translator(read_catalog(catalogue_file(language))), language)


def _choose_voice(engine: SpeechEngine, voice_id: str, language: str) -> str | None:
    """Set the engine's voice for the coach's `language`: in English, `voice_id` (else the
    engine's own default, as before languages); in another language, `voice_id` if it
    speaks it, else the engine's voice that speaks it best (`voice_fit`), else `voice_id`.
    A notice if the voice could not be set."""
    chosen = voice_id
    if language != ENGLISH:
        fits = {voice.id: voice_fit(voice.languages, language) for voice in _voices(engine)}
        best = max(fits.values(), default=0)
        if best and fits.get(voice_id, 0) == 0:
            chosen = next(found for found, fit in fits.items() if fit == best)
    if not chosen:
        return None
    try:
        engine.setProperty("voice", chosen)
    except Exception as error:
        return translate(
            "SpeechWorker", "voice {voice} is not available ({error}); default voice"
        ).format(voice=repr(chosen), error=error)
    return None


def render_phrase(engine: SpeechEngine, text: str, wav: Path) -> bytes:
    """`text` spoken into a WAV by its own `save_to_file` + `runAndWait`; the WAV's bytes.

    pyttsx3 2.99's espeak driver sometimes cancels the utterance it has just started (its
    `stop()` sees the previous one still "playing" in espeak's own thread): about one
    second phrase in five in a fresh process comes out empty. An empty WAV, or one that
    ends in sound rather than espeak's closing silence, is rendered again, up to
    RENDER_TRIES times; a last cut-off one is kept (better than nothing), an empty one
    raises RuntimeError.
    """
    from thrusttimer.audio import processing

    problem = ""
    data = b""
    for _ in range(RENDER_TRIES):
        wav.unlink(missing_ok=True)
        engine.save_to_file(text, str(wav))
        engine.runAndWait()
        data = wav.read_bytes() if wav.exists() else b""
        wav.unlink(missing_ok=True)
        problem = processing.recording_problem(data)
        if not problem:
            return data
    if problem == processing.CUT_OFF:
        return data
    raise RuntimeError(
        translate("SpeechWorker", "the engine wrote {problem} ({tries} tries)").format(
            problem=translate("SpeechWorker", problem), tries=RENDER_TRIES
        )
    )


def _voices(engine: SpeechEngine | None) -> tuple[EngineVoice, ...]:
    if engine is None:
        return ()
    found = []
    for voice in engine.getProperty("voices") or ():
        languages = tuple(str(lang) for lang in (getattr(voice, "languages", None) or []))
        found.append(EngineVoice(str(voice.id), str(getattr(voice, "name", voice.id)), languages))
    return tuple(found)
