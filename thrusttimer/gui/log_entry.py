"""The quick entry that appears when a set ends: load, reps, RPE and a note, in big controls.

The set is already in the log with defaults when this appears (the `Recorder` commits it at
the set's end); the entry only updates that row. It is a plain widget in a room of its own
below the rest screen (`log_room`), never a modal dialog and never over the rest's buttons,
so the rest countdown runs on beside it. Enter saves what is shown (so one key accepts the
defaults), Esc skips; while it has the focus those two keys are its own, and every other
window shortcut (Space to pause, +/− for the rest) still works. A set with fewer reps than
planned (stopped early, or a failed rep entered here) is partial, and the title says so.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.model import Phase
from thrusttimer.core.session_events import Event, PhaseStarted
from thrusttimer.gui.floor_panel import FloorPanel, step_button
from thrusttimer.gui.load_field import LoadField
from thrusttimer.gui.set_words import rpe_choices, rpe_text, rpe_value, set_titles
from thrusttimer.store.log import UNITS, LoggedSet, Unit
from thrusttimer.store.recorder import Recorder, SetRecorded

_OWN_KEYS: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
_STEP_KEYS: Final = {
    Qt.Key.Key_Up: 1,
    Qt.Key.Key_PageUp: 1,
    Qt.Key.Key_Down: -1,
    Qt.Key.Key_PageDown: -1,
}
"""Arrows and a clicker's next/previous change a number by one step (the smallest pair of
plates for the load)."""
_WINDOW_KEYS: Final = (Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal)
"""Keys a number field would swallow that stay the window's: pause and the rest's ±30 s."""
KEEP_TEXT: Final = QT_TRANSLATE_NOOP("LogEntry", "Keep  (Enter)")
"""The Enter button while the entry shows what is already saved (marked, like SAVE_TEXT:
`translate("LogEntry", ...)` where shown)."""
SAVE_TEXT: Final = QT_TRANSLATE_NOOP("LogEntry", "Save  (Enter)")
"""The Enter button once something was changed."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What the lifter entered for a set."""

    set_id: int
    load: float | None
    """None: not logged."""
    unit: Unit
    reps: int
    rpe: float | None
    note: str


class LogEntry(FloorPanel):
    """Shows a recorded set's defaults for correction. Give it a room (`log_room.Room`),
    feed it with `attach(recorder)` (or `show_for`), and listen to `saved` / `skipped`."""

    saved = Signal(object)
    """An `Entry`, emitted when the lifter accepts (Enter or the Save button)."""
    skipped = Signal(int)
    """The set id, when the lifter dismisses the entry (Esc or the Skip button)."""
    failed = Signal(str)
    """The entry could not be saved through the recorder (the defaults stay in the log)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("LogEntry", parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._set_id: int | None = None
        self._set_number: int | None = None
        self._planned: int | None = None
        self._set_count: int | None = None
        self._label = ""
        self._recorder: Recorder | None = None
        self._unsubscribe: list[Callable[[], None]] = []
        self.saved.connect(self._save_through_recorder)

        self.title = QLabel(self.tr("Set logged"))
        self.title.setObjectName("title")
        self.load = LoadField()
        self.unit = QComboBox()
        self.unit.addItems(list(UNITS))
        self.unit.currentTextChanged.connect(self._unit_changed)
        self.reps = QSpinBox()
        self.reps.setRange(0, 100)
        self.rpe = QComboBox()
        self.rpe.addItems(list(rpe_choices()))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional"))
        self.note.setMaxLength(500)
        self.save_button = QPushButton(translate("LogEntry", KEEP_TEXT))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.accept_entry)
        self.skip_button = QPushButton(self.tr("Skip  (Esc)"))
        self.skip_button.clicked.connect(self.skip)
        for widget in (self.save_button, self.skip_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.load.valueChanged.connect(self._changed)
        self.reps.valueChanged.connect(self._changed)
        self.rpe.currentTextChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        for field in (self.load, self.reps, self.rpe, self.note):
            field.installEventFilter(self)
        # Focus given to the entry (a click on its frame or a step button) lands on the load.
        self.setFocusProxy(self.load)

        # Two rows, so the rest screen above keeps its room and the phase word its size:
        # what was logged, the load and the RPE; the reps, a note and the answer.
        first = QHBoxLayout()
        first.addWidget(self.title)
        first.addSpacing(12)
        first.addWidget(QLabel(self.tr("Load")))
        first.addWidget(step_button("−", self.load.stepDown))
        first.addWidget(self.load, 3)
        first.addWidget(step_button("+", self.load.stepUp))
        first.addWidget(self.unit, 1)
        first.addSpacing(12)
        first.addWidget(QLabel(self.tr("RPE")))
        first.addWidget(self.rpe, 1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Reps")))
        second.addWidget(step_button("−", self.reps.stepDown))
        second.addWidget(self.reps, 1)
        second.addWidget(step_button("+", self.reps.stepUp))
        second.addSpacing(12)
        second.addWidget(QLabel(self.tr("Note")))
        second.addWidget(self.note, 3)
        second.addWidget(self.skip_button)
        second.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 5, 12, 5)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        self._first = first
        self._titles: tuple[str, ...] = ()
        self.hide()

    # Feeding it --------------------------------------------------------------------------

    def attach(self, recorder: Recorder) -> None:
        """Show after each set `recorder` commits, save entries through it, and get out of
        the way when the next set starts. Attaching to the next session's recorder replaces
        the previous one."""
        self.detach()
        self._recorder = recorder
        self._unsubscribe = [
            recorder.recorded.connect(self._on_recorded),
            recorder.session.events.connect(self._on_session_event),
        ]

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self._recorder = None
        if self.isVisible():
            self._close()

    def show_for(self, row: LoggedSet, set_count: int | None = None, label: str = "") -> None:
        """Fill in the recorded set's values and show, taking the keyboard focus; `label`
        names the set ("Warm-up 1 of 3") when its number alone would not."""
        self._set_id, self._set_number = row.id, row.set_number
        self._planned = row.planned_reps
        self._set_count, self._label = set_count, label
        self.unit.blockSignals(True)
        self.unit.setCurrentText(row.unit)
        self.unit.blockSignals(False)
        self.load.set_unit(row.unit)
        self.load.set_load(row.load)
        self.reps.setValue(row.reps)
        self.rpe.setCurrentText(rpe_text(row.rpe))
        self.note.setText(row.note)
        self.save_button.setText(translate("LogEntry", KEEP_TEXT))
        self._retitle()
        self.show()
        self.raise_()
        # The load takes the keys, its number selected: typing replaces it.
        self.load.setFocus(Qt.FocusReason.OtherFocusReason)
        self.load.selectAll()

    @property
    def set_id(self) -> int | None:
        return self._set_id

    def entry(self) -> Entry:
        assert self._set_id is not None, "show_for a set first"  # i18n: not shown
        chosen_rpe = self.rpe.currentText()
        return Entry(
            set_id=self._set_id,
            load=self.load.load(),
            unit=self.load.unit,
            reps=self.reps.value(),
            rpe=rpe_value(chosen_rpe),
            note=self.note.text().strip(),
        )

    # Answering ---------------------------------------------------------------------------

    def accept_entry(self) -> None:
        if self._set_id is None or not self.isVisible():
            return
        for number in (self.load, self.reps):
            number.interpretText()  # a number being typed counts, without leaving the field
        entry = self.entry()
        self._close()
        self.saved.emit(entry)

    def skip(self) -> None:
        if self._set_id is None or not self.isVisible():
            return
        set_id = self._set_id
        self._close()
        self.skipped.emit(set_id)

    # Keys --------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Claim Enter and Esc before the window's shortcuts (ready, stop) see them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _OWN_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_entry()
        elif event.key() == Qt.Key.Key_Escape:
            self.skip()
        else:
            super().keyPressEvent(event)

    # Keys in the fields -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and watched in (self.load, self.reps, self.rpe, self.note):
            return self._field_key(watched, event)
        return super().eventFilter(watched, event)

    def _field_key(self, field: QObject, event: QKeyEvent) -> bool:
        """Enter and Esc answer from any field; arrows and a clicker's keys step a number by
        one step; the window keeps Space and ±, except in the note, where they are text."""
        key = event.key()
        number = field if field in (self.load, self.reps) else None
        if event.type() == QEvent.Type.ShortcutOverride:
            if key in _OWN_KEYS or (number is not None and key in _STEP_KEYS):
                event.accept()  # ours, not the window's ready/stop/redo/skip
                return True
            if number is not None and key in _WINDOW_KEYS:
                event.ignore()  # the window's pause and rest keys work on
                return True
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_entry()
            return True
        if key == Qt.Key.Key_Escape:
            self.skip()
            return True
        if key in _STEP_KEYS and (number is self.load or number is self.reps):
            number.interpretText()
            number.stepBy(_STEP_KEYS[Qt.Key(key)])
            number.selectAll()
            return True
        if number is not None and key in _WINDOW_KEYS:
            # Reached as a key press, the window's shortcut did not take it (its window is
            # not the active one, as under a bare X server): the window's own key handling
            # gets it, never the number field, which would swallow it.
            QApplication.sendEvent(self.window(), event)
            event.accept()  # handled once, there: not passed up the parents as well
            return True
        return False

    # Internals ---------------------------------------------------------------------------

    def _unit_changed(self, text: str) -> None:
        self.load.set_unit("lb" if text == "lb" else "kg")

    def _changed(self, *_: object) -> None:
        self.save_button.setText(translate("LogEntry", SAVE_TEXT))
        self._retitle()

    def _retitle(self) -> None:
        if self._set_number is None:
            return
        planned = self._planned
        self.reps.setSuffix(
            "" if planned is None else self.tr(" of {planned}").format(planned=planned)
        )
        partial = planned is not None and self.reps.value() < planned
        self._titles = set_titles(self._set_number, self._set_count, partial, self._label)
        self._fit_title()

    def _fit_title(self) -> None:
        """The longest title that fits beside the first row's controls."""
        titles = self._titles
        if not titles:
            return
        layout = self.layout()
        room = self.width()
        if layout is not None:
            margins = layout.contentsMargins()
            room -= margins.left() + margins.right()
        others = self._first.minimumSize().width() - self.title.minimumSizeHint().width()
        metrics = self.title.fontMetrics()
        text = next(
            (t for t in titles if metrics.horizontalAdvance(t) + others <= room), titles[-1]
        )
        if self.title.text() != text:
            self.title.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _on_recorded(self, event: SetRecorded) -> None:
        self.show_for(event.row, event.set_count, event.label)

    def _on_session_event(self, event: Event) -> None:
        # The next set has begun: the lifter has moved on; the defaults stand.
        if (
            isinstance(event, PhaseStarted)
            and event.segment.phase is not Phase.REST
            and event.segment.rep is not None
            and self._set_number is not None
            and event.segment.set > self._set_number
            and self.isVisible()
        ):
            self._close()

    def _save_through_recorder(self, entry: Entry) -> None:
        if self._recorder is None:
            return  # used without a recorder: whoever listens to `saved` stores it
        try:
            self._recorder.amend(
                entry.set_id,
                load=entry.load,
                reps=entry.reps,
                rpe=entry.rpe,
                note=entry.note,
                unit=entry.unit,
            )
        except (sqlite3.Error, ValueError, KeyError) as error:
            self.failed.emit(
                self.tr("Set {number} kept its first values: {error}").format(
                    number=self._set_number, error=error
                )
            )
