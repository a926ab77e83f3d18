"""The window's sound: clips are made before the set starts, the session plays them, and the
output sleeps between workouts. Everything runs on the fake clock and its timers."""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow, go_to
from thrusttimer.audio.clips import AudioFormat, Samples
from thrusttimer.audio.player import Scheduled
from thrusttimer.audio.render.progress import RenderProgress
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.conductor.conductor import POLL_MS
from thrusttimer.conductor.sound import HELD_SLEEP_AFTER_S, SLEEP_AFTER_S, Sound
from thrusttimer.core.cues import estimate_speech_s
from thrusttimer.core.model import Cue, CueKind, Tone
from thrusttimer.core.plan import Plan
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import Timeline, compile_plan
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.setup import dialog as setup_dialog
from thrusttimer.gui.window.feedback import FEEDBACK_S
from thrusttimer.gui.window.main_window import MainWindow
from thrusttimer.store.log import TrainingLog
from thrusttimer.store.settings import Settings, VoicePrefs

POLL_S = POLL_MS / 1000
STEPS = 6
"""How many polls `FakeBank` takes: more than the window makes by itself while it is
shown (attaching the sound, the first frame), so the clips are not ready before a test
lets the clock run."""
MAKING_S = STEPS * POLL_S
"""Long enough for `FakeBank` to make its clips."""


class FakeOutput(QObject):
    """An always-ready output that records what it is asked to play."""

    notice = Signal(str)
    restarted = Signal()
    lost = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.fmt = AudioFormat()
        self.latency_offset_s = 0.0
        self.played: list[tuple[str, float]] = []
        self.ui_sounds: list[tuple[str, float, int]] = []
        self.started = self.closed = False
        self.ready = True
        self.available = True
        self.asleep = False
        self.sleeps = 0

    def sleep(self) -> None:
        self.asleep, self.ready = True, False
        self.sleeps += 1

    def wake(self) -> None:
        self.asleep = False  # ready again once the test says the clock has settled

    def start(self) -> None:
        self.started = True

    def play_at(self, tag: Any, clip: Samples, t_mono: float, kind: CueKind, spoken: bool,
                asap: bool = False) -> Scheduled:  # fmt: skip
        if isinstance(tag, tuple) and tag[0] == "ui":
            self.ui_sounds.append((tag[1], t_mono, len(clip)))
        else:
            self.played.append((tag.id, t_mono))
        return Scheduled(True, t_mono)

    def cancel(self) -> list[Any]:
        return []

    def close(self) -> None:
        self.closed = True


class FakeBank:
    """Renders in `steps` polls; speech lasts 1.5 × the estimate (real clips run longer)."""

    def __init__(self, settings: VoiceSettings, steps: int = STEPS) -> None:
        self.settings = settings
        self.steps = steps
        self.polls = 0
        self.notice: str | None = "Speaking with the bundled voice pack"
        self.prepared: list[Plan] = []

    def prepare_plan(self, plan: Plan) -> RenderProgress:
        self.prepared.append(plan)
        self.polls = 0
        return self.poll()

    def poll(self) -> RenderProgress:
        self.polls += 1
        done = min(self.polls, self.steps)
        return RenderProgress(self.steps, done, done, (), None, 0, done >= self.steps, True, None)

    def duration_s(self, text: str) -> float:
        return estimate_speech_s(text) * 1.5

    def compile(self, plan: Plan, form_point_starts: Mapping[str, int] | None = None) -> Timeline:
        return compile_plan(plan, measure=self.duration_s, form_point_starts=form_point_starts)

    def clip_for(self, cue: Cue, fmt: AudioFormat) -> Samples:
        return np.zeros((10, fmt.channels), dtype=np.int16)

    def tone(self, tone: Tone, fmt: AudioFormat) -> Samples:
        return np.zeros((10, fmt.channels), dtype=np.int16)

    def cancel(self) -> None:
        pass


@pytest.fixture
def output() -> FakeOutput:
    return FakeOutput()


@pytest.fixture
def banks() -> list[FakeBank]:
    """Every bank the sound has made, the last one in use."""
    return []


@pytest.fixture
def sound(output: FakeOutput, banks: list[FakeBank], timers: FakeTimers) -> Sound:
    def factory(settings: VoiceSettings) -> FakeBank:
        banks.append(FakeBank(settings))
        return banks[-1]

    prefs = VoicePrefs(rate_wpm=150, latency_ms=20)
    return Sound(output, prefs, factory, timers, timers.clock)  # type: ignore[arg-type]


def state_of(window: MainWindow) -> State:
    """The session's state now (a call, so each check reads it afresh)."""
    return window.session.state


def test_space_before_the_clips_are_ready_starts_the_workout_once_they_are(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, banks: list[FakeBank], timers: FakeTimers,
) -> None:  # fmt: skip
    window = make_window(short_plan, sound=sound)
    assert not sound.is_ready
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert state_of(window) is State.IDLE
    assert "starts as soon as it is ready" in window.status.message
    timers.advance(MAKING_S)
    assert state_of(window) is State.SETUP
    # The session runs on the timeline fitted to the clips' real lengths.
    fitted = sound.timeline_for(short_plan)
    assert fitted is not None
    assert window.session.timeline is fitted
    assert fitted != compile_plan(short_plan)
    assert "bundled voice pack" in window.status.message
    # The sound's settings come from the saved preferences and the plan's cue mode.
    bank = banks[-1]
    assert (bank.settings.rate, bank.settings.latency_offset_ms) == (150, 20)
    # Cues within the horizon are placed at their planned moments.
    assert output.played
    first_id, first_at = output.played[0]
    cue = next(c for c in fitted.cues if c.id == first_id)
    assert first_at == pytest.approx(window.session.mono_at(cue.at_ms))
    window.close()
    assert output.closed


def test_space_before_the_sound_is_attached_waits_for_it(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, timers: FakeTimers,
) -> None:  # fmt: skip
    # The app attaches the sound just after the first frame; a key pressed before that
    # (a clicker pressed as the window appears) must not start a workout without cues.
    window = make_window(short_plan)
    window.conductor.sound_expected = True
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert state_of(window) is State.IDLE
    assert "starts as soon as it is ready" in window.status.message
    window.attach_sound(sound)
    timers.advance(MAKING_S)
    assert state_of(window) is State.SETUP
    assert window.session.timeline is sound.timeline_for(short_plan)
    assert output.played
    window.close()


def test_space_with_no_sound_coming_starts_at_once(window: MainWindow) -> None:
    window.toggle()
    assert state_of(window) is State.SETUP


def test_cues_keep_coming_when_the_clips_were_ready_before_space(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, timers: FakeTimers,
) -> None:  # fmt: skip
    window = make_window(short_plan, sound=sound)
    timers.advance(MAKING_S)
    assert sound.is_ready
    assert not window.conductor.ticking, "ready and idle: nothing polls"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert state_of(window) is State.SETUP
    timers.advance(4)  # rep 1's thrust (at 5 s) is now within the player's horizon
    assert any(i == "phase.thrust" for i, _ in output.played)
    window.session.pause()
    assert not window.conductor.ticking
    played = len(output.played)
    window.session.resume()
    timers.advance(5)
    assert len(output.played) > played


def test_a_new_plan_makes_its_clips_again(
    make_window: MakeWindow, short_plan: Plan, sound: Sound, banks: list[FakeBank],
    timers: FakeTimers,
) -> None:  # fmt: skip
    window = make_window(short_plan, sound=sound)
    timers.advance(MAKING_S)
    assert sound.is_ready
    other = Plan.build(short_plan, reps=3, cue_mode="counts")
    window.set_plan(other)
    assert sound.timeline_for(short_plan) is None
    timers.advance(MAKING_S)
    assert sound.timeline_for(other) is not None
    assert window.session.timeline is sound.timeline_for(other)
    assert banks[-1].settings.cue_mode.value == "counts"


def test_each_set_is_recorded_as_it_ends(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, timers: FakeTimers,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("THRUSTTIMER_DATA_DIR", str(tmp_path))
    window = make_window(short_plan, record=True)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N)  # the load prompt: not logging it
    rest = next(s for s in window.session.timeline.segments if s.phase.value == "rest")
    go_to(window, timers, rest.start_s + 1)
    assert window.conductor.recorder is not None
    assert window.training.entry.isVisible()
    window.close()
    with TrainingLog.open(tmp_path / "training-log.sqlite3") as log:
        sessions = log.sessions()
    assert len(sessions) == 1
    logged = sessions[0].sets
    assert [(s.set_number, s.reps, s.planned_reps, s.tempo) for s in logged] == [
        (1, 2, 2, "2-1-2-1")
    ]


def test_a_load_chosen_before_the_clips_are_ready_is_asked_once_and_kept(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound, timers: FakeTimers,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # The new session fitted to the made clips takes the load the lifter already gave.
    monkeypatch.setenv("THRUSTTIMER_DATA_DIR", str(tmp_path))
    window = make_window(short_plan, sound=sound, record=True)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    prompt = window.focusWidget()
    qtbot.keyClicks(prompt, "120")
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    assert "starts as soon as it is ready" in window.status.message
    asker = window.training.asker
    assert asker is not None
    timers.advance(MAKING_S)
    assert state_of(window) is State.SETUP
    assert not asker.prompt.isVisible(), "not asked a second time"
    recorder = window.conductor.recorder
    assert recorder is not None
    assert recorder.load_kg == 120
    rest = next(s for s in window.session.timeline.segments if s.phase.value == "rest")
    go_to(window, timers, rest.start_s + 1)
    window.close()
    with TrainingLog.open(tmp_path / "training-log.sqlite3") as log:
        assert [s.load_kg for s in log.sessions()[0].sets] == [120]


def test_h_opens_the_training_log_from_the_window(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("THRUSTTIMER_DATA_DIR", str(tmp_path))
    window = make_window(short_plan)
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.history is not None
    qtbot.waitUntil(window.history.isVisible)
    assert window.history.parent() is window
    assert "History" in window.history.windowTitle()
    button = next(b for b in window.buttons if b.defaultAction().objectName() == "history")
    assert "(H)" in button.toolTip()


def test_commands_are_heard_a_click_when_taken_a_blip_when_refused(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, timers: FakeTimers,
) -> None:  # fmt: skip
    window = make_window(short_plan, sound=sound)
    timers.advance(MAKING_S)
    assert sound.is_ready
    # Idle: skipping a rest is refused, and the lifter hears so.
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert [name for name, _, _ in output.ui_sounds] == ["refused"]
    qtbot.keyClick(window, Qt.Key.Key_Space)  # start
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    names = [name for name, _, _ in output.ui_sounds]
    assert names == ["refused", "accepted", "accepted"]
    # The UI sounds go by the output's own (real) clock, not the workout's.
    before = time.monotonic()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume
    name, at, frames = output.ui_sounds[-1]
    assert name == "accepted"
    # Placed just ahead, from the resources' WAV converted to the output's format.
    assert before < at < time.monotonic() + FEEDBACK_S
    assert 0.04 * output.fmt.rate < frames < 0.05 * output.fmt.rate
    window.close()


def test_without_a_ready_output_commands_are_silent(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput,
) -> None:  # fmt: skip
    output.ready = False
    window = make_window(short_plan, sound=sound)
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert output.ui_sounds == []
    assert "rest" in window.status.message.lower()
    window.close()


def test_between_workouts_the_output_sleeps_and_start_wakes_it_first(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, timers: FakeTimers,
) -> None:  # fmt: skip
    window = make_window(short_plan, sound=sound)
    timers.advance(MAKING_S)
    assert sound.is_ready
    timers.advance(SLEEP_AFTER_S - 1)
    assert not output.asleep
    timers.advance(1)
    assert output.asleep
    assert not window.conductor.ticking, "asleep: nothing polls"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    # Woken, but the stream's clock is settling: the start waits for it, and says why.
    assert not output.asleep
    assert state_of(window) is State.IDLE
    assert "Getting the sound output ready" in window.status.message
    output.ready = True
    timers.advance(POLL_S)
    assert state_of(window) is State.SETUP
    window.close()


def started(qtbot: QtBot, make_window: MakeWindow, plan: Plan, sound: Sound,
            timers: FakeTimers) -> MainWindow:  # fmt: skip
    """A window on `plan` whose workout Space has started once `sound` was ready."""
    window = make_window(plan, sound=sound)
    timers.advance(MAKING_S)
    assert sound.is_ready
    qtbot.keyClick(window, Qt.Key.Key_Space)
    return window


def test_a_short_pause_keeps_the_output_awake(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, timers: FakeTimers,
) -> None:  # fmt: skip
    window = started(qtbot, make_window, short_plan, sound, timers)
    assert state_of(window) is State.SETUP
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    assert not window.conductor.ticking
    # Paused: the output sleeps only after the longer held delay, far longer than the
    # between-workouts one.
    assert HELD_SLEEP_AFTER_S > SLEEP_AFTER_S
    timers.advance(HELD_SLEEP_AFTER_S - 1)
    assert output.sleeps == 0
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume: at once
    assert window.session.running
    timers.advance(2)  # past when the held delay would have run out
    assert output.sleeps == 0
    window.close()


def test_a_long_pause_lets_the_output_sleep_and_resume_waits_for_it(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, timers: FakeTimers,
) -> None:  # fmt: skip
    window = started(qtbot, make_window, short_plan, sound, timers)
    timers.advance(1.0)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    assert state_of(window) is State.PAUSED
    timers.advance(HELD_SLEEP_AFTER_S)
    assert output.asleep
    paused_at = window.session.position_ms()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume: the output wakes first
    assert not output.asleep
    assert state_of(window) is State.PAUSED
    assert "Waking the sound" in window.status.message
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pressed again while it wakes: still waiting
    assert state_of(window) is State.PAUSED
    output.ready = True  # the stream's clock has settled
    timers.advance(POLL_S)
    assert window.session.running
    assert window.session.position_ms() == paused_at
    # The cues after the break are placed again, on the resumed schedule.
    played = len(output.played)
    timers.advance(2.0)
    assert len(output.played) > played
    window.close()


def test_waiting_for_ready_after_a_rest_sleeps_too_and_space_wakes_it_first(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, timers: FakeTimers,
) -> None:  # fmt: skip
    plan = Plan.build(short_plan, advance_when_ready=True)
    window = started(qtbot, make_window, plan, sound, timers)
    for _ in range(200):
        if window.session.waiting_for_ready:
            break
        timers.advance(0.5)
    assert window.session.waiting_for_ready
    timers.advance(HELD_SLEEP_AFTER_S)
    assert output.asleep
    qtbot.keyClick(window, Qt.Key.Key_Space)  # ready: the output wakes first
    assert window.session.waiting_for_ready
    output.ready = True
    timers.advance(POLL_S)
    assert not window.session.waiting_for_ready
    assert window.session.running
    window.close()


def test_the_set_up_dialog_keeps_the_output_awake_until_it_closes(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, timers: FakeTimers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # The dialog's Test voice and calibration play through the output, however long the
    # lifter spends choosing a voice; cancelled, the window goes back to sleeping.
    def choosing_a_voice(*args: object, **kwargs: object) -> None:
        assert not output.asleep
        output.ready = True
        timers.advance(3 * SLEEP_AFTER_S)  # three sleep delays
        assert not output.asleep
        return None

    monkeypatch.setattr(setup_dialog, "run_setup", choosing_a_voice)
    window = make_window(short_plan, sound=sound, settings=Settings(tmp_path / "settings.ini"))
    timers.advance(MAKING_S + SLEEP_AFTER_S)
    assert output.asleep
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert not output.asleep
    timers.advance(SLEEP_AFTER_S + 1)
    assert output.asleep
    assert output.sleeps == 2
    window.close()


def test_space_while_a_fresh_output_settles_waits_for_it(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sound: Sound,
    output: FakeOutput, timers: FakeTimers,
) -> None:  # fmt: skip
    output.ready = False  # just opened: its clock is not steady yet
    window = make_window(short_plan, sound=sound)
    timers.advance(MAKING_S)
    assert sound.timeline_for(short_plan) is not None
    assert not sound.is_ready
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert state_of(window) is State.IDLE  # the first cues would have been refused
    assert "Getting the sound output ready" in window.status.message
    output.ready = True
    timers.advance(POLL_S)
    assert state_of(window) is State.SETUP
    window.close()
