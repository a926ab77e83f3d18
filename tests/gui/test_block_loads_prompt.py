"""The load of every block, asked before a workout of several exercises: one prompt, a row a
later block at its own exercise's suggestion, Tab between them; then each block's sets run,
show and are logged at its own load. Fake timers and a fake clock throughout."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow, go_to, prompt_of
from tests.support.short_sessions import block, short_session
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.session_states import State
from thrusttimer.core.set_specs import block_loads
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.block_loads import BODYWEIGHT_NOTE
from thrusttimer.gui.widgets.rest_screen import next_plates_text
from thrusttimer.store.exercise_names import log_name
from thrusttimer.store.log import DATA_DIR_ENV, HIP_THRUST, LOG_FILE_NAME, TrainingLog

Key = Qt.Key
PLAN = short_session(
    block("hip-thrust", 1, 2, 10),
    block("b-stance-hip-thrust", 1, 2, 10, switch_s=5, progression=Progression(2, 3, 2.5)),
    block("frog-pump", 1, 3, 10),
    block_rest_s=20,
    lead_in_s=3,
)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A log with one glute day: hip thrusts at 100 kg, the B-stance at 60 kg (3 reps a
    side: the top of its range)."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    with TrainingLog.open(tmp_path / LOG_FILE_NAME) as log:
        began = datetime(2026, 11, 2, 18, 0).astimezone()
        session = log.start_session(PLAN.name, began)
        sides = (("b-stance-hip-thrust", 60, side) for side in ("left", "right"))
        rows = [(HIP_THRUST, 100, None), *sides]
        for number, (exercise, load, side) in enumerate(rows, start=1):
            log.add_set(
                session, number, load_kg=load, reps=3, rpe=8, exercise=exercise, side=side,
                ended_at=began + timedelta(minutes=number),
            )  # fmt: skip
    return tmp_path


def test_every_blocks_load_is_asked_at_its_own_suggestion_and_logged(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    window = make_window(PLAN, (1366, 768), record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    assert prompt.title.text() == "Load for Glute day: 1 · Barbell hip thrust"
    b_stance, frog = prompt.blocks.fields
    assert (b_stance.text(), frog.text()) == ("62.5 kg", "0.0 kg"), "B-stance: +2.5 kg"
    notes = [w.text() for w in prompt.blocks.findChildren(type(prompt.title))]
    assert "2 · B-stance hip thrust" in notes
    assert "3 · Frog pump (held)" in notes
    assert "Today: 62.5 kg × 2–3." in notes
    assert BODYWEIGHT_NOTE in notes
    assert prompt.warmup_button.isChecked() is False, "a plan of your own: no ramp"

    qtbot.keyClick(prompt.load, Key.Key_Tab)
    assert prompt.focused is b_stance
    qtbot.keyClick(b_stance, Key.Key_PageUp)
    assert b_stance.text() == "65.0 kg"
    qtbot.keyClick(b_stance, Key.Key_Tab)
    qtbot.keyClick(frog, Key.Key_5)
    qtbot.keyClick(frog, Key.Key_Return)
    assert window.session.active
    loads = block_loads(window.session.plan)
    assert [x.work.load if x else None for x in loads] == [102.5, 65, 5], "block 1: +2.5 kg"
    assert loads[2] is not None
    assert loads[2].work.held

    # The rest before the B-stance shows its plates; the frog pumps' its held load.
    rests = [s for s in window.session.timeline.segments if s.phase is Phase.REST]
    go_to(window, timers, rests[0].start_s + 1)
    assert window.counts.load_text() == "102.5 kg"
    assert next_plates_text(window.session) == "Next set: 65 kg: 20 + 2.5 each side"
    go_to(window, timers, rests[0].end_s + 1)
    assert window.counts.load_text() == "65 kg"
    go_to(window, timers, rests[-1].start_s + 1)
    assert next_plates_text(window.session) == "Next set: 5 kg held on the hips"
    go_to(window, timers, rests[-1].end_s + 1)
    assert window.counts.load_text() == "5 kg held on the hips"

    timers.advance(window.session.timeline.total_s + 1)
    assert window.session.state is State.DONE
    window.close()
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        logged = log.sessions()[-1]
    assert [(s.exercise, s.side, s.reps, s.load_kg) for s in logged.sets] == [
        (HIP_THRUST, None, 2, 102.5),
        (log_name("b-stance-hip-thrust"), "left", 2, 65.0),
        (log_name("b-stance-hip-thrust"), "right", 2, 65.0),
        (log_name("frog-pump"), None, 3, 5.0),
    ]


def test_a_workout_of_one_block_asks_as_before(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    window = make_window(Plan.build(name="One", sets=1, reps=2, lead_in_s=3), record=True)
    qtbot.keyClick(window, Key.Key_Space)
    prompt = prompt_of(window)
    assert prompt.blocks.fields == []
    assert not prompt.blocks.isVisible()
    assert prompt.title.text() == "Load for One"


def test_a_later_blocks_load_corrected_in_its_rest_is_that_blocks_alone(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, data_dir: Path
) -> None:
    blocks = [b.to_dict() for b in PLAN.blocks]
    blocks[1]["sets"] = 2
    window = make_window(Plan.build(PLAN, blocks=blocks), record=True)
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(prompt_of(window).load, Key.Key_Return)  # every suggestion as it is
    rests = [s for s in window.session.timeline.segments if s.phase is Phase.REST]
    go_to(window, timers, rests[1].start_s + 1)  # after the B-stance's first set, both sides
    assert window.rest_screen.plates_label.text() == "Next set: 62.5 kg: 20 + 1.25 each side"
    entry = window.training.entry
    qtbot.keyClicks(entry.load, "70")
    qtbot.keyClick(entry.load, Key.Key_Return)
    window.frame()
    assert window.rest_screen.plates_label.text() == "Next set: 70 kg: 25 each side"
    loads = block_loads(window.session.plan)
    assert [x.work.load if x else None for x in loads] == [102.5, 70, 0]
    recorder = window.conductor.recorder
    assert recorder is not None
    assert recorder.load_kg == 102.5, "block 1's load stays"
    timers.advance(window.session.timeline.total_s + 1)
    window.close()
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        logged = log.sessions()[-1]
    assert [s.load_kg for s in logged.sets] == [102.5, 70, 70, 70, 70, 0], "both sides"
