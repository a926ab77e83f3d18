"""The history window's progress charts (QtCharts): one exercise's top load, estimated 1RM
and time under tension per training day, and its volume per week (the barbell hip thrust
unless another is chosen; never two exercises in one chart, as their loads do not compare).
These are a two-legged exercise's charts; a one-sided exercise's top load and estimate are
drawn for each side apart (`history_sides`, which builds its charts from the parts here).

One point per training day, at that day: a lifter reads progress day by day, so a morning
and an evening session are one point with the day's best (its total time under tension).
The time axis is calendar days, labelled at whole days, Mondays or the first of a month,
never two labels for one day. Weeks run Monday to Sunday and are labelled with both ends
("28 Sep – 4 Oct"), so no session seems to fall on a day it did not. Dates are written in
the user's locale (QLocale). The charts use QtCharts' dark theme with large type.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPen

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, singular, translate
from thrusttimer.store.exercise_names import HIP_THRUST_ID, display_name
from thrusttimer.store.log_records import LoggedSession, Unit, from_kg
from thrusttimer.store.stats import DayFigures, day_figures, weekly_volume

CHARTS: Final = {
    "top_load": QT_TRANSLATE_NOOP("HistoryCharts", "top load per training day"),
    "weekly_volume": QT_TRANSLATE_NOOP("HistoryCharts", "weekly volume (load × reps)"),
    "tut": QT_TRANSLATE_NOOP("HistoryCharts", "time under tension per training day"),
    "one_rm": QT_TRANSLATE_NOOP("HistoryCharts", "estimated 1RM per training day (Epley)"),
}
"""Each chart's title, after the exercise's name ("Barbell hip thrust: top load…"); marked,
like TABS: `translate("HistoryCharts", ...)` where shown."""
TABS: Final = {
    "top_load": QT_TRANSLATE_NOOP("HistoryCharts", "Top load"),
    "weekly_volume": QT_TRANSLATE_NOOP("HistoryCharts", "Weekly volume"),
    "tut": QT_TRANSLATE_NOOP("HistoryCharts", "Time under tension"),
    "one_rm": QT_TRANSLATE_NOOP("HistoryCharts", "Estimated 1RM"),
}
LINE: Final = QColor("#45b4ff")
BARS: Final = QColor("#ff8a3d")
RECORD: Final = QColor("#ffd23f")
TEXT: Final = QColor("#f4f6f8")
BACKGROUND: Final = QColor("#0b0d10")
MUTED: Final = QColor("#a9b1bb")
TITLE_PX: Final = 26
LABEL_PX: Final = 18
NOTE_PX: Final = 18
MOST_LABELS: Final = 7
"""The most dates a time axis labels: more would not fit side by side at LABEL_PX."""
MOST_WEEK_LABELS: Final = 6
"""The most weeks the weekly chart labels (each label is two dates on two lines)."""
DAY_STEPS: Final = (1, 2, 3, 7, 14)
MONTH_STEPS: Final = (1, 2, 3, 6, 12, 24, 60, 120)


def font(pixels: int, bold: bool = False) -> QFont:
    shown = QFont()
    shown.setPixelSize(pixels)
    shown.setBold(bold)
    return shown


def build_charts(
    sessions: Sequence[LoggedSession], unit: Unit, exercise: str = HIP_THRUST_ID
) -> dict[str, QChart]:
    """Every chart of CHARTS, for exercise id `exercise` in these sessions, loads in `unit`,
    all sets in one series (a one-sided exercise's best side each day: History draws its
    sides apart with `history_sides.exercise_charts`)."""
    days = day_figures(sessions, exercise)
    titles = chart_titles(exercise)
    return {
        "top_load": _top_load_chart(titles["top_load"], days, unit),
        "weekly_volume": weekly_chart(
            titles["weekly_volume"], weekly_volume(sessions, exercise), unit
        ),
        "tut": tut_chart(titles["tut"], days),
        "one_rm": _one_rm_chart(titles["one_rm"], days, unit),
    }


def chart_titles(exercise: str) -> dict[str, str]:
    """Each chart's title for exercise id `exercise`, by key of CHARTS."""
    name = display_name(exercise)
    return {
        key: translate("HistoryCharts", "{exercise}: {chart}").format(
            exercise=name, chart=translate("HistoryCharts", title)
        )
        for key, title in CHARTS.items()
    }


def no_sessions(title: str) -> str:
    """An empty chart's title: "Barbell hip thrust: top load…: no sessions yet"."""
    return translate("HistoryCharts", "{chart}: no sessions yet").format(chart=title)


# The charts ------------------------------------------------------------------------------


def _top_load_chart(title: str, days: Sequence[DayFigures], unit: Unit) -> QChart:
    points = [(d.day, from_kg(d.top_load_kg, unit)) for d in days if d.top_load_kg is not None]
    return _line_chart(title, points, unit, from_zero=False)


def tut_chart(title: str, days: Sequence[DayFigures], note: str = "") -> QChart:
    """Time under tension per day; `note` is said under the title, before what is not shown."""
    points = [(d.day, d.tut_s) for d in days if d.tut_s is not None]
    if days:
        empty = translate("HistoryCharts", "{chart}: none recorded yet").format(chart=title)
    else:
        empty = no_sessions(title)
    notes = "\n".join(line for line in (note, _untimed_note(days)) if line)
    return _line_chart(title, points, "s", note=notes, empty=empty)


def _untimed_note(days: Sequence[DayFigures]) -> str:
    """What the time under tension chart leaves out, and why ("" when nothing)."""
    untimed = sum(d.sessions_without_tut for d in days)
    if not untimed:
        return ""
    imported = sum(d.imported_without_tut for d in days)
    one = singular(untimed)
    if imported == untimed:
        text = (
            translate(
                "HistoryCharts",
                "Not shown: {count} imported session with no time under tension recorded",
            )
            if one
            else translate(
                "HistoryCharts",
                "Not shown: {count} imported sessions with no time under tension recorded",
            )
        )
    else:
        text = (
            translate(
                "HistoryCharts", "Not shown: {count} session with no time under tension recorded"
            )
            if one
            else translate(
                "HistoryCharts", "Not shown: {count} sessions with no time under tension recorded"
            )
        )
    return text.format(count=untimed)


def _one_rm_chart(title: str, days: Sequence[DayFigures], unit: Unit) -> QChart:
    known = [d for d in days if d.best_1rm_kg is not None]
    points = [(d.day, from_kg(d.best_1rm_kg or 0.0, unit)) for d in known]
    chart = _line_chart(title, points, unit, from_zero=False)
    records = QScatterSeries()
    records.setName(translate("HistoryCharts", "Personal record"))
    records.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeStar)
    records.setMarkerSize(34)
    records.setColor(RECORD)
    records.setBorderColor(RECORD)
    for figure, (day, value) in zip(known, points, strict=True):
        if figure.is_1rm_record:
            records.append(day.toordinal(), value)
    add_series(chart, records)
    show_legend(chart)
    return chart


def show_legend(chart: QChart) -> None:
    """The chart's legend, under it, in the charts' type."""
    legend = chart.legend()
    legend.setVisible(True)
    legend.setLabelColor(TEXT)
    legend.setFont(font(LABEL_PX))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)


def weekly_chart(
    title: str, weeks: Sequence[tuple[date, float]], unit: Unit, note: str = ""
) -> QChart:
    chart = new_chart(title if weeks else no_sessions(title), note)
    bars = QBarSet(translate("HistoryCharts", "Volume"))
    bars.setColor(BARS)
    bars.setBorderColor(BARS)
    for _, volume in weeks:
        bars.append(from_kg(volume, unit))
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    chart.addAxis(week_axis([monday for monday, _ in weeks]), Qt.AlignmentFlag.AlignBottom)
    totals = [from_kg(v, unit) for _, v in weeks]
    reps_axis = translate("HistoryCharts", "{unit} × reps").format(unit=unit)
    chart.addAxis(value_axis(reps_axis, totals), Qt.AlignmentFlag.AlignLeft)
    for axis in chart.axes():
        series.attachAxis(axis)
    return chart


def _line_chart(
    title: str,
    points: Sequence[tuple[date, float]],
    unit: str,
    from_zero: bool = True,
    note: str = "",
    empty: str = "",
) -> QChart:
    """`empty`: the title with no points (`no_sessions` by default)."""
    chart = new_chart(title if points else (empty or no_sessions(title)), note)
    series = QLineSeries()
    name = title.split(": ", 1)[-1].split(" (")[0]
    series.setName(name[:1].upper() + name[1:])
    series.setPen(QPen(LINE, 4))
    series.setPointsVisible(True)
    series.setMarkerSize(10)
    for day, value in points:
        series.append(day.toordinal(), value)
    chart.addSeries(series)
    chart.addAxis(day_axis([day for day, _ in points]), Qt.AlignmentFlag.AlignBottom)
    values = [v for _, v in points]
    chart.addAxis(value_axis(unit, values, from_zero), Qt.AlignmentFlag.AlignLeft)
    for axis in chart.axes():
        series.attachAxis(axis)
    return chart


def new_chart(title: str, note: str = "") -> QChart:
    """A chart in the charts' look, titled `title`, with `note` (lines) under the title."""
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark)
    shown = title
    if note:
        # Part of the chart, so a saved PNG says it too.
        lines = "<br>".join(html.escape(line) for line in note.splitlines())
        shown = f"{html.escape(title)}<br>"
        span = f'<span style="font-size:{NOTE_PX}px; font-weight:normal">'  # i18n: not shown
        shown += f"{span}{lines}</span>"

    chart.setTitle(shown)
    chart.setTitleFont(font(TITLE_PX, bold=True))
    chart.setTitleBrush(TEXT)
    chart.setMargins(QMargins(12, 12, 12, 12))
    chart.setBackgroundRoundness(0)
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def value_axis(title: str, values: Sequence[float], from_zero: bool = True) -> QValueAxis:
    """An axis over `values` with room above; from zero, or (a load) from near the least."""
    top = max(values, default=0)
    # Loads start near the lightest day, so a few kilos of progress are visible; time
    # under tension and volume start at zero.
    bottom = 0.0 if from_zero or not values else max(0.0, min(values) * 0.8)
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setRange(bottom, top * 1.15 if top > 0 else 1)
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.0f")
    style_axis(axis)
    return axis


def style_axis(axis: QValueAxis) -> None:
    axis.setLabelsFont(font(LABEL_PX))
    axis.setLabelsColor(TEXT)
    axis.setTitleFont(font(LABEL_PX))
    axis.setTitleBrush(MUTED)


def add_series(chart: QChart, series: QXYSeries) -> None:
    chart.addSeries(series)
    for axis in chart.axes():
        series.attachAxis(axis)


# The time axis -----------------------------------------------------------------------------


def day_axis(days: Sequence[date]) -> QCategoryAxis:
    """A time axis in calendar days (x = `date.toordinal()`), a day or more of room at either
    end, labelled at the days `day_ticks` picks, each label under its own day."""
    first, last = (min(days), max(days)) if days else (date.today(), date.today())
    pad = timedelta(days=max(1, round((last - first).days * 0.05)))
    start, end = first - pad, last + pad
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(start.toordinal(), end.toordinal())
    axis.setStartValue(start.toordinal())
    ticks, by_month = day_ticks(start, end)
    for day in ticks:
        axis.append(date_label(day, by_month, ticks[0].year != ticks[-1].year), day.toordinal())
    style_axis(axis)
    return axis


def day_ticks(start: date, end: date, most: int = MOST_LABELS) -> tuple[list[date], bool]:
    """The days to label from `start` to `end`: every 1, 2 or 3 days, every week or two
    (Mondays), or every 1, 2, 3, 6 or 12 months or more (the 1st), the first step that gives
    at most `most` labels; and whether the step is in months."""
    for step in DAY_STEPS:
        day = start if step < 7 else start + timedelta(days=-start.weekday() % 7)
        ticks: list[date] = []
        while day <= end:
            ticks.append(day)
            day += timedelta(days=step)
        if len(ticks) <= most:
            return ticks, False
    for months in MONTH_STEPS:
        ticks = []
        month = start.year * 12 + start.month - 1 + (start.day > 1)
        while (day := date(month // 12, month % 12 + 1, 1)) <= end:
            ticks.append(day)
            month += months
        if len(ticks) <= most:
            return ticks, True
    return [start, end], False


def date_label(day: date, by_month: bool = False, with_year: bool = False) -> str:
    """A day as an axis label in the user's locale: "28 Sep", "28 Sep 2026", or "Sep 2026"."""
    # QLocale's date patterns (the month's name in the user's locale).
    pattern = "d MMM yyyy" if with_year else "d MMM"  # i18n: not shown
    if by_month:
        pattern = "MMM yyyy"  # i18n: not shown
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def week_axis(mondays: Sequence[date]) -> QCategoryAxis:
    """The weekly chart's axis: week i's bar stands at x = i; every week is labelled with
    its first and last day, or every second, third… week when more would not fit."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, max(len(mondays), 1) - 0.5)
    axis.setStartValue(-0.5)
    every = max(1, -(-len(mondays) // MOST_WEEK_LABELS))
    # The labelled weeks sit in the middle, not at the edges where half a label has no room.
    spare = (len(mondays) - 1) % every
    years = {day.year for monday in (*mondays[:1], *mondays[-1:]) for day in _week(monday)}
    for index in range(spare // 2, len(mondays), every):
        # Two lines, so each label needs the width of one date only.
        label = week_label(mondays[index], with_year=len(years) > 1)
        axis.append(label.replace(" – ", " –<br>"), index)
    axis.setTitleText(translate("HistoryCharts", "Weeks, Monday to Sunday"))
    axis.setGridLineVisible(False)
    style_axis(axis)
    return axis


def week_label(monday: date, with_year: bool = False) -> str:
    """A week by its first and last day, "28 Sep – 4 Oct" or "28 Sep – 4 Oct 2026" (its
    dates, never just its Monday: a Sunday session must not look as if it happened on the
    Monday)."""
    first, last = _week(monday)
    return f"{date_label(first)} – {date_label(last, with_year=with_year)}"


def _week(monday: date) -> tuple[date, date]:
    return monday, monday + timedelta(days=6)
