"""The history charts: one point per training day at its day, date labels that never repeat
and never move a session to another day, imported sessions wherever they have the data, and
weekly volume of the hip thrust alone."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCharts import (
    QAbstractAxis,
    QBarSeries,
    QCategoryAxis,
    QChart,
    QDateTimeAxis,
    QLineSeries,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from thrusttimer.gui.history_charts import CHARTS, MOST_LABELS, date_label, day_ticks, week_label
from thrusttimer.gui.history_view import HistoryView
from thrusttimer.store.log_records import HIP_THRUST, LoggedSession, LoggedSet

LINE_CHARTS = ("top_load", "tut", "one_rm")


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    """Dates as an English locale writes them ("28 Sep"), whatever the machine's."""
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(saved)


def session(
    started_at: datetime,
    *sets: tuple[float, int, float | None],
    source: str = "thrusttimer",
    exercise: str = HIP_THRUST,
) -> LoggedSession:
    """A session of work sets (load kg, reps, seconds under tension or None)."""
    return LoggedSession(
        id=0,
        started_at=started_at,
        ended_at=started_at + timedelta(minutes=30),
        name="Strength",
        notes="",
        source=source,
        sets=tuple(
            LoggedSet(
                id=number,
                session_id=0,
                set_number=number,
                exercise=exercise,
                ended_at=started_at + timedelta(minutes=3 * number),
                load_kg=load,
                reps=reps,
                tut_s=tut,
            )
            for number, (load, reps, tut) in enumerate(sets, start=1)
        ),
    )


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def line(view: HistoryView, key: str) -> QLineSeries:
    series = view.views[key].chart().series()[0]
    assert isinstance(series, QLineSeries)
    return series


def time_axis(chart: QChart) -> QAbstractAxis:
    (axis,) = chart.axes(Qt.Orientation.Horizontal)
    return axis


def shown_labels(axis: QAbstractAxis) -> list[str]:
    """The labels the axis draws, whatever kind of time axis it is."""
    if isinstance(axis, QCategoryAxis):
        return list(axis.categoriesLabels())
    assert isinstance(axis, QDateTimeAxis)
    low, high = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
    count = axis.tickCount()
    return [
        QDateTime.fromMSecsSinceEpoch(low + (high - low) * i // (count - 1)).toString(axis.format())
        for i in range(count)
    ]


def test_two_sessions_on_one_day_are_one_point_with_the_days_best(qtbot: QtBot) -> None:
    day = date(2026, 9, 7)
    view = HistoryView(
        [
            session(at(day, 7), (120, 3, 15.0)),
            session(at(day, 19), (100, 10, 40.0)),
            session(at(day + timedelta(days=2), 18), (110, 5, 25.0)),
        ]
    )
    qtbot.addWidget(view)
    top = [(p.x(), p.y()) for p in line(view, "top_load").points()]
    assert top == [(day.toordinal(), 120), ((day + timedelta(days=2)).toordinal(), 110)]
    # The day's best estimate is the evening's, though the morning lifted more.
    estimates = [p.y() for p in line(view, "one_rm").points()]
    assert estimates == pytest.approx([100 * (1 + 10 / 30), 110 * (1 + 5 / 30)])
    assert [p.y() for p in line(view, "tut").points()] == [55, 25], "the day's total"
    for key in LINE_CHARTS:
        xs = [p.x() for p in line(view, key).points()]
        assert xs == sorted(set(xs)), f"{key}: one point per day, left to right"


def test_date_labels_are_never_repeated_and_sit_under_their_days(qtbot: QtBot) -> None:
    first = date(2026, 9, 7)
    sessions = [
        session(at(first + timedelta(days=d), hour), (100 + d, 8, 40.0))
        for d in range(3)
        for hour in (7, 12, 19)
    ]
    view = HistoryView(sessions)
    qtbot.addWidget(view)
    for key in LINE_CHARTS:
        axis = time_axis(view.views[key].chart())
        labels = shown_labels(axis)
        assert len(labels) == len(set(labels)) >= 2, f"{key}: {labels}"
        assert isinstance(axis, QCategoryAxis)
        for label in labels:
            shown_day = date.fromordinal(round(axis.endValue(label)))
            assert label == date_label(shown_day), f"{key}: {label} is not under its day"
        days = {date.fromordinal(round(p.x())) for p in line(view, key).points()}
        assert days == {first + timedelta(days=d) for d in range(3)}


def test_imported_sessions_are_charted_where_they_have_the_data(qtbot: QtBot) -> None:
    first = date(2026, 9, 7)
    view = HistoryView(
        [
            session(at(first, 18), (100, 8, 40.0)),
            # Strong's CSV has no tempo, and a time only for timed sets.
            session(at(first + timedelta(days=2), 18), (105, 8, None), source="strong"),
            session(at(first + timedelta(days=4), 18), (110, 8, 30.0), source="hevy"),
        ]
    )
    qtbot.addWidget(view)
    assert [p.y() for p in line(view, "top_load").points()] == [100, 105, 110]
    assert len(line(view, "one_rm").points()) == 3
    tut = line(view, "tut")
    assert [(p.x(), p.y()) for p in tut.points()] == [
        (first.toordinal(), 40),
        ((first + timedelta(days=4)).toordinal(), 30),
    ]
    title = view.views["tut"].chart().title()
    assert "Not shown: 1 imported session with no time under tension recorded" in title


def test_a_log_whose_sessions_know_no_time_under_tension_says_so(qtbot: QtBot) -> None:
    view = HistoryView([session(at(date(2026, 9, 7), 18), (100, 8, None), source="strong")])
    qtbot.addWidget(view)
    title = view.views["tut"].chart().title()
    assert "none recorded yet" in title
    assert "Not shown: 1 imported session" in title


def test_weekly_volume_is_the_hip_thrusts_in_weeks_labelled_by_their_days(
    qtbot: QtBot,
) -> None:
    sunday = at(date(2026, 10, 4), 19)  # a Sunday: the week of Monday 28 September
    view = HistoryView(
        [
            session(sunday, (100, 10, 40.0)),
            session(sunday + timedelta(hours=1), (140, 10, 40.0), exercise="Glute Bridge"),
        ]
    )
    qtbot.addWidget(view)
    chart = view.views["weekly_volume"].chart()
    (bars,) = chart.series()
    assert isinstance(bars, QBarSeries)
    volume = bars.barSets()[0]
    assert [volume.at(i) for i in range(volume.count())] == [1000], "no glute bridges"
    labels = shown_labels(time_axis(chart))
    assert labels == ["28 Sep –<br>4 Oct"], "the Sunday's own date is on its week"


def test_week_labels_follow_the_users_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    monday, sunday = QDate(2026, 9, 28), QDate(2026, 10, 4)
    french = QLocale()
    expected = f"{french.toString(monday, 'd MMM')} – {french.toString(sunday, 'd MMM')}"
    assert week_label(date(2026, 9, 28)) == expected
    assert "oct" in expected


def test_labels_fit_unshortened_for_a_year_and_a_half_of_training(qtbot: QtBot) -> None:
    first = date(2026, 9, 7)
    sessions = [
        session(at(first + timedelta(days=d), 18), (60 + d / 10, 8, 40.0)) for d in range(0, 540, 3)
    ]
    view = HistoryView(sessions)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    for index, key in enumerate(CHARTS, start=1):
        view.tabs.setCurrentIndex(index)
        QApplication.processEvents()  # the tab laid out and its chart sized
        axis = time_axis(view.views[key].chart())
        labels = shown_labels(axis)
        assert 2 <= len(labels) <= MOST_LABELS, key
        assert not axis.labelsTruncated(), f"{key}: {labels}"
        assert any("2027" in label for label in labels), f"{key}: the year is shown"


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)),
    st.integers(min_value=0, max_value=8000),
)
def test_day_ticks_are_few_distinct_days_inside_the_range(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    ticks, by_month = day_ticks(start, end)
    assert 1 <= len(ticks) <= MOST_LABELS
    assert all(start <= tick <= end for tick in ticks)
    assert all(a < b for a, b in itertools.pairwise(ticks))
    with_year = ticks[0].year != ticks[-1].year
    labels = [date_label(tick, by_month, with_year) for tick in ticks]
    assert len(set(labels)) == len(labels)
    if by_month:
        assert all(tick.day == 1 for tick in ticks)
