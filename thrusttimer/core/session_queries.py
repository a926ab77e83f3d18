"""What a session answers without changing: its state, where it is on the clock, what is ahead.

Where the workout is comes from the clock alone: ``position = anchor_position + (now -
anchor_time)`` while running, held at a rest's hold point while it waits for Ready.
`Session` (in `session`) adds the commands that move the anchor and `tick`, which turns
the position into events.
"""

from __future__ import annotations

from thrusttimer.core.clock import Clock, monotonic
from thrusttimer.core.events import Channel
from thrusttimer.core.model import Cue, Phase, Segment, hold_point_ms
from thrusttimer.core.plan import Plan
from thrusttimer.core.session_events import Event
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import Timeline, compile_plan

READY_REMINDER_AFTER_S = 30.0
"""A wait for Ready reminds the lifter once, this long after it began (`Timeline.reminders`)."""


class SessionQueries:
    """A session's fields, and every question it answers without changing them."""

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
            raise ValueError("start_delay_s must be from 0 to 5 s")  # i18n: not shown
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
