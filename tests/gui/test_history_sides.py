"""History draws a one-sided exercise's sides apart: its top load and estimated 1RM charts
have a "Left" and a "Right" series (each side's own points and records, in colours and
lines of their own), a side without sets has no series, and the charts that stay summed
say so. A two-legged exercise's charts keep their one series."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCharts import QChart, QLineSeries, QScatterSeries, QXYSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.training_log import logged_session
from thrusttimer.gui.history_sides import BOTH_SIDES
from thrusttimer.gui.history_view import HistoryView
from thrusttimer.gui.theme import LEFT_SIDE, RIGHT_SIDE
from thrusttimer.store.log_records import LoggedSession

FIRST = date(2026, 11, 2)
SINGLE_LEG = "Single Leg Hip Thrust"


def day(n: int) -> date:
    return FIRST + timedelta(days=n)


def session(
    n: int, *sets: tuple[str | None, float | None, int], exercise: str = SINGLE_LEG
) -> LoggedSession:
    """Day `n`'s session of work sets (side, load kg, reps), each 30 s under tension."""
    began = datetime(day(n).year, day(n).month, day(n).day, 18).astimezone()
    return logged_session(
        n, began, "Glutes", [(exercise, side, load, reps) for side, load, reps in sets], 30.0
    )


def charted(sessions: list[LoggedSession], exercise: str, qtbot: QtBot) -> HistoryView:
    view = HistoryView(sessions)
    qtbot.addWidget(view)
    assert view.choose_exercise(exercise)
    return view


def chart(view: HistoryView, key: str) -> QChart:
    return view.views[key].chart()


def named(view: HistoryView, key: str) -> dict[str, QXYSeries]:
    """The chart's series by name, in the order it draws them."""
    found: dict[str, QXYSeries] = {}
    for series in chart(view, key).series():
        assert isinstance(series, QXYSeries)
        found[series.name()] = series
    return found


def points(series: QXYSeries) -> list[tuple[date, float]]:
    return [(date.fromordinal(round(p.x())), round(p.y(), 2)) for p in series.points()]


def epley(load: float, reps: int) -> float:
    return round(load * (1 + reps / 30), 2)


@pytest.mark.parametrize(
    ("exercise", "logged"),
    [
        ("single-leg-hip-thrust", SINGLE_LEG),
        ("b-stance-hip-thrust", "B-Stance Hip Thrust (Barbell)"),
    ],
)
def test_a_one_sided_exercises_load_and_1rm_charts_have_a_series_per_side(
    qtbot: QtBot, exercise: str, logged: str
) -> None:
    sessions = [
        session(0, ("left", 20, 10), ("right", 25, 10), ("left", 22.5, 5), exercise=logged),
        # The right leg ties its estimate (no record); the left beats its own.
        session(2, ("right", 25, 10), ("left", 25, 10), exercise=logged),
        session(4, ("left", 20, 8), exercise=logged),
    ]
    view = charted(sessions, exercise, qtbot)

    top = named(view, "top_load")
    assert list(top) == ["Left", "Right"]
    assert points(top["Left"]) == [(day(0), 22.5), (day(2), 25), (day(4), 20)]
    assert points(top["Right"]) == [(day(0), 25), (day(2), 25)]

    one_rm = named(view, "one_rm")
    assert list(one_rm) == ["Left", "Right", "Left record", "Right record"]
    assert points(one_rm["Left"]) == [
        (day(0), epley(20, 10)),
        (day(2), epley(25, 10)),
        (day(4), epley(20, 8)),
    ]
    assert points(one_rm["Right"]) == [(day(0), epley(25, 10)), (day(2), epley(25, 10))]
    assert points(one_rm["Left record"]) == [
        (day(0), epley(20, 10)),
        (day(2), epley(25, 10)),
    ], "each side's records are its own: the left's 33.3 beat nothing of the right's"
    assert points(one_rm["Right record"]) == [(day(0), epley(25, 10))]
    for key in ("top_load", "one_rm"):
        assert chart(view, key).legend().isVisible(), key


def test_the_sides_differ_in_colour_and_in_line(qtbot: QtBot) -> None:
    sessions = [session(0, ("left", 20, 10), ("right", 25, 10))]
    view = charted(sessions, "single-leg-hip-thrust", qtbot)
    for key in ("top_load", "one_rm"):
        lines = named(view, key)
        left, right = lines["Left"], lines["Right"]
        assert isinstance(left, QLineSeries)
        assert isinstance(right, QLineSeries)
        assert (left.pen().color(), right.pen().color()) == (LEFT_SIDE, RIGHT_SIDE), key
        assert left.pen().style() != right.pen().style(), f"{key}: not by colour alone"
    stars = named(view, "one_rm")
    assert stars["Left record"].color() == LEFT_SIDE
    assert stars["Right record"].color() == RIGHT_SIDE


def test_a_side_with_no_sets_yet_has_no_series(qtbot: QtBot) -> None:
    sessions = [session(0, ("left", 20, 10)), session(3, ("left", 22.5, 10))]
    view = charted(sessions, "single-leg-hip-thrust", qtbot)
    assert list(named(view, "top_load")) == ["Left"]
    assert list(named(view, "one_rm")) == ["Left", "Left record"]
    assert points(named(view, "top_load")["Left"]) == [(day(0), 20), (day(3), 22.5)]


def test_sets_logged_without_a_side_are_a_series_of_their_own(qtbot: QtBot) -> None:
    # An import whose note did not say the side.
    sessions = [session(0, ("left", 20, 10), (None, 30, 8))]
    view = charted(sessions, "single-leg-hip-thrust", qtbot)
    top = named(view, "top_load")
    assert list(top) == ["Left", "Unknown side"]
    assert points(top["Unknown side"]) == [(day(0), 30)]


def test_unloaded_sets_draw_no_side(qtbot: QtBot) -> None:
    view = charted([session(0, ("left", None, 12))], "single-leg-hip-thrust", qtbot)
    assert named(view, "top_load") == {}
    assert chart(view, "top_load").title().endswith("no loads logged yet")


def test_time_under_tension_and_weekly_volume_are_both_sides_and_say_so(qtbot: QtBot) -> None:
    sessions = [session(0, ("left", 20, 10), ("right", 25, 10))]
    view = charted(sessions, "single-leg-hip-thrust", qtbot)
    for key in ("tut", "weekly_volume"):
        assert BOTH_SIDES in chart(view, key).title(), key
    (tut,) = chart(view, "tut").series()
    assert isinstance(tut, QLineSeries)
    assert [p.y() for p in tut.points()] == [60], "both sides' seconds"
    assert chart(view, "top_load").axes(Qt.Orientation.Horizontal), "a time axis"


def test_a_two_legged_exercise_keeps_its_one_series(qtbot: QtBot) -> None:
    sessions = [
        session(0, (None, 100, 8), exercise="Hip Thrust (Barbell)"),
        session(0, ("left", 20, 10)),
    ]
    view = charted(sessions, "hip-thrust", qtbot)
    top = named(view, "top_load")
    assert list(top) == ["Top load per training day"]
    assert points(top["Top load per training day"]) == [(day(0), 100)]
    assert not chart(view, "top_load").legend().isVisible()
    one_rm = named(view, "one_rm")
    assert list(one_rm) == ["Estimated 1RM per training day", "Personal record"]
    assert isinstance(one_rm["Personal record"], QScatterSeries)
    for key in ("tut", "weekly_volume"):
        assert BOTH_SIDES not in chart(view, key).title(), key
