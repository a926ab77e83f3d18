"""The coach carries its form points on from one workout to the next: where a workout
stopped is saved in the settings, and the next one's rests start from the point after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow, go_to
from thrusttimer.core.content import load_exercise
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import preset
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.window.main_window import MainWindow
from thrusttimer.store.settings import Settings

# Two timed rests of 60 s: each gives its form points in turn.
PLAN = Plan.build(
    name="Rotation",
    sets=3,
    reps=1,
    tempo="1-0-1-0",
    rest_s=60,
    lead_in_s=0,
    advance_when_ready=False,
)


def said_points(window_plan_timeline: object) -> list[str]:
    timeline = window_plan_timeline
    return [p.id for r in timeline.rest_points for p in r.points]  # type: ignore[attr-defined]


def finish(qtbot: QtBot, win: MainWindow, timers: FakeTimers) -> None:
    qtbot.keyClick(win, Qt.Key.Key_Space)
    timers.advance(win.session.timeline.total_s + 1)


def test_each_workout_starts_its_form_points_where_the_last_one_left_off(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    win = make_window(PLAN, settings=settings)
    first = win.session.timeline
    assert first.form_point_starts == ()
    finish(qtbot, win, timers)
    assert not win.session.active
    assert settings.form_point_starts() == first.next_form_points()
    qtbot.keyClick(win, Qt.Key.Key_Space)  # "Again": a new workout
    second = win.session.timeline
    assert dict(second.form_point_starts) == first.next_form_points()
    points = len(load_exercise().form_points)
    given = said_points(first) + said_points(second)
    assert said_points(second)[0] != said_points(first)[0]
    # Two workouts together go round the points in order, none skipped.
    ids = [p.id for p in load_exercise().form_points]
    assert given == [ids[i % points] for i in range(len(given))]


def test_a_stopped_workout_carries_on_from_the_rest_it_reached(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    win = make_window(PLAN, settings=settings)
    qtbot.keyClick(win, Qt.Key.Key_Space)
    first_rest = next(r for r in win.session.timeline.rest_points)
    go_to(win, timers, win.session.timeline.segments[first_rest.index].end_s - 1)
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    qtbot.keyClick(win, Qt.Key.Key_Escape)  # stop, confirmed
    assert not win.session.active
    assert settings.form_point_starts() == {"hip-thrust": len(first_rest.points)}


def test_the_saved_starts_survive_a_new_settings_object_and_junk_reads_as_none(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.ini"
    Settings(path).save_form_point_starts({"hip-thrust": 7, "frog-pump": 2})
    assert Settings(path).form_point_starts() == {"hip-thrust": 7, "frog-pump": 2}
    text = path.read_text()
    assert "form_points=" in text
    path.write_text(text.replace("7", "seven"))
    assert Settings(path).form_point_starts() == {}


def test_a_glute_session_carries_each_exercise_on_in_the_settings(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.save_form_point_starts({"glute-bridge": 4})
    win = make_window(
        Plan.build(preset("glute-day-a"), advance_when_ready=False), settings=settings
    )
    first = win.session.timeline
    finish(qtbot, win, timers)
    assert not win.session.active
    saved = settings.form_point_starts()
    assert saved == first.next_form_points()
    assert saved["frog-pump"] == 3, "frog pump gave its points 0, 1 and 2"
    assert saved["glute-bridge"] == 4, "an exercise not done keeps its place"
    qtbot.keyClick(win, Qt.Key.Key_Space)  # "Again": a new workout
    frog_rest = win.session.timeline.rest_points[-1]
    frog = load_exercise("frog-pump").form_points
    assert frog_rest.points[0] == frog[3]
