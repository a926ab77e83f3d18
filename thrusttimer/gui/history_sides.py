"""A one-sided exercise's progress charts (the single-leg and B-stance hip thrust): its top
load and estimated 1RM per training day drawn for each side apart, "Left" and "Right", so a
lifter sees one leg fall behind the other. Each side has its own colour (blue and orange,
apart in every common colour-vision deficiency), its own line (solid and dashed) and its own
personal records ("Left record"), starred in its colour; a side without a set yet has no
series. Sets logged without a side (an import whose note did not say it) are a third
series, "Unknown side", rather than lost. Time under tension and weekly volume are both
sides' together, as their notes say. A two-legged exercise's charts are `build_charts`'.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from PySide6.QtCharts import QChart, QLegend, QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.model import Side
from thrusttimer.gui.history_charts import (
    BACKGROUND,
    add_series,
    build_charts,
    chart_titles,
    day_axis,
    new_chart,
    no_sessions,
    show_legend,
    tut_chart,
    value_axis,
    weekly_chart,
)
from thrusttimer.gui.theme import LEFT_SIDE, MUTED, RIGHT_SIDE
from thrusttimer.store.exercise_names import is_unilateral
from thrusttimer.store.log_records import LoggedSession, Unit, from_kg
from thrusttimer.store.stats import DayFigures, day_figures, weekly_volume


@dataclass(frozen=True, slots=True)
class SideStyle:
    """How one side is drawn: its series' name, colour and line, and its records' series'
    name (the names marked: `translate("HistorySides", ...)` where shown)."""

    name: str
    colour: QColor
    line: Qt.PenStyle
    record: str


SIDE_STYLES: Final[dict[Side | None, SideStyle]] = {
    "left": SideStyle(
        QT_TRANSLATE_NOOP("HistorySides", "Left"),
        LEFT_SIDE,
        Qt.PenStyle.SolidLine,
        QT_TRANSLATE_NOOP("HistorySides", "Left record"),
    ),
    "right": SideStyle(
        QT_TRANSLATE_NOOP("HistorySides", "Right"),
        RIGHT_SIDE,
        Qt.PenStyle.DashLine,
        QT_TRANSLATE_NOOP("HistorySides", "Right record"),
    ),
    None: SideStyle(
        QT_TRANSLATE_NOOP("HistorySides", "Unknown side"),
        MUTED,
        Qt.PenStyle.DotLine,
        QT_TRANSLATE_NOOP("HistorySides", "Unknown side record"),
    ),
}
"""Each side's look, in the order the charts draw and the legend lists them."""
BOTH_SIDES: Final = QT_TRANSLATE_NOOP("HistorySides", "Left and right sides together")
"""The note on a one-sided exercise's charts that do not draw its sides apart (marked:
`translate("HistorySides", BOTH_SIDES)` where shown)."""
RECORD_MARKER: Final = 30


def exercise_charts(
    sessions: Sequence[LoggedSession], unit: Unit, exercise: str
) -> dict[str, QChart]:
    """Every chart of `history_charts.CHARTS` for exercise id `exercise`, loads in `unit`:
    a one-sided exercise's top load and 1RM per side, any other's as `build_charts`."""
    if not is_unilateral(exercise):
        return build_charts(sessions, unit, exercise)
    titles = chart_titles(exercise)
    sides = side_days(sessions, exercise)
    both = translate("HistorySides", BOTH_SIDES)
    return {
        "top_load": _side_chart(titles["top_load"], sides, unit, lambda d: d.top_load_kg),
        "weekly_volume": weekly_chart(
            titles["weekly_volume"], weekly_volume(sessions, exercise), unit, both
        ),
        "tut": tut_chart(titles["tut"], day_figures(sessions, exercise), both),
        "one_rm": _side_chart(
            titles["one_rm"], sides, unit, lambda d: d.best_1rm_kg, with_records=True
        ),
    }


def side_days(
    sessions: Sequence[LoggedSession], exercise: str
) -> dict[Side | None, list[DayFigures]]:
    """Each side's figures per training day (its own 1RM records marked), of the sides
    that have sets of `exercise`; None: the sets logged without a side."""
    found: dict[Side | None, list[DayFigures]] = {}
    for side in SIDE_STYLES:
        if side is None:
            unsided = [replace(s, sets=tuple(x for x in s.sets if not x.side)) for s in sessions]
            days = day_figures(unsided, exercise)
        else:
            days = day_figures(sessions, exercise, side=side)
        if days:
            found[side] = days
    return found


def _side_chart(
    title: str,
    sides: dict[Side | None, list[DayFigures]],
    unit: Unit,
    figure: Callable[[DayFigures], float | None],
    with_records: bool = False,
) -> QChart:
    """A load chart with a line per side that has a value of `figure`, and with
    `with_records` each side's 1RM records starred."""
    known = {side: [d for d in days if figure(d) is not None] for side, days in sides.items()}
    drawn = {side: days for side, days in known.items() if days}
    if not drawn:
        if not sides:
            return _empty_chart(no_sessions(title))
        return _empty_chart(
            translate("HistorySides", "{chart}: no loads logged yet").format(chart=title)
        )
    chart = new_chart(title)
    values = [from_kg(figure(d) or 0.0, unit) for days in drawn.values() for d in days]
    # One time axis and one load axis for every side, so the sides compare at a glance.
    chart.addAxis(day_axis([d.day for days in drawn.values() for d in days]), _BOTTOM)
    chart.addAxis(value_axis(unit, values, from_zero=False), _LEFT)
    records: list[QScatterSeries] = []
    for side, days in drawn.items():
        style = SIDE_STYLES[side]
        points = [(d.day.toordinal(), from_kg(figure(d) or 0.0, unit)) for d in days]
        add_series(chart, _side_line(style, points))
        if with_records:
            stars = _record_series(style)
            for day, (x, y) in zip(days, points, strict=True):
                if day.is_1rm_record:
                    stars.append(x, y)
            records.append(stars)
    # The stars over every line, listed after the lines.
    for stars in records:
        add_series(chart, stars)
    show_legend(chart)
    # Each entry drawn as its series is (a dashed line, a star), not as a plain square.
    chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    return chart


def _side_line(style: SideStyle, points: Sequence[tuple[float, float]]) -> QLineSeries:
    line = QLineSeries()
    line.setName(translate("HistorySides", style.name))
    pen = QPen(style.colour, 4)
    pen.setStyle(style.line)
    line.setPen(pen)
    line.setPointsVisible(True)
    line.setMarkerSize(10)
    for x, y in points:
        line.append(x, y)
    return line


def _record_series(style: SideStyle) -> QScatterSeries:
    stars = QScatterSeries()
    # Short: six entries fit in one legend row.
    stars.setName(translate("HistorySides", style.record))
    stars.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeStar)
    stars.setMarkerSize(RECORD_MARKER)
    stars.setColor(style.colour)
    # A dark edge keeps a star apart from its own line and from the other side's.
    stars.setBorderColor(BACKGROUND)
    return stars


def _empty_chart(title: str) -> QChart:
    chart = new_chart(title)
    chart.addAxis(day_axis([]), _BOTTOM)
    chart.addAxis(value_axis("", []), _LEFT)
    return chart


_BOTTOM: Final = Qt.AlignmentFlag.AlignBottom
_LEFT: Final = Qt.AlignmentFlag.AlignLeft
