"""The quick entry: Enter keeps the defaults, Esc skips, edits update the recorded row, and
the rest runs on while it is open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.core.session_states import State
from thrusttimer.core.timeline import compile_plan
from thrusttimer.gui.floor_panel import CONTROL_SHARE
from thrusttimer.gui.log_entry import Entry, LogEntry
from thrusttimer.gui.log_room import Room
from thrusttimer.gui.set_words import RPE_CHOICES
from thrusttimer.gui.theme import readable_px
from thrusttimer.store.log import TrainingLog
from thrusttimer.store.recorder import Recorder

# A timed rest: the next set starts by the clock, whatever the entry is doing.
PLAN = Plan.build(sets=2, reps=3, tempo="1-0-1-1", rest_s=60, lead_in_s=0, advance_when_ready=False)
START = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


class Rig:
    """A window with the entry below its rest screen, a session on a fake clock and a
    recorder (`load` None: not logged)."""

    def __init__(self, qtbot: QtBot, log: TrainingLog, load: float | None = 100) -> None:
        self.clock = FakeClock()
        self.session = Session(PLAN, self.clock)
        origin = self.clock()
        self.recorder = Recorder(
            log,
            self.session,
            load=load,
            now=lambda: START + timedelta(seconds=self.clock() - origin),
        )
        self.recorder.choose_load(load)
        self.window = QMainWindow()
        self.window.resize(1000, 700)
        central = QWidget()
        self.rest = QWidget()  # stands for the rest screen the entry goes below
        column = QVBoxLayout(central)
        column.addWidget(self.rest, 1)
        self.window.setCentralWidget(central)
        self.window_keys: list[str] = []
        for key, name in ((Qt.Key.Key_Return, "ready"), (Qt.Key.Key_Escape, "stop")):
            QShortcut(QKeySequence(key), self.window, lambda n=name: self.window_keys.append(n))
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.window, self.session.toggle_pause)
        self.entry = LogEntry()
        Room.under(self.rest, self.rest).add(self.entry)
        self.entry.attach(self.recorder)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)
        self.session.start()

    def run_to(self, seconds: float) -> None:
        while self.session.position_s() < seconds and self.session.active:
            self.clock.advance(0.1)
            self.session.tick()


def set_end_s(number: int) -> float:
    return max(s.end_s for s in compile_plan(PLAN).segments if s.set == number and s.rep)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def test_it_appears_when_a_set_ends_with_the_recorded_defaults(
    qtbot: QtBot, log: TrainingLog
) -> None:
    rig = Rig(qtbot, log)
    assert not rig.entry.isVisible()
    rig.run_to(set_end_s(1) + 0.05)
    assert rig.entry.isVisible()
    assert rig.entry.title.text() == "Set 1 of 2 logged"
    assert rig.entry.load.value() == 100
    assert rig.entry.reps.value() == 3
    assert rig.entry.rpe.currentText() == "—"
    assert rig.entry.load.hasFocus(), "the load takes the keys at once"
    assert log.count_sets() == 1, "recorded before the lifter answers"


def test_enter_accepts_the_defaults_and_the_window_does_not_see_it(
    qtbot: QtBot, log: TrainingLog
) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    saved: list[Entry] = []
    rig.entry.saved.connect(saved.append)
    qtbot.keyClick(rig.entry, Qt.Key.Key_Return)
    assert not rig.entry.isVisible()
    assert saved == [Entry(rig.recorder.set_ids[1], 100.0, "kg", 3, None, "")]
    assert rig.window_keys == [], "Enter did not also end the rest"
    assert rig.session.state is State.REST
    # With the entry gone, the window's own Enter works again.
    qtbot.keyClick(rig.window.centralWidget(), Qt.Key.Key_Return)
    assert rig.window_keys == ["ready"]


def test_an_edited_entry_updates_the_recorded_row(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    rig.entry.unit.setCurrentText("lb")
    assert rig.entry.load.value() == pytest.approx(220.5)
    rig.entry.load.setValue(225)
    rig.entry.reps.setValue(2)
    rig.entry.rpe.setCurrentText("9.5")
    rig.entry.note.setFocus()
    qtbot.keyClicks(rig.entry.note, "hips sagged")
    qtbot.keyClick(rig.entry.note, Qt.Key.Key_Return)
    assert not rig.entry.isVisible()
    row = log.get_set(rig.recorder.set_ids[1])
    assert (row.reps, row.rpe, row.note, row.unit) == (2, 9.5, "hips sagged", "lb")
    assert row.load == pytest.approx(225)
    assert rig.window_keys == []


def test_escape_skips_and_keeps_the_defaults(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    rig.entry.reps.setValue(1)
    with qtbot.waitSignal(rig.entry.skipped) as skipped:
        qtbot.keyClick(rig.entry, Qt.Key.Key_Escape)
    assert skipped.args == [rig.recorder.set_ids[1]]
    assert log.get_set(rig.recorder.set_ids[1]).reps == 3
    assert rig.window_keys == [], "Esc did not also stop the workout"
    assert rig.session.active


def test_space_still_pauses_while_the_entry_is_open(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    assert rig.entry.load.hasFocus()
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Space)
    assert rig.session.state is State.PAUSED


def test_ignoring_it_never_holds_up_the_rest_and_it_leaves_when_the_next_set_starts(
    qtbot: QtBot, log: TrainingLog
) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    assert rig.entry.isVisible()
    rig.run_to(set_end_s(1) + PLAN.rest_s + 0.2)
    assert rig.session.current_segment.set == 2
    assert not rig.entry.isVisible(), "the lifter has moved on to set 2"
    rig.run_to(set_end_s(2) + 0.05)
    assert rig.entry.isVisible()
    assert rig.entry.title.text() == "Set 2 of 2 logged"
    assert [s.reps for s in log.sessions()[0].sets] == [3, 3]


def test_the_rpe_choices_are_6_to_10_in_half_steps() -> None:
    assert RPE_CHOICES == ("—", "6", "6.5", "7", "7.5", "8", "8.5", "9", "9.5", "10")


def test_it_is_big_enough_to_read_from_the_floor(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    readable = readable_px(rig.window)  # 4 % of the window's height: 28 px here
    assert rig.entry.load.height() >= CONTROL_SHARE * readable
    assert rig.entry.title.fontInfo().pixelSize() >= 1.2 * readable
    assert rig.entry.load.fontInfo().pixelSize() >= readable
    rig.window.resize(1600, 1000)
    qtbot.waitUntil(lambda: rig.entry.load.fontInfo().pixelSize() >= readable_px(rig.window))
    assert readable_px(rig.window) == 40, "bigger with the window"
    host = rig.window.centralWidget()
    assert rig.entry.geometry().bottom() <= host.height()
    assert rig.entry.width() >= host.width() - 40


def test_a_failed_save_is_reported_and_nothing_crashes(
    qtbot: QtBot, log: TrainingLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("load: -1 is not allowed")

    monkeypatch.setattr(rig.recorder, "amend", broken)
    with qtbot.waitSignal(rig.entry.failed) as failed:
        qtbot.keyClick(rig.entry, Qt.Key.Key_Enter)
    assert "Set 1 kept its first values" in failed.args[0]


def test_the_big_buttons_step_load_and_reps(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    minus_load, plus_load, minus_reps, plus_reps = (
        b for b in rig.entry.findChildren(QPushButton) if b.objectName() == "step"
    )
    qtbot.mouseClick(plus_load, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(minus_reps, Qt.MouseButton.LeftButton)
    assert rig.entry.load.value() == 102.5
    assert rig.entry.reps.value() == 2
    focus = rig.entry.focusWidget()
    assert focus is rig.entry.load, f"clicking a step button left the keys with {focus}"
    assert minus_load.height() >= CONTROL_SHARE * readable_px(rig.window)
    assert plus_reps.isVisible()
    qtbot.keyClick(rig.entry, Qt.Key.Key_Enter)
    row = log.get_set(rig.recorder.set_ids[1])
    assert (row.load_kg, row.reps) == (102.5, 2)


def test_attaching_to_the_next_sessions_recorder_replaces_the_first(
    qtbot: QtBot, log: TrainingLog
) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    second = Session(PLAN, rig.clock)
    recorder = Recorder(log, second, load=50)
    rig.entry.attach(recorder)
    assert not rig.entry.isVisible(), "the first session's entry is gone"
    rig.run_to(set_end_s(1) + PLAN.rest_s + set_end_s(1))
    assert not rig.entry.isVisible(), "the first session no longer shows it"
    second.start()
    while second.position_s() < set_end_s(1) + 0.05:
        rig.clock.advance(0.1)
        second.tick()
    assert rig.entry.isVisible()
    assert rig.entry.load.value() == 50
    qtbot.keyClick(rig.entry, Qt.Key.Key_Return)
    assert log.get_set(recorder.set_ids[1]).load_kg == 50


# Typed and clicked, never the mouse -----------------------------------------------------


def test_typed_digits_replace_the_load_and_enter_saves_them(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    qtbot.keyClicks(rig.entry.load, "120")
    assert rig.entry.load.text() == "120.0 kg" or rig.entry.load.value() == 120
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Return)
    assert not rig.entry.isVisible()
    assert log.get_set(rig.recorder.set_ids[1]).load_kg == 120
    assert rig.window_keys == [], "Enter in the field did not also end the rest"


def test_backspace_and_a_decimal_point_edit_the_load(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    qtbot.keyClicks(rig.entry.load, "134")
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Backspace)
    qtbot.keyClicks(rig.entry.load, "3.5")
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Enter)
    assert log.get_set(rig.recorder.set_ids[1]).load_kg == 133.5


def test_arrows_and_a_clickers_keys_step_by_the_smallest_plates(
    qtbot: QtBot, log: TrainingLog
) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Up)
    assert rig.entry.load.value() == 102.5
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_PageUp)
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_PageUp)
    assert rig.entry.load.value() == 107.5
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_PageDown)
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Down)
    assert rig.entry.load.value() == 102.5
    assert rig.session.state is State.REST, "PageDown stepped the load, not skipped the rest"
    assert rig.session.position_s() < set_end_s(1) + 1
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Enter)
    assert log.get_set(rig.recorder.set_ids[1]).load_kg == 102.5


def test_the_enter_button_says_whether_it_keeps_or_saves(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    assert rig.entry.save_button.text().startswith("Keep"), "already saved as shown"
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Up)
    assert rig.entry.save_button.text().startswith("Save")
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Enter)
    rig.run_to(set_end_s(2) + 0.05)
    assert rig.entry.save_button.text().startswith("Keep"), "a new set starts afresh"


# Loads not logged, and partial sets -----------------------------------------------------


def test_a_set_without_a_load_says_not_logged_and_enter_keeps_it_so(
    qtbot: QtBot, log: TrainingLog
) -> None:
    rig = Rig(qtbot, log, load=None)
    rig.run_to(set_end_s(1) + 0.05)
    assert rig.entry.load.text() == "not logged"
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Return)
    assert log.get_set(rig.recorder.set_ids[1]).load_kg is None, "never 0 kg"
    rig.run_to(set_end_s(2) + 0.05)
    qtbot.keyClicks(rig.entry.load, "80")  # typed over "not logged"
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Return)
    assert log.get_set(rig.recorder.set_ids[2]).load_kg == 80


def test_stepping_down_past_0_is_not_logged_and_up_from_it_is_the_bar(
    qtbot: QtBot, log: TrainingLog
) -> None:
    rig = Rig(qtbot, log, load=2.5)
    rig.run_to(set_end_s(1) + 0.05)
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_PageDown)
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_PageDown)
    assert rig.entry.load.text() == "not logged"
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_PageDown)
    assert rig.entry.load.text() == "not logged", "nothing below it"
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Minus)  # the window's −30 s, not a sign
    assert rig.entry.load.text() == "not logged"
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Enter)
    assert log.get_set(rig.recorder.set_ids[1]).load_kg is None
    assert rig.recorder.load_kg is None, "the next sets follow"
    rig.run_to(set_end_s(2) + 0.05)
    qtbot.keyClick(rig.entry.load, Qt.Key.Key_Up)
    assert rig.entry.load.value() == 20


def test_fewer_reps_than_planned_is_a_partial_set(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    assert rig.entry.reps.text() == "3 of 3"
    rig.entry.reps.setFocus()
    qtbot.keyClick(rig.entry.reps, Qt.Key.Key_Down)  # a failed rep
    assert rig.entry.title.text() == "Set 1 of 2: partial"
    assert rig.entry.reps.text() == "2 of 3"
    qtbot.keyClick(rig.entry.reps, Qt.Key.Key_Enter)
    assert log.get_set(rig.recorder.set_ids[1]).partial


def test_a_set_stopped_part_way_is_offered_as_partial(qtbot: QtBot, log: TrainingLog) -> None:
    rig = Rig(qtbot, log)
    third = next(
        s.start_s
        for s in compile_plan(PLAN).segments
        if (s.set, s.rep, s.phase) == (1, 3, Phase.THRUST)
    )
    rig.run_to(third + 0.3)
    rig.session.stop()
    assert rig.entry.isVisible(), "the lifter can still put the reps right"
    assert rig.entry.title.text() == "Set 1 of 2: partial"
    assert rig.entry.reps.text() == "2 of 3"


def test_space_reaching_the_load_as_a_key_press_goes_to_the_window(
    qtbot: QtBot, log: TrainingLog
) -> None:
    # A window that is not the active one (a bare X server, no window manager) gets no
    # shortcut: Space arrives at the focused field as a plain key press.
    rig = Rig(qtbot, log)
    rig.run_to(set_end_s(1) + 0.05)
    for shortcut in rig.window.findChildren(QShortcut):
        shortcut.setEnabled(False)  # as in a window that is not the active one
    seen: list[int] = []

    class Keys(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is rig.window and event.type() == QEvent.Type.KeyPress:
                seen.append(event.key())  # type: ignore[attr-defined]
            return False

    keys = Keys()
    rig.window.installEventFilter(keys)
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ")
    QApplication.sendEvent(rig.entry.load, press)
    assert seen == [Qt.Key.Key_Space]
    assert rig.entry.load.value() == 100, "the field did not take it as text"
