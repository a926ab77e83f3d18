"""Widgets that repaint only the part that moved must leave the screen exactly as a full
repaint would: compared pixel for pixel, the window system's copy (what is on screen after
the partial repaints) against a fresh rendering of the whole widget."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.content import load_exercise
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.gui.widgets.breathing import BreathingIndicator
from thrusttimer.gui.widgets.phase_display import PhaseDisplay
from thrusttimer.gui.widgets.side_view import SideView


def on_screen(qtbot: QtBot, widget: QWidget) -> QImage:
    QApplication.processEvents()  # the pending partial repaints reach the window
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
        QApplication.processEvents()
    after = on_screen(qtbot, view)
    assert differing(after, before) > 1000  # the hips did rise
    assert differing(after, rendered(view)) == 0
    for step in range(11):
        view.show_pose(Phase.THRUST, 1 - step / 10)  # and down again, over the old pixels
        QApplication.processEvents()
    assert differing(on_screen(qtbot, view), rendered(view)) == 0


def play(
    qtbot: QtBot, widget: BreathingIndicator | PhaseDisplay, tempo: str, seconds: float
) -> list[float]:
    """Bind `widget` to a fresh session on a fake clock and draw its frames for `seconds`,
    as the window's frame timer would (every 0.1 s). Returns the breath level per frame."""
    clock = FakeClock()
    plan = Plan.build(name="Frames", sets=1, reps=2, tempo=tempo, rest_s=30, lead_in_s=0)
    session = Session(plan, clock)
    widget.bind(session)
    session.start()
    levels = []
    while session.position_s() < seconds:
        clock.advance(0.1)
        session.tick()
        widget.on_frame()
        levels.append(getattr(widget, "level", 0.0))
        QApplication.processEvents()
    return levels


def test_the_breathing_circle_growing_only_matches_a_full_repaint(qtbot: QtBot) -> None:
    indicator = BreathingIndicator(load_exercise())
    shown(qtbot, indicator, 300, 320)
    # Through the first brace (an inhale) and into the thrust (an exhale): tempo 2-1-2-1
    # braces from 0 to 1 s.
    levels = play(qtbot, indicator, "2-1-2-1", 2.0)
    assert len({round(level, 2) for level in levels}) > 5  # it moved
    assert differing(on_screen(qtbot, indicator), rendered(indicator)) == 0


def test_the_ring_moving_only_matches_a_full_repaint(qtbot: QtBot) -> None:
    display = PhaseDisplay(load_exercise())
    shown(qtbot, display, 900, 260)
    # Through a countdown number's change and a phase change.
    play(qtbot, display, "3-1-2-1", 4.0)
    assert differing(on_screen(qtbot, display), rendered(display)) == 0


def test_a_frame_that_moves_the_arc_repaints_only_the_stretch_it_moved(qtbot: QtBot) -> None:
    display = PhaseDisplay(load_exercise())
    shown(qtbot, display, 900, 260)
    ring = display.ring_area()
    step = display.arc_change(0.50, 0.54)
    assert ring.contains(step)
    assert step.width() * step.height() < ring.width() * ring.height() / 4
    # Half-way, the arc's end sits at 6 o'clock: the stretch is at the ring's bottom.
    assert step.top() > ring.center().y()
    # A whole turn of change is the whole ring.
    assert display.arc_change(0.0, 1.0) == ring
