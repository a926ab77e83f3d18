"""Fake speech engines for the worker tests. Module-level factories, so that the spawned
worker can unpickle them; they misbehave on purpose, keyed on the phrase's text.

Every render is logged as a line in $FAKE_TTS_LOG, so tests count renders across processes;
"…-ONCE" behaviours fire only the first time (a marker file in $FAKE_TTS_DIR).
The `…_worker` functions are worker bodies that break the protocol on purpose.
"""

from __future__ import annotations

import math
import os
import threading
import wave
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, cast

from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.render.engine import EngineFactory
from thrusttimer.audio.render.protocol import Done, WorkerConfig
from thrusttimer.audio.render.worker import worker_main

RATE = 22_050


def _marker(name: str) -> bool:
    """True the first time `name` is asked for (across processes)."""
    marker = Path(os.environ["FAKE_TTS_DIR"]) / f"{name}.marker"
    try:
        marker.touch(exist_ok=False)
    except FileExistsError:
        return False
    return True


def write_speech_like(path: str, text: str, cut: bool = False, empty: bool = False) -> None:
    """espeak-shaped output: 30 ms silence, a tone 40 ms per character, 240 ms silence;
    `cut` ends it inside the tone (a cancelled utterance), `empty` writes only the header."""
    voiced = max(1, len(text)) * 40 * RATE // 1000
    frames = bytearray()
    frames += bytes(2 * (30 * RATE // 1000))
    for i in range(voiced // 2 if cut else voiced):
        value = int(12000 * math.sin(2 * math.pi * 220 * (i + 0.25 * RATE / 220) / RATE))
        frames += value.to_bytes(2, "little", signed=True)
    if not cut:
        frames += bytes(2 * (240 * RATE // 1000))
    if empty:
        frames = bytearray()
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


class FakeEngine:
    def __init__(self) -> None:
        self.properties: dict[str, Any] = {}
        self.pending: tuple[str, str] | None = None

    def setProperty(self, name: str, value: object) -> None:
        if name == "voice" and value == "missing":
            raise ValueError("SetVoiceByName failed with unknown return code 1")
        self.properties[name] = value

    def getProperty(self, name: str) -> Any:
        return self.properties.get(name)

    def save_to_file(self, text: str, filename: str) -> None:
        self.pending = (text, filename)

    def runAndWait(self) -> None:
        assert self.pending is not None
        text, filename = self.pending
        self.pending = None
        if text.startswith("CRASH-ONCE") and _marker(text):
            os._exit(3)
        if text.startswith("CRASH-ALWAYS"):
            os._exit(3)
        if text.startswith("HANG-ONCE") and _marker(text):
            threading.Event().wait()
        if text.startswith("FAIL"):
            raise RuntimeError("the driver refused this phrase")
        with open(os.environ["FAKE_TTS_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{text}\n")
        cut = text.startswith("CUT-ALWAYS") or (text.startswith("CUT-ONCE") and _marker(text))
        empty = text.startswith("EMPTY-ALWAYS") or (text.startswith("EMPTY-ONCE") and _marker(text))
        write_speech_like(filename, text, cut=cut, empty=empty)


def fake_engine() -> FakeEngine:
    return FakeEngine()


def broken_engine() -> FakeEngine:
    """Like a missing espeak-ng: the driver raises while starting."""
    raise OSError("libespeak-ng.so.1: cannot open shared object file")


def missing_driver_engine() -> Any:
    """The real pyttsx3 asked for a driver that is not there (a broken install)."""
    import pyttsx3

    return pyttsx3.init("nosuchdriver")


def crashing_engine() -> FakeEngine:
    """A driver that takes the whole process down while starting."""
    os._exit(11)


def hanging_engine() -> FakeEngine:
    """A driver that never finishes starting."""
    threading.Event().wait()
    raise AssertionError("unreachable")


def renders() -> list[str]:
    """The texts the fake engines rendered so far (in any process)."""
    log = Path(os.environ["FAKE_TTS_LOG"])
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


class _GarblingConnection:
    """A worker's end of the pipe that garbles its "done" for "GARBLE-…" phrases into the
    untyped tuple the protocol once was ("GARBLE-ONCE": the first time only)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def recv(self) -> Any:
        return self._conn.recv()

    def send(self, message: object) -> None:
        if isinstance(message, Done) and (
            message.text.startswith("GARBLE-ALWAYS")
            or (message.text.startswith("GARBLE-ONCE") and _marker(message.text))
        ):
            message = ("done", message.text, message.frames, message.render_s)
        self._conn.send(message)


def garbling_worker(conn: Connection, config: WorkerConfig) -> None:
    """The real worker, whose answers about "GARBLE-…" phrases come out malformed."""
    worker_main(cast(Connection, _GarblingConnection(conn)), config)


def babbling_worker(conn: Connection, config: WorkerConfig) -> None:
    """A worker that greets with something that is not a message, then exits."""
    conn.send("hello")


FMT = AudioFormat(48_000, 2)
"""The output format the render tests make clips in."""


def make_bank(
    cache: ClipCache, factory: EngineFactory | None = fake_engine, **kwargs: Any
) -> VoiceBank:
    """A voice bank over `cache` whose worker uses `factory` (None: the voice pack only)."""
    return VoiceBank(fmt=FMT, cache=cache, engine_factory=factory, **kwargs)
