"""What a session announces: one frozen type per event, and `Event`, their union."""

from __future__ import annotations

from dataclasses import dataclass

from thrusttimer.core.model import Cue, Segment
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import Timeline


@dataclass(frozen=True, slots=True)
class SessionStarted:
    t_mono: float
    timeline: Timeline


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    segment: Segment
    index: int
    t_mono: float
    """When the segment started (or was jumped to) on the monotonic clock."""
    late_s: float
    """How long after its planned moment this event was emitted."""


@dataclass(frozen=True, slots=True)
class StateChanged:
    old: State
    new: State


@dataclass(frozen=True, slots=True)
class Paused:
    position_s: float
    t_mono: float


@dataclass(frozen=True, slots=True)
class Resumed:
    position_s: float
    t_mono: float


@dataclass(frozen=True, slots=True)
class ScheduleChanged:
    """Future deadlines moved: anything scheduled ahead must be planned again."""

    reason: str
    t_mono: float


@dataclass(frozen=True, slots=True)
class CueDue:
    cue: Cue
    t_mono: float
    """The cue's planned moment on the monotonic clock."""


@dataclass(frozen=True, slots=True)
class WaitingForReady:
    segment: Segment
    t_mono: float


@dataclass(frozen=True, slots=True)
class SessionFinished:
    completed: bool
    """False when stopped before the end."""
    t_mono: float
    position_s: float


Event = (
    SessionStarted
    | PhaseStarted
    | StateChanged
    | Paused
    | Resumed
    | ScheduleChanged
    | CueDue
    | WaitingForReady
    | SessionFinished
)
