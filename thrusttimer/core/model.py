"""The types the whole core shares: phases, breaths, points, segments, cues and tones.

It imports nothing from ThrustTimer, so every other core module can stand on it. Which
phases are the movement and which put the hips under tension is said here, once, and so is
how time under tension is counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any, Literal

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")


class Phase(StrEnum):
    """A part of the workout. The four movement phases map onto the tempo's four numbers."""

    SETUP = "setup"
    BRACE = "brace"
    THRUST = "thrust"
    SQUEEZE = "squeeze"
    DESCENT = "descent"
    REST = "rest"
    SWITCH = "switch"
    """Between the two sides of a one-sided set: the other leg takes over."""


MOVEMENT_PHASES = (Phase.BRACE, Phase.THRUST, Phase.SQUEEZE, Phase.DESCENT)
"""The phases of a rep (a set is made of them), in the tempo's order."""
TENSION_PHASES = (Phase.THRUST, Phase.SQUEEZE, Phase.DESCENT)
"""The phases that count as time under tension: the bar moves or is held at the top."""


class Breath(StrEnum):
    INHALE = "inhale"
    EXHALE = "exhale"
    HOLD = "hold"


@dataclass(frozen=True, slots=True)
class Point:
    """A checklist item or a form point: written text for the screen, spoken variants."""

    id: str
    text: str
    spoken: tuple[str, ...]


def to_ms(seconds: float) -> int:
    return round(seconds * 1000)


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of the workout in one phase."""

    set: int
    rep: int | None
    """The rep this phase belongs to; a brace belongs to the rep it prepares. None in set-up
    and rest."""
    phase: Phase
    start_ms: int
    duration_ms: int
    breath: Breath | None
    warmup: bool = False
    """Part of a warm-up set (or the rest after one), run before the work sets."""
    block: int = 0
    """The index of the plan's block (exercise) it belongs to; a rest between two blocks
    belongs to the block before it."""
    side: Side | None = None
    """The leg that works in a one-sided exercise's set (its switch: the side just done)."""

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.duration_ms

    @property
    def start_s(self) -> float:
        return self.start_ms / 1000

    @property
    def duration_s(self) -> float:
        return self.duration_ms / 1000

    @property
    def end_s(self) -> float:
        return self.end_ms / 1000

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "set": self.set,
            "rep": self.rep,
            "phase": self.phase.value,
            "start_s": self.start_s,
            "duration_s": self.duration_s,
            "breath": self.breath.value if self.breath else None,
        }
        if self.warmup:
            data["warmup"] = True
        if self.block:
            data["block"] = self.block
        if self.side is not None:
            data["side"] = self.side
        return data


def time_under_tension_ms(segments: Iterable[Segment]) -> int:
    """How long `segments` keep the hips under tension (their `TENSION_PHASES`)."""
    return sum(s.duration_ms for s in segments if s.phase in TENSION_PHASES)


HOLD_BEFORE_REST_END_MS = 4000
"""With "advance when ready", a rest waits this long before its end, ahead of the countdown."""


def hold_point_ms(rest: Segment) -> int:
    """Where a rest waits for Ready: before its countdown, after its "get into position"."""
    return max(rest.start_ms, rest.end_ms - HOLD_BEFORE_REST_END_MS)


class CueKind(IntEnum):
    """What a cue is; the higher value wins when two cues collide."""

    TIP = 0
    BREATH = 1
    PHASE = 2
    COUNT = 3


class Tone(IntEnum):
    """The generated sounds; the value is the tone's length in ms."""

    TICK = 50
    BEEP = 150
    FINAL = 800


@dataclass(frozen=True, slots=True)
class Cue:
    """Something said (or a tone played) at one moment."""

    at_ms: int
    id: str
    text: str
    """The wording chosen for the slot, or "" for a tone."""
    kind: CueKind
    variants: tuple[str, ...] = ()
    """Every wording, fullest first; `text` is one of them."""
    tone: Tone | None = None
    """The tone played instead (tones mode) or when no wording fits its slot."""
    anchor_end: bool = False
    """Placed relative to the end of its segment (moves when a rest is extended)."""

    @property
    def at_s(self) -> float:
        return self.at_ms / 1000

    @property
    def is_tone(self) -> bool:
        return not self.text

    def to_dict(self) -> dict[str, Any]:
        return {"at_s": self.at_s, "id": self.id, "text": self.text}


@dataclass(frozen=True, slots=True)
class RestPoints:
    """The form points one rest gives: all shown, the first `len(said_at_ms)` also said."""

    index: int
    """The rest's segment index."""
    points: tuple[Point, ...]
    said_after_ms: tuple[int, ...]
    """How long into the rest each said point is said (in full mode with form points on);
    none in a rest too short to say one."""
