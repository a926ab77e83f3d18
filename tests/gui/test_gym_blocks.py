"""The gym screen follows the block being run in a workout of several exercises: the
exercise's name and its number, the side of a one-sided set, the switch, the rest before a
new exercise, and each exercise's own words and picture (on the fake clock)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTransform
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.several import Where, glute_day, is_switch, one_sided, rest_before, run_to
from thrusttimer.core.content import load_exercise
from thrusttimer.core.gym_words import BlockLine
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.pose import rig_for
from thrusttimer.gui.widgets.side_view import SideView
from thrusttimer.gui.window.demo import demo_plan
from thrusttimer.gui.window.main_window import MainWindow
from thrusttimer.gui.window.screen import MOVEMENT_PAGE, REST_PAGE

Key = Qt.Key


@pytest.fixture
def win(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    window = make_window(glute_day())
    qtbot.keyClick(window, Key.Key_Space)
    return window


def test_a_one_sided_set_shows_the_exercise_the_side_and_the_working_leg(
    win: MainWindow, timers: FakeTimers
) -> None:
    b_stance = load_exercise("b-stance-hip-thrust")
    run_to(win, timers, one_sided("left"), 0.3)
    assert win.screen_view.block_line.isVisible()
    assert win.screen_view.block_line.line == BlockLine(
        "B-stance hip thrust", "Left side", "Exercise 2 of 3"
    )
    assert (win.counts.set_text, win.counts.rep_text) == ("Set 1/2", "Rep 1/2")
    view = win.phase_display.view
    assert (view.word, view.note) == (
        b_stance.phases[Phase.THRUST].label,
        b_stance.phases[Phase.THRUST].instruction,
    )
    assert win.breathing.words == b_stance.phases[Phase.THRUST].breath_words
    assert win.side_view.rig == rig_for(b_stance)
    assert win.side_view.mirrored  # seen from the left: the left leg in front
    run_to(win, timers, one_sided("right"), 0.3)
    assert win.screen_view.block_line.line.side == "Right side"
    assert not win.side_view.mirrored
    assert win.counts.rep_text == "Rep 1/2"  # each side counts its own reps


def test_the_switch_shows_as_its_own_phase_with_its_countdown(
    win: MainWindow, timers: FakeTimers
) -> None:
    run_to(win, timers, is_switch, 2.5)
    view = win.phase_display.view
    assert view.word == "Switch"
    assert view.colour == theme.PHASES[Phase.SWITCH].colour
    assert view.countdown == "8"
    assert view.big_countdown
    assert view.note.startswith("Switch sides")
    assert win.stack.currentIndex() == MOVEMENT_PAGE  # the body turns to the coming side
    assert not win.side_view.mirrored
    assert win.screen_view.block_line.line.side == "Right side next"
    assert win.counts.rep_text == "Rep 2/2"


def test_the_rest_before_a_new_exercise_shows_it_and_its_set_up(
    win: MainWindow, timers: FakeTimers
) -> None:
    plan = win.plan
    rest = run_to(win, timers, rest_before(plan, 1), 1.0)
    assert win.stack.currentIndex() == REST_PAGE
    assert win.screen_view.block_line.line == BlockLine(
        "Next exercise: B-stance hip thrust", "", "Exercise 2 of 3"
    )
    assert win.rest_screen.next_label.text().startswith(
        "Next: B-stance hip thrust — set 1 of 2, left side"
    )
    b_stance = load_exercise("b-stance-hip-thrust")
    assert win.phase_display.view.note == "Set up: " + b_stance.phases[Phase.SETUP].instruction
    checklist = {f"setup.{item.id}": item.text for item in b_stance.setup_checklist}
    readings = [
        c
        for c in win.session.timeline.cues
        if c.id in checklist and rest.start_ms <= c.at_ms < rest.end_ms
    ]
    assert readings
    for cue in readings:
        run_to(win, timers, rest_before(plan, 1), cue.at_s - rest.start_s + 0.1)
        assert win.rest_screen.form_point == checklist[cue.id]


def test_each_exercise_draws_its_own_words_and_body(win: MainWindow, timers: FakeTimers) -> None:
    frog = load_exercise("frog-pump")
    run_to(win, timers, lambda s: s.block == 2 and s.phase is Phase.THRUST, 0.2)
    assert win.phase_display.view.word == "Pump"
    assert win.breathing.words == frog.phases[Phase.THRUST].breath_words
    assert win.side_view.rig == rig_for(frog)
    assert not win.side_view.mirrored
    assert win.screen_view.block_line.line == BlockLine("Frog pump", "", "Exercise 3 of 3")
    assert win.counts.rep_text == "Rep 1/3"


def test_the_idle_screen_lists_the_exercises_and_the_end_sums_them_up(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers
) -> None:
    window = make_window(glute_day())
    listed = "Barbell hip thrust 2 × 2 · B-stance hip thrust 2 × 2 each side · Frog pump 2 × 3"
    assert window.next_cue.text() == listed
    assert window.phase_display.view.note == "Press Space to start · Glute day A: 3 exercises"
    assert window.screen_view.block_line.line == BlockLine(
        "Barbell hip thrust", "", "Exercise 1 of 3"
    )
    qtbot.keyClick(window, Key.Key_Space)
    last = window.session.timeline.segments[-1]
    run_to(window, timers, lambda s: s is last, last.duration_s - 0.01)
    timers.advance(1)
    window.frame()
    assert window.phase_display.view.word == "Done"
    assert window.phase_display.view.note.startswith("3 exercises · ")
    assert window.next_cue.text() == f"Done: {listed}"
    assert window.screen_view.block_line.line == BlockLine(
        "Glute day A", "", "All 3 exercises done"
    )


def test_a_one_exercise_workout_has_no_block_line(window: MainWindow) -> None:
    assert not window.screen_view.block_line.isVisible()
    assert window.next_cue.text() == ""


def test_the_demo_shows_the_first_exercise_only() -> None:
    demo = demo_plan(glute_day())
    assert [b.exercise for b in demo.blocks] == ["hip-thrust"]


# The 12 % rule, at every size, in the moments of a workout of several exercises.

SIZES = [(640, 480), (800, 600), (1024, 768), (1366, 768), (1920, 1080), (2560, 1080), (900, 1000)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_phase_word_keeps_12_percent_in_a_workout_of_several_exercises(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, size: tuple[int, int]
) -> None:
    win = make_window(glute_day(), size)
    qtbot.waitUntil(lambda: win.size().toTuple() == size)
    qtbot.keyClick(win, Key.Key_Space)
    plan = win.plan
    seen = set()
    moments: list[tuple[Where, float]] = [
        (rest_before(plan, 1), 1.0),
        (one_sided("left", Phase.BRACE), 0.5),
        (one_sided("left", Phase.SQUEEZE), 0.5),
        (is_switch, 2.0),
        (one_sided("right", Phase.DESCENT), 0.5),
        (rest_before(plan, 2), 1.0),
        (lambda s: s.block == 2 and s.phase is Phase.THRUST, 0.2),
    ]
    for where, into in moments:
        run_to(win, timers, where, into)
        display = win.phase_display
        seen.add(display.view.word)
        ink = display.word_rect()
        assert ink.height() >= 0.12 * win.height(), (display.view.word, ink, win.size())
        assert display.rect().contains(ink)
    assert seen == {"Rest", "Brace", "Squeeze", "Switch", "Lower", "Pump"}


def test_the_left_side_is_the_right_side_s_mirror(qtbot: QtBot) -> None:
    view = SideView()
    qtbot.addWidget(view)
    view.resize(600, 320)
    view.show_exercise(load_exercise("b-stance-hip-thrust"))
    view.show_pose(Phase.SQUEEZE, 0.5)
    right = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    view.show_side("left")
    assert view.mirrored
    left = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    flipped = right.transformed(QTransform().scale(-1, 1))
    differ = sum(
        flipped.pixel(x, y) != left.pixel(x, y)
        for y in range(0, left.height(), 2)
        for x in range(0, left.width(), 2)
    )
    assert differ < 0.02 * (left.width() * left.height() / 4), differ
    assert flipped != right  # the picture is not symmetric: mirroring shows


def test_switching_to_a_one_exercise_workout_drops_the_block_line(
    make_window: MakeWindow, short_plan: Plan
) -> None:
    window = make_window(glute_day())
    assert window.screen_view.block_line.isVisible()
    window.set_plan(short_plan)
    assert not window.screen_view.block_line.isVisible()
    assert window.next_cue.text() == ""
    window.set_plan(glute_day())
    assert window.screen_view.block_line.isVisible()
