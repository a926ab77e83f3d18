"""The quick entry takes a room of its own below the rest screen: at the sizes a gym laptop
has, the rest's −30 s, +30 s, Skip rest and Ready and its form point stay whole and
uncovered while the entry is open, and everything is as before once it closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow, go_to
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import PRESETS
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.window.main_window import MainWindow
from thrusttimer.gui.window.screen import REST_PAGE
from thrusttimer.store.log import DATA_DIR_ENV

SIZES = [(1024, 600), (1366, 768), (1920, 1080)]


def in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def resting_with_the_entry_open(
    qtbot: QtBot, make_window: MakeWindow, timers: FakeTimers, size: tuple[int, int]
) -> MainWindow:
    plan = Plan.build(name="Room", sets=2, reps=2, tempo="1-0-1-1", rest_s=90, lead_in_s=3)
    window = make_window(plan, size, record=True)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N)  # the load prompt: not logging it
    assert window.session.active
    rest = next(s for s in window.session.timeline.segments if s.phase is Phase.REST)
    go_to(window, timers, rest.start_s + 1)
    assert window.stack.currentIndex() == REST_PAGE
    entry = window.training.entry
    assert entry.isVisible()
    laid_out(window)
    # The entry at the height it asks for, at this window's readable size.
    assert entry.height() == entry.sizeHint().height()
    return window


def laid_out(window: QWidget) -> None:
    """Let the layouts finish. The entry, once shown, takes this window's readable size and
    asks for another pass, and the room holds the rest screen in a third: its height alone
    may already match while the column is still stacked as it was."""
    before: list[tuple[QRect, QSize]] = []
    for _ in range(10):
        QApplication.processEvents()
        now = [(w.geometry(), w.sizeHint()) for w in window.findChildren(QWidget) if w.isVisible()]
        if now == before:
            return
        before = now
    raise AssertionError("the window's layout never settled")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_rest_controls_and_form_point_stay_whole_beside_the_entry(
    qtbot: QtBot,
    make_window: MakeWindow,
    timers: FakeTimers,
    size: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    window = resting_with_the_entry_open(qtbot, make_window, timers, size)
    rest = window.rest_screen
    entry = in_window(window.training.entry)
    stack = in_window(window.stack)
    assert [b.text() for b in rest.buttons] == ["−30 s", "+30 s", "Skip rest", "Ready"]
    for widget in (*rest.buttons, rest.point_label, rest.next_label):
        shown = in_window(widget)
        name = getattr(widget, "text", lambda: "the form point")()
        assert widget.isVisible(), name
        assert stack.contains(shown), f"{name} is cut off: {shown} outside {stack}"
        assert not shown.intersects(entry), f"{name} is under the entry"
        assert widget.height() >= widget.minimumSizeHint().height(), f"{name} is squeezed"
    assert rest.form_point
    assert in_window(window.training.entry).bottom() < in_window(window.buttons[0]).top()
    word = window.phase_display.word_rect()
    assert word.height() >= 0.12 * size[1], "the phase word keeps its 12 % of the window"
    window.training.entry.skip()
    QApplication.processEvents()
    assert window.stack.minimumHeight() == 0, "as before once the entry is gone"


def cut_words(panel: QWidget) -> list[str]:
    """Every label and button text in `panel` that does not fit whole where it is shown."""
    cut = []
    for widget in panel.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QPushButton):
            continue
        text = widget.text()
        if not text:
            continue
        room = widget.contentsRect()
        if isinstance(widget, QPushButton):
            room = room.adjusted(8, 0, -8, 0)  # the floor look's padding
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(room.width()) > room.height() + 1:
                cut.append(text)
        elif widget.fontMetrics().horizontalAdvance(text) > room.width() + 1:
            cut.append(text)
    return cut


WIDE_AND_NARROW = [(1024, 600), (1024, 720), (1366, 768)]


@pytest.mark.parametrize("size", WIDE_AND_NARROW, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_word_of_the_load_prompt_and_the_entry_is_whole(
    qtbot: QtBot,
    make_window: MakeWindow,
    timers: FakeTimers,
    size: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A long workout name at the window's default 1024 px: the hint once wrapped into four
    # lines beside it and was cut off, and "Not logging the load" lost its first letters.
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    plan = Plan.build(name="Hypertrophy squeeze (modified)", sets=2, reps=2, tempo="1-0-1-1",
                      rest_s=90, lead_in_s=3)  # fmt: skip
    window = make_window(plan, size, record=True)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    asker = window.training.asker
    assert asker is not None
    laid_out(window)
    assert asker.prompt.isVisible()
    assert cut_words(asker.prompt) == []
    qtbot.keyClicks(window.focusWidget(), "100")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    rest = next(s for s in window.session.timeline.segments if s.phase is Phase.REST)
    go_to(window, timers, rest.start_s + 1)
    laid_out(window)
    entry = window.training.entry
    assert entry.isVisible()
    assert cut_words(entry) == []
    assert entry.title.text().startswith("Set 1")


@pytest.mark.parametrize("size", WIDE_AND_NARROW, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_word_of_a_whole_sessions_load_prompt_is_whole(
    qtbot: QtBot,
    make_window: MakeWindow,
    size: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A row a later block: a held exercise's note ("0 = bodyweight, …") was cut off at
    # 1024 px beside its field.
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    window = make_window(PRESETS["glute-day-b"].plan, size, record=True)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    asker = window.training.asker
    assert asker is not None
    laid_out(window)
    assert asker.prompt.isVisible()
    assert cut_words(asker.prompt) == []
