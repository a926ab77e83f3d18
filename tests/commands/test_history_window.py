"""`thrusttimer history --window`: the History room on its own, on the chosen exercise."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.support.training_log import add_session
from thrusttimer.cli import main
from thrusttimer.gui.history_view import HistoryView
from thrusttimer.store.log import DATA_DIR_ENV, LOG_FILE_NAME, TrainingLog


@pytest.fixture
def shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> list[HistoryView]:
    """The views `--window` shows; its event loop returns at once."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    with TrainingLog.open(tmp_path / LOG_FILE_NAME) as log:
        add_session(log, "Glute day A", 2, 100, [10, 10])
        add_session(log, "Glute day A", 3, 0, [20, 20], exercise="Frog Pumps")
    views: list[HistoryView] = []
    original = HistoryView.from_default_log

    def made(*args: object, **options: object) -> HistoryView:
        view = original(*args, **options)  # type: ignore[arg-type]
        views.append(view)
        return view

    monkeypatch.setattr(HistoryView, "from_default_log", made)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    yield views
    for view in views:
        view.close()


def test_the_window_opens_on_the_exercise_asked_for(
    shown: list[HistoryView], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "--window", "--exercise", "frog-pump"]) == 0
    assert shown[0].exercise_bar.exercise() == "frog-pump"
    assert capsys.readouterr().err == ""


def test_an_exercise_with_no_sets_yet_is_said_not_shown_silently(
    shown: list[HistoryView], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "--window", "--exercise", "glute-bridge"]) == 0
    assert shown[0].exercise_bar.exercise() == "hip-thrust"
    assert capsys.readouterr().err == (
        "thrusttimer history: --exercise: no sets of Barbell glute bridge in the log yet; "
        "the window charts Barbell hip thrust\n"
    )
