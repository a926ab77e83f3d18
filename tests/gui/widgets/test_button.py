"""The gym screen's self-drawn buttons: their look in each state, and that they stay out of
the keyboard's way."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QImage
from pytestqt.qtbot import QtBot

from thrusttimer.gui import theme
from thrusttimer.gui.widgets.button import DISABLED_BORDER, GymButton


def make(qtbot: QtBot, text: str = "Start (Space)") -> GymButton:
    action = QAction(text)
    button = GymButton(action)
    button.action_keepalive = action  # type: ignore[attr-defined]
    qtbot.addWidget(button)
    button.resize(240, 60)
    return button


def picture(button: GymButton) -> QImage:
    return button.grab().toImage()


def colour_at(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def test_it_shows_its_action_and_never_takes_focus(qtbot: QtBot) -> None:
    button = make(qtbot)
    assert button.text() == "Start (Space)"
    assert button.focusPolicy() is Qt.FocusPolicy.NoFocus
    hint = button.sizeHint()
    assert hint.width() > button.fontMetrics().horizontalAdvance("Start (Space)")
    assert hint.height() > button.fontMetrics().height()


def test_panel_border_and_text_follow_the_state(qtbot: QtBot) -> None:
    button = make(qtbot)
    assert button.colours() == (theme.SURFACE, theme.TRACK, theme.TEXT)
    button.setDown(True)
    assert button.colours()[0] == theme.TRACK
    button.setDown(False)
    button.defaultAction().setEnabled(False)
    assert button.colours() == (theme.SURFACE, DISABLED_BORDER, theme.DISABLED)


def test_it_draws_a_rounded_panel_with_a_border_and_its_text(qtbot: QtBot) -> None:
    button = make(qtbot)
    image = picture(button)
    middle_y = image.height() // 2
    # The panel's fill just inside the border, and the border on the left edge.
    assert colour_at(image, 6, middle_y) == theme.SURFACE.name()
    assert colour_at(image, 1, middle_y) == theme.TRACK.name()
    # The corner is rounded: outside the arc nothing is drawn.
    assert QColor(image.pixel(0, 0)).name() != theme.TRACK.name()
    # The text is drawn in the text colour somewhere along the middle.
    row = {colour_at(image, x, middle_y) for x in range(image.width())}
    assert theme.TEXT.name() in row


def test_a_disabled_button_greys_its_text(qtbot: QtBot) -> None:
    button = make(qtbot)
    button.defaultAction().setEnabled(False)
    image = picture(button)
    row = {colour_at(image, x, image.height() // 2) for x in range(image.width())}
    assert theme.DISABLED.name() in row
    assert theme.TEXT.name() not in row


def test_clicking_it_triggers_the_action(qtbot: QtBot) -> None:
    button = make(qtbot)
    triggered: list[bool] = []
    button.defaultAction().triggered.connect(lambda: triggered.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(50, 30))
    assert triggered == [True]
