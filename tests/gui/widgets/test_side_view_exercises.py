"""The side view draws each exercise's kit and movement, and the hip thrust as it always was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from thrusttimer.core.content import available_exercises, load_exercise
from thrusttimer.core.model import Phase
from thrusttimer.gui import theme
from thrusttimer.gui.widgets import side_view
from thrusttimer.gui.widgets.side_view import SideView

MOMENTS = [(None, 0.0), (Phase.BRACE, 0.5), (Phase.THRUST, 0.5), (Phase.SQUEEZE, 0.5)]


def image(view: SideView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def count(picture: QImage, colour: QColor) -> int:
    """How many pixels are exactly `colour` (antialiased edges are not)."""
    rgb = colour.rgb()
    return sum(
        picture.pixel(x, y) == rgb for y in range(0, picture.height(), 2) for x in range(0, 600, 2)
    )


def view_of(qtbot: QtBot, exercise_id: str | None) -> SideView:
    view = SideView()
    qtbot.addWidget(view)
    view.resize(600, 320)
    if exercise_id is not None:
        view.show_exercise(load_exercise(exercise_id))
    return view


def test_the_hip_thrust_is_drawn_exactly_as_before_it_was_chosen(qtbot: QtBot) -> None:
    plain, chosen = view_of(qtbot, None), view_of(qtbot, "hip-thrust")
    for phase, progress in MOMENTS:
        plain.show_pose(phase, progress, "Caption")
        chosen.show_pose(phase, progress, "Caption")
        assert image(plain) == image(chosen)
    assert chosen.accessibleName() == "Side view of the barbell hip thrust"


@pytest.mark.parametrize("exercise_id", available_exercises())
def test_each_exercise_shows_the_kit_it_uses(
    qtbot: QtBot, tmp_path: Path, exercise_id: str
) -> None:
    exercise = load_exercise(exercise_id)
    view = view_of(qtbot, exercise_id)
    plate = theme.over(side_view.PLATE, 150, theme.SURFACE)
    for name, phase in (("bottom", Phase.BRACE), ("top", Phase.SQUEEZE)):
        view.show_pose(phase, 0.5, f"{exercise.name}: {name}")
        picture = image(view)
        assert picture.save(str(tmp_path / f"{exercise_id}-{name}.png"))
        assert (count(picture, side_view.BENCH) > 100) is exercise.bench
        assert (count(picture, plate) > 100) is exercise.bar
        assert (count(picture, side_view.FAR_LEG) > 20) is (view.pose.other is not None)


def test_the_view_follows_a_change_of_exercise(qtbot: QtBot) -> None:
    view = view_of(qtbot, None)
    view.show_pose(Phase.THRUST, 0.5)
    before = view.pose
    view.show_exercise(load_exercise("glute-bridge"))
    assert view.pose != before
    assert view.pose.hip[1] < before.hip[1]  # on the floor, not the bench
    view.show_exercise(load_exercise("hip-thrust"))
    assert view.pose == before


def on_screen(qtbot: QtBot, view: SideView) -> QImage:
    QApplication.processEvents()  # the pending partial repaints reach the window
    screen = view.screen()
    assert screen is not None
    return screen.grabWindow(view.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize(
    "exercise_id", ["single-leg-hip-thrust", "b-stance-hip-thrust", "frog-pump"]
)
def test_moving_the_other_leg_repaints_all_of_it(qtbot: QtBot, exercise_id: str) -> None:
    view = view_of(qtbot, exercise_id)
    view.show()
    qtbot.waitExposed(view)
    for step in [*range(11), *range(10, -1, -1), 10, 0, 10]:  # and in jumps
        view.show_pose(Phase.THRUST, step / 10)
        QApplication.processEvents()
        if step in (0, 10):
            assert on_screen(qtbot, view) == image(view)
