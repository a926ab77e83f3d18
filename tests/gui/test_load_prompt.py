"""The load is asked when a recorded workout starts: from the keyboard or a clicker, with
the last load of that workout, "not logged" when the lifter does not care, never 0 kg; and
it is shown beside Set and Rep during the set."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow, go_to, prompt_of
from tests.support.legible import fact_problems
from thrusttimer.core.loading.inventory import DEFAULT_LB
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.session_states import State
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.widgets.text import shown_texts
from thrusttimer.gui.window.main_window import MainWindow
from thrusttimer.store.log import DATA_DIR_ENV, LOG_FILE_NAME, LoggedSet, TrainingLog, to_kg
from thrusttimer.store.settings import Settings

Key = Qt.Key
# A timed rest: these tests are about the prompt, not about the wait for Ready.
PLAN = Plan.build(
    name="Heavy",
    sets=2,
    reps=2,
    tempo="1-0-1-1",
    rest_s=30,
    lead_in_s=3,
    advance_when_ready=False,
)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    return tmp_path


def logged_before(data_dir: Path, name: str, load_kg: float | None, unit: str = "kg") -> None:
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        began = datetime(2026, 11, 2, 18, 0).astimezone()
        session = log.start_session(name, began)
        log.add_set(
            session, 1, load_kg=load_kg, reps=5, ended_at=began + timedelta(minutes=2),
            unit=unit,  # type: ignore[arg-type]
        )  # fmt: skip


def first_set(window: MainWindow, timers: FakeTimers, data_dir: Path) -> LoggedSet:
    """The first set as the training log kept it, once the workout has reached its rest."""
    rest = next(s for s in window.session.timeline.segments if s.phase is Phase.REST)
    go_to(window, timers, rest.start_s + 1)
    window.close()
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        return log.sessions()[-1].sets[0]


def test_a_first_launch_asks_and_space_alone_does_not_log_0_kg(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    assert prompt.isVisible()
    assert window.session.state is State.IDLE, "the lead-in waits for the load"
    assert prompt.load.hasFocus()
    assert prompt.load.text() == "type the load"
    qtbot.keyClick(prompt.load, Key.Key_Space)
    assert window.session.state is State.IDLE, "nothing chosen yet: no start"
    assert prompt.hint.text().startswith("No load yet")
    qtbot.keyClicks(prompt.load, "102.5")
    qtbot.keyClick(prompt.load, Key.Key_Return)
    assert not prompt.isVisible()
    assert window.session.state is State.SETUP
    assert window.counts.load == "102.5 kg", "shown beside Set and Rep"
    logged = first_set(window, timers, data_dir)
    assert (logged.load_kg, logged.unit) == (102.5, "kg")


def test_start_pressed_twice_with_nothing_chosen_goes_without_the_load(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_MediaTogglePlayPause)  # a headset's one button
    prompt = prompt_of(window)
    qtbot.keyClick(prompt.load, Key.Key_MediaTogglePlayPause)
    assert window.session.state is State.IDLE, "the first press only says what the next does"
    assert "Start again" in prompt.hint.text()
    qtbot.keyClick(prompt.load, Key.Key_MediaTogglePlayPause)
    assert window.session.active
    assert first_set(window, timers, data_dir).load_kg is None


def test_n_starts_without_logging_the_load(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(prompt_of(window).load, Key.Key_N)
    assert window.session.active
    assert window.counts.load == "", "no load to show"
    assert first_set(window, timers, data_dir).load_kg is None


def test_the_default_is_todays_suggestion_for_that_workout_and_one_press_starts(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    settings = Settings(data_dir / "settings.ini")
    settings.save_inventory(DEFAULT_LB)  # a gym in pounds
    logged_before(data_dir, "Heavy", to_kg(225, "lb"), "lb")  # 5 reps: above the 2 planned
    logged_before(data_dir, "Light", 40.0)
    window = make_window(PLAN, record=True, settings=settings)
    qtbot.keyClick(window, Key.Key_B)  # a clicker's Start
    prompt = prompt_of(window)
    assert prompt.load.text() == "230.0 lb", "225 lb + 2.5 kg, as the plates make it"
    assert prompt.advice.text() == "Last time: 1 × 5 at 225 lb. Today: 230 lb × 2."
    assert prompt.title.text() == "Load for Heavy"
    qtbot.keyClick(prompt.load, Key.Key_B)
    assert window.session.active
    assert window.counts.load == "230 lb"
    logged = first_set(window, timers, data_dir)
    assert (logged.unit, logged.load) == ("lb", pytest.approx(230))


def test_the_first_time_the_default_is_the_last_load_of_any_workout(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    logged_before(data_dir, "Light", 40.0)
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    assert prompt.load.text() == "40.0 kg"
    assert prompt.advice.text() == "First time: choose a load you can lift for 2 reps."


def test_a_clicker_steps_from_the_bar_and_its_period_starts(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Period)
    prompt = prompt_of(window)
    qtbot.keyClick(prompt.load, Key.Key_PageUp)
    assert prompt.load.text() == "20.0 kg", "an empty bar first"
    qtbot.keyClick(prompt.load, Key.Key_PageUp)
    qtbot.keyClick(prompt.load, Key.Key_PageUp)
    qtbot.keyClick(prompt.load, Key.Key_PageDown)
    assert window.session.state is State.IDLE, "PageDown stepped the load, skipped nothing"
    qtbot.keyClick(prompt.load, Key.Key_Period)
    assert window.session.active
    assert first_set(window, timers, data_dir).load_kg == 22.5


def test_pagedown_from_nothing_chosen_is_not_logged(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    logged_before(data_dir, "Heavy", 60.0)
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    for _ in range(30):
        qtbot.keyClick(prompt.load, Key.Key_PageDown)
    assert prompt.load.text() == "not logged"
    qtbot.keyClick(prompt.load, Key.Key_Space)
    assert first_set(window, timers, data_dir).load_kg is None


def test_esc_puts_off_the_start_and_other_keys_do_nothing_meanwhile(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    window = make_window(PLAN, record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    for key in (Key.Key_D, Key.Key_Right, Key.Key_H):
        qtbot.keyClick(prompt.load, key)
    assert window.demo is None, "no demo"
    assert window.history is None, "no history window"
    qtbot.keyClick(prompt.load, Key.Key_Escape)
    assert not prompt.isVisible()
    assert window.session.state is State.IDLE
    qtbot.keyClick(window, Key.Key_Space)
    assert prompt.isVisible(), "asked again"


def test_the_start_button_accepts_the_prompt_and_again_asks_for_the_next_workout(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    logged_before(data_dir, "Heavy", 80.0)
    window = make_window(PLAN, record=True)
    window.commands["toggle"].trigger()
    prompt = prompt_of(window)
    assert prompt.isVisible()
    assert prompt.load.text() == "82.5 kg", "every set reached its reps: +2.5 kg"
    window.commands["toggle"].trigger()  # the Start button, clicked with the mouse
    assert window.session.active
    timers.advance(window.session.timeline.total_s + 1)
    assert window.session.state is State.DONE
    window.commands["toggle"].trigger()  # Again
    assert prompt.isVisible()
    assert window.session.state is State.IDLE
    assert prompt.load.text() == "85.0 kg", "today's done: the next suggestion"


def test_without_a_log_nothing_is_asked(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    window = make_window(PLAN)
    qtbot.keyClick(window, Key.Key_Space)
    assert window.session.active
    assert window.training.asker is None


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (1920, 1080)], ids=str)
def test_the_load_beside_set_and_rep_is_readable_and_whole(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path,
    size: tuple[int, int],
) -> None:  # fmt: skip
    plan = Plan.build(name="Long", sets=20, reps=100, tempo="1-0-1-0", rest_s=30, lead_in_s=3)
    window = make_window(plan, size, record=True)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClicks(prompt_of(window).load, "997.5")
    qtbot.keyClick(prompt_of(window).load, Key.Key_Return)
    timers.advance(3600)  # deep in a long workout: wide numbers
    window.frame()
    assert window.counts.set_text.startswith("Set ")
    texts = [t for t in shown_texts(window) if t["what"] in ("Set", "Rep", "Load", "Time left")]
    assert [t["lines"] for t in texts if t["what"] == "Load"] == [["997.5 kg"]]
    assert fact_problems(texts, window.height()) == []
