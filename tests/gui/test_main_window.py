"""The gym screen driven from the keyboard on a fake clock and its timers: what it shows
and when."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow, RecordingBackend, go_to
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.core.session_states import State
from thrusttimer.core.timers import FakeTimers
from thrusttimer.eventlog import EventLog
from thrusttimer.gui.inhibit import SCREEN_MAY_SLEEP, KeepAwake, KeepAwakeError
from thrusttimer.gui.setup import dialog as setup_dialog
from thrusttimer.gui.widgets.breathing import RELAXED
from thrusttimer.gui.window.frames import frame_ms
from thrusttimer.gui.window.main_window import MainWindow
from thrusttimer.gui.window.screen import REST_PAGE
from thrusttimer.store.settings import Settings, VoicePrefs

Key = Qt.Key


def shown(window: MainWindow) -> tuple[str, str, str, str]:
    view = window.phase_display.view
    return (
        view.word,
        view.countdown,
        window.counts.set_text,
        window.counts.rep_text,
    )


def test_a_whole_short_session_driven_by_the_keyboard(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers
) -> None:
    # The plan's name alone: Qt adds the application's name ("… — ThrustTimer") itself.
    assert window.windowTitle() == window.plan.name
    assert shown(window)[0] == "Ready"
    assert not window.timer_running, "idle: no timer may run"

    qtbot.keyClick(window, Key.Key_Space)
    assert window.session.state is State.SETUP
    assert window.timer_running
    assert shown(window) == ("Set up", "3", "Set 1/2", "Rep 0/2")

    go_to(window, timers, 4.0)  # brace of rep 1
    assert shown(window) == ("Brace", "1", "Set 1/2", "Rep 1/2")
    assert window.phase_display.view.shape == "square"

    go_to(window, timers, 6.0)  # the middle of the first thrust
    word, countdown, set_text, rep_text = shown(window)
    assert (word, countdown, set_text, rep_text) == ("Thrust", "1", "Set 1/2", "Rep 1/2")
    assert window.phase_display.view.progress == pytest.approx(0.5)
    assert window.phase_display.view.shape == "up"
    assert window.breathing.words == "Breathe out"
    assert window.side_view.pose.lift == pytest.approx(0.5)
    assert window.next_cue.text().startswith("Next:")
    assert window.counts.left_text == "0:53 left"

    go_to(window, timers, 7.25)  # squeeze: a hold, drawn as a ring
    assert shown(window)[0] == "Squeeze"
    assert window.phase_display.view.shape == "circle"
    assert window.phase_display.view.progress == pytest.approx(0.25)

    go_to(window, timers, 9.5)  # lowering, three quarters through
    assert shown(window)[:2] == ("Lower", "1")
    assert window.phase_display.view.shape == "down"
    assert window.phase_display.view.progress == pytest.approx(0.75)

    go_to(window, timers, 12.0)  # rep 2 thrust
    assert shown(window)[::2] == ("Thrust", "Set 1/2")
    assert shown(window)[3] == "Rep 2/2"

    go_to(window, timers, 20.0)  # resting: 26 s of 30 left
    assert window.stack.currentIndex() == REST_PAGE
    assert shown(window) == ("Rest", "26", "Set 1/2", "Rep 2/2")  # set 1 done
    assert window.rest_screen.next_label.text().startswith("Next: set 2 of 2")
    assert window.rest_screen.form_point  # one form point from the exercise content

    qtbot.keyClick(window, Key.Key_Plus)
    assert shown(window)[:2] == ("Rest", "56")
    qtbot.keyClick(window, Key.Key_Minus)
    assert shown(window)[:2] == ("Rest", "26")
    qtbot.keyClick(window, Key.Key_PageDown)  # the clicker's "next": skip the rest
    assert shown(window)[:3] == ("Brace", "2", "Set 2/2")
    assert window.stack.currentIndex() != REST_PAGE

    # Through set 2 to the end: the tick alone runs it, and everything stops.
    timers.advance(60)
    assert window.session.state is State.DONE
    assert shown(window)[0] == "Done"
    assert not window.timer_running
    assert window.commands["toggle"].text() == "Again"


def test_pause_and_resume_stop_the_clock_and_the_timer(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers, backend: object
) -> None:
    qtbot.keyClick(window, Key.Key_Space)
    go_to(window, timers, 6.0)
    assert backend.calls == ["hold"]  # type: ignore[attr-defined]
    assert window.keep_awake.held
    assert window.status.detail_label.text() == "Screen kept awake"
    qtbot.keyClick(window, Key.Key_Space)
    assert window.session.state is State.PAUSED
    assert not window.keep_awake.held
    assert not window.timer_running, "paused: no timer may run"
    assert "Paused" in window.phase_display.view.note
    assert window.commands["toggle"].text() == "Resume"
    timers.advance(120)  # a long pause moves nothing
    window.frame()
    assert shown(window)[0] == "Thrust"
    assert window.phase_display.view.progress == pytest.approx(0.5)
    qtbot.keyClick(window, Key.Key_MediaTogglePlayPause)  # a headset button resumes
    assert window.session.state is State.THRUST
    assert window.timer_running
    timers.advance(0.5)
    window.frame()
    assert window.phase_display.view.progress == pytest.approx(0.75)
    assert backend.calls == ["hold", "release", "hold"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("key", [Key.Key_MediaPlay, Key.Key_MediaPause, Key.Key_B, Key.Key_Period])
def test_media_and_clicker_blank_keys_start_and_pause(
    qtbot: QtBot, window: MainWindow, key: Qt.Key
) -> None:
    qtbot.keyClick(window, key)
    assert window.session.state is State.SETUP
    qtbot.keyClick(window, key)
    assert window.session.state is State.PAUSED


def test_arrows_skip_and_restart_the_rep(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers
) -> None:
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(window, Key.Key_Right)  # skip the set-up
    assert shown(window)[0] == "Brace"
    go_to(window, timers, 6.5)  # 9.5 s into the plan: the skip saved 3 s of set-up
    assert shown(window)[0] == "Lower"
    qtbot.keyClick(window, Key.Key_Left)
    assert shown(window)[:2] == ("Brace", "2")
    assert window.session.current_segment.rep == 1
    qtbot.keyClick(window, Key.Key_PageUp)
    assert shown(window)[0] == "Brace"


def test_refused_commands_say_why_in_the_status_area(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Key.Key_Plus)
    assert window.status.message.startswith("Only a rest can be made longer")
    qtbot.keyClick(window, Key.Key_Right)
    assert "not running" in window.status.message
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(window, Key.Key_Return)  # "ready" outside a rest
    assert "no rest to end" in window.status.message
    qtbot.keyClick(window, Key.Key_D)
    assert "demo plays when no workout is running" in window.status.message


def test_escape_stops_only_when_pressed_twice(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers
) -> None:
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(window, Key.Key_Escape)
    assert window.session.active
    assert "Press Esc again" in window.status.message
    timers.advance(10)  # too late: the first press has expired
    qtbot.keyClick(window, Key.Key_Escape)
    assert window.session.active
    qtbot.keyClick(window, Key.Key_Escape)
    assert window.session.state is State.DONE
    assert shown(window)[0] == "Stopped"
    assert not window.timer_running


def test_waiting_for_ready_shows_the_prompt_and_space_counts_in(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, timers: FakeTimers
) -> None:
    win = make_window(Plan.build(short_plan, advance_when_ready=True))
    qtbot.keyClick(win, Key.Key_Space)
    go_to(win, timers, 45.0)  # the rest holds 4 s before its end
    assert win.session.waiting_for_ready
    assert win.phase_display.view.note == "Ready? press Space"
    assert win.rest_screen.ready_label.isVisible()
    assert not win.timer_running, "waiting for the lifter: nothing moves"
    assert win.commands["toggle"].text() == "Ready"
    qtbot.keyClick(win, Key.Key_Space)
    assert not win.session.waiting_for_ready
    assert win.timer_running


def test_breathing_grows_on_inhale_shrinks_on_exhale_and_holds(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers
) -> None:
    qtbot.keyClick(window, Key.Key_Space)
    assert window.breathing.level == pytest.approx(RELAXED)
    levels = {}
    for moment in (3.2, 4.8, 5.2, 6.8, 7.1, 7.9, 8.2, 9.8):
        go_to(window, timers, moment)
        levels[moment] = window.breathing.level
    assert levels[4.8] > levels[3.2]  # brace: breathe in
    assert levels[6.8] < levels[5.2]  # thrust: breathe out
    assert levels[7.9] == pytest.approx(levels[7.1])  # squeeze: hold
    assert window.breathing.words == "Breathe in"
    assert levels[9.8] > levels[8.2]  # lower: breathe in


def test_the_demo_loops_on_request_and_stops_on_a_second_press(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers
) -> None:
    assert not window.timer_running, "idle: the demo never starts by itself"
    qtbot.keyClick(window, Key.Key_D)
    assert window.timer_running
    assert window.side_view.caption.startswith("Watch how it's done")
    demo = window.demo
    assert demo is not None
    first_round = demo.session
    thrust = first_round.timeline.segments[1]
    timers.advance(thrust.start_s + 0.5)
    window.frame()
    assert window.side_view.pose.lift > 0  # part way up the demo's first thrust
    assert window.breathing.words == "Breathe out"  # breathing with the demo
    timers.advance(first_round.timeline.total_s)  # past the end: it goes round again
    assert window.demo is demo
    assert demo.session is not first_round
    assert demo.running
    assert window.breathing.session is demo.session
    assert window.timer_running
    qtbot.keyClick(window, Key.Key_D)
    assert window.demo is None
    assert not window.timer_running, "the demo is off: nothing moves"
    assert window.side_view.pose.lift == 0
    assert window.breathing.session is window.session


def test_starting_a_workout_ends_the_demo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Key.Key_D)
    qtbot.keyClick(window, Key.Key_Space)
    assert window.demo is None
    assert window.session.state is State.SETUP
    assert window.breathing.session is window.session


def test_every_button_has_a_tooltip_with_its_key_and_an_accessible_name(
    window: MainWindow,
) -> None:
    buttons = window.buttons + window.rest_screen.buttons
    assert len(buttons) == 12
    for button in buttons:
        assert button.accessibleName()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert "(" in button.toolTip()
        assert button.toolTip().endswith(")")
    tips = {b.defaultAction().objectName(): b.toolTip() for b in buttons}
    assert "Space" in tips["toggle"]
    assert "Play/Pause" in tips["toggle"]
    assert "PageDown" in tips["skip"]
    assert "→" in tips["skip_rest"]
    assert "Esc" in tips["stop"]
    assert "F11" in tips["fullscreen"]


def test_clicking_the_rest_buttons_works_like_the_keys(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers
) -> None:
    qtbot.keyClick(window, Key.Key_Space)
    go_to(window, timers, 20.0)
    more, skip = (
        next(b for b in window.rest_screen.buttons if b.defaultAction().objectName() == name)
        for name in ("rest_more", "skip_rest")
    )
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert shown(window)[1] == "56"
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert shown(window)[0] == "Brace"


def test_f11_toggles_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


SIZES = [(640, 480), (800, 600), (1024, 768), (1366, 768), (1920, 1080), (2560, 1080), (900, 1000)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_phase_word_is_at_least_12_percent_of_the_window_height(
    qtbot: QtBot,
    make_window: MakeWindow,
    short_plan: Plan,
    timers: FakeTimers,
    size: tuple[int, int],
) -> None:
    win = make_window(short_plan, size)
    qtbot.waitUntil(lambda: win.size().toTuple() == size)
    qtbot.keyClick(win, Key.Key_Space)
    seen = set()
    for moment in (1.0, 4.0, 6.0, 7.5, 9.0, 20.0):
        go_to(win, timers, moment)
        display = win.phase_display
        seen.add(display.view.word)
        ink = display.word_rect()
        assert ink.height() >= 0.12 * win.height(), (display.view.word, ink, win.size())
        # The whole word is on screen, clear of the ring.
        assert display.rect().contains(ink)
    assert seen == {"Set up", "Brace", "Thrust", "Squeeze", "Lower", "Rest"}


def test_pause_and_resume_go_to_the_event_log(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, timers: FakeTimers, tmp_path: Path
) -> None:
    log = EventLog(tmp_path / "events.jsonl")
    win = make_window(short_plan, event_log=log)
    qtbot.keyClick(win, Key.Key_Space)
    go_to(win, timers, 6.0)
    qtbot.keyClick(win, Key.Key_Space)
    timers.advance(5)
    qtbot.keyClick(win, Key.Key_Space)
    log.close()
    events = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    names = [e["event"] for e in events]
    assert names[0] == "session_start"
    assert names.count("paused") == 1
    assert names.count("resumed") == 1
    paused = next(e for e in events if e["event"] == "paused")
    resumed = next(e for e in events if e["event"] == "resumed")
    assert paused["at_s"] == pytest.approx(6.0)
    assert resumed["at_s"] == pytest.approx(6.0)
    assert resumed["t_mono"] - paused["t_mono"] == pytest.approx(5.0)
    assert [e["phase"] for e in events if e["event"] == "phase"] == ["setup", "brace", "thrust"]


def test_the_one_tick_drives_the_session_by_itself(
    make_window: MakeWindow, timers: FakeTimers
) -> None:
    """No frame drawn by the test: the conductor's timer must move the display by itself."""
    plan = Plan.build(sets=1, reps=1, tempo="1-0-1-1", lead_in_s=0.3, set_brace_s=0.5)
    win = make_window(plan)
    win.toggle()
    words = [win.phase_display.view.word]
    for _ in range(100):  # 5 s at most
        timers.advance(0.05)
        if win.phase_display.view.word != words[-1]:
            words.append(win.phase_display.view.word)
    assert words[:3] == ["Set up", "Brace", "Thrust"]
    assert win.session.state is State.DONE
    assert win.phase_display.view.word == "Done"
    assert not win.timer_running


def test_plus_and_minus_work_shifted_and_on_the_keypad(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers
) -> None:
    qtbot.keyClick(window, Key.Key_Space)
    go_to(window, timers, 20.0)
    qtbot.keyClick(window, Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)  # Shift+= (US)
    assert shown(window)[1] == "56"
    qtbot.keyClick(window, Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    assert shown(window)[1] == "1:26"  # a minute and up shows as m:ss
    qtbot.keyClick(window, Key.Key_Minus, Qt.KeyboardModifier.KeypadModifier)
    assert shown(window)[1] == "56"
    qtbot.keyClick(window, Key.Key_Equal)
    assert shown(window)[1] == "1:26"  # a minute and up shows as m:ss


def test_the_demo_runs_only_while_the_window_is_visible(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Key.Key_D)
    assert window.timer_running
    window.hide()
    assert not window.timer_running
    window.show()
    qtbot.waitExposed(window)
    assert window.timer_running


def test_closing_the_window_stops_the_workout_and_lets_the_laptop_sleep(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers, backend: RecordingBackend
) -> None:
    qtbot.keyClick(window, Key.Key_Space)
    go_to(window, timers, 6.0)
    assert window.timer_running
    window.close()
    assert window.session.state is State.DONE
    assert not window.timer_running
    assert backend.calls == ["hold", "release"]


def test_the_workout_started_is_remembered_and_so_is_the_window(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    win = make_window(short_plan, settings=settings)
    assert settings.load_last_plan() == (preset(DEFAULT_PRESET), None)  # not until it starts
    qtbot.keyClick(win, Key.Key_Space)
    assert settings.load_last_plan() == (short_plan, None)
    win.close()
    reopened = Settings(tmp_path / "settings.ini")
    assert reopened.window_geometry() is not None


def test_startup_notices_show_in_the_status_area(make_window: MakeWindow, short_plan: Plan) -> None:
    win = make_window(short_plan, notices=["Your settings file was damaged.", ""])
    assert win.status.message == "Your settings file was damaged."


def test_the_workout_button_switches_to_the_workout_set_up_in_the_dialog(
    qtbot: QtBot,
    make_window: MakeWindow,
    short_plan: Plan,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = Plan.build(preset("strength"), name="Heavy day", sets=2)
    asked: list[Plan] = []

    def fake_run_setup(
        settings: Settings, presets: object, plan: Plan, *args: object, **kw: object
    ):  # type: ignore[no-untyped-def]
        asked.append(plan)
        return chosen, VoicePrefs(rate_wpm=150)

    monkeypatch.setattr(setup_dialog, "run_setup", fake_run_setup)
    settings = Settings(tmp_path / "settings.ini")
    win = make_window(short_plan, settings=settings)
    tips = {b.defaultAction().objectName(): b.toolTip() for b in win.buttons}
    assert "(W)" in tips["setup"]
    qtbot.keyClick(win, Key.Key_W)
    assert asked == [short_plan]
    assert win.plan == chosen
    assert win.session.plan == chosen
    assert "Heavy day" in win.windowTitle()
    assert win.counts.set_text == "Set –/2"
    assert settings.load_last_plan() == (chosen, None)
    # The dialog saves nothing itself: the window keeps the voice chosen there.
    assert Settings(tmp_path / "settings.ini").load_voice()[0].rate_wpm == 150
    qtbot.keyClick(win, Key.Key_Space)
    qtbot.keyClick(win, Key.Key_W)  # not in the middle of a workout
    assert asked == [short_plan]
    assert win.status.message.startswith("Set up the next workout once this one is over")


def test_the_lead_in_shows_each_set_up_item_as_the_coach_reads_it(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers
) -> None:
    win = make_window(Plan.build(sets=1, reps=1, lead_in_s=20))
    checklist = win.exercise.setup_checklist
    ids = [f"setup.{item.id}" for item in checklist]
    readings = [c for c in win.session.timeline.cues if c.id in ids]
    assert [c.id for c in readings] == ids
    qtbot.keyClick(win, Key.Key_Space)
    assert win.side_view.caption == checklist[0].text  # before the first reading
    for cue, item in zip(readings, checklist, strict=True):
        go_to(win, timers, cue.at_s + 0.1)
        assert win.side_view.caption == item.text
    go_to(win, timers, 20.5)  # the set has begun
    assert win.side_view.caption == ""


def test_a_short_lead_in_without_readings_still_walks_the_checklist(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers
) -> None:
    checklist = window.exercise.setup_checklist
    qtbot.keyClick(window, Key.Key_Space)
    assert window.side_view.caption == checklist[0].text
    go_to(window, timers, 2.9)  # the end of the 3 s lead-in
    assert window.side_view.caption == checklist[-1].text


def test_the_end_shows_what_was_done(qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    qtbot.keyClick(window, Key.Key_Space)
    go_to(window, timers, 60.0)
    # The rest waits for Ready (the default) before set 2's count-in, and says so.
    assert window.session.waiting_for_ready
    assert window.rest_screen.ready_label.isVisible()
    qtbot.keyClick(window, Key.Key_Space)
    go_to(window, timers, 100.0)
    view = window.phase_display.view
    assert view.word == "Done"
    # 2 sets × 2 reps × (2 s up + 1 s squeeze + 2 s down) = 20 s under tension.
    assert view.note.startswith("2 × 2 done · 20 s under tension")


def test_escape_between_workouts_leaves_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())


class RefusingBackend:
    def acquire(self, reason: str) -> None:
        raise KeepAwakeError("no screensaver service")

    def release(self) -> None:
        raise AssertionError("nothing was held")


def test_a_failed_keep_awake_is_said_once_per_start_not_at_every_phase(
    qtbot: QtBot, make_window: MakeWindow, short_plan: Plan, timers: FakeTimers
) -> None:
    win = make_window(short_plan, keep_awake=KeepAwake(RefusingBackend()))
    qtbot.keyClick(win, Key.Key_Space)
    assert win.status.message == SCREEN_MAY_SLEEP
    win.status.clear_message()
    for moment in (4.0, 6.0, 7.5, 9.0, 20.0):
        go_to(win, timers, moment)
    assert win.status.message == ""
    assert win.session.running  # the workout goes on
    qtbot.keyClick(win, Key.Key_Space)
    qtbot.keyClick(win, Key.Key_Space)  # resumed: asked again
    assert win.status.message == SCREEN_MAY_SLEEP


def test_a_slower_movement_is_drawn_with_fewer_frames_a_second() -> None:
    # About 30 frames per phase: the ring moves ~12 degrees a frame whatever the tempo.
    assert [frame_ms(ms) for ms in (500, 1000, 2000, 3000, 6000)] == [40, 40, 67, 83, 83]


def test_the_frame_timer_follows_the_phase_it_draws(
    qtbot: QtBot, window: MainWindow, timers: FakeTimers
) -> None:
    qtbot.keyClick(window, Key.Key_Space)
    go_to(window, timers, 1.0)  # set-up: only the ring and the countdown move
    assert window.conductor.tick_ms == 200
    go_to(window, timers, 6.0)  # a 2 s thrust
    assert window.conductor.tick_ms == 67
    go_to(window, timers, 7.5)  # a 1 s squeeze
    assert window.conductor.tick_ms == 40
    assert window.timer_running
