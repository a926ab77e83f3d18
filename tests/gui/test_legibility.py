"""Everything a lifter reads during a workout is at least 4 % of the window's height, at the
three sizes a gym laptop has: every checklist item, every phase's note and breath, every
form point, the waiting prompt, the pause, the stop prompt and a warning. The rule is on
each font's pixel size (see tests/support/legible.py); nothing may be cut short, leave its
widget or overlap another text. A few moments are also measured on a picture of the window.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow, go_to
from tests.gui.several import glute_day, is_switch, one_sided, rest_before, run_to
from tests.support.legible import fact_problems, ink_problems
from thrusttimer.core.content import load_exercise
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.inhibit import SCREEN_MAY_SLEEP, KeepAwake, KeepAwakeError
from thrusttimer.gui.theme import readable_px
from thrusttimer.gui.widgets.text import shown_texts
from thrusttimer.gui.window.main_window import MainWindow

Key = Qt.Key
SIZES = [(1366, 768), (1920, 1080), (1024, 600)]


class NoScreensaver:
    """A keep-awake backend that always fails, so the window warns."""

    def acquire(self, reason: str) -> None:
        raise KeepAwakeError("no screensaver service")

    def release(self) -> None:
        """Nothing was held."""


def readable(window: MainWindow) -> list[dict[str, Any]]:
    """The texts shown now, once the window has laid them out, checked against the rule."""
    QApplication.processEvents()  # the layouts' requests, as before a paint
    texts = shown_texts(window)
    assert fact_problems(texts, window.height()) == []
    return texts


def on_screen(window: MainWindow, texts: list[dict[str, Any]]) -> None:
    window.repaint()
    assert ink_problems(window.grab().toImage(), texts, window.height()) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_text_of_a_workout_is_at_least_4_percent_of_the_window_height(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, size: tuple[int, int]
) -> None:
    plan = Plan.build(sets=2, reps=1, lead_in_s=40, rest_s=120, advance_when_ready=True)
    win = make_window(plan, size, keep_awake=KeepAwake(NoScreensaver()))
    qtbot.waitUntil(lambda: win.size().toTuple() == size)
    assert readable_px(win) >= 0.04 * size[1]
    QTest.keyClick(win, Key.Key_Space)
    seen: set[str] = set()

    assert win.status.message == SCREEN_MAY_SLEEP  # a warning, at the start
    texts = readable(win)
    on_screen(win, texts)
    seen |= {text["what"] for text in texts}

    # Every checklist item, as the coach reads it.
    ids = {f"setup.{item.id}" for item in win.exercise.setup_checklist}
    readings = [c for c in win.session.timeline.cues if c.id in ids]
    assert len(readings) == len(win.exercise.setup_checklist)
    for cue in readings:
        go_to(win, timers, cue.at_s + 0.1)
        texts = readable(win)
        captions = [t for t in texts if t["what"] == "Caption"]
        assert " ".join(captions[0]["lines"]) == win.side_view.caption
        seen |= {text["what"] for text in texts}
    on_screen(win, texts)  # the last, and longest, item

    # Each phase of the rep: its note and its breath.
    segments = win.session.timeline.segments
    notes = set()
    for segment in segments[1:5]:
        go_to(win, timers, segment.start_s + segment.duration_s / 2)
        texts = readable(win)
        notes |= {" ".join(t["lines"]) for t in texts if t["what"] in ("Note", "Breath")}
    assert win.exercise.phases[Phase.BRACE].instruction in notes
    assert win.exercise.phases[Phase.BRACE].breath_words in notes

    QTest.keyClick(win, Key.Key_Space)  # paused
    assert "Paused" in win.phase_display.view.note
    readable(win)
    QTest.keyClick(win, Key.Key_Space)

    # The rest, with each form point in turn, and the prompt at its end.
    rest = next(s for s in segments if s.phase is Phase.REST)
    go_to(win, timers, rest.start_s + 10)
    for point in win.exercise.form_points:
        win.rest_screen.point_label.setText(point.text)
        texts = readable(win)
        assert [t["lines"] for t in texts if t["what"] == "Form point"]
        seen |= {text["what"] for text in texts}
    on_screen(win, texts)
    go_to(win, timers, rest.end_s - 1)
    assert win.session.waiting_for_ready
    seen |= {text["what"] for text in readable(win)}

    QTest.keyClick(win, Key.Key_Space)  # counted in: set 2
    QTest.keyClick(win, Key.Key_Escape)
    assert "Press Esc again" in win.status.message  # the stop prompt
    texts = readable(win)
    on_screen(win, texts)
    seen |= {text["what"] for text in texts}

    assert seen >= {
        "Status message",
        "Caption",
        "Breath",
        "Next cue",
        "Note",
        "Countdown",
        "Set",
        "Rep",
        "Time left",
        "Next set",
        "Form point",
        "Waiting for you",
        "Skip rest button",
        "Full screen button",
    }


@pytest.mark.parametrize("size", [(800, 600), *SIZES], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_workout_of_several_exercises_reads_from_the_floor_and_nothing_is_cut(
    qtbot: QtBot,
    make_window: MakeWindow,
    timers: FakeTimers,
    size: tuple[int, int],
    tmp_path: Path,
) -> None:
    """Before it, in a one-sided set, in the switch, in the rest before a new exercise
    (with each of its set-up items) and after it: every text at least 4 % of the height,
    none cut short or overlapping, and so on the window's pixels (its pictures are kept in
    `THRUSTTIMER_SHOTS`, if set, to look at)."""
    win = make_window(glute_day(), size)
    qtbot.waitUntil(lambda: win.size().toTuple() == size)
    shots = os.environ.get("THRUSTTIMER_SHOTS")
    seen: set[str] = set()

    def look(name: str = "") -> None:
        QApplication.processEvents()
        texts: list[dict[str, Any]] = shown_texts(win)
        if size[0] < 1000:
            # Below about 1000 px wide the command bar's labels shrink to fit (the README).
            bar = {f"{button.text()} button" for button in win.buttons}
            texts = [t for t in texts if t["what"] not in bar]
        assert fact_problems(texts, win.height()) == []
        if not name:
            return
        on_screen(win, texts)
        seen.update(text["what"] for text in texts)
        if shots:
            win.grab().save(str(Path(shots) / f"{name}-{size[0]}x{size[1]}.png"))

    look("idle")
    QTest.keyClick(win, Key.Key_Space)
    plan = win.plan
    run_to(win, timers, one_sided("left"), 0.3)
    look("one-sided-set")
    run_to(win, timers, is_switch, 2.0)
    look("switch")
    rest = run_to(win, timers, rest_before(plan, 2), 1.0)
    look("rest-before-a-new-exercise")
    for item in load_exercise("frog-pump").setup_checklist:
        win.rest_screen.point_label.setText(item.text)
        look()
    assert rest.block == 1
    last = win.session.timeline.segments[-1]
    run_to(win, timers, lambda s: s is last, last.duration_s - 0.01)
    timers.advance(1)
    win.frame()
    look("done")
    assert seen >= {"Exercise", "Side", "Next set", "Form point", "Next cue", "Breath"}
