"""The quick entry that appears when a set ends: load, reps, RPE and a note, in big controls.

The set is already in the log with defaults when this appears (the `Recorder` commits it at
the set's end); the entry only updates that row. It is a plain widget laid over the window,
never a modal dialog, so the rest countdown runs on underneath it. Enter saves what is shown
(so one key accepts the defaults), Esc skips; while it has the focus those two keys are its
own, and every other window shortcut (Space to pause, +/− for the rest) still works.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.content import Phase
from thrusttimer.core.session import Event, PhaseStarted
from thrusttimer.store.log import UNITS, LoggedSet, Unit, from_kg, to_kg
from thrusttimer.store.recorder import Recorder, SetRecorded

RPE_CHOICES: Final = ("—", *(f"{value / 2:g}" for value in range(12, 21)))
"""No RPE, then 6 to 10 in half steps."""
LOAD_STEP: Final = {"kg": 2.5, "lb": 5.0}
MAX_LOAD: Final = {"kg": 1000.0, "lb": 2200.0}
TEXT_PX: Final = 28
TITLE_PX: Final = 34
CONTROL_HEIGHT: Final = 64
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
SAVED_HINT: Final = "Already saved with these values. Enter keeps them, Esc closes this."
CHANGED_HINT: Final = "Changed: Enter saves the new values, Esc keeps the first ones."

STYLE: Final = f"""
LogEntry {{ background: #171a20; border: 2px solid #5be0c8; border-radius: 12px; }}
LogEntry QLabel {{ color: #f4f6f8; font-size: {TEXT_PX}px; background: transparent; }}
LogEntry QLabel#title {{ font-size: {TITLE_PX}px; font-weight: bold; }}
LogEntry QLabel#hint {{ color: #a9b1bb; font-size: {TEXT_PX - 6}px; }}
LogEntry QDoubleSpinBox, LogEntry QSpinBox, LogEntry QComboBox, LogEntry QLineEdit,
LogEntry QPushButton {{
    font-size: {TEXT_PX}px; min-height: {CONTROL_HEIGHT}px; color: #f4f6f8;
    background: #0b0d10; border: 1px solid #a9b1bb; border-radius: 6px; padding: 0 10px;
}}
LogEntry QPushButton#save {{ background: #5be0c8; color: #0b0d10; font-weight: bold; }}
LogEntry QPushButton#step {{ min-width: {CONTROL_HEIGHT}px; font-weight: bold; }}
LogEntry QAbstractSpinBox::up-button, LogEntry QAbstractSpinBox::down-button {{ width: 0; }}
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """What the lifter entered for a set."""

    set_id: int
    load: float
    unit: Unit
    reps: int
    rpe: float | None
    note: str


class LogEntry(QFrame):
    """Shows a recorded set's defaults for correction. Place it with `overlay_on`, feed it
    with `attach(recorder)` (or `show_for`), and listen to `saved` / `skipped`."""

    saved = Signal(object)
    """An `Entry`, emitted when the lifter accepts (Enter or the Save button)."""
    skipped = Signal(int)
    """The set id, when the lifter dismisses the entry (Esc or the Skip button)."""
    failed = Signal(str)
    """The entry could not be saved through the recorder (the defaults stay in the log)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LogEntry")
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self._set_id: int | None = None
        self._set_number: int | None = None
        self._unit: Unit = "kg"
        self._recorder: Recorder | None = None
        self._unsubscribe: list[Callable[[], None]] = []
        self.saved.connect(self._save_through_recorder)

        self.title = QLabel("Set logged")
        self.title.setObjectName("title")
        self.load = QDoubleSpinBox()
        self.load.setDecimals(1)
        self.load.setAccelerated(True)
        self.unit = QComboBox()
        self.unit.addItems(list(UNITS))
        self.unit.currentTextChanged.connect(self._unit_changed)
        self.reps = QSpinBox()
        self.reps.setRange(0, 100)
        self.rpe = QComboBox()
        self.rpe.addItems(list(RPE_CHOICES))
        self.note = QLineEdit()
        self.note.setPlaceholderText("optional")
        self.note.setMaxLength(500)
        self.save_button = QPushButton("Save  (Enter)")
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.accept_entry)
        self.skip_button = QPushButton("Skip  (Esc)")
        self.skip_button.clicked.connect(self.skip)
        for widget in (self.save_button, self.skip_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = hint = QLabel(SAVED_HINT)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.load.valueChanged.connect(self._changed)
        self.reps.valueChanged.connect(self._changed)
        self.rpe.currentTextChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        for field in (self.load, self.reps, self.rpe, self.note):
            field.installEventFilter(self)
        # Focus given to the entry (a click on its frame or a step button) lands on the load.
        self.setFocusProxy(self.load)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(QLabel("Load"), 0, 0)
        load_row = QHBoxLayout()
        load_row.addWidget(self._step_button("−", self.load.stepDown))
        load_row.addWidget(self.load, 3)
        load_row.addWidget(self._step_button("+", self.load.stepUp))
        load_row.addWidget(self.unit, 1)
        grid.addLayout(load_row, 0, 1)
        grid.addWidget(QLabel("Reps"), 0, 2)
        reps_row = QHBoxLayout()
        reps_row.addWidget(self._step_button("−", self.reps.stepDown))
        reps_row.addWidget(self.reps, 1)
        reps_row.addWidget(self._step_button("+", self.reps.stepUp))
        grid.addLayout(reps_row, 0, 3)
        grid.addWidget(QLabel("RPE"), 1, 0)
        grid.addWidget(self.rpe, 1, 1)
        grid.addWidget(QLabel("Note"), 1, 2)
        grid.addWidget(self.note, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self._set_unit_range("kg")
        self.hide()

    def _step_button(self, text: str, step: Callable[[], None]) -> QPushButton:
        """A big − or + beside a number, for a mouse or a touch screen."""
        button = QPushButton(text)
        button.setObjectName("step")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRepeat(True)
        button.clicked.connect(lambda _checked=False: step())
        return button

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

    def show_for(self, row: LoggedSet, set_count: int | None = None) -> None:
        """Fill in the recorded set's values and show, taking the keyboard focus."""
        self._set_id, self._set_number = row.id, row.set_number
        of = f" of {set_count}" if set_count else ""
        self.title.setText(f"Set {row.set_number}{of} logged")
        self.unit.blockSignals(True)
        self.unit.setCurrentText(row.unit)
        self.unit.blockSignals(False)
        self._unit = row.unit
        self._set_unit_range(row.unit)
        self.load.setValue(round(row.load, 1))
        self.reps.setValue(row.reps)
        self.rpe.setCurrentText("—" if row.rpe is None else f"{row.rpe:g}")
        self.note.setText(row.note)
        self.hint.setText(SAVED_HINT)
        self._place()
        self.show()
        self.raise_()
        # The load takes the keys, its number selected: typing replaces it.
        self.load.setFocus(Qt.FocusReason.OtherFocusReason)
        self.load.selectAll()

    @property
    def set_id(self) -> int | None:
        return self._set_id

    def entry(self) -> Entry:
        assert self._set_id is not None, "show_for a set first"
        rpe_text = self.rpe.currentText()
        return Entry(
            set_id=self._set_id,
            load=round(self.load.value(), 1),
            unit=self._unit,
            reps=self.reps.value(),
            rpe=None if rpe_text == "—" else float(rpe_text),
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

    def _close(self) -> None:
        had_focus = self.isAncestorOf(self.focusWidget()) or self.hasFocus()
        self.hide()
        host = self.parentWidget()
        if had_focus and host is not None:
            host.setFocus(Qt.FocusReason.OtherFocusReason)

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

    # Placement ---------------------------------------------------------------------------

    def overlay_on(self, host: QWidget) -> None:
        """Float over the bottom of `host` (a window's central widget), following its size."""
        self.setParent(host)
        host.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
            return False
        if isinstance(event, QKeyEvent) and watched in (self.load, self.reps, self.rpe, self.note):
            return self._field_key(watched, event)
        return False

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
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        margin = 16
        height = min(self.sizeHint().height(), host.height() - 2 * margin)
        self.setGeometry(margin, host.height() - height - margin, host.width() - 2 * margin, height)

    # Internals ---------------------------------------------------------------------------

    def _set_unit_range(self, unit: Unit) -> None:
        self.load.setRange(0.0, MAX_LOAD[unit])
        self.load.setSingleStep(LOAD_STEP[unit])
        self.load.setSuffix(f" {unit}")

    def _unit_changed(self, text: str) -> None:
        new: Unit = "lb" if text == "lb" else "kg"
        load_kg = to_kg(self.load.value(), self._unit)
        self._unit = new
        self._set_unit_range(new)
        self.load.setValue(round(from_kg(load_kg, new), 1))

    def _changed(self, *_: object) -> None:
        self.hint.setText(CHANGED_HINT)

    def _on_recorded(self, event: SetRecorded) -> None:
        self.show_for(event.row, event.set_count)

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
            self.failed.emit(f"Set {self._set_number} kept its first values: {error}")
