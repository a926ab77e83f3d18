"""The history view renders its table and charts offscreen, marks PRs and saves PNGs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from thrusttimer.gui.history_view import CHARTS, HistoryView
from thrusttimer.store.log import DATA_DIR_ENV, TrainingLog

FIRST = datetime(2026, 9, 7, 18, 0).astimezone()
# Top load and reps per session; the 1RM estimates are 126.7, 133, 132, 116.7, 138, 144.
LOADS = [(100, 8), (105, 8), (110, 6), (100, 5), (115, 6), (120, 6)]


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        for index, (load, reps) in enumerate(LOADS):
            began = FIRST + timedelta(days=5 * index)
            session = opened.start_session(
                "Strength", began, ended_at=began + timedelta(minutes=25)
            )
            opened.add_set(session, 1, load_kg=60, reps=10, ended_at=began, kind="warmup")
            for number in (1, 2, 3):
                opened.add_set(
                    session,
                    number,
                    load_kg=load,
                    reps=reps,
                    ended_at=began + timedelta(minutes=3 * number),
                    tut_s=reps * 5.0,
                    tempo="2-0-1-2",
                    rpe=8,
                )
        yield opened


def distinct_colours(image: QImage, step: int = 4) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_the_table_lists_sessions_newest_first_with_their_sets(
    qtbot: QtBot, log: TrainingLog
) -> None:
    view = HistoryView.from_log(log)
    qtbot.addWidget(view)
    table = view.table
    assert table.topLevelItemCount() == len(LOADS)
    newest = table.topLevelItem(0)
    assert newest.text(0).startswith(f"{FIRST + timedelta(days=25):%a %d %b %Y}")
    assert newest.text(0).endswith("25 min")
    assert newest.childCount() == 4
    assert [newest.child(i).text(0) for i in range(4)] == ["warm-up", "set 1", "set 2", "set 3"]
    assert newest.child(1).text(2) == "120 kg"
    assert newest.child(1).text(5) == "30 s"


def test_every_chart_renders_offscreen_and_saves_a_png(
    qtbot: QtBot, log: TrainingLog, tmp_path: Path
) -> None:
    view = HistoryView.from_log(log)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    for index, key in enumerate(CHARTS, start=1):
        view.tabs.setCurrentIndex(index)
        path = tmp_path / f"{key}.png"
        assert view.save_png(key, path)
        image = QImage(str(path))
        assert not image.isNull()
        assert image.width() > 400
        assert image.height() > 250
        assert distinct_colours(image) > 20, f"{key} drew more than a blank background"
        # The dark theme: the corner (chart background) is dark.
        corner = QColor(image.pixel(5, 5))
        assert corner.lightness() < 80, f"{key} is on a dark background"


def test_the_charts_plot_what_the_log_says(qtbot: QtBot, log: TrainingLog) -> None:
    view = HistoryView.from_log(log)
    qtbot.addWidget(view)
    (top,) = view.views["top_load"].chart().series()
    assert isinstance(top, QLineSeries)
    assert [p.y() for p in top.points()] == [load for load, _ in LOADS]
    (bars,) = view.views["weekly_volume"].chart().series()
    assert isinstance(bars, QBarSeries)
    weekly = [bars.barSets()[0].at(i) for i in range(bars.barSets()[0].count())]
    total = sum(3 * load * reps for load, reps in LOADS)
    assert sum(weekly) == pytest.approx(total), "warm-ups are not volume"
    (tut,) = view.views["tut"].chart().series()
    assert [p.y() for p in tut.points()] == [3 * reps * 5.0 + 0 for _, reps in LOADS]


def test_personal_records_are_starred_on_the_1rm_chart(qtbot: QtBot, log: TrainingLog) -> None:
    view = HistoryView.from_log(log)
    qtbot.addWidget(view)
    line, records = view.views["one_rm"].chart().series()
    assert isinstance(records, QScatterSeries)
    assert records.markerShape() is QScatterSeries.MarkerShape.MarkerShapeStar
    estimates = [load * (1 + reps / 30) for load, reps in LOADS]
    assert [p.y() for p in line.points()] == pytest.approx(estimates)
    # Sessions 3 and 4 are below the best so far: not records.
    assert [p.y() for p in records.points()] == pytest.approx(
        [estimates[0], estimates[1], estimates[4], estimates[5]]
    )


def test_pounds_and_an_empty_log(qtbot: QtBot, log: TrainingLog, tmp_path: Path) -> None:
    view = HistoryView(log.sessions(), unit="lb")
    qtbot.addWidget(view)
    (top,) = view.views["top_load"].chart().series()
    assert top.points()[0].y() == pytest.approx(220.46, abs=0.01)
    assert view.table.topLevelItem(0).child(1).text(2) == "264.6 lb"
    empty = HistoryView([])
    qtbot.addWidget(empty)
    assert empty.views["top_load"].chart().title().endswith("no sessions yet")
    assert empty.save_png("weekly_volume", tmp_path / "empty.png")


def test_a_notice_about_a_replaced_log_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "log.sqlite3"
    broken.write_bytes(b"not sqlite" * 500)
    with TrainingLog.open(broken) as log:
        view = HistoryView.from_log(log)
    qtbot.addWidget(view)
    assert not view.notice.isHidden()
    assert "could not be read" in view.notice.text()


def test_from_default_log_reads_and_closes_or_says_why(
    qtbot: QtBot, log: TrainingLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(log.path.parent))
    view = HistoryView.from_default_log(path=log.path)
    qtbot.addWidget(view)
    assert len(view.sessions) == len(LOADS)
    assert view.notice.isHidden()
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    broken = HistoryView.from_default_log(path=blocker / "log.sqlite3")
    qtbot.addWidget(broken)
    assert broken.sessions == []
    assert broken.notice.text().startswith("The training log cannot be shown: cannot create")


def test_the_table_is_dark_and_readable_outside_the_main_window(
    qtbot: QtBot, log: TrainingLog
) -> None:
    view = HistoryView.from_log(log)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    corner = QColor(image.pixel(image.width() - 10, image.height() - 10))
    assert corner.lightness() < 60
    palette = view.table.palette()
    text = palette.color(palette.ColorRole.Text)
    base = palette.color(palette.ColorRole.Base)
    assert text.lightness() - base.lightness() > 150, "light text on a dark table"


def test_escape_closes_the_history_window(qtbot: QtBot) -> None:
    view = HistoryView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not view.isVisible()
