"""What the supervisor is asked to make (`Job`) and what it hands back (`Result`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from thrusttimer.core.model import Tone


@dataclass(frozen=True, slots=True)
class Job:
    """One phrase to make: from the engine into `engine_path`, or from the pack's WAV
    `pack_clip` into `pack_path`; or one tone (`tone`), generated into `tone_path`."""

    text: str
    engine_path: Path | None
    pack_clip: Path | None = None
    pack_path: Path | None = None
    tone: Tone | None = None
    tone_path: Path | None = None

    @property
    def has_pack(self) -> bool:
        return self.pack_clip is not None and self.pack_path is not None


@dataclass(frozen=True, slots=True)
class Result:
    """A finished phrase: the clip's file and its length in frames, or why it failed."""

    text: str
    source: str
    """"engine", "pack", or "" when it failed."""
    path: Path | None
    frames: int
    render_s: float
    error: str = ""
    tone: Tone | None = None
    """The tone this result is for (None: a phrase). Progress counts phrases only."""
