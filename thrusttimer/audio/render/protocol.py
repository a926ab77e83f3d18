"""The messages between the supervisor and its worker process, typed, and their checks.

The supervisor sends a `WorkerConfig` when it spawns the worker, then `Request`s; the worker
answers with `Reply`s. Both ends read through `read_request`/`read_reply`, which turn anything
that is not one of these messages, with these field types, into one `ProtocolError` that says
what came, never a traceback from deep inside the reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from multiprocessing.connection import Connection
from pathlib import Path
from typing import NamedTuple

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.render.engine import EngineFactory
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Tone

BRIEF_CHARS = 80
"""How much of a message a `ProtocolError` quotes."""


class ProtocolError(Exception):
    """A message that is not one of the protocol's, or could not be read."""


class Source(StrEnum):
    """Where a clip comes from."""

    ENGINE = "engine"
    PACK = "pack"
    """Converted from the bundled voice pack's WAV."""
    TONE = "tone"


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    """What a worker needs; sent to the spawned process, so everything is picklable."""

    engine_factory: EngineFactory | None
    """None: pack only, no engine is started."""
    voice_id: str
    rate: int
    volume: float
    fmt: AudioFormat
    scratch: str = ""
    """A folder for the engine's raw WAVs, made and removed by the app's side (a killed
    worker cannot clean up after itself); "" for the system's temporary folder."""
    language: str = "en"
    """The coach's language: with no voice_id, or one that does not speak it, the worker
    takes the engine's voice that speaks it best."""
    interface_language: str = "en"
    """The language of the worker's own notices (read from the interface's .ts)."""


# Supervisor -> worker ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Render:
    """Make one clip into `out`: speak `text` (ENGINE), convert `pack_clip` (PACK), or
    generate `tone` (TONE)."""

    text: str
    source: Source
    out: Path
    pack_clip: Path | None = None
    tone: Tone | None = None


@dataclass(frozen=True, slots=True)
class AskVoices:
    """List the engine's voices."""


@dataclass(frozen=True, slots=True)
class Stop:
    """Exit: there is nothing more to do."""


Request = Render | AskVoices | Stop


# Worker -> supervisor ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ready:
    """The worker has started; `notice` says what went wrong with its engine, if anything."""

    engine_ok: bool
    notice: str | None


@dataclass(frozen=True, slots=True)
class Started:
    text: str


@dataclass(frozen=True, slots=True)
class Done:
    text: str
    frames: int
    render_s: float


@dataclass(frozen=True, slots=True)
class Failed:
    text: str
    error: str


class EngineVoice(NamedTuple):
    id: str
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Voices:
    voices: tuple[EngineVoice, ...]


Reply = Ready | Started | Done | Failed | Voices


# Reading -----------------------------------------------------------------------------------


def read_request(conn: Connection) -> Request:
    """The supervisor's next request. EOFError/OSError: the supervisor has gone;
    ProtocolError: it sent something else."""
    return check_request(_receive(conn, translate("SpeechProtocol", "the renderer")))


def read_reply(conn: Connection) -> Reply:
    """The worker's next reply. EOFError/OSError: the worker has gone; ProtocolError: it
    sent something else."""
    return check_reply(_receive(conn, translate("SpeechProtocol", "the speech worker")))


def check_request(message: object) -> Request:
    """`message` if it is a well-formed request, else ProtocolError."""
    match message:
        case AskVoices() | Stop():
            return message
        case Render(text=str(), source=Source(), out=Path()):
            if _render_ok(message):
                return message
    raise ProtocolError(
        translate("SpeechProtocol", "the renderer sent an unexpected request ({message})").format(
            message=brief(message)
        )
    )


def check_reply(message: object) -> Reply:
    """`message` if it is a well-formed reply, else ProtocolError."""
    match message:
        case Ready(engine_ok=bool(), notice=None | str()):
            return message
        case Started(text=str()) | Failed(text=str(), error=str()):
            return message
        case Done(text=str(), frames=int(), render_s=float()):
            return message
        case Voices(voices=tuple() as voices) if all(map(_voice_ok, voices)):
            return message
    raise ProtocolError(
        translate(
            "SpeechProtocol", "the speech worker sent an unexpected message ({message})"
        ).format(message=brief(message))
    )


def brief(message: object) -> str:
    """`message`'s repr, cut to BRIEF_CHARS."""
    text = repr(message)
    return text if len(text) <= BRIEF_CHARS else text[: BRIEF_CHARS - 1] + "…"


def _receive(conn: Connection, sender: str) -> object:
    try:
        message: object = conn.recv()
    except (EOFError, OSError):
        raise
    except Exception as error:  # unpickling runs arbitrary code: any error is possible
        raise ProtocolError(
            translate(
                "SpeechProtocol", "{sender} sent a message that could not be read ({error})"
            ).format(sender=sender, error=f"{type(error).__name__}: {error}")
        ) from error
    return message


def _render_ok(render: Render) -> bool:
    match render.source:
        case Source.ENGINE:
            return True
        case Source.PACK:
            return isinstance(render.pack_clip, Path)
        case Source.TONE:
            return isinstance(render.tone, Tone)


def _voice_ok(voice: object) -> bool:
    match voice:
        case EngineVoice(id=str(), name=str(), languages=tuple() as languages):
            return all(isinstance(language, str) for language in languages)
    return False
