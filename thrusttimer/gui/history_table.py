"""History's table of sessions and their sets, and changing a set from it.

Select a set (arrows or the mouse). Delete (the key or the button) removes it; Enter (or
Edit) opens it in an editor; Undo (the button or Ctrl+Z) puts back exactly what the last
change took, the same row with the same id, and the session too if its last set had gone.
A session left without sets is not in the log, so it leaves the table. A load not logged
reads "—"; a set with fewer reps than planned reads "partial", its reps "2 of 5". Each set
names its exercise, and a one-sided exercise's its side ("Single-leg hip thrust · left");
work sets are numbered within their exercise and side.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Final

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, number, translate
from thrusttimer.core.plan import shown_name as workout_name
from thrusttimer.gui.history_edit import SetEditor, SetValues, side_word
from thrusttimer.store.exercise_names import shown_name
from thrusttimer.store.log import (
    LoggedSession,
    LoggedSet,
    LogUnavailable,
    SetSnapshot,
    TrainingLog,
    Unit,
    from_kg,
    to_kg,
)
from thrusttimer.store.migrations import SchemaTooNew

KIND_WORDS: Final = {
    "warmup": QT_TRANSLATE_NOOP("HistoryTable", "warm-up"),
    "drop": QT_TRANSLATE_NOOP("HistoryTable", "drop set"),
    "failure": QT_TRANSLATE_NOOP("HistoryTable", "to failure"),
}
TABLE_COLUMNS: Final = (
    QT_TRANSLATE_NOOP("HistoryTable", "When / set"),
    QT_TRANSLATE_NOOP("HistoryTable", "Exercise"),
    QT_TRANSLATE_NOOP("HistoryTable", "Load"),
    QT_TRANSLATE_NOOP("HistoryTable", "Reps"),
    QT_TRANSLATE_NOOP("HistoryTable", "RPE"),
    QT_TRANSLATE_NOOP("HistoryTable", "TUT"),
    QT_TRANSLATE_NOOP("HistoryTable", "Tempo"),
    QT_TRANSLATE_NOOP("HistoryTable", "Note"),
)
"""The table's headers (marked, like KIND_WORDS: `translate("HistoryTable", ...)` where shown)."""
CHANGED_WORDS: Final = {
    "deleted": (
        QT_TRANSLATE_NOOP("HistoryTable", "Set {number} deleted. Ctrl+Z undoes it."),
        QT_TRANSLATE_NOOP(
            "HistoryTable", "Undone: set {number} is back as it was before it was deleted."
        ),
    ),
    "changed": (
        QT_TRANSLATE_NOOP("HistoryTable", "Set {number} changed. Ctrl+Z undoes it."),
        QT_TRANSLATE_NOOP(
            "HistoryTable", "Undone: set {number} is back as it was before it was changed."
        ),
    ),
}
"""What the table says after a change of each kind, and after its undo."""
SET_ID: Final = Qt.ItemDataRole.UserRole
Opener = Callable[[], AbstractContextManager[TrainingLog]]
"""Opens the training log for one change (and closes it after)."""
PROBLEMS: Final = (sqlite3.Error, LogUnavailable, SchemaTooNew, KeyError, ValueError)


def set_cells(s: LoggedSet, unit: Unit, work_number: int | None = None) -> list[str]:
    """A set's row, in the table's columns (`work_number`: its number among the session's
    work sets, `LoggedSession.work_number`)."""
    shown = s.set_number if work_number is None else work_number
    if s.kind == "normal":
        which = translate("HistoryTable", "set {number}").format(number=shown)
    else:
        which = translate("HistoryTable", KIND_WORDS[s.kind]) if s.kind in KIND_WORDS else s.kind
    # One decimal at most, none for a whole number: "102.5 kg", "100 kg".
    load = "—" if s.load_kg is None else f"{number(round(from_kg(s.load_kg, unit), 1))} {unit}"
    partial = translate("HistoryTable", "{reps} of {planned}")
    return [
        translate("HistoryTable", "{set} · partial").format(set=which) if s.partial else which,
        exercise_cell(s.exercise, s.side),
        load,
        partial.format(reps=s.reps, planned=s.planned_reps) if s.partial else str(s.reps),
        "" if s.rpe is None else number(s.rpe),
        "" if not s.tut_s else f"{s.tut_s:.0f} s",
        s.tempo or "",
        " / ".join(s.note.splitlines()),
    ]


def exercise_cell(logged: str, side: str | None) -> str:
    """The Exercise column: our name for one of our exercises (whatever name the set was
    logged or imported under), the logged name for another; a one-sided set's side after."""
    name = shown_name(logged)
    return name if side is None else f"{name} · {side_word(side)}"


class SessionsTable(QWidget):
    """The table, its Edit, Delete and Undo buttons, and the last change's words. Changes go
    through `opener` (none: the table only shows); `changed` carries the sessions after."""

    changed = Signal(list)

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opener: Opener | None = None
        self.unit: Unit = "kg"
        self._undo: list[tuple[str, SetSnapshot]] = []
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(TABLE_COLUMNS))
        self.tree.setHeaderLabels([translate("HistoryTable", column) for column in TABLE_COLUMNS])
        self.tree.setFont(font)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemActivated.connect(lambda item, _column: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.edit_button = QPushButton(self.tr("Edit set…  (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete set  (Del)"))
        self.undo_button = QPushButton(self.tr("Undo  (Ctrl+Z)"))
        self.said = QLabel("")
        for widget in (self.edit_button, self.delete_button, self.undo_button, self.said):
            widget.setFont(font)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        self.tree.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.said, 1)
        for button in (self.undo_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._enable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete and Ctrl+Z (the platform's Undo) while the table has the keys."""
        if watched is self.tree and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and _ours(event):
                event.accept()  # before any window shortcut on the same keys
                return True
            if event.type() == QEvent.Type.KeyPress and _ours(event):
                if event.matches(QKeySequence.StandardKey.Undo):
                    self.undo()
                else:
                    self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # Showing ---------------------------------------------------------------------------

    def fill(self, sessions: Sequence[LoggedSession], unit: Unit) -> None:
        """Sessions newest first, each with its sets; the selection stays on the same set."""
        chosen = self.selected_id()
        self.unit = unit
        self.tree.clear()
        for session in reversed(sessions):
            length = ""
            if session.duration_s:
                minutes = round(session.duration_s / 60)
                length = self.tr(" · {minutes} min").format(minutes=minutes)
            head = QTreeWidgetItem(
                [f"{started_text(session.started_at)}{length}", workout_name(session.name)]
            )
            bold = QFont(self.tree.font())
            bold.setBold(True)
            head.setFont(0, bold)
            for s in session.sets:
                item = QTreeWidgetItem(head, set_cells(s, unit, session.work_number(s)))
                item.setData(0, SET_ID, s.id)
            self.tree.addTopLevelItem(head)
        self.tree.expandAll()
        if chosen is not None:
            self.select(chosen)
        self._enable()

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, SET_ID) if item is not None else None
        return value if isinstance(value, int) else None

    def select(self, set_id: int) -> bool:
        every = Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
        for item in self.tree.findItems("*", every):
            if item.data(0, SET_ID) == set_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    # Changing --------------------------------------------------------------------------

    def delete_selected(self) -> None:
        set_id = self.selected_id()
        if set_id is None:
            return
        current = self.tree.currentItem()
        below = self.tree.itemBelow(current) if current is not None else None
        after = below.data(0, SET_ID) if below is not None else None
        if self._change(lambda log: log.delete_set(set_id), "deleted") and isinstance(after, int):
            self.select(after)

    def edit_selected(self) -> None:
        set_id = self.selected_id()
        if set_id is None or self.opener is None:
            return
        row = self._read(set_id)
        if row is None:
            return
        editor = SetEditor(row, self)
        if editor.exec() != SetEditor.DialogCode.Accepted:
            return
        values = editor.values()
        self._change(lambda log: _edit(log, set_id, values), "changed")

    def undo(self) -> None:
        if not self._undo or self.opener is None:
            return
        what, taken = self._undo[-1]
        if self._change(lambda log: log.restore_set(taken), None):
            self._undo.pop()
            undone = translate("HistoryTable", CHANGED_WORDS[what][1])
            self.said.setText(undone.format(number=taken.set_number))
            self.select(taken.set_id)
        self._enable()

    def _change(self, change: Callable[[TrainingLog], object], what: str | None) -> bool:
        """Run `change` on the log and show the sessions after; False if it failed (the
        reason is shown). A change that answers with a snapshot can be undone."""
        if self.opener is None:
            return False
        try:
            with self.opener() as log:
                result = change(log)
                sessions = log.sessions()
        except PROBLEMS as error:
            self.said.setText(self.tr("Nothing changed: {error}").format(error=error))
            return False
        if what is not None and isinstance(result, SetSnapshot):
            self._undo.append((what, result))
            done = translate("HistoryTable", CHANGED_WORDS[what][0])
            self.said.setText(done.format(number=result.set_number))
        self.changed.emit(sessions)
        return True

    def _read(self, set_id: int) -> LoggedSet | None:
        assert self.opener is not None
        try:
            with self.opener() as log:
                return log.get_set(set_id)
        except PROBLEMS as error:
            self.said.setText(self.tr("That set cannot be edited: {error}").format(error=error))
            return None

    def _enable(self) -> None:
        can = self.opener is not None
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(can and chosen)
        self.delete_button.setEnabled(can and chosen)
        self.undo_button.setEnabled(can and bool(self._undo))


def _ours(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Delete or event.matches(QKeySequence.StandardKey.Undo)


def _edit(log: TrainingLog, set_id: int, values: SetValues) -> SetSnapshot:
    load_kg = None if values.load is None else to_kg(values.load, values.unit)
    return log.update_set(
        set_id,
        load_kg=load_kg,
        reps=values.reps,
        rpe=values.rpe,
        note=values.note,
        unit=values.unit,
    )


def started_text(started: datetime) -> str:
    """When a session started, with the day's and month's names in the interface's
    language: "Sun 06 Dec 2026 18:20", "So. 06 Dez. 2026 18:20"."""
    moment = QDateTime(
        QDate(started.year, started.month, started.day), QTime(started.hour, started.minute)
    )
    return QLocale().toString(moment, "ddd dd MMM yyyy HH:mm")  # i18n: not shown
