"""History keeps each exercise apart: the table names each set's exercise and side, and the
chooser (only exercises with sets, the barbell hip thrust first) picks what the charts and
the records follow."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.training_log import logged_session
from thrusttimer.gui.history_table import TABLE_COLUMNS
from thrusttimer.gui.history_view import HistoryView
from thrusttimer.store.log_records import LoggedSession

DAY = datetime(2026, 11, 2, 18, 0).astimezone()
EXERCISE = TABLE_COLUMNS.index("Exercise")


def glute_day(began: datetime = DAY, session_id: int = 1) -> LoggedSession:
    sets = [
        ("Hip Thrust (Barbell)", None, 100.0, 8),
        ("Single Leg Hip Thrust", "left", 20.0, 10),
        ("Single Leg Hip Thrust", "right", 25.0, 10),
        ("frog-pump", None, None, 30),  # an older log's raw id
    ]
    return logged_session(session_id, began, "Glute day", sets)


def points(view: HistoryView, key: str) -> list[float]:
    series = view.views[key].chart().series()[0]
    assert isinstance(series, QLineSeries)
    return [p.y() for p in series.points()]


def test_the_table_names_each_sets_exercise_and_side(qtbot: QtBot) -> None:
    view = HistoryView([glute_day()])
    qtbot.addWidget(view)
    head = view.table.topLevelItem(0)
    rows = [(head.child(i).text(0), head.child(i).text(EXERCISE)) for i in range(4)]
    assert rows == [
        ("set 1", "Barbell hip thrust"),
        ("set 1", "Single-leg hip thrust · left"),
        ("set 1", "Single-leg hip thrust · right"),
        ("set 1", "Frog pump"),
    ]


def test_the_chooser_lists_only_exercises_with_sets_hip_thrust_first(qtbot: QtBot) -> None:
    view = HistoryView([glute_day()])
    qtbot.addWidget(view)
    bar = view.exercise_bar
    assert bar.exercises() == ["hip-thrust", "single-leg-hip-thrust", "frog-pump"]
    assert bar.choice.currentText() == "Barbell hip thrust"
    assert view.views["top_load"].chart().title().startswith("Barbell hip thrust: top load")
    assert points(view, "top_load") == [100]
    assert bar.records.text().startswith("Barbell hip thrust: best estimated 1RM (Epley)")


def test_choosing_an_exercise_charts_it_and_says_its_records_per_side(qtbot: QtBot) -> None:
    view = HistoryView([glute_day(), glute_day(DAY + timedelta(days=3), 2)])
    qtbot.addWidget(view)
    bar = view.exercise_bar
    bar.choice.setFocus()
    qtbot.keyClick(bar.choice, Qt.Key.Key_Down)  # as the lifter picks the next one
    assert bar.exercise() == "single-leg-hip-thrust"
    title = view.views["one_rm"].chart().title()
    assert title.startswith("Single-leg hip thrust: estimated 1RM")
    assert points(view, "top_load") == [20, 20], "the left side's line, then the right's"
    right = view.views["top_load"].chart().series()[1]
    assert isinstance(right, QLineSeries)
    assert right.name() == "Right"
    assert [p.y() for p in right.points()] == [25, 25]
    left, right = bar.records.text().splitlines()
    assert left.startswith("Single-leg hip thrust, left side:")
    assert "heaviest 25 kg × 10" in right
    assert "Barbell hip thrust" not in bar.records.text()


def test_the_choice_stays_while_the_log_changes_and_falls_back_when_gone(
    qtbot: QtBot,
) -> None:
    view = HistoryView([glute_day()])
    qtbot.addWidget(view)
    assert view.choose_exercise("frog-pump")
    assert not view.choose_exercise("glute-bridge"), "no sets: not listed"
    view.show_sessions([glute_day(), glute_day(DAY + timedelta(days=1), 2)])
    assert view.exercise_bar.exercise() == "frog-pump"
    assert view.exercise_bar.records.text().startswith("Frog pump: most reps 30")
    view.show_sessions([replace(glute_day(), sets=glute_day().sets[:1])])
    assert view.exercise_bar.exercise() == "hip-thrust"
    assert not view.exercise_bar.choice.isEnabled(), "one exercise: nothing to choose"


def test_an_empty_log_charts_the_hip_thrust(qtbot: QtBot) -> None:
    view = HistoryView([])
    qtbot.addWidget(view)
    assert view.exercise_bar.exercises() == ["hip-thrust"]
    assert view.exercise_bar.records.text() == "Barbell hip thrust: no sets yet."
    assert view.views["top_load"].chart().title().endswith("no sessions yet")


@pytest.mark.parametrize("exercise", ["single-leg-hip-thrust", "frog-pump"])
def test_every_chart_of_a_chosen_exercise_saves(
    qtbot: QtBot, tmp_path: Path, exercise: str
) -> None:
    view = HistoryView([glute_day()])
    qtbot.addWidget(view)
    assert view.choose_exercise(exercise)
    for key in view.views:
        assert view.save_png(key, tmp_path / f"{exercise}-{key}.png")
