"""History edits and deletes a logged set, and Undo puts back exactly what was there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from thrusttimer.gui.history_edit import SetEditor
from thrusttimer.gui.history_view import HistoryView
from thrusttimer.store.log import LoggedSet, TrainingLog

FIRST = datetime(2026, 9, 7, 18, 0).astimezone()
Key = Qt.Key


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        for day, name in ((0, "Strength"), (2, "Light")):
            began = FIRST + timedelta(days=day)
            session = opened.start_session(name, began, ended_at=began + timedelta(minutes=20))
            sets = [(1, 100.0, 5), (2, 100.0, 3), (3, None, 5)] if day == 0 else [(1, 60.0, 8)]
            for number, load, reps in sets:
                opened.add_set(
                    session, number, load_kg=load, reps=reps, planned_reps=5 if day == 0 else 8,
                    ended_at=began + timedelta(minutes=3 * number), rpe=8, note="ok",
                )  # fmt: skip
        yield opened


def shown(qtbot: QtBot, log: TrainingLog) -> HistoryView:
    view = HistoryView.from_log(log)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def every_set(log: TrainingLog) -> list[LoggedSet]:
    return [s for session in log.sessions() for s in session.sets]


def test_partial_sets_and_loads_not_logged_read_as_such(qtbot: QtBot, log: TrainingLog) -> None:
    view = shown(qtbot, log)
    strength = view.table.topLevelItem(1)
    rows = [[strength.child(i).text(c) for c in (0, 2, 3)] for i in range(3)]
    assert rows == [["set 1", "100 kg", "5"], ["set 2 · partial", "100 kg", "3 of 5"],
                    ["set 3", "—", "5"]]  # fmt: skip


def test_delete_removes_the_selected_set_and_ctrl_z_puts_it_back_exactly(
    qtbot: QtBot, log: TrainingLog
) -> None:
    before = every_set(log)
    view = shown(qtbot, log)
    view.table.setFocus()
    view.table.setCurrentItem(view.table.topLevelItem(1).child(0))
    qtbot.keyClick(view.table, Key.Key_Down)  # set 2, by the keyboard
    qtbot.keyClick(view.table, Key.Key_Delete)
    assert [s.set_number for s in log.sessions()[0].sets] == [1, 3]
    assert view.table.topLevelItem(1).childCount() == 2
    assert "Set 2 deleted" in view.sessions_table.said.text()
    assert view.sessions_table.selected_id() == before[2].id, "the next set is selected"
    qtbot.keyClick(view.table, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert every_set(log) == before, "the same set, with its id and every value"
    assert view.sessions_table.selected_id() == before[1].id
    assert view.table.topLevelItem(1).childCount() == 3


def test_deleting_a_sessions_last_set_takes_the_session_off_and_undo_brings_it_back(
    qtbot: QtBot, log: TrainingLog
) -> None:
    before = log.sessions()
    view = shown(qtbot, log)
    view.table.setCurrentItem(view.table.topLevelItem(0).child(0))  # Light's only set
    view.sessions_table.delete_button.click()
    assert [s.name for s in log.sessions()] == ["Strength"]
    assert view.table.topLevelItemCount() == 1, "no empty session in the list"
    assert len(view.sessions) == 1, "nor in the charts"
    view.sessions_table.undo_button.click()
    assert log.sessions() == before
    assert view.table.topLevelItemCount() == 2


def test_enter_edits_a_set_and_undo_takes_the_edit_back(
    qtbot: QtBot, log: TrainingLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = every_set(log)
    view = shown(qtbot, log)
    opened: list[SetEditor] = []

    def answer(editor: SetEditor) -> int:
        opened.append(editor)
        assert editor.load.text() == "100.0 kg"
        qtbot.keyClick(editor.load, Key.Key_PageDown)
        editor.load.set_load(None)  # not logging it after all
        editor.reps.setValue(4)
        editor.note.setText("hips dropped")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SetEditor, "exec", answer)
    view.table.setFocus()
    view.table.setCurrentItem(view.table.topLevelItem(1).child(0))
    qtbot.keyClick(view.table, Key.Key_Return)
    assert len(opened) == 1
    edited = log.get_set(before[0].id)
    assert (edited.load_kg, edited.reps, edited.note, edited.partial) == (
        None, 4, "hips dropped", True,
    )  # fmt: skip
    assert view.table.topLevelItem(1).child(0).text(0) == "set 1 · partial"
    assert view.table.topLevelItem(1).child(0).text(2) == "—"
    view.sessions_table.undo()
    assert every_set(log) == before
    assert not view.sessions_table.undo_button.isEnabled(), "nothing left to undo"


def test_a_cancelled_edit_changes_nothing(
    qtbot: QtBot, log: TrainingLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = every_set(log)
    view = shown(qtbot, log)
    monkeypatch.setattr(SetEditor, "exec", lambda editor: QDialog.DialogCode.Rejected)
    view.table.setCurrentItem(view.table.topLevelItem(1).child(1))
    view.sessions_table.edit_button.click()
    assert every_set(log) == before
    assert not view.sessions_table.undo_button.isEnabled()


def test_the_window_on_the_default_log_edits_it_through_a_log_of_its_own(
    qtbot: QtBot, log: TrainingLog
) -> None:
    view = HistoryView.from_default_log(path=log.path)
    qtbot.addWidget(view)
    view.table.setCurrentItem(view.table.topLevelItem(1).child(2))
    view.sessions_table.delete_selected()
    assert [s.set_number for s in log.sessions()[0].sets] == [1, 2]
    view.sessions_table.undo()
    assert [s.set_number for s in log.sessions()[0].sets] == [1, 2, 3]


def test_a_view_without_a_log_only_shows(qtbot: QtBot, log: TrainingLog) -> None:
    view = HistoryView(log.sessions())
    qtbot.addWidget(view)
    view.table.setCurrentItem(view.table.topLevelItem(1).child(0))
    assert not view.sessions_table.delete_button.isEnabled()
    view.sessions_table.delete_selected()
    assert len(every_set(log)) == 4


def test_a_set_gone_meanwhile_is_said_and_nothing_breaks(qtbot: QtBot, log: TrainingLog) -> None:
    view = shown(qtbot, log)
    view.table.setCurrentItem(view.table.topLevelItem(1).child(0))
    log.delete_set(every_set(log)[0].id)  # deleted elsewhere (another History window)
    view.sessions_table.delete_selected()
    assert view.sessions_table.said.text().startswith("Nothing changed: ")
