"""The workout session: a state machine driven by an injected monotonic clock.

Where the workout is comes from the clock alone: ``position = anchor_position + (now -
anchor_time)`` while running. Every command that moves the schedule (start, pause, resume,
a skip, a restart, a longer rest) sets a new anchor, so pauses and skips shift every later
deadline exactly and nothing depends on how often `tick` is called. `tick` turns position
changes into events for the GUI, the audio player and the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from thrusttimer.core.clock import Clock, monotonic
from thrusttimer.core.content import Phase
from thrusttimer.core.events import Channel
from thrusttimer.core.plan import Plan
from thrusttimer.core.timeline import (
    HOLD_BEFORE_REST_END_MS,
    Cue,
    Segment,
    Timeline,
    compile_plan,
    hold_point_ms,
    to_ms,
)

EXTEND_REST_S = 30.0
MAX_REST_S = 1800.0
READY_REMINDER_AFTER_S = 30.0
"""A wait for Ready reminds the lifter once, this long after it began (`Timeline.reminders`)."""

__all__ = ["HOLD_BEFORE_REST_END_MS", "READY_REMINDER_AFTER_S"]


class State(StrEnum):
    IDLE = "idle"
    SETUP = "setup"
    BRACE = "brace"
    THRUST = "thrust"
    SQUEEZE = "squeeze"
    DESCENT = "descent"
    REST = "rest"
    PAUSED = "paused"
    DONE = "done"


RUNNING_STATES = frozenset(
    {State.SETUP, State.BRACE, State.THRUST, State.SQUEEZE, State.DESCENT, State.REST}
)
MOVEMENT = frozenset({Phase.BRACE, Phase.THRUST, Phase.SQUEEZE, Phase.DESCENT})


# Events ---------------------------------------------------------------------------------


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


@dataclass(frozen=True, slots=True)
class Result:
    """What a command did: accepted, or refused with the reason (and nothing changed)."""

    accepted: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.accepted


ACCEPTED = Result(True)


def _refuse(reason: str) -> Result:
    return Result(False, reason)


class Session:
    """One run through a plan's timeline."""

    def __init__(
        self,
        plan: Plan,
        clock: Clock = monotonic,
        timeline: Timeline | None = None,
        start_delay_s: float = 0.0,
    ):
        """`start_delay_s` puts the workout's first moment that far after `start()`, so a
        player that schedules ahead can place the very first cue on time."""
        if not 0 <= start_delay_s <= 5:
            raise ValueError("start_delay_s must be from 0 to 5 s")
        self.start_delay_s = start_delay_s
        self.plan = plan
        self.timeline = timeline or compile_plan(plan)
        self.events: Channel[Event] = Channel()
        self._clock = clock
        self._state = State.IDLE
        self._running = False
        self._anchor_pos_ms = 0.0
        self._anchor_mono = 0.0
        self._index = -1
        self._next_cue = 0
        self._released: set[int] = set()
        self._waiting = False
        self._wait_began: float | None = None
        """The planned moment the current wait for Ready began (its reminder counts from it)."""
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._refresh_holds()

    # Reading the position ---------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def phase_state(self) -> State:
        """The state of the phase the session is in, even while paused."""
        if self._state in (State.IDLE, State.DONE):
            return self._state
        return State(self.current_segment.phase.value)

    @property
    def active(self) -> bool:
        return self._state not in (State.IDLE, State.DONE)

    @property
    def running(self) -> bool:
        """True while the position advances with the clock."""
        return self._running and not self._waiting

    @property
    def waiting_for_ready(self) -> bool:
        return self._waiting

    @property
    def current_index(self) -> int:
        return max(self._index, 0)

    @property
    def current_segment(self) -> Segment:
        return self.timeline.segments[self.current_index]

    @property
    def started_at(self) -> float | None:
        return self._started_at

    def now(self) -> float:
        return self._clock()

    def position_ms(self, now: float | None = None) -> float:
        """Milliseconds into the timeline at `now`."""
        if self._state is State.IDLE:
            return 0.0
        position = self._anchor_pos_ms
        if self._running:
            now = self._clock() if now is None else now
            # Before a delayed start's first moment the position stays at 0.
            position = max(position, position + (now - self._anchor_mono) * 1000.0)
        hold = self._pending_hold()
        if hold is not None:
            position = min(position, float(hold[0]))
        return min(position, float(self.timeline.total_ms))

    def position_s(self, now: float | None = None) -> float:
        return self.position_ms(now) / 1000.0

    def segment_remaining_s(self, now: float | None = None) -> float:
        return max(0.0, (self.current_segment.end_ms - self.position_ms(now)) / 1000.0)

    def segment_progress(self, now: float | None = None) -> float:
        """How far through the current segment, from 0 to 1."""
        segment = self.current_segment
        if self._state is State.IDLE:
            return 0.0
        done = (self.position_ms(now) - segment.start_ms) / max(segment.duration_ms, 1)
        return min(1.0, max(0.0, done))

    def remaining_s(self, now: float | None = None) -> float:
        return max(0.0, (self.timeline.total_ms - self.position_ms(now)) / 1000.0)

    def paused_s(self, now: float | None = None) -> float:
        """Time spent paused so far."""
        extra = 0.0
        if self._paused_at is not None:
            extra = (self._clock() if now is None else now) - self._paused_at
        return self._paused_total + extra

    def next_cue(self, now: float | None = None) -> Cue | None:
        """The next cue after the current position."""
        position = self.position_ms(now)
        index = self.timeline.first_cue_after(position)
        cues = self.timeline.cues
        return cues[index] if index < len(cues) else None

    def mono_at(self, position_ms: float) -> float | None:
        """The monotonic time at which the session will reach `position_ms`, if it runs on
        without a command. None while paused or when a wait for the lifter comes first."""
        if not self._running or self._waiting:
            return None
        hold = self._pending_hold()
        if hold is not None and position_ms > hold[0]:
            return None
        return self._anchor_mono + (position_ms - self._anchor_pos_ms) / 1000.0

    def planned_cues(self, horizon_s: float, now: float | None = None) -> list[tuple[Cue, float]]:
        """Cues not yet reached that fall within `horizon_s` of now, with their planned
        monotonic times, for players that schedule ahead."""
        now = self._clock() if now is None else now
        planned: list[tuple[Cue, float]] = []
        if not self.active:
            return planned
        for cue in self.timeline.cues[self._next_cue :]:
            at = self.mono_at(cue.at_ms)
            if at is None or at > now + horizon_s:
                break
            planned.append((cue, at))
        reminder = self._reminder(now)
        if reminder is not None:
            # Listed as soon as the wait begins, however far ahead: a waiting workout runs
            # no timer, so the player places it now and the output plays it on its moment.
            planned.append(reminder)
        return planned

    def _reminder(self, now: float) -> tuple[Cue, float] | None:
        """The current wait's reminder and its moment, until that moment has passed."""
        if not (self._waiting and self._running) or self._wait_began is None:
            return None
        cue = self.timeline.reminder_for(self.current_segment)
        at = self._wait_began + READY_REMINDER_AFTER_S
        return (cue, at) if cue is not None and at > now else None

    # Driving ----------------------------------------------------------------------------

    def tick(self, now: float | None = None) -> None:
        """Emit every event due by `now`. Call it as often as you like."""
        if not self.active:
            return
        now = self._clock() if now is None else now
        if self._running and now < self._anchor_mono:
            return  # a delayed start's first moment has not come yet
        position = self.position_ms(now)
        segments = self.timeline.segments
        while self._index + 1 < len(segments) and segments[self._index + 1].start_ms <= position:
            self._index += 1
            self._enter(self._index, now)
        cues = self.timeline.cues
        while self._next_cue < len(cues) and cues[self._next_cue].at_ms <= position:
            cue = cues[self._next_cue]
            self._next_cue += 1
            planned = self.mono_at(cue.at_ms)
            self.events.emit(CueDue(cue, now if planned is None else planned))
        hold = self._pending_hold()
        if hold is not None and position >= hold[0] and not self._waiting and self._running:
            began = self.mono_at(float(hold[0]))
            self._wait_began = now if began is None else began
            self._anchor_pos_ms, self._anchor_mono = float(hold[0]), now
            self._waiting = True
            self.events.emit(WaitingForReady(segments[hold[1]], now))
            self.events.emit(ScheduleChanged("waiting", now))
        if position >= self.timeline.total_ms:
            self._finish(True, now)

    def _enter(self, index: int, now: float) -> None:
        segment = self.timeline.segments[index]
        planned = self.mono_at(segment.start_ms)
        late = 0.0 if planned is None else max(0.0, now - planned)
        self.events.emit(PhaseStarted(segment, index, now - late, late))
        if self._state is not State.PAUSED:
            self._set_state(State(segment.phase.value))

    def _set_state(self, new: State) -> None:
        old, self._state = self._state, new
        if old is not new:
            self.events.emit(StateChanged(old, new))

    def _finish(self, completed: bool, now: float) -> None:
        position = self.position_ms(now)
        self._anchor_pos_ms = position
        self._running = False
        self._waiting = False
        if self._paused_at is not None:
            self._paused_total += now - self._paused_at
            self._paused_at = None
        self._set_state(State.DONE)
        self.events.emit(ScheduleChanged("finished", now))
        self.events.emit(SessionFinished(completed, now, position / 1000.0))

    # Holds for "advance when ready" -----------------------------------------------------

    def _refresh_holds(self) -> None:
        self._holds: list[tuple[int, int]] = []
        if not self.plan.advance_when_ready:
            return
        for index, segment in enumerate(self.timeline.segments):
            if segment.phase is Phase.REST:
                self._holds.append((hold_point_ms(segment), index))

    def _pending_hold(self) -> tuple[int, int] | None:
        """The first unreleased hold at or after the anchor: (position_ms, segment index)."""
        for point, index in self._holds:
            if point >= self._anchor_pos_ms and index not in self._released:
                return point, index
        return None

    # Commands ---------------------------------------------------------------------------

    def start(self) -> Result:
        if self._state is not State.IDLE:
            return _refuse(
                "the session has already started" if self.active else "the session is over"
            )
        if not self.timeline.segments:
            return _refuse("the plan has nothing to run")
        now = self._clock()
        begins = now + self.start_delay_s
        self._started_at = begins
        self._anchor_pos_ms, self._anchor_mono = 0.0, begins
        self._running = True
        self.events.emit(SessionStarted(begins, self.timeline))
        self.events.emit(ScheduleChanged("start", now))
        self._state = State(self.timeline.segments[0].phase.value)
        self._index = 0
        self.events.emit(StateChanged(State.IDLE, self._state))
        self.events.emit(PhaseStarted(self.timeline.segments[0], 0, begins, 0.0))
        self.tick(now)
        return ACCEPTED

    def pause(self) -> Result:
        now = self._sync()
        if self._state not in RUNNING_STATES:
            return _refuse(self._why_not_running("pause"))
        self._anchor_pos_ms, self._anchor_mono = self.position_ms(now), now
        self._running = False
        self._paused_at = now
        self._set_state(State.PAUSED)
        self.events.emit(Paused(self._anchor_pos_ms / 1000.0, now))
        self.events.emit(ScheduleChanged("pause", now))
        return ACCEPTED

    def resume(self) -> Result:
        if self._state is not State.PAUSED:
            return _refuse("the session is not paused")
        now = self._clock()
        self._anchor_mono = now
        self._running = True
        assert self._paused_at is not None
        self._paused_total += now - self._paused_at
        self._paused_at = None
        self._set_state(State(self.current_segment.phase.value))
        self.events.emit(Resumed(self._anchor_pos_ms / 1000.0, now))
        self.events.emit(ScheduleChanged("resume", now))
        self.tick(now)
        return ACCEPTED

    def toggle_pause(self) -> Result:
        """Start, pause or resume: the one-button control."""
        if self._state is State.IDLE:
            return self.start()
        if self._state is State.PAUSED:
            return self.resume()
        if self._waiting:
            return self.advance()
        return self.pause()

    def stop(self) -> Result:
        now = self._sync()
        if not self.active:
            return _refuse("the session is not running")
        self._finish(False, now)
        return ACCEPTED

    def skip_phase(self) -> Result:
        now = self._sync()
        if not self.active:
            return _refuse("the session is not running")
        segment = self.current_segment
        self._released.add(self.current_index)
        self._jump(segment.end_ms, now, "skip")
        return ACCEPTED

    def skip_rest(self) -> Result:
        self._sync()
        if not self._in_rest():
            return _refuse("there is no rest to skip: the session is not resting")
        return self.skip_phase()

    def extend_rest(self, seconds: float = EXTEND_REST_S) -> Result:
        """Make the current rest `seconds` longer (shorter when negative)."""
        now = self._sync()
        if not self._in_rest():
            return _refuse("only a rest can be made longer or shorter: the session is not resting")
        segment, index = self.current_segment, self.current_index
        position = self.position_ms(now)
        delta = to_ms(seconds)
        if segment.duration_ms + delta > MAX_REST_S * 1000:
            return _refuse(f"a rest cannot be longer than {MAX_REST_S / 60:g} minutes")
        if segment.end_ms - position + delta <= 0:
            return self.skip_rest()
        self.timeline = self.timeline.with_segment_resized(index, delta)
        self._refresh_holds()
        self._anchor_pos_ms, self._anchor_mono = position, now
        self._waiting = False
        self._next_cue = self.timeline.first_cue_after(position)
        self.events.emit(ScheduleChanged("rest changed", now))
        self.tick(now)
        return ACCEPTED

    def advance(self) -> Result:
        """Ready: end the rest now and count in the next set."""
        now = self._sync()
        if not self._in_rest():
            return _refuse("there is no rest to end: the session is not resting")
        index = self.current_index
        point = hold_point_ms(self.current_segment)
        if self.position_ms(now) >= point and not self._waiting:
            return _refuse("the next set is already counting in")
        self._released.add(index)
        self._jump(point, now, "ready")
        return ACCEPTED

    def restart_set(self) -> Result:
        now = self._sync()
        segment = self.current_segment
        if not self.active or segment.phase not in MOVEMENT:
            return _refuse("there is no set in progress to restart")
        target = next(
            s.start_ms
            for s in self.timeline.segments
            if s.set == segment.set and s.phase in MOVEMENT
        )
        self._jump(target, now, "restart set")
        return ACCEPTED

    def restart_rep(self) -> Result:
        now = self._sync()
        segment = self.current_segment
        if not self.active or segment.phase not in MOVEMENT:
            return _refuse("there is no rep in progress to restart")
        target = next(
            s.start_ms
            for s in self.timeline.segments
            if s.set == segment.set and s.rep == segment.rep
        )
        self._jump(target, now, "restart rep")
        return ACCEPTED

    def _sync(self) -> float:
        """Catch up with the clock before a command looks at the state."""
        now = self._clock()
        self.tick(now)
        return now

    def _in_rest(self) -> bool:
        return self.active and self.current_segment.phase is Phase.REST

    def _why_not_running(self, verb: str) -> str:
        if self._state is State.PAUSED:
            return f"cannot {verb}: the session is already paused"
        if self._state is State.IDLE:
            return f"cannot {verb}: the session has not started"
        return f"cannot {verb}: the session is over"

    def _jump(self, target_ms: int, now: float, reason: str) -> None:
        """Move the position to `target_ms` now; what lies at the target happens again."""
        if target_ms >= self.timeline.total_ms:
            self._anchor_pos_ms = float(self.timeline.total_ms)
            self._anchor_mono = now
            self._next_cue = self.timeline.first_cue_from(target_ms)
            self.tick(now)
            if self.active:
                self._finish(True, now)
            return
        self._anchor_pos_ms, self._anchor_mono = float(target_ms), now
        self._waiting = False
        self._index = self.timeline.index_at(target_ms)
        self._next_cue = self.timeline.first_cue_from(target_ms)
        self.events.emit(ScheduleChanged(reason, now))
        self._enter(self._index, now)
        self.tick(now)
