"""The workout conductor: the one owner of a running workout.

It holds the session and wires what hears it: the player (through the sound), the training
log's recorder, the event log, and the views (the window, the headless progress line).
One timer, made by the injected factory, ticks everything; its rate is the fastest any
part needs at the moment (clips being made, a set running, a view animating) and it stops
when nothing moves. The window, `run --headless` and `smoke-test` each build one.

Who hears a session event, in this order (`_on_event`, the only subscriber to a session):

1. the player: a changed schedule is planned again (and its drops logged) first, so that
   sound never waits on drawing;
2. the recorder: a set that just ended is committed before anything shows it;
3. the event log: the session's line comes after the player's last `cue_dropped`;
4. the conductor itself: keeps the form points and the tick rate;
5. the views, through `events`, in the order they subscribed.

A change of plates during a rest (`amend_loads`) reaches them the same way: its cue joins
the session's timeline once its words are made (`load_change`), with a `ScheduleChanged`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING

from thrusttimer.conductor.load_change import LoadChangeVoice
from thrusttimer.conductor.ports import LogOpener, Memory
from thrusttimer.conductor.sound import Sound, VoiceChoice
from thrusttimer.core.clock import Clock
from thrusttimer.core.events import Channel
from thrusttimer.core.i18n import translate
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event, SessionFinished
from thrusttimer.core.session_states import Result, State
from thrusttimer.core.set_specs import with_block_loads
from thrusttimer.core.timeline import compile_plan
from thrusttimer.core.timers import TimerFactory
from thrusttimer.eventlog import EventLog

if TYPE_CHECKING:
    from thrusttimer.audio.player import Player
    from thrusttimer.core.loading.today import Loads
    from thrusttimer.store.log import TrainingLog
    from thrusttimer.store.recorder import Recorder

POLL_MS = 50
"""How often the making of clips, or an output settling, is looked at."""
PUMP_MS = 250
"""The slowest tick while a set runs (no view animating): the player places cues up to
1.5 s ahead (`player.HORIZON_S`) and every schedule change re-plans at once, so each cue is
still placed more than a second before it is due."""


class WorkoutConductor:
    """Owns the running workout. `notices` carries lines for the lifter; `events` the
    session's events once every part has heard them; `ticked` each tick, for views to
    redraw; `session_changed` a new session (views bind to it); `ready` the plan's sound is
    ready (or the workout will be silent)."""

    def __init__(
        self,
        plan: Plan,
        timers: TimerFactory,
        clock: Clock = time.monotonic,
        *,
        event_log: EventLog | None = None,
        memory: Memory | None = None,
        open_log: LogOpener | None = None,
        load_kg: float | None = None,
    ) -> None:
        self.plan = plan
        self.loads: Loads | None = None
        """Today's plates and warm-up sets (`set_loads`): the sessions run `plan` with them."""
        self.more_loads: tuple[Loads | None, ...] = ()  # blocks 2, 3…: `loads` is block 1's
        self.load_voice = LoadChangeVoice(event_log)
        self.clock = clock
        self.event_log = event_log
        self.memory = memory
        self.notices: Channel[str] = Channel()
        self.events: Channel[Event] = Channel()
        self.ticked: Channel[float] = Channel()
        self.session_changed: Channel[Session] = Channel()
        self.ready: Channel[None] = Channel()
        self.recorder_changed: Channel[Recorder | None] = Channel()
        self.sound: Sound | None = None
        self.sound_expected = False
        """Sound is on its way (`attach_sound` follows the window's first frame): a Start
        before it comes waits for it, as it would for clips still being made."""
        self.player: Player | None = None
        self.recorder: Recorder | None = None
        self._open_log = open_log
        self._load_kg = load_kg
        self._log: TrainingLog | None = None
        self._log_opened = False
        self._start_when_ready = False
        self._frame_ms: int | None = None
        self._timer = timers(self.tick)
        self._unsubscribe: Callable[[], None] | None = None
        self.session = self._bind(self._new_session(plan))

    # Sound --------------------------------------------------------------------------------

    def attach_sound(self, sound: Sound) -> None:
        """Play through `sound` from now on, and make this plan's clips."""
        self.sound = sound
        self.sound_expected = False
        sound.notices.connect(self.notices.emit)
        sound.output.restarted.connect(self._output_restarted)
        sound.output.lost.connect(self._output_lost)
        sound.prepare(self.workout_plan, self._form_point_starts())
        if self.session.state is State.IDLE:
            self._replace_session()
        self.tick()

    @contextmanager
    def kept_awake(self) -> Iterator[None]:
        """Keep the output awake while the block runs (the set-up dialog's Test voice and
        calibration play through it); after it, the output may sleep again in due time."""
        with self.sound.kept_awake() if self.sound is not None else nullcontext():
            yield
        self.tick()

    @property
    def sound_ready(self) -> bool:
        return self.sound is not None and self.sound.is_ready

    def _output_restarted(self) -> None:
        if self.player is not None:
            self.player.replan("audio output changed")  # i18n: not shown

    def _output_lost(self, cues: list[object]) -> None:
        if self.player is not None:
            self.player.lost(cues)

    # The training log -----------------------------------------------------------------------

    def open_log(self) -> None:
        """Open (and check) the training log once, and record the current session."""
        if self._open_log is None or self._log_opened:
            return
        self._log_opened = True
        self._log, notice = self._open_log()
        if notice:
            self.notices.emit(notice)
        self._record(self.session)

    @property
    def records(self) -> bool:
        return self._open_log is not None

    def _record(self, session: Session) -> None:
        earlier = self.recorder
        if earlier is not None:
            earlier.detach()
            self.recorder = None
        if self._log is not None:
            from thrusttimer.store.recorder import Recorder

            recorder = Recorder(self._log, session, load=self._load_kg, listen=False)
            if earlier is not None:
                recorder.take_choice(earlier)
            recorder.problems.connect(self.notices.emit)
            self.recorder = recorder
        self.recorder_changed.emit(self.recorder)

    # Sessions -------------------------------------------------------------------------------

    def _form_point_starts(self) -> Mapping[str, int]:
        return self.memory.form_point_starts() if self.memory is not None else {}

    def _new_session(self, plan: Plan) -> Session:
        """A session on the timeline fitted to the sound's clips once they are ready."""
        starts = self._form_point_starts()
        if self.sound is None:
            silent = compile_plan(plan, form_point_starts=starts)
            return Session(plan, self.clock, timeline=silent)
        from thrusttimer.audio.player import START_DELAY_S

        self.sound.refit(starts)
        timeline = self.sound.timeline_for(plan)
        return Session(plan, self.clock, timeline=timeline, start_delay_s=START_DELAY_S)

    def _bind(self, session: Session) -> Session:
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self.player is not None:
            self.player.close()
            if self.sound is not None:
                self.sound.output.cancel()
            self.player = None
        self.session = session
        if self.sound is not None and self.sound.bank is not None:
            from thrusttimer.audio.player import Player

            self.player = Player(
                session, self.sound.output, self.sound.bank, self.event_log, listen=False
            )
        if self._log_opened:
            self._record(session)
        self._unsubscribe = session.events.connect(self._on_event)
        return session

    def _replace_session(self) -> None:
        self._bind(self._new_session(self.workout_plan))
        self.session_changed.emit(self.session)

    @property
    def workout_plan(self) -> Plan:
        """The plan the sessions run: the chosen one with today's loads."""
        return self.plan.with_loads(self.loads, self.more_loads)

    def set_plan(self, plan: Plan) -> None:
        """Switch to another workout (only between workouts): its clips are made now."""
        self.plan = plan
        if self.sound is not None:
            self.sound.prepare(self.workout_plan, self._form_point_starts())
        self._replace_session()
        self.tick()

    def set_loads(self, loads: Loads | None, more: Sequence[Loads | None] = ()) -> None:
        """Today's plates of block 1 and the `more` after it, given before the start: shown
        and said, warm-ups first. Their words are made now (a Start waits for them)."""
        if not self.session.active and (loads, tuple(more)) != (self.loads, self.more_loads):
            self.loads, self.more_loads = loads, tuple(more)
            self.set_plan(self.plan)

    def amend_loads(self, loads: Loads | None, block: int = 0) -> None:
        """The lifter corrected a block's load during the workout: the sets to come show the
        new plates at once, and a rest says them if their words are made in time."""
        plan = with_block_loads(self.workout_plan, block, loads)
        if not self.session.active:
            self.set_loads(plan.loads, plan.more_loads)
            return
        self.loads, self.more_loads = plan.loads, plan.more_loads
        self.load_voice.change(self.session, self.sound, loads, block)
        self.session_changed.emit(self.session)
        self.tick()

    def set_voice(self, prefs: VoiceChoice) -> None:
        """New voice preferences: the offset applies at once, the clips are made again."""
        if self.sound is not None:
            self.sound.set_prefs(prefs)
            self.tick()

    def remember_plan(self, plan: Plan) -> None:
        """The plan to open next time: the one chosen, or the one actually done."""
        if self.memory is not None:
            self.memory.save_last_plan(plan)

    def _on_event(self, event: Event) -> None:
        if self.player is not None:
            self.player.on_event(event)
        if self.recorder is not None:
            self.recorder.on_event(event)
        if self.event_log is not None:
            self.event_log.on_event(event)
        if isinstance(event, SessionFinished):
            self._carry_form_points_on(event)
        self.events.emit(event)
        self._schedule()

    def _carry_form_points_on(self, event: SessionFinished) -> None:
        """The next workout's coach starts each exercise after the last of its points given."""
        session = self.session
        if self.memory is None or session.started_at is None:
            return
        reached = None if event.completed else session.current_index
        starts = session.timeline.next_form_points(reached)
        self.memory.save_form_point_starts(starts)
        if self.sound is not None:
            self.sound.refit(starts)

    # Commands -------------------------------------------------------------------------------

    def renew(self) -> None:
        """A finished workout gives way to a new session of the same plan."""
        if self.session.state is State.DONE:
            self._replace_session()

    def toggle(self) -> tuple[Result, str | None]:
        """Start, pause, resume or say Ready; a finished workout starts again. With the
        sound not ready yet, the command waits for it: the result then carries why, and it
        takes effect once `ready` is emitted."""
        self.renew()
        starting = self.session.state is State.IDLE
        wait = self._wait_for_sound(starting)
        if wait is not None:
            self._start_when_ready = True
            self._schedule()
            return Result(True), wait
        if starting:
            self.open_log()  # normally open since the first frame; a set is never unrecorded
        result = self.session.toggle_pause()
        if starting and result.accepted:
            self.remember_plan(self.plan)  # the workout actually done reopens next time
        self.tick()
        return result, None

    def _wait_for_sound(self, starting: bool) -> str | None:
        """Why a toggle must wait for the sound (None: it need not), waking a sleeping
        output on the way."""
        sound = self.sound
        if sound is None:
            # Before the sound is attached: started now, the workout would keep the silent
            # timeline to its end.
            if starting and self.sound_expected:
                return translate(
                    "WorkoutConductor",
                    "Getting the voice ready: the workout starts as soon as it is ready",
                )
            return None
        session = self.session
        held = session.state is State.PAUSED or session.waiting_for_ready
        return sound.wait_reason(starting, held, self._start_when_ready)

    def command(self, run: Callable[[Session], Result]) -> Result:
        """Run a command on the session (skip, restart, a longer rest…) and tick."""
        result = run(self.session)
        self.tick()
        return result

    def _sound_ready(self) -> None:
        """The clips are made (or the output is awake again): a workout not yet started
        takes the timeline fitted to them; a toggle pressed meanwhile takes effect now."""
        if self.session.state is State.IDLE:
            self._replace_session()
        self.ready.emit(None)
        if self._start_when_ready:
            self._start_when_ready = False
            if self.session.state is not State.DONE:
                self.toggle()

    # The tick -------------------------------------------------------------------------------

    def want_frames(self, interval_ms: int | None) -> None:
        """A view animates and wants a tick this often (None: it needs none)."""
        if interval_ms != self._frame_ms:
            self._frame_ms = interval_ms
            self._schedule()

    @property
    def ticking(self) -> bool:
        return self._timer.active

    @property
    def tick_ms(self) -> int | None:
        return self._timer.interval_ms if self._timer.active else None

    def tick(self) -> None:
        """Bring everything to the clock's now: the clips, the session, the cues placed
        ahead; then the views redraw."""
        sound = self.sound
        if sound is not None and sound.poll():
            self._sound_ready()
        now = self.clock()
        session = self.session
        self.load_voice.poll(session, sound)
        if session.active:
            session.tick(now)
        if self.player is not None and session.active:
            self.player.pump(now)
        self.ticked.emit(now)
        self._schedule()

    def _schedule(self) -> None:
        session = self.session
        wanted = []
        sound = self.sound
        if sound is not None and (sound.making or self.load_voice.making):
            wanted.append(POLL_MS)
        if session.running:
            wanted.append(PUMP_MS)
        if self._frame_ms is not None:
            wanted.append(self._frame_ms)
        if sound is not None:
            if session.running or self._start_when_ready:
                sound.busy()
            elif not sound.making:
                sound.idle(session.active, lambda: not self.session.running)
        if not wanted:
            self._timer.stop()
            return
        interval = min(wanted)
        if not self._timer.active or self._timer.interval_ms != interval:
            self._timer.start(interval)

    def close(self) -> None:
        """Stop the workout (logged as stopped) and let go of the sound and the log."""
        if self.session.active:
            self.session.stop()
        self._timer.stop()
        if self.player is not None:
            self.player.close()
        if self.sound is not None:
            self.sound.close()
        if self.recorder is not None:
            self.recorder.detach()
        if self._log is not None:
            self._log.close()
