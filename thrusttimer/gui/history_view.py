"""The history view: a table of sessions and their sets, and progress charts (QtCharts).

Charts (`history_charts`): one exercise's top load, time under tension and estimated 1RM
(Epley, personal records starred) per training day, and its weekly volume (load × reps); a
one-sided exercise's top load and 1RM for each side apart (`history_sides`).
Each can be saved as a PNG. The exercise is chosen above the tabs (`history_exercise`),
which also says its personal records; the table lists every exercise's sets.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import nullcontext
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.i18n import translate
from thrusttimer.gui.history_charts import (
    BACKGROUND,
    CHARTS,
    LABEL_PX,
    MUTED,
    TABS,
    TEXT,
)
from thrusttimer.gui.history_charts import font as _font
from thrusttimer.gui.history_exercise import ExerciseBar
from thrusttimer.gui.history_sides import exercise_charts
from thrusttimer.gui.history_table import SessionsTable
from thrusttimer.store.log import LoggedSession, LogUnavailable, TrainingLog, Unit
from thrusttimer.store.migrations import SchemaTooNew


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
        self.setWindowTitle(self.tr("History"))
        self.setPalette(dark_palette(self.palette()))
        self.setAutoFillBackground(True)
        self.unit: Unit = unit
        self.tabs = QTabWidget()
        self.tabs.setFont(_font(LABEL_PX))
        # The sets, and their edits, deletes and undo (`history_table`).
        self.sessions_table = SessionsTable(_font(LABEL_PX))
        self.sessions_table.changed.connect(self.show_sessions)
        self.table = self.sessions_table.tree
        self.tabs.addTab(self.sessions_table, self.tr("Sessions"))
        self.views: dict[str, QChartView] = {}
        for key in CHARTS:
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(480, 320)
            # The saved PNG is dark edge to edge, whatever the application's palette.
            view.setBackgroundBrush(BACKGROUND)
            view.setStyleSheet("QChartView { background: #0b0d10; border: none; }")
            self.views[key] = view
            save = QPushButton(self.tr("Save as PNG…"))
            save.setFont(_font(LABEL_PX))
            save.clicked.connect(lambda _checked=False, k=key: self._ask_and_save(k))
            bar = QHBoxLayout()
            bar.addStretch(1)
            bar.addWidget(save)
            page = QWidget()
            column = QVBoxLayout(page)
            column.addWidget(view, 1)
            column.addLayout(bar)
            self.tabs.addTab(page, translate("HistoryCharts", TABS[key]))
        self.notice = QLabel("")
        self.notice.setFont(_font(LABEL_PX))
        self.notice.setWordWrap(True)
        self.notice.hide()
        # The exercise the charts and records follow.
        self.exercise_bar = ExerciseBar(_font(LABEL_PX))
        self.exercise_bar.chosen.connect(lambda _exercise: self._fill_charts())
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.exercise_bar)
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
        """The view on `log`, which its sets are edited in while it stays open."""
        view = cls(log.sessions(), unit)
        view.sessions_table.opener = lambda: nullcontext(log)
        if log.notice:
            view.show_notice(log.notice)
        return view

    @classmethod
    def from_default_log(cls, unit: Unit = "kg", path: str | Path | None = None) -> HistoryView:
        """The view on the training log (read, then closed); a view with the reason when the
        log cannot be opened."""
        try:
            with TrainingLog.open(path) as log:
                view = cls.from_log(log, unit)
            # Each edit opens the log for itself: a window left open holds no connection.
            view.sessions_table.opener = lambda: TrainingLog.open(log.path)
            return view
        except (LogUnavailable, SchemaTooNew, sqlite3.Error) as error:
            view = cls([], unit)
            view.show_notice(
                translate("HistoryView", "The training log cannot be shown: {error}").format(
                    error=error
                )
            )
            return view

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # Filling ---------------------------------------------------------------------------

    def show_sessions(self, sessions: Sequence[LoggedSession]) -> None:
        self.sessions = list(sessions)
        self._fill_table()
        self.exercise_bar.fill(self.sessions, self.unit)
        self._fill_charts()

    def choose_exercise(self, exercise: str) -> bool:
        """Chart exercise id `exercise`; False (nothing changes) if it has no sets."""
        return self.exercise_bar.choose(exercise)

    def _fill_charts(self) -> None:
        charts = exercise_charts(self.sessions, self.unit, self.exercise_bar.exercise())
        for key, chart in charts.items():
            self.views[key].setChart(chart)

    def _fill_table(self) -> None:
        self.sessions_table.fill(self.sessions, self.unit)

    # Saving ----------------------------------------------------------------------------

    def save_png(self, key: str, path: str | Path) -> bool:
        """Save chart `key` (one of CHARTS) as a PNG as shown; False if it could not."""
        view = self.views[key]
        if view.width() < 10 or view.height() < 10:
            view.resize(1000, 600)
        return view.grab().save(str(path), "PNG")

    def _ask_and_save(self, key: str) -> None:
        exercise = self.exercise_bar.exercise()
        chart, day = key.replace("_", "-"), f"{date.today():%Y-%m-%d}"
        suggested = f"thrusttimer-{exercise}-{chart}-{day}.png"  # i18n: not shown
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), suggested, self.tr("PNG image (*.png)")
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.save_png(key, path):
            self.show_notice(self.tr("Could not save the chart to {path}.").format(path=path))


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
