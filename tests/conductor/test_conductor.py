"""The conductor owns a running workout: one tick, its sound, its log, in a stated order.

Everything here runs on a fake clock and fake timers: nothing sleeps."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from thrusttimer.audio.clips import AudioFormat, Samples
from thrusttimer.audio.phrases import plan_phrases
from thrusttimer.audio.player import Scheduled
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.conductor import sound as sound_module
from thrusttimer.conductor.conductor import POLL_MS, PUMP_MS, WorkoutConductor
from thrusttimer.conductor.sound import Sound
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.events import Channel
from thrusttimer.core.loading.inventory import DEFAULT_KG
from thrusttimer.core.loading.plates import load_bar
from thrusttimer.core.loading.today import Loads, todays_loads
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME
from thrusttimer.core.model import Cue, CueKind, Phase, Tone
from thrusttimer.core.plan import Plan
from thrusttimer.core.session_events import Event, SessionFinished
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import Timeline, compile_plan
from thrusttimer.core.timers import FakeTimers
from thrusttimer.eventlog import EventLog
from thrusttimer.store.settings import VoicePrefs


class FakeOutput:
    """An output that is ready when the test says so, and notes what it is asked."""

    def __init__(self) -> None:
        self.fmt = AudioFormat()
        self.notice: Channel[str] = Channel()
        self.restarted: Channel[None] = Channel()
        self.lost: Channel[list[Any]] = Channel()
        self.latency_offset_s = 0.0
        self.asleep = False
        self.ready = True
        self.available = True
        self.placed: list[tuple[str, float]] = []
        self.calls: list[str] = []

    def start(self) -> None:
        self.calls.append("start")

    def sleep(self) -> None:
        self.asleep, self.ready = True, False
        self.calls.append("sleep")

    def wake(self) -> None:
        self.asleep = False
        self.calls.append("wake")

    def close(self) -> None:
        self.calls.append("close")

    def play_at(self, tag: Any, clip: Samples, t_mono: float, kind: CueKind, spoken: bool,
                asap: bool = False) -> Scheduled:  # fmt: skip
        self.placed.append((tag.id, t_mono))
        return Scheduled(True, t_mono)

    def cancel(self) -> list[Any]:
        return []


class Progress:
    def __init__(self, finished: bool) -> None:
        self.finished = finished

    def line(self) -> str:
        return "Voice ready" if self.finished else "Preparing voice"


class FakeBank:
    """Makes a plan's clips in `steps` polls."""

    def __init__(self, settings: VoiceSettings, steps: int = 3) -> None:
        self.settings = settings
        self.steps = steps
        self.polls = 0
        self.notice: str | None = None
        self.prepared: list[Plan] = []

    def prepare_plan(self, plan: Plan) -> Progress:
        self.polls = 0
        self.prepared.append(plan)
        return Progress(False)

    def start(self, phrases: list[str]) -> Progress:
        self.polls = 0
        self.started = phrases
        return Progress(False)

    def poll(self) -> Progress:
        self.polls += 1
        return Progress(self.polls >= self.steps)

    def compile(self, plan: Plan, form_point_starts: Mapping[str, int] | None = None) -> Timeline:
        return compile_plan(plan, form_point_starts=form_point_starts)

    def source_of(self, text: str) -> str | None:
        return "engine"

    def cancel(self) -> None:
        pass

    def clip_for(self, cue: Cue, fmt: AudioFormat) -> Samples:
        return np.zeros((10, fmt.channels), dtype=np.int16)

    def tone(self, tone: Tone, fmt: AudioFormat) -> Samples:
        return np.zeros((10, fmt.channels), dtype=np.int16)

    def duration_s(self, text: str) -> float | None:
        return None


@pytest.fixture
def plan() -> Plan:
    return Plan.build(name="Short", sets=2, reps=2, tempo="2-1-2-1", rest_s=30, lead_in_s=3,
                      set_brace_s=2, advance_when_ready=False)  # fmt: skip


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers(FakeClock())


@pytest.fixture
def output() -> FakeOutput:
    return FakeOutput()


def state(conductor: WorkoutConductor) -> State:
    """The session's state, read afresh (the clock moves between reads)."""
    return conductor.session.state


def with_sound(
    plan: Plan, timers: FakeTimers, output: FakeOutput, **options: Any
) -> WorkoutConductor:
    conductor = WorkoutConductor(plan, timers, timers.clock, **options)
    sound = Sound(output, VoicePrefs(), FakeBank, timers, timers.clock)
    conductor.attach_sound(sound)
    return conductor


def test_a_start_before_the_clips_are_made_waits_for_them_then_starts(
    plan: Plan, timers: FakeTimers, output: FakeOutput
) -> None:
    conductor = with_sound(plan, timers, output)
    result, wait = conductor.toggle()
    assert result.accepted
    assert wait is not None
    assert "starts as soon as it is ready" in wait
    assert state(conductor) is State.IDLE
    assert conductor.tick_ms == POLL_MS  # looking at the clips every 50 ms meanwhile
    timers.advance(0.2)
    assert state(conductor) is State.SETUP
    assert conductor.player is not None
    timers.advance(5)
    assert output.placed, "the player placed cues ahead on the one tick"


def test_one_tick_at_the_rate_the_busiest_part_needs_and_none_when_still(
    plan: Plan, timers: FakeTimers, output: FakeOutput
) -> None:
    conductor = with_sound(plan, timers, output)
    timers.advance(1)
    assert not conductor.ticking, "idle with the clips made: nothing ticks"
    conductor.toggle()
    assert conductor.tick_ms == PUMP_MS
    conductor.want_frames(40)  # a view animates
    assert conductor.tick_ms == 40
    conductor.want_frames(None)
    assert conductor.tick_ms == PUMP_MS
    conductor.command(lambda s: s.pause())
    assert not conductor.ticking
    assert len([t for t in timers.made if t.active]) == 1  # only the output's sleep delay


def test_a_finished_session_is_heard_by_player_recorder_log_then_views(
    plan: Plan, timers: FakeTimers, output: FakeOutput, tmp_path: Path
) -> None:
    log = EventLog(tmp_path / "events.jsonl")
    conductor = with_sound(plan, timers, output, event_log=log)
    heard: list[str] = []

    def view(event: Event) -> None:
        if isinstance(event, SessionFinished):
            lines = (tmp_path / "events.jsonl").read_text().splitlines()
            heard.append(json.loads(lines[-1])["event"])

    conductor.events.connect(view)
    timers.advance(0.2)
    conductor.toggle()
    timers.advance(4)
    conductor.command(lambda s: s.stop())
    log.close()
    events = [
        json.loads(line)["event"] for line in (tmp_path / "events.jsonl").read_text().splitlines()
    ]
    # The player's drops (cues placed ahead, taken back by the stop) come before the end.
    assert events.index("session_end") > max(i for i, e in enumerate(events) if e == "cue_dropped")
    assert heard == ["session_end"], "the view heard the end after the log had written it"


def test_the_output_sleeps_between_workouts_and_a_start_wakes_it_first(
    plan: Plan, timers: FakeTimers, output: FakeOutput
) -> None:
    conductor = with_sound(plan, timers, output)
    timers.advance(sound_module.SLEEP_AFTER_S + 1)
    assert output.asleep
    _result, wait = conductor.toggle()
    assert output.calls[-1] == "wake"
    assert wait is not None
    assert state(conductor) is State.IDLE
    output.ready = True  # the woken stream's clock has settled
    timers.advance(0.1)
    assert state(conductor) is State.SETUP


def test_an_output_that_never_settles_is_given_up_on_with_a_notice(
    plan: Plan, timers: FakeTimers, output: FakeOutput
) -> None:
    output.ready = False
    notices: list[str] = []
    conductor = WorkoutConductor(plan, timers, timers.clock)
    conductor.notices.connect(notices.append)
    conductor.attach_sound(Sound(output, VoicePrefs(), FakeBank, timers, timers.clock))
    conductor.toggle()
    timers.advance(sound_module.SETTLE_TIMEOUT_S - 1)
    assert state(conductor) is State.IDLE
    timers.advance(2)
    assert state(conductor) is State.SETUP
    assert notices == [f"Sound: {sound_module.UNSETTLED}"]


class Memory:
    def __init__(self) -> None:
        self.starts: dict[str, int] = {}
        self.saved: list[Plan] = []

    def form_point_starts(self) -> Mapping[str, int]:
        return self.starts

    def save_form_point_starts(self, starts: Mapping[str, int]) -> None:
        self.starts = dict(starts)

    def save_last_plan(self, plan: Plan) -> None:
        self.saved.append(plan)


def test_a_workout_done_is_remembered_and_its_form_points_carry_on(
    plan: Plan, timers: FakeTimers
) -> None:
    memory = Memory()
    conductor = WorkoutConductor(plan, timers, timers.clock, memory=memory)
    conductor.toggle()
    assert memory.saved == [plan]
    timers.advance(conductor.session.timeline.total_s + 1)
    assert state(conductor) is State.DONE
    assert memory.starts == conductor.session.timeline.next_form_points(None)


def test_loads_chosen_before_the_start_make_their_words_first_then_warm_ups_run(
    plan: Plan, timers: FakeTimers, output: FakeOutput
) -> None:
    memory = Memory()
    conductor = with_sound(plan, timers, output, memory=memory)
    timers.advance(0.2)
    assert conductor.sound_ready
    loads = todays_loads(100, "kg", DEFAULT_KG, DEFAULT_SCHEME)
    conductor.set_loads(loads)
    assert conductor.sound is not None
    assert isinstance(conductor.sound.bank, FakeBank)
    prepared = conductor.sound.bank.prepared[-1]
    assert prepared.loads == loads
    assert "Warm-up 1: twenty. Just the bar." in plan_phrases(prepared)
    assert not conductor.sound_ready, "the new words are being made"
    _result, wait = conductor.toggle()
    assert wait is not None, "the start waits for them"
    assert state(conductor) is State.IDLE
    timers.advance(0.2)
    assert state(conductor) is State.SETUP
    session = conductor.session
    assert session.plan.loads == loads
    assert session.timeline.segments[-1].set == plan.sets + 4
    assert [s.set for s in session.timeline.segments if s.warmup][-1] == 4
    assert memory.saved == [plan], "the plan remembered, not today's loads"
    conductor.set_loads(None)
    assert conductor.session is session, "never during a workout"


def test_a_silent_workout_takes_its_loads_at_once(plan: Plan, timers: FakeTimers) -> None:
    conductor = WorkoutConductor(plan, timers, timers.clock)
    loads = todays_loads(60, "kg", DEFAULT_KG, DEFAULT_SCHEME)
    conductor.set_loads(loads)
    conductor.toggle()
    assert state(conductor) is State.SETUP
    assert conductor.session.plan == plan.with_loads(loads)
    assert conductor.plan == plan


class SpeakingBank(FakeBank):
    """Every phrase takes a second to say."""

    def duration_s(self, text: str) -> float | None:
        return 1.0


def resting(plan: Plan, timers: FakeTimers, output: FakeOutput, **options: Any) -> WorkoutConductor:
    """A workout at 100 kg, in the rest after its first set."""
    conductor = WorkoutConductor(plan, timers, timers.clock, **options)
    conductor.attach_sound(Sound(output, VoicePrefs(), SpeakingBank, timers, timers.clock))
    conductor.set_loads(todays_loads(100, "kg", DEFAULT_KG))
    conductor.toggle()
    timers.advance(0.5)
    rest = next(s for s in conductor.session.timeline.segments if s.phase is Phase.REST)
    timers.advance(rest.start_s + 2 - conductor.session.position_s())
    assert conductor.session.current_segment.phase is Phase.REST
    return conductor


def heavier(conductor: WorkoutConductor) -> Loads:
    """Today's loads with the work sets at 120 kg, from the plates on the bar (25 + 15)."""
    loads = conductor.loads
    assert loads is not None
    return replace(loads, work=load_bar(DEFAULT_KG, 120, from_plates=loads.work.per_side))


def test_a_load_changed_in_a_rest_is_shown_at_once_and_said_once_its_words_are_made(
    plan: Plan, timers: FakeTimers, output: FakeOutput
) -> None:
    conductor = resting(plan, timers, output)
    changed: list[object] = []
    conductor.session_changed.connect(changed.append)
    loads = heavier(conductor)
    conductor.amend_loads(loads)
    assert changed == [conductor.session], "the views show the new plates at once"
    session = conductor.session
    assert session.plan.loads == loads
    assert conductor.sound is not None
    assert isinstance(conductor.sound.bank, SpeakingBank)
    words = conductor.sound.bank.started
    assert words[1] == "Next set: one twenty. Take off a fifteen, then add a twenty-five each side."
    assert conductor.tick_ms == POLL_MS, "the words are looked at while made"
    timers.advance(0.2)
    (said,) = [c for c in session.timeline.cues if c.id == "rest.load-changed"]
    assert said.text in words
    timers.advance(1)
    assert "rest.load-changed" in [tag for tag, _t in output.placed]


def test_a_load_change_made_too_late_is_dropped_and_logged_never_queued(
    plan: Plan, timers: FakeTimers, output: FakeOutput, tmp_path: Path
) -> None:
    log = EventLog(tmp_path / "events.jsonl")
    conductor = resting(plan, timers, output, event_log=log)
    conductor.amend_loads(heavier(conductor))
    conductor.command(lambda s: s.skip_rest())  # the next set starts before the words
    timers.advance(1)
    assert conductor.load_voice.dropped == [
        (
            "Set 1 done. Next set: one twenty. "
            "Take off a fifteen, then add a twenty-five each side.",
            "made after its rest was over",
        )
    ]
    assert not any(c.id == "rest.load-changed" for c in conductor.session.timeline.cues)
    log.close()
    lines = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert any(e["event"] == "cue_dropped" and e["id"] == "rest.load-changed" for e in lines)
