"""Today's loads on the gym screen: the suggestion the idle screen and the load prompt show,
the warm-up sets run before the work sets, and the plates shown large in the lead-in and in
each rest. Fake timers and a fake clock throughout: nothing waits."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow, go_to, prompt_of
from tests.support.legible import fact_problems
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.session_states import State
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.widgets.text import shown_texts
from thrusttimer.gui.window.main_window import MainWindow
from thrusttimer.store.log import DATA_DIR_ENV, LOG_FILE_NAME, LoggedSession, TrainingLog

Key = Qt.Key
PLAN = Plan.build(
    name="Ramp",
    sets=2,
    reps=2,
    tempo="1-0-1-1",
    rest_s=30,
    lead_in_s=3,
    advance_when_ready=False,
    progression=Progression(2, 3, 2.5),
)
LINE = "Last time: 2 × 3 at 100 kg, RPE 8. Today: 102.5 kg × 2–3."


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    with TrainingLog.open(tmp_path / LOG_FILE_NAME) as log:
        began = datetime(2026, 11, 2, 18, 0).astimezone()
        session = log.start_session(PLAN.name, began)
        for number in (1, 2):
            log.add_set(
                session, number, load_kg=100, reps=3, rpe=8,
                ended_at=began + timedelta(minutes=number),
            )  # fmt: skip
    return tmp_path


def last_session(window: MainWindow, timers: FakeTimers, data_dir: Path) -> LoggedSession:
    timers.advance(window.session.timeline.total_s + 1)
    assert window.session.state is State.DONE
    window.close()
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        return log.sessions()[-1]


def test_the_idle_screen_says_todays_suggestion(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    window.prepare_log_entry()  # as the app does after the first frame
    assert window.phase_display.view.note.endswith(f"\n{LINE}")
    assert window.session.state is State.IDLE


def test_enter_accepts_the_suggestion_and_warm_ups_run_first_with_their_plates(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, (1366, 768), record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    assert prompt.advice.text() == LINE
    assert prompt.load.text() == "102.5 kg"
    assert prompt.warmup_button.text() == "Warm-up: 4 sets  (W)"
    qtbot.keyClick(prompt.load, Key.Key_Return)
    assert window.session.active
    assert window.counts.set_text == "Warm-up 1/4"
    plates = window.screen_view.plates
    assert plates.isVisible()
    assert plates.text() == "Warm-up 1 of 4: 20 kg: the empty bar"

    rest = next(s for s in window.session.timeline.segments if s.phase is Phase.REST)
    go_to(window, timers, rest.start_s + 1)
    assert not plates.isVisible(), "the lead-in is over"
    rest_screen = window.rest_screen
    assert rest_screen.isVisible()
    assert rest_screen.plates_label.text() == "Next set: 40 kg: 10 each side"
    assert rest_screen.next_label.text() == "Next: warm-up 2 of 4 · 8 reps · tempo 1-0-1-1"
    texts = [t for t in shown_texts(window) if t["what"] == "Plates"]
    assert texts
    assert fact_problems(texts, window.height()) == []

    session = last_session(window, timers, data_dir)
    assert [(s.kind, s.load_kg, s.planned_reps) for s in session.sets] == [
        ("warmup", 20, 10),
        ("warmup", 40, 8),
        ("warmup", 60, 5),
        ("warmup", 80, 3),
        ("normal", 102.5, 2),
        ("normal", 102.5, 2),
    ]


def test_w_turns_the_warm_up_off_for_today(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    qtbot.keyClick(prompt.load, Key.Key_W)
    assert prompt.warmup_button.text() == "No warm-up (4 sets: W)"
    qtbot.keyClick(prompt.load, Key.Key_Return)
    assert window.counts.set_text == "Set 1/2"
    assert window.screen_view.plates.text() == "Set 1 of 2: 102.5 kg: 25 + 15 + 1.25 each side"
    session = last_session(window, timers, data_dir)
    assert [(s.kind, s.load_kg) for s in session.sets] == [("normal", 102.5)] * 2


def test_a_load_not_logged_has_no_plates_and_no_ramp(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(prompt_of(window).load, Key.Key_N)
    assert window.session.active
    assert window.session.plan.loads is None
    assert not window.screen_view.plates.isVisible()
    assert not any(s.warmup for s in window.session.timeline.segments)


def test_a_load_the_plates_cannot_make_is_said_plainly(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    qtbot.keyClick(prompt.load, Key.Key_W)  # straight to the work sets
    qtbot.keyClicks(prompt.load, "101")
    qtbot.keyClick(prompt.load, Key.Key_Return)
    assert window.screen_view.plates.text() == (
        "Set 1 of 2: 101 kg can't be made with your plates; rounded down to 100 kg: "
        "25 + 15 each side"
    )


def test_the_quick_entry_names_a_warm_up_and_keeps_the_work_load(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(prompt_of(window).load, Key.Key_Return)
    rest = next(s for s in window.session.timeline.segments if s.phase is Phase.REST)
    go_to(window, timers, rest.start_s + 1)
    entry = window.training.entry
    assert entry.isVisible()
    assert entry.title.text() == "Warm-up 1 of 4 logged"
    assert entry.load.text() == "20.0 kg"
    qtbot.keyClicks(entry.load, "25")
    qtbot.keyClick(entry.load, Key.Key_Return)
    recorder = window.conductor.recorder
    assert recorder is not None
    assert recorder.load_kg == 102.5, "a warm-up's load is its own"


def test_a_work_load_corrected_in_the_rest_changes_the_plates_shown_for_the_next_set(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    qtbot.keyClick(prompt.load, Key.Key_W)  # straight to the work sets
    qtbot.keyClick(prompt.load, Key.Key_Return)
    rest = next(s for s in window.session.timeline.segments if s.phase is Phase.REST)
    go_to(window, timers, rest.start_s + 1)
    assert window.rest_screen.plates_label.text() == "Next set: 102.5 kg: 25 + 15 + 1.25 each side"
    entry = window.training.entry
    qtbot.keyClicks(entry.load, "110")
    qtbot.keyClick(entry.load, Key.Key_Return)
    window.frame()
    assert window.rest_screen.plates_label.text() == "Next set: 110 kg: 25 + 20 each side"
    assert window.counts.load == "110 kg"
    session = last_session(window, timers, data_dir)
    assert [s.load_kg for s in session.sets] == [110, 110], "the set done, then the next"
