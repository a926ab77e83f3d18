"""The history view: a table of sessions and their sets, and progress charts (QtCharts).

Charts: the top load per session, the weekly volume (load × reps), time under tension per
session, and the estimated 1RM per session (Epley) with personal records starred. They use
QtCharts' dark theme with large type, and each can be saved as a PNG.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Final

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.store.log import LoggedSession, LogUnavailable, TrainingLog, Unit, from_kg
from thrusttimer.store.migrations import SchemaTooNew
from thrusttimer.store.stats import session_figures, weekly_volume

CHARTS: Final = {
    "top_load": "Top load per session",
    "weekly_volume": "Weekly volume (load × reps)",
    "tut": "Time under tension per session",
    "one_rm": "Estimated 1RM per session (Epley)",
}
LINE: Final = QColor("#45b4ff")
BARS: Final = QColor("#ff8a3d")
RECORD: Final = QColor("#ffd23f")
TEXT: Final = QColor("#f4f6f8")
BACKGROUND: Final = QColor("#0b0d10")
MUTED: Final = QColor("#a9b1bb")
TITLE_PX: Final = 26
LABEL_PX: Final = 18
KIND_WORDS: Final = {"warmup": "warm-up", "drop": "drop set", "failure": "to failure"}
TABLE_COLUMNS: Final = ("When / set", "Exercise", "Load", "Reps", "RPE", "TUT", "Tempo", "Note")


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _qdt(moment: datetime) -> QDateTime:
    """The moment on this computer's clock. Built from the epoch, because PySide6 releases
    differ in whether QDateTime takes a Python datetime (and ignore its UTC offset)."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def _ms(moment: datetime) -> float:
    return float(_qdt(moment).toMSecsSinceEpoch())


class HistoryView(QWidget):
    """Sessions and sets in a table, and one tab per chart. Give it the sessions (or use
    `from_log`); call `show_sessions` again after the log changes."""

    def __init__(
        self,
        sessions: Sequence[LoggedSession] = (),
        unit: Unit = "kg",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("History")
        self.setPalette(dark_palette(self.palette()))
        self.setAutoFillBackground(True)
        self.unit: Unit = unit
        self.tabs = QTabWidget()
        self.tabs.setFont(_font(LABEL_PX))
        self.table = QTreeWidget()
        self.table.setColumnCount(len(TABLE_COLUMNS))
        self.table.setHeaderLabels(list(TABLE_COLUMNS))
        self.table.setFont(_font(LABEL_PX))
        self.table.setAlternatingRowColors(True)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.tabs.addTab(self.table, "Sessions")
        self.views: dict[str, QChartView] = {}
        for key, title in CHARTS.items():
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(480, 320)
            # The saved PNG is dark edge to edge, whatever the application's palette.
            view.setBackgroundBrush(BACKGROUND)
            view.setStyleSheet("QChartView { background: #0b0d10; border: none; }")
            self.views[key] = view
            save = QPushButton("Save as PNG…")
            save.setFont(_font(LABEL_PX))
            save.clicked.connect(lambda _checked=False, k=key: self._ask_and_save(k))
            bar = QHBoxLayout()
            bar.addStretch(1)
            bar.addWidget(save)
            page = QWidget()
            column = QVBoxLayout(page)
            column.addWidget(view, 1)
            column.addLayout(bar)
            self.tabs.addTab(page, title.split(" (")[0].replace(" per session", ""))
        self.notice = QLabel("")
        self.notice.setFont(_font(LABEL_PX))
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs)
        self.resize(1100, 720)
        self.show_sessions(sessions)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc closes it, as any window of its kind (whichever child has the focus: the
        # table and the tabs pass Esc on to here).
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    @classmethod
    def from_log(cls, log: TrainingLog, unit: Unit = "kg") -> HistoryView:
        view = cls(log.sessions(), unit)
        if log.notice:
            view.show_notice(log.notice)
        return view

    @classmethod
    def from_default_log(cls, unit: Unit = "kg", path: str | Path | None = None) -> HistoryView:
        """The view on the training log (read, then closed); a view with the reason when the
        log cannot be opened."""
        try:
            with TrainingLog.open(path) as log:
                return cls.from_log(log, unit)
        except (LogUnavailable, SchemaTooNew, sqlite3.Error) as error:
            view = cls([], unit)
            view.show_notice(f"The training log cannot be shown: {error}")
            return view

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # Filling ---------------------------------------------------------------------------

    def show_sessions(self, sessions: Sequence[LoggedSession]) -> None:
        self.sessions = list(sessions)
        self._fill_table()
        figures = session_figures(self.sessions)
        unit = self.unit
        self.views["top_load"].setChart(
            self._line_chart(
                CHARTS["top_load"],
                [(f.started_at, from_kg(f.top_load_kg, unit)) for f in figures if f.top_load_kg],
                unit,
                from_zero=False,
            )
        )
        self.views["weekly_volume"].setChart(self._weekly_chart())
        self.views["tut"].setChart(
            self._line_chart(
                CHARTS["tut"], [(f.started_at, f.tut_s) for f in figures if f.tut_s > 0], "s"
            )
        )
        estimates = [(f.started_at, f.best_1rm_kg, f.is_1rm_record) for f in figures]
        chart = self._line_chart(
            CHARTS["one_rm"],
            [(when, from_kg(kg, unit)) for when, kg, _ in estimates if kg],
            unit,
            from_zero=False,
        )
        records = QScatterSeries()
        records.setName("Personal record")
        records.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeStar)
        records.setMarkerSize(34)
        records.setColor(RECORD)
        records.setBorderColor(RECORD)
        for when, kg, record in estimates:
            if record and kg:
                records.append(_ms(when), from_kg(kg, unit))
        self._add_series(chart, records)
        chart.legend().setVisible(True)
        chart.legend().setLabelColor(TEXT)
        chart.legend().setFont(_font(LABEL_PX))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.views["one_rm"].setChart(chart)

    def _fill_table(self) -> None:
        self.table.clear()
        unit = self.unit
        for session in reversed(self.sessions):
            length = f" · {round(session.duration_s / 60)} min" if session.duration_s else ""
            head = QTreeWidgetItem(
                [f"{session.started_at:%a %d %b %Y %H:%M}{length}", session.name]
            )
            head.setFont(0, _font(LABEL_PX, bold=True))
            for s in session.sets:
                number = str(s.set_number) if s.kind == "normal" else KIND_WORDS.get(s.kind, s.kind)
                QTreeWidgetItem(
                    head,
                    [
                        number if s.kind != "normal" else f"set {number}",
                        s.exercise,
                        f"{from_kg(s.load_kg, unit):.1f} {unit}".replace(".0 ", " "),
                        str(s.reps),
                        "" if s.rpe is None else f"{s.rpe:g}",
                        "" if not s.tut_s else f"{s.tut_s:.0f} s",
                        s.tempo or "",
                        " / ".join(s.note.splitlines()),
                    ],
                )
            self.table.addTopLevelItem(head)
        self.table.expandAll()

    # Charts ----------------------------------------------------------------------------

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setTitle(title)
        chart.setTitleFont(_font(TITLE_PX, bold=True))
        chart.setTitleBrush(TEXT)
        chart.setMargins(QMargins(12, 12, 12, 12))
        chart.setBackgroundRoundness(0)
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def _value_axis(self, title: str, top: float, bottom: float = 0.0) -> QValueAxis:
        axis = QValueAxis()
        axis.setTitleText(title)
        axis.setRange(bottom, top * 1.15 if top > 0 else 1)
        axis.applyNiceNumbers()
        axis.setLabelFormat("%.0f")
        self._style_axis(axis)
        return axis

    def _style_axis(self, axis: QValueAxis | QDateTimeAxis | QBarCategoryAxis) -> None:
        axis.setLabelsFont(_font(LABEL_PX))
        axis.setLabelsColor(TEXT)
        axis.setTitleFont(_font(LABEL_PX))
        axis.setTitleBrush(MUTED)

    def _line_chart(
        self,
        title: str,
        points: list[tuple[datetime, float]],
        unit: str,
        from_zero: bool = True,
    ) -> QChart:
        chart = self._chart(title if points else f"{title}: no sessions yet")
        series = QLineSeries()
        series.setName(title.split(" (")[0])
        series.setPen(QPen(LINE, 4))
        series.setPointsVisible(True)
        series.setMarkerSize(10)
        for when, value in points:
            series.append(_ms(when), value)
        self._add_series(chart, series)
        when_axis = QDateTimeAxis()
        when_axis.setFormat("d MMM yy")
        when_axis.setTickCount(min(max(len(points), 2), 7))
        if points:
            first, last = points[0][0], points[-1][0]
            pad = max((last - first) * 0.05, timedelta(days=1))
            when_axis.setRange(_qdt(first - pad), _qdt(last + pad))
        self._style_axis(when_axis)
        chart.addAxis(when_axis, Qt.AlignmentFlag.AlignBottom)
        values = [v for _, v in points]
        # Loads start near the lightest session, so a few kilos of progress are visible;
        # time under tension starts at zero.
        bottom = 0.0 if from_zero or not values else max(0.0, min(values) * 0.8)
        value_axis = self._value_axis(unit, max(values, default=0), bottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(when_axis)
        series.attachAxis(value_axis)
        return chart

    def _add_series(self, chart: QChart, series: QXYSeries) -> None:
        chart.addSeries(series)
        for axis in chart.axes():
            series.attachAxis(axis)

    def _weekly_chart(self) -> QChart:
        weeks = weekly_volume(self.sessions)
        title = CHARTS["weekly_volume"]
        chart = self._chart(title if weeks else f"{title}: no sessions yet")
        bars = QBarSet("Volume")
        bars.setColor(BARS)
        bars.setBorderColor(BARS)
        labels: list[str] = []
        for monday, volume in weeks:
            bars.append(from_kg(volume, self.unit))
            labels.append(_week_label(monday))
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(labels or [""])
        self._style_axis(axis)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        top = max((from_kg(v, self.unit) for _, v in weeks), default=0)
        value_axis = self._value_axis(f"{self.unit} × reps", top)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(value_axis)
        return chart

    # Saving ----------------------------------------------------------------------------

    def save_png(self, key: str, path: str | Path) -> bool:
        """Save chart `key` (one of CHARTS) as a PNG as shown; False if it could not."""
        view = self.views[key]
        if view.width() < 10 or view.height() < 10:
            view.resize(1000, 600)
        return view.grab().save(str(path), "PNG")

    def _ask_and_save(self, key: str) -> None:
        suggested = f"thrusttimer-{key.replace('_', '-')}-{date.today():%Y-%m-%d}.png"
        path, _ = QFileDialog.getSaveFileName(self, "Save chart", suggested, "PNG image (*.png)")
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.save_png(key, path):
            self.show_notice(f"Could not save the chart to {path}.")


def dark_palette(base: QPalette) -> QPalette:
    """The gym screen's dark colours, so the view is dark in or out of the main window."""
    palette = QPalette(base)
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, BACKGROUND),
        (roles.Base, QColor("#171a20")),
        (roles.AlternateBase, QColor("#20242c")),
        (roles.Text, TEXT),
        (roles.WindowText, TEXT),
        (roles.Button, QColor("#171a20")),
        (roles.ButtonText, TEXT),
        (roles.Highlight, QColor("#45b4ff")),
        (roles.HighlightedText, BACKGROUND),
        (roles.PlaceholderText, MUTED),
    ):
        palette.setColor(role, colour)
    return palette


def _week_label(monday: date) -> str:
    return datetime.combine(monday, time()).strftime("%d %b").lstrip("0")
