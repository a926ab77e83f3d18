"""The workout session: commands and `tick`, which turn the clock into events.

Every command that moves the schedule (start, pause, resume, a skip, a restart, a longer
rest) sets a new anchor (see `session_queries`), so pauses and skips shift every later
deadline exactly and nothing depends on how often `tick` is called. Whether a command is
taken, and the state it leads to, is `session_states`' table's to say.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from thrusttimer.core.i18n import number, translate
from thrusttimer.core.model import MOVEMENT_PHASES, Cue, hold_point_ms, to_ms
from thrusttimer.core.session_events import (
    CueDue,
    Paused,
    PhaseStarted,
    Resumed,
    ScheduleChanged,
    SessionFinished,
    SessionStarted,
    StateChanged,
    WaitingForReady,
)
from thrusttimer.core.session_queries import SessionQueries
from thrusttimer.core.session_states import (
    ACCEPTED,
    Command,
    Result,
    State,
    mode_of,
    refusal,
    state_after,
    state_in,
)
from thrusttimer.core.set_specs import with_block_loads

if TYPE_CHECKING:
    # Loaded with the load prompt, not before the first frame.
    from thrusttimer.core.loading.today import Loads

EXTEND_REST_S = 30.0
MAX_REST_S = 1800.0


def _refuse(reason: str) -> Result:
    return Result(False, reason)


class Session(SessionQueries):
    """One run through a plan's timeline."""

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
        self._set_state(state_in(mode_of(self._state), segment.phase))  # paused stays paused

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
        self._set_state(State.DONE)  # where STOP and FINISH lead, from either mode
        self.events.emit(ScheduleChanged("finished", now))
        self.events.emit(SessionFinished(completed, now, position / 1000.0))

    # Commands ---------------------------------------------------------------------------

    def start(self) -> Result:
        if reason := self._refusal(Command.START):
            return _refuse(reason)
        if not self.timeline.segments:
            return _refuse(translate("Session", "the plan has nothing to run"))
        now = self._clock()
        begins = now + self.start_delay_s
        self._started_at = begins
        self._anchor_pos_ms, self._anchor_mono = 0.0, begins
        self._running = True
        self.events.emit(SessionStarted(begins, self.timeline))
        self.events.emit(ScheduleChanged("start", now))
        self._state = state_after(State.IDLE, Command.START, self.timeline.segments[0].phase)
        self._index = 0
        self.events.emit(StateChanged(State.IDLE, self._state))
        self.events.emit(PhaseStarted(self.timeline.segments[0], 0, begins, 0.0))
        self.tick(now)
        return ACCEPTED

    def pause(self) -> Result:
        now = self._sync()
        if reason := self._refusal(Command.PAUSE):
            return _refuse(reason)
        self._anchor_pos_ms, self._anchor_mono = self.position_ms(now), now
        self._running = False
        self._paused_at = now
        self._set_state(state_after(self._state, Command.PAUSE, self.current_segment.phase))
        self.events.emit(Paused(self._anchor_pos_ms / 1000.0, now))
        self.events.emit(ScheduleChanged("pause", now))
        return ACCEPTED

    def resume(self) -> Result:
        if reason := self._refusal(Command.RESUME):
            return _refuse(reason)
        now = self._clock()
        self._anchor_mono = now
        self._running = True
        assert self._paused_at is not None
        self._paused_total += now - self._paused_at
        self._paused_at = None
        self._set_state(state_after(self._state, Command.RESUME, self.current_segment.phase))
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
        if reason := self._refusal(Command.STOP):
            return _refuse(reason)
        self._finish(False, now)
        return ACCEPTED

    def skip_phase(self) -> Result:
        now = self._sync()
        if reason := self._refusal(Command.SKIP_PHASE):
            return _refuse(reason)
        segment = self.current_segment
        self._released.add(self.current_index)
        self._jump(segment.end_ms, now, "skip")
        return ACCEPTED

    def skip_rest(self) -> Result:
        self._sync()
        if reason := self._refusal(Command.SKIP_REST):
            return _refuse(reason)
        return self.skip_phase()

    def extend_rest(self, seconds: float = EXTEND_REST_S) -> Result:
        """Make the current rest `seconds` longer (shorter when negative)."""
        now = self._sync()
        if reason := self._refusal(Command.EXTEND_REST):
            return _refuse(reason)
        segment, index = self.current_segment, self.current_index
        position = self.position_ms(now)
        delta = to_ms(seconds)
        if segment.duration_ms + delta > MAX_REST_S * 1000:
            most = number(MAX_REST_S / 60)
            return _refuse(
                translate("Session", "a rest cannot be longer than {most} minutes").format(
                    most=most
                )
            )
        if segment.end_ms - position + delta <= 0:
            return self.skip_rest()
        self.timeline = self.timeline.with_segment_resized(index, delta)
        self._refresh_holds()
        self._anchor_pos_ms, self._anchor_mono = position, now
        self._waiting = False
        self._next_cue = self.timeline.first_cue_after(position)
        self.events.emit(ScheduleChanged("rest changed", now))  # i18n: not shown
        self.tick(now)
        return ACCEPTED

    def amend_loads(self, loads: Loads | None, cue: Cue | None = None, block: int = 0) -> None:
        """Today's plates of `block` changed during the workout (the lifter corrected the
        load of a set): the sets still to come show them, and `cue` (its clip ready) says
        so. Set numbers and times stay; a cue due before now is never added."""
        now = self._sync()
        self.plan = with_block_loads(self.plan, block, loads)
        cues = self.timeline.cues
        position = self.position_ms(now)
        if cue is not None and cue.at_ms > position:
            cues = tuple(sorted((*cues, cue), key=lambda c: (c.at_ms, -c.kind)))
        self.timeline = replace(self.timeline, plan=self.plan, cues=cues)
        self._next_cue = self.timeline.first_cue_after(position)
        if cue is not None and self.active:
            self.events.emit(ScheduleChanged("load changed", now))  # i18n: not shown

    def advance(self) -> Result:
        """Ready: end the rest now and count in the next set."""
        now = self._sync()
        if reason := self._refusal(Command.ADVANCE):
            return _refuse(reason)
        index = self.current_index
        point = hold_point_ms(self.current_segment)
        if self.position_ms(now) >= point and not self._waiting:
            return _refuse(translate("Session", "the next set is already counting in"))
        self._released.add(index)
        self._jump(point, now, "ready")
        return ACCEPTED

    def restart_set(self) -> Result:
        now = self._sync()
        if reason := self._refusal(Command.RESTART_SET):
            return _refuse(reason)
        segment = self.current_segment
        target = next(
            s.start_ms
            for s in self.timeline.segments
            if s.set == segment.set and s.phase in MOVEMENT_PHASES
        )
        self._jump(target, now, "restart set")  # i18n: not shown
        return ACCEPTED

    def restart_rep(self) -> Result:
        now = self._sync()
        if reason := self._refusal(Command.RESTART_REP):
            return _refuse(reason)
        segment = self.current_segment
        target = next(
            s.start_ms
            for s in self.timeline.segments
            if s.set == segment.set and s.rep == segment.rep
        )
        self._jump(target, now, "restart rep")  # i18n: not shown
        return ACCEPTED

    def _sync(self) -> float:
        """Catch up with the clock before a command looks at the state."""
        now = self._clock()
        self.tick(now)
        return now

    def _refusal(self, command: Command) -> str | None:
        """Why the table refuses `command` now, or None if it takes it."""
        return refusal(self._state, command, self.current_segment.phase if self.active else None)

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
