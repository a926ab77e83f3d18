"""The load prompt in every language: its row of field and buttons fits the window, no
button's words cut off or under another (German's and French's run longest)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import InstallLanguage, MakeWindow, prompt_of
from thrusttimer.core.language import LANGUAGES
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import PRESETS
from thrusttimer.gui.load_prompt import BUTTON_PADDING_PX
from thrusttimer.store.log import DATA_DIR_ENV


@pytest.fixture
def language(request: pytest.FixtureRequest, install_language: InstallLanguage) -> str:
    code: str = request.param
    install_language(code, code)
    return code


def on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("size", [(1024, 720), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_prompts_row_fits_in_every_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    size: tuple[int, int],
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    plan = Plan.build(PRESETS["hypertrophy"].plan, lead_in_s=3)
    window = make_window(plan, size, record=True)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    prompt = prompt_of(window)
    qtbot.waitUntil(prompt.isVisible)
    QApplication.processEvents()
    row = [prompt.load, prompt.unit, prompt.not_logged_button, prompt.start_button]
    rects = [on_window(widget) for widget in row]
    panel = on_window(prompt)
    for widget, rect in zip(row, rects, strict=True):
        assert panel.contains(rect), (language, widget)
    for left, right in pairwise(rects):
        assert left.right() < right.left(), (language, left, right)
    for button in (prompt.not_logged_button, prompt.start_button):
        room = button.contentsRect().width() - 2 * BUTTON_PADDING_PX
        assert button.fontMetrics().horizontalAdvance(button.text()) <= room, (
            language,
            button.text(),
        )
