"""Widgets that repaint only the part that moved must leave the screen exactly as a full
repaint would: compared pixel for pixel, the window system's copy (what is on screen after
the partial repaints) against a fresh rendering of the whole widget."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.content import Phase, load_exercise
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.gui.widgets.breathing import BreathingIndicator
from thrusttimer.gui.widgets.phase_display import PhaseDisplay
from thrusttimer.gui.widgets.side_view import SideView


def on_screen(qtbot: QtBot, widget: QWidget) -> QImage:
    qtbot.wait(20)  # let the pending partial repaints reach the window
    screen = widget.screen()
    assert screen is not None
    return screen.grabWindow(widget.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)


def rendered(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def test_the_side_view_moving_the_body_only_matches_a_full_repaint(qtbot: QtBot) -> None:
    view = SideView()
    shown(qtbot, view, 600, 300)
    before = rendered(view)
    for step in range(11):
        view.show_pose(Phase.THRUST, step / 10)
        qtbot.wait(5)
    after = on_screen(qtbot, view)
    assert differing(after, before) > 1000  # the hips did rise
    assert differing(after, rendered(view)) == 0
    for step in range(11):
        view.show_pose(Phase.THRUST, 1 - step / 10)  # and down again, over the old pixels
        qtbot.wait(5)
    assert differing(on_screen(qtbot, view), rendered(view)) == 0


def test_the_breathing_circle_growing_only_matches_a_full_repaint(qtbot: QtBot) -> None:
    clock = FakeClock()
    plan = Plan.build(name="Breath", sets=1, reps=2, tempo="2-1-2-1", rest_s=30, lead_in_s=0)
    session = Session(plan, clock)
    indicator = BreathingIndicator(load_exercise())
    shown(qtbot, indicator, 300, 320)
    indicator.bind(session)
    session.start()
    brace = next(s for s in session.timeline.segments if s.phase is Phase.BRACE)
    # Through the first brace (an inhale) and into the thrust (an exhale), frame by frame.
    target = brace.end_s + 1.0
    levels = set()
    while session.position_s() < target:
        clock.advance(0.1)
        session.tick()
        indicator.on_frame()
        levels.add(round(indicator.level, 2))
        qtbot.wait(2)
    assert len(levels) > 5  # it moved
    assert differing(on_screen(qtbot, indicator), rendered(indicator)) == 0


def test_the_ring_moving_only_matches_a_full_repaint(qtbot: QtBot) -> None:
    clock = FakeClock()
    plan = Plan.build(name="Ring", sets=1, reps=2, tempo="3-1-2-1", rest_s=30, lead_in_s=0)
    session = Session(plan, clock)
    display = PhaseDisplay(load_exercise())
    shown(qtbot, display, 900, 260)
    display.bind(session)
    session.start()
    # Through a countdown number's change and a phase change, frame by frame.
    for _ in range(40):
        clock.advance(0.1)
        session.tick()
        display.on_frame()
        qtbot.wait(2)
    assert differing(on_screen(qtbot, display), rendered(display)) == 0
