"""Asking a one-off worker process for the engine's voices (for a settings screen)."""

from __future__ import annotations

import multiprocessing
import time
from multiprocessing.connection import wait

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.render.engine import EngineFactory
from thrusttimer.audio.render.protocol import (
    AskVoices,
    EngineVoice,
    ProtocolError,
    Ready,
    Stop,
    Voices,
    WorkerConfig,
    read_reply,
)
from thrusttimer.audio.render.supervisor import STARTUP_TIMEOUT_S
from thrusttimer.audio.render.worker import worker_main
from thrusttimer.core.i18n import translate


def query_voices(
    engine_factory: EngineFactory, timeout_s: float = STARTUP_TIMEOUT_S
) -> tuple[list[EngineVoice], str | None]:
    """The engine's voices as (id, name, languages), asked of a worker process, and a notice
    when the engine could not be asked. Blocks up to `timeout_s` (call it off the GUI thread)."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    config = WorkerConfig(engine_factory, "", 175, 1.0, AudioFormat())
    process = context.Process(target=worker_main, args=(child, config), daemon=True)
    process.start()
    child.close()
    deadline = time.monotonic() + timeout_s
    try:
        voices: list[EngineVoice] = []
        notice: str | None = translate("VoiceQuery", "the speech engine did not answer")
        sent = False
        while (left := deadline - time.monotonic()) > 0:
            if not wait([parent, process.sentinel], timeout=left) or not parent.poll():
                if not process.is_alive():
                    notice = translate(
                        "VoiceQuery", "the speech worker crashed (exit code {code})"
                    ).format(code=process.exitcode)
                    break
                continue
            reply = read_reply(parent)
            if isinstance(reply, Ready):
                if not reply.engine_ok:
                    notice = translate(
                        "VoiceQuery", "the speech engine could not start ({reason})"
                    ).format(reason=reply.notice)
                    break
                parent.send(AskVoices())
                sent = True
            elif isinstance(reply, Voices) and sent:
                voices, notice = list(reply.voices), None
                parent.send(Stop())
                break
        return voices, notice
    except (EOFError, OSError) as error:
        return [], translate("VoiceQuery", "the speech worker failed ({reason})").format(
            reason=error
        )
    except ProtocolError as error:
        return [], str(error)
    finally:
        parent.close()
        process.join(timeout=2.0)
        if process.is_alive():
            process.kill()
            process.join(timeout=2.0)
