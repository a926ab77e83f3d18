"""Text read from the floor: laid out as large as it fits, never under the readable size,
wrapped rather than shrunk below it, and cut short only where no room was made."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction, QFontMetricsF
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from thrusttimer.gui import theme
from thrusttimer.gui.widgets.button import GymButton, fit_bar
from thrusttimer.gui.widgets.status_bar import StatusArea
from thrusttimer.gui.widgets.text import ReadableText, block_height, fit, wrap

SENTENCE = (
    "Roll the bar over your legs until it sits in the crease of your hips; pad it if it presses."
)


def widths(lines: tuple[str, ...], size: int, bold: bool = False) -> list[float]:
    metrics = QFontMetricsF(theme.font(size, bold))
    return [metrics.horizontalAdvance(line) for line in lines]


def test_a_short_text_keeps_its_largest_size(qtbot: QtBot) -> None:
    block = fit("Breathe", QRectF(0, 0, 400, 60), 40, 24, bold=True)
    assert block.font.pixelSize() == 40
    assert block.lines == ("Breathe",)


def test_with_room_for_one_line_a_text_shrinks_to_fit_across_not_below_the_least(
    qtbot: QtBot,
) -> None:
    text = "Drive through your heels, hips to the ceiling"
    one_line = widths((text,), 40)[0]
    block = fit(text, QRectF(0, 0, one_line * 0.8, 50), 40, 24)
    assert block.lines == (text,)
    assert 24 < block.font.pixelSize() < 40
    assert widths(block.lines, block.font.pixelSize())[0] <= one_line * 0.8


def test_a_long_sentence_wraps_at_the_least_size_instead_of_shrinking(qtbot: QtBot) -> None:
    area = QRectF(10, 20, 500, block_height(theme.font(24), 3))
    block = fit(SENTENCE, area, 30, 24)
    assert block.font.pixelSize() == 24
    assert len(block.lines) == 3
    assert " ".join(block.lines) == SENTENCE  # nothing cut short
    assert max(widths(block.lines, 24)) <= 500
    for ink in block.inks():
        assert area.contains(ink)
    for origin in block.origins():  # on whole pixels: crisp, and where the check looks
        assert origin.x() == int(origin.x())
        assert origin.y() == int(origin.y())


def test_only_where_no_room_was_made_is_a_text_cut_short(qtbot: QtBot) -> None:
    area = QRectF(0, 0, 500, block_height(theme.font(24), 2))
    block = fit(SENTENCE, area, 30, 24)
    assert block.font.pixelSize() == 24
    assert len(block.lines) == 2
    assert block.lines[-1].endswith("…")
    assert wrap(SENTENCE, block.font, 500)[0] == block.lines[0]


def test_a_label_is_never_under_4_percent_of_its_windows_height(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    label = ReadableText("Form point", share=0.3, parent=window)
    label.setGeometry(0, 0, 600, 40)
    label.setText(SENTENCE)
    assert theme.readable_px(label) == 24
    assert label.block().font.pixelSize() == 24
    assert label.lines_needed() == 2
    assert label.must_read()[0].block.lines[-1].endswith("…")  # 40 px hold one line
    window.resize(1920, 1080)
    assert theme.readable_px(label) == 44  # 43.2, rounded up
    assert label.block().font.pixelSize() == 44


def buttons(qtbot: QtBot) -> list[GymButton]:
    made = []
    for text in ("Pause", "Redo rep", "Skip", "Stop", "Demo", "Workout", "History", "Full screen"):
        button = GymButton(QAction(text))
        button.action_keepalive = button.defaultAction()  # type: ignore[attr-defined]
        qtbot.addWidget(button)
        made.append(button)
    made[0].texts = ("Resume",)
    return made


def test_the_command_bar_keeps_its_labels_readable_on_two_lines_where_it_must(
    qtbot: QtBot,
) -> None:
    row = buttons(qtbot)
    assert fit_bar(row, 1366 - 40, 4, 31) == 1  # 1366 wide: one line each
    assert {button.font().pixelSize() for button in row} == {31}
    resume = widths(("Resume",), 31, bold=True)[0]
    assert row[0].minimumWidth() > resume  # as wide as its widest label
    assert fit_bar(row, 1024 - 40, 4, 24) == 2  # 1024 wide: "Full screen" on two lines
    assert {button.font().pixelSize() for button in row} == {24}
    total = sum(button.minimumWidth() for button in row) + 7 * 4
    assert total <= 1024 - 40
    two = row[-1]
    two.resize(two.minimumSize())
    assert two.label_block().lines == ("Full", "screen")
    assert two.minimumHeight() >= block_height(theme.font(24, True), 2)
    for button in row:
        button.resize(button.minimumSize())
        assert not any(line.endswith("…") for line in button.label_block().lines)
    assert fit_bar(row, 400, 4, 24) == 2  # far too narrow: only then smaller
    assert row[0].font().pixelSize() < 24


def test_a_long_status_message_wraps_and_the_area_asks_for_its_lines(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    status = StatusArea(window)
    status.setGeometry(0, 560, 1024, 30)
    window.show()
    qtbot.waitExposed(window)
    one_line = status.minimumHeight()
    status.show_message("Stop the workout? Press Esc again (or click Stop) to confirm")
    assert status.minimumHeight() == one_line
    status.show_message(SENTENCE + " " + SENTENCE)
    assert status.minimumHeight() >= block_height(theme.font(24, True), 2)
    status.message_label.setGeometry(12, 0, 1000, status.minimumHeight())
    block = status.message_label.block()
    assert block.font.pixelSize() == 24
    assert " ".join(block.lines) == SENTENCE + " " + SENTENCE
    status.clear_message()
    assert status.minimumHeight() == one_line
