"""A stand-in for the app's audio output that notes what it is asked to play."""

from __future__ import annotations

from dataclasses import dataclass, field

from thrusttimer.audio.clips import AudioFormat, Samples
from thrusttimer.audio.player import Scheduled
from thrusttimer.core.model import Cue, CueKind


@dataclass
class Played:
    tag: Cue
    clip: Samples
    t_mono: float
    kind: CueKind
    spoken: bool
    asap: bool


@dataclass
class FakeSoundOutput:
    """Ready and playing unless told otherwise; `refuse` makes every placement fail."""

    latency_offset_s: float = 0.0
    fmt: AudioFormat = field(default_factory=AudioFormat)
    available: bool = True
    ready: bool = True
    refuse: str | None = None
    played: list[Played] = field(default_factory=list)

    def play_at(
        self,
        tag: Cue,
        clip: Samples,
        t_mono: float,
        kind: CueKind,
        spoken: bool,
        asap: bool = False,
    ) -> Scheduled:
        if self.refuse is not None:
            return Scheduled(False, t_mono, self.refuse)
        self.played.append(Played(tag, clip, t_mono, kind, spoken, asap))
        return Scheduled(True, t_mono)
