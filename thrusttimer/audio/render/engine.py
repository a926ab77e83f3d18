"""What the worker needs of a speech engine, and the platform's own (pyttsx3)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Protocol


class SpeechEngine(Protocol):
    """The part of a pyttsx3 engine the worker uses (tests pass fakes)."""

    def setProperty(self, name: str, value: object) -> None: ...
    def getProperty(self, name: str) -> Any: ...
    def save_to_file(self, text: str, filename: str) -> None: ...
    def runAndWait(self) -> None: ...


EngineFactory = Callable[[], SpeechEngine]
"""Builds the engine inside the worker; must be picklable (a module-level function)."""


def pyttsx3_engine() -> SpeechEngine:
    """The platform's pyttsx3 engine (espeak-ng on Linux)."""
    import pyttsx3

    engine: SpeechEngine = pyttsx3.init()
    return engine


def engine_name() -> str:
    """The cache key's engine part for clips this machine's pyttsx3 renders."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("pyttsx3")
    except PackageNotFoundError:
        release = "unknown"
    return f"pyttsx3-{release}-{sys.platform}"
