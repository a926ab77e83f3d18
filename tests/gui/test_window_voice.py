"""The window's voice: clips are made before the set starts, and the session plays them."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from thrusttimer.audio.clips import AudioFormat, Samples
from thrusttimer.audio.player import Scheduled
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.audio.tts_worker import RenderProgress
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.cues import estimate_speech_s
from thrusttimer.core.model import Cue, CueKind, Tone
from thrusttimer.core.plan import Plan
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import Timeline, compile_plan
from thrusttimer.gui import voice as voice_module
from thrusttimer.gui.voice import FEEDBACK_S, WindowVoice
from thrusttimer.store.log import TrainingLog
from thrusttimer.store.settings import VoicePrefs


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

    def __init__(self, settings: VoiceSettings, steps: int = 3) -> None:
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

    def compile(self, plan: Plan, form_point_start: int = 0) -> Timeline:
        return compile_plan(plan, measure=self.duration_s, form_point_start=form_point_start)

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
def voice(qtbot: QtBot, output: FakeOutput) -> WindowVoice:
    banks: list[FakeBank] = []

    def factory(settings: VoiceSettings) -> Any:
        banks.append(FakeBank(settings))
        return banks[-1]

    made = WindowVoice(VoicePrefs(rate_wpm=150, latency_ms=20), output=output,  # type: ignore[arg-type]
                       bank_factory=factory)  # fmt: skip
    made.banks = banks  # type: ignore[attr-defined]
    return made


def test_space_before_the_clips_are_ready_starts_the_workout_once_they_are(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, voice: WindowVoice,
    output: FakeOutput, clock: FakeClock,
) -> None:  # fmt: skip
    window = make_window(short_plan, voice=voice)
    assert output.started
    assert not voice.is_ready
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.session.state is State.IDLE
    assert "starts as soon as it is ready" in window.status.message
    qtbot.waitUntil(lambda: window.session.state is State.SETUP, timeout=3000)
    # The session runs on the timeline fitted to the clips' real lengths.
    fitted = voice.timeline_for(short_plan)
    assert fitted is not None
    assert window.session.timeline is fitted
    assert fitted != compile_plan(short_plan)
    assert "bundled voice pack" in window.status.message
    # The voice's settings come from the saved preferences and the plan's cue mode.
    bank = voice.banks[-1]  # type: ignore[attr-defined]
    assert (bank.settings.rate, bank.settings.latency_offset_ms) == (150, 20)
    # Cues within the horizon are placed at their planned moments.
    qtbot.waitUntil(lambda: bool(output.played), timeout=2000)
    first_id, first_at = output.played[0]
    cue = next(c for c in fitted.cues if c.id == first_id)
    assert first_at == pytest.approx(window.session.mono_at(cue.at_ms))
    window.close()
    assert output.closed


def test_space_before_the_voice_is_attached_waits_for_it(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, voice: WindowVoice,
    output: FakeOutput,
) -> None:  # fmt: skip
    # The app attaches the voice just after the first frame; a key pressed before that
    # (a clicker pressed as the window appears) must not start a workout without cues.
    window = make_window(short_plan)
    window.voice_expected = True
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.session.state is State.IDLE
    assert "starts as soon as it is ready" in window.status.message
    window.attach_voice(voice)
    qtbot.waitUntil(lambda: window.session.state is State.SETUP, timeout=3000)
    assert window.session.timeline is voice.timeline_for(short_plan)
    qtbot.waitUntil(lambda: bool(output.played), timeout=2000)
    window.close()


def test_space_with_no_voice_coming_starts_at_once(window: Any) -> None:
    window.toggle()
    assert window.session.state is State.SETUP


def test_cues_keep_coming_when_the_clips_were_ready_before_space(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, voice: WindowVoice,
    output: FakeOutput, clock: FakeClock,
) -> None:  # fmt: skip
    window = make_window(short_plan, voice=voice)
    qtbot.waitUntil(lambda: voice.is_ready, timeout=3000)
    # Ready and idle: nothing polls.
    qtbot.waitUntil(lambda: not voice._timer.isActive(), timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.session.state is State.SETUP
    clock.advance(4)  # rep 1's thrust (at 5 s) is now within the player's horizon
    qtbot.waitUntil(lambda: any(i == "phase.thrust" for i, _ in output.played), timeout=2000)
    window.session.pause()
    qtbot.waitUntil(lambda: not voice._timer.isActive(), timeout=2000)
    played = len(output.played)
    window.session.resume()
    clock.advance(5)
    qtbot.waitUntil(lambda: len(output.played) > played, timeout=2000)


def test_a_new_plan_makes_its_clips_again(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, voice: WindowVoice
) -> None:
    window = make_window(short_plan, voice=voice)
    qtbot.waitUntil(lambda: voice.is_ready, timeout=3000)
    other = Plan.build(short_plan, reps=3, cue_mode="counts")
    window.set_plan(other)
    assert voice.timeline_for(short_plan) is None
    qtbot.waitUntil(lambda: voice.timeline_for(other) is not None, timeout=3000)
    assert window.session.timeline is voice.timeline_for(other)
    assert voice.banks[-1].settings.cue_mode.value == "counts"  # type: ignore[attr-defined]


def test_each_set_is_recorded_as_it_ends(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, clock: FakeClock,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("THRUSTTIMER_DATA_DIR", str(tmp_path))
    window = make_window(short_plan, record=True)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N)  # the load prompt: not logging it
    rest = next(s for s in window.session.timeline.segments if s.phase.value == "rest")
    clock.advance(rest.start_s + 1)
    window.frame()
    assert window.recorder is not None
    assert window.log_entry.isVisible()
    window.close()
    with TrainingLog.open(tmp_path / "training-log.sqlite3") as log:
        sessions = log.sessions()
    assert len(sessions) == 1
    logged = sessions[0].sets
    assert [(s.set_number, s.reps, s.planned_reps, s.tempo) for s in logged] == [
        (1, 2, 2, "2-1-2-1")
    ]


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
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, voice: WindowVoice,
    output: FakeOutput,
) -> None:  # fmt: skip
    window = make_window(short_plan, voice=voice)
    qtbot.waitUntil(lambda: voice.is_ready, timeout=3000)
    # Idle: skipping a rest is refused, and the lifter hears so.
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert [name for name, _, _ in output.ui_sounds] == ["refused"]
    qtbot.keyClick(window, Qt.Key.Key_Space)  # start
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    names = [name for name, _, _ in output.ui_sounds]
    assert names == ["refused", "accepted", "accepted"]
    before = time.monotonic()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume
    name, at, frames = output.ui_sounds[-1]
    assert name == "accepted"
    # Placed just ahead, from the resources' WAV converted to the output's format.
    assert before < at < time.monotonic() + FEEDBACK_S
    assert 0.04 * output.fmt.rate < frames < 0.05 * output.fmt.rate
    window.close()


def test_without_a_ready_output_commands_are_silent(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, voice: WindowVoice,
    output: FakeOutput,
) -> None:  # fmt: skip
    output.ready = False
    window = make_window(short_plan, voice=voice)
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert output.ui_sounds == []
    assert "rest" in window.status.message.lower()
    window.close()


@pytest.fixture
def sleepy_voice(qtbot: QtBot, output: FakeOutput, monkeypatch: pytest.MonkeyPatch) -> WindowVoice:
    monkeypatch.setattr(voice_module, "SLEEP_AFTER_S", 0.2)
    made = WindowVoice(VoicePrefs(), output=output,  # type: ignore[arg-type]
                       bank_factory=lambda settings: FakeBank(settings))  # fmt: skip
    return made


def test_between_workouts_the_output_sleeps_and_start_wakes_it_first(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sleepy_voice: WindowVoice,
    output: FakeOutput,
) -> None:  # fmt: skip
    window = make_window(short_plan, voice=sleepy_voice)
    qtbot.waitUntil(lambda: output.asleep, timeout=3000)
    assert not sleepy_voice._timer.isActive()  # asleep, nothing polls
    qtbot.keyClick(window, Qt.Key.Key_Space)
    # Woken, but the stream's clock is settling: the start waits for it, and says why.
    assert not output.asleep
    assert window.session.state is State.IDLE
    assert "Getting the sound output ready" in window.status.message
    output.ready = True
    qtbot.waitUntil(lambda: window.session.state is State.SETUP, timeout=3000)
    window.close()


def started(qtbot: QtBot, make_window: MakeWindow, plan: Plan, voice: WindowVoice) -> Any:
    """A window on `plan` whose workout Space has started once `voice` was ready."""
    window = make_window(plan, voice=voice)
    qtbot.waitUntil(lambda: voice.is_ready, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    return window


@pytest.fixture
def held_sleepy_voice(sleepy_voice: WindowVoice, monkeypatch: pytest.MonkeyPatch) -> WindowVoice:
    """`sleepy_voice` whose output also sleeps 0.3 s into a pause or a wait for Space."""
    monkeypatch.setattr(voice_module, "HELD_SLEEP_AFTER_S", 0.3)
    return sleepy_voice


def test_a_short_pause_keeps_the_output_awake(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sleepy_voice: WindowVoice,
    output: FakeOutput,
) -> None:  # fmt: skip
    window = started(qtbot, make_window, short_plan, sleepy_voice)
    assert window.session.state is State.SETUP
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    qtbot.waitUntil(lambda: not sleepy_voice._timer.isActive(), timeout=2000)
    # Paused and idle-polling stopped; the sleep waits for the longer held delay, far
    # longer than the between-workouts one (0.2 s here).
    assert sleepy_voice._sleep_timer.isActive()
    assert sleepy_voice._sleep_timer.interval() == round(voice_module.HELD_SLEEP_AFTER_S * 1000)
    qtbot.wait(500)
    assert output.sleeps == 0
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume: at once
    assert window.session.running
    assert not sleepy_voice._sleep_timer.isActive()
    window.close()


def test_a_long_pause_lets_the_output_sleep_and_resume_waits_for_it(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, held_sleepy_voice: WindowVoice,
    output: FakeOutput, clock: FakeClock,
) -> None:  # fmt: skip
    window = started(qtbot, make_window, short_plan, held_sleepy_voice)
    clock.advance(1.0)
    window.frame()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    assert window.session.state is State.PAUSED
    qtbot.waitUntil(lambda: output.asleep, timeout=3000)
    paused_at = window.session.position_ms()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume: the output wakes first
    assert not output.asleep
    assert window.session.state is State.PAUSED
    assert "Waking the sound" in window.status.message
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pressed again while it wakes: still waiting
    assert window.session.state is State.PAUSED
    output.ready = True  # the stream's clock has settled
    qtbot.waitUntil(lambda: window.session.running, timeout=3000)
    assert window.session.position_ms() == paused_at
    # The cues after the break are placed again, on the resumed schedule.
    played = len(output.played)
    clock.advance(2.0)
    qtbot.waitUntil(lambda: len(output.played) > played, timeout=3000)
    window.close()


def test_waiting_for_ready_after_a_rest_sleeps_too_and_space_wakes_it_first(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, held_sleepy_voice: WindowVoice,
    output: FakeOutput, clock: FakeClock,
) -> None:  # fmt: skip
    plan = Plan.build(short_plan, advance_when_ready=True)
    window = started(qtbot, make_window, plan, held_sleepy_voice)
    while not window.session.waiting_for_ready:
        clock.advance(0.5)
        window.frame()
    qtbot.waitUntil(lambda: output.asleep, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # ready: the output wakes first
    assert window.session.waiting_for_ready
    output.ready = True
    qtbot.waitUntil(lambda: not window.session.waiting_for_ready, timeout=3000)
    assert window.session.running
    window.close()


def test_the_set_up_dialog_keeps_the_output_awake_until_it_closes(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, sleepy_voice: WindowVoice,
    output: FakeOutput,
) -> None:  # fmt: skip
    # The dialog's Test voice and calibration play through the output, however long the
    # lifter spends choosing a voice.
    window = make_window(short_plan, voice=sleepy_voice)
    qtbot.waitUntil(lambda: output.asleep, timeout=3000)
    with sleepy_voice.kept_awake():
        assert not output.asleep
        output.ready = True
        qtbot.wait(600)  # three sleep delays
        assert not output.asleep
        assert not sleepy_voice._sleep_timer.isActive()
    qtbot.waitUntil(lambda: output.asleep, timeout=3000)
    assert output.sleeps == 2
    window.close()


def test_space_while_a_fresh_output_settles_waits_for_it(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, voice: WindowVoice,
    output: FakeOutput,
) -> None:  # fmt: skip
    output.ready = False  # just opened: its clock is not steady yet
    window = make_window(short_plan, voice=voice)
    qtbot.waitUntil(lambda: voice.timeline_for(short_plan) is not None, timeout=3000)
    assert not voice.is_ready
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.session.state is State.IDLE  # the first cues would have been refused
    assert "Getting the sound output ready" in window.status.message
    output.ready = True
    qtbot.waitUntil(lambda: window.session.state is State.SETUP, timeout=3000)
    window.close()
