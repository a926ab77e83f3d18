"""What a session announces: one frozen type per event, and `Event`, their union."""

from __future__ import annotations

from dataclasses import dataclass

from thrusttimer.core.model import Cue, Segment
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import Timeline


@dataclass(frozen=True, slots=True)
class SessionStarted:
    """The session began (its first segment follows)."""

    t_mono: float
    timeline: Timeline


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    """A segment began, on time or late."""

    segment: Segment
    index: int
    t_mono: float
    """When the segment started (or was jumped to) on the monotonic clock."""
    late_s: float
    """How long after its planned moment this event was emitted."""


@dataclass(frozen=True, slots=True)
class StateChanged:
    """The session moved from one state to another."""

    old: State
    new: State


@dataclass(frozen=True, slots=True)
class Paused:
    """The lifter paused at `position_s` into the workout."""

    position_s: float
    t_mono: float


@dataclass(frozen=True, slots=True)
class Resumed:
    """The lifter resumed; the schedule moved by the pause's length."""

    position_s: float
    t_mono: float


@dataclass(frozen=True, slots=True)
class ScheduleChanged:
    """Future deadlines moved: anything scheduled ahead must be planned again."""

    reason: str
    t_mono: float


@dataclass(frozen=True, slots=True)
class CueDue:
    """A cue's planned moment has come."""

    cue: Cue
    t_mono: float
    """The cue's planned moment on the monotonic clock."""


@dataclass(frozen=True, slots=True)
class WaitingForReady:
    """A rest has run out and waits for the lifter's Ready."""

    segment: Segment
    t_mono: float


@dataclass(frozen=True, slots=True)
class SessionFinished:
    """The session ended: completed, or stopped."""

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
