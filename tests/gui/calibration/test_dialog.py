"""The latency calibration screen on fake timers and a fake clock: ticks handed to a fake
output at the right moments with the offset under test, simulated taps turned into a new
offset, the flash lit on the planned moments, and no sound device meaning nothing to press."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.fake_output import FakeSoundOutput
from thrusttimer.audio.calibration import LEAD_IN_TICKS, PLACE_AHEAD_S, TICK_INTERVAL_S, TICKS
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.model import CueKind
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.calibration.dialog import CalibrationDialog
from thrusttimer.gui.calibration.measuring import FRAME_MS, START_AFTER_S

FRAME_S = FRAME_MS / 1000


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(200.0)


@pytest.fixture
def timers(clock: FakeClock) -> FakeTimers:
    return FakeTimers(clock)


def open_screen(
    qtbot: QtBot, timers: FakeTimers, output: FakeSoundOutput | None, current_ms: int = 0
) -> CalibrationDialog:
    screen = CalibrationDialog(current_ms, output, clock=timers.clock, timers=timers)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def run_frames_until(timers: FakeTimers, moment: float) -> None:
    """Move the fake clock on to `moment`: the screen's frame timer fires on the way."""
    timers.advance(max(moment - timers.clock(), 0.0))


def test_tapping_180_ms_late_with_40_ms_set_proposes_180_ms_and_use_this_takes_it(
    qtbot: QtBot, clock: FakeClock, timers: FakeTimers
) -> None:
    # The output plays the saved offset (20 ms); the field holds 40 ms, the value under test.
    output = FakeSoundOutput(latency_offset_s=0.020)
    screen = open_screen(qtbot, timers, output, current_ms=40)
    qtbot.mouseClick(screen.tap_start, Qt.MouseButton.LeftButton)
    assert screen.running == "tap"
    first = clock() + START_AFTER_S
    ticks = [first + i * TICK_INTERVAL_S for i in range(TICKS)]
    # Headphones 180 ms slow, offset 40 ms: each tick is heard 140 ms after its moment.
    for i, tick in enumerate(ticks):
        run_frames_until(timers, tick + 0.140 + (-0.006, 0.0, 0.006)[i % 3])
        qtbot.keyClick(screen.pad, Qt.Key.Key_Space)
    run_frames_until(timers, ticks[-1] + TICK_INTERVAL_S)
    assert screen.running is None
    # Every tick went out with the 40 ms under test: 20 ms earlier than the output's own
    # offset alone would send it, each handed over ahead of time, none refused.
    assert [p.t_mono for p in output.played] == pytest.approx([t - 0.020 for t in ticks])
    assert all(p.kind is CueKind.COUNT and not p.spoken for p in output.played)
    assert screen.refused == []
    measured = screen.measured
    assert measured is not None
    assert measured.offset_ms == pytest.approx(140, abs=0.5)
    assert measured.used == TICKS - LEAD_IN_TICKS
    text = screen.tap_message.text()
    assert "later than the app plays them" in text
    assert "New latency offset: 180 ms (now 40 ms)" in text
    assert screen.tap_use.isEnabled()
    assert screen.tap_use.text() == "Use 180 ms"
    qtbot.mouseClick(screen.tap_use, Qt.MouseButton.LeftButton)
    assert screen.chosen_ms == 180
    assert screen.result() == CalibrationDialog.DialogCode.Accepted


def test_each_tick_is_handed_to_the_output_before_it_must_leave(
    qtbot: QtBot, clock: FakeClock, timers: FakeTimers
) -> None:
    output = FakeSoundOutput()
    handed: list[float] = []
    play = output.play_at

    def noting(*args: object, **kw: object):  # type: ignore[no-untyped-def]
        handed.append(clock())
        return play(*args, **kw)  # type: ignore[arg-type]

    output.play_at = noting  # type: ignore[method-assign]
    screen = open_screen(qtbot, timers, output, current_ms=250)
    screen.start_tapping()
    run_frames_until(timers, clock() + START_AFTER_S + TICKS * TICK_INTERVAL_S)
    assert len(output.played) == TICKS
    for at, played in zip(handed, output.played, strict=True):
        # Sent 250 ms early; handed over 0.3 s before that, at the first frame after.
        leaves = played.t_mono
        assert leaves - PLACE_AHEAD_S - 1e-9 <= at <= leaves - PLACE_AHEAD_S + FRAME_S


def test_clicks_and_any_key_count_as_taps_but_held_keys_do_not_repeat(
    qtbot: QtBot, timers: FakeTimers
) -> None:
    screen = open_screen(qtbot, timers, FakeSoundOutput())
    qtbot.keyClick(screen.pad, Qt.Key.Key_Space)  # before Start: nothing to count
    screen.start_tapping()
    qtbot.keyClick(screen.pad, Qt.Key.Key_Space)
    timers.advance(0.1)
    qtbot.keyClick(screen.pad, Qt.Key.Key_A)
    timers.advance(0.1)
    qtbot.mouseClick(screen.pad, Qt.MouseButton.LeftButton)
    timers.advance(0.1)
    qtbot.mouseClick(screen, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    held = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier,
                     " ", True)  # fmt: skip
    QApplication.sendEvent(screen.pad, held)
    assert screen.taps == pytest.approx([200.0, 200.1, 200.2, 200.3])
    assert screen.pad.text == "4 taps"
    qtbot.keyClick(screen.pad, Qt.Key.Key_Escape)  # stops the run, does not close
    assert screen.running is None
    assert screen.isVisible()


def test_too_few_taps_say_try_again_and_offer_nothing_to_use(
    qtbot: QtBot, clock: FakeClock, timers: FakeTimers
) -> None:
    screen = open_screen(qtbot, timers, FakeSoundOutput())
    screen.start_tapping()
    first = clock() + START_AFTER_S
    for i in range(LEAD_IN_TICKS, LEAD_IN_TICKS + 4):
        run_frames_until(timers, first + i * TICK_INTERVAL_S + 0.05)
        screen.tap()
    run_frames_until(timers, first + TICKS * TICK_INTERVAL_S)
    assert screen.measured is None
    assert screen.tap_message.text().startswith("Not enough taps on the beat")
    assert screen.tap_start.text() == "Try again"
    assert not screen.tap_use.isEnabled()


def test_ticks_the_output_refuses_are_reported(
    qtbot: QtBot, clock: FakeClock, timers: FakeTimers
) -> None:
    output = FakeSoundOutput(refuse="late by 12.0 ms")
    screen = open_screen(qtbot, timers, output)
    screen.start_tapping()
    run_frames_until(timers, clock() + START_AFTER_S + TICKS * TICK_INTERVAL_S)
    assert len(screen.refused) == TICKS
    assert f"{TICKS} of {TICKS} ticks could not be played (late by 12.0 ms)" in (
        screen.tap_message.text()
    )


def test_the_flash_lights_on_the_planned_moments_and_the_slider_moves_the_sound(
    qtbot: QtBot, clock: FakeClock, timers: FakeTimers
) -> None:
    output = FakeSoundOutput(latency_offset_s=0.0)
    screen = open_screen(qtbot, timers, output, current_ms=0)
    screen.tabs.setCurrentIndex(1)
    qtbot.mouseClick(screen.flash_start, Qt.MouseButton.LeftButton)
    assert screen.running == "flash"
    first = clock() + START_AFTER_S
    lit: list[float] = []
    while clock() < first + 3 * TICK_INTERVAL_S:
        timers.advance(0.001)
        screen.poll()  # looked at each millisecond, as a frame drawn then would
        if screen.circle.lit:
            lit.append(clock())
    # Lit from each tick (half a frame early, for the frame drawn after the check) for 80 ms.
    for i in range(3):
        tick = first + i * TICK_INTERVAL_S
        during = [t for t in lit if tick - 0.1 < t < tick + 0.2]
        assert min(during) == pytest.approx(tick - FRAME_S / 2, abs=0.0011)
        assert max(during) == pytest.approx(tick - FRAME_S / 2 + 0.080, abs=0.0011)
    assert [p.t_mono for p in output.played[:3]] == pytest.approx(
        [first + i * TICK_INTERVAL_S for i in range(3)]
    )
    # The user hears the sound after the flash: 120 ms more offset sends the next tick
    # 120 ms earlier; the flash stays where it was.
    screen.offset.setValue(120)
    assert screen.slider.value() == 120
    count = len(output.played)
    run_frames_until(timers, first + 6 * TICK_INTERVAL_S)
    later = output.played[count:]
    assert later
    for played in later:
        index = round((played.t_mono + 0.120 - first) / TICK_INTERVAL_S)
        assert played.t_mono == pytest.approx(first + index * TICK_INTERVAL_S - 0.120)
    qtbot.keyClick(screen.slider, Qt.Key.Key_Right)  # ±5 ms on the slider
    assert screen.offset.value() == 125
    qtbot.keyClick(screen.offset, Qt.Key.Key_Down)  # ±1 ms in the box
    assert screen.slider.value() == 124
    qtbot.mouseClick(screen.flash_start, Qt.MouseButton.LeftButton)
    assert screen.running is None
    assert not screen.circle.lit
    qtbot.mouseClick(screen.flash_use, Qt.MouseButton.LeftButton)
    assert screen.chosen_ms == 124


def test_without_an_audio_device_the_screen_says_so_and_offers_nothing(
    qtbot: QtBot, timers: FakeTimers
) -> None:
    for output in (None, FakeSoundOutput(available=False)):
        screen = open_screen(qtbot, timers, output)
        assert screen.no_sound.isVisible()
        assert "No audio device" in screen.no_sound.text()
        assert not screen.tabs.isVisible()
        assert not screen.tap_start.isVisible()
        assert not screen.flash_start.isVisible()


def test_an_output_still_starting_asks_to_try_again(qtbot: QtBot, timers: FakeTimers) -> None:
    output = FakeSoundOutput(ready=False)
    screen = open_screen(qtbot, timers, output)
    screen.start_tapping()
    assert screen.running is None
    assert "still starting" in screen.tap_message.text()
    output.ready = True
    screen.start_tapping()
    assert screen.running == "tap"


def test_closing_mid_run_stops_the_ticks(
    qtbot: QtBot, clock: FakeClock, timers: FakeTimers
) -> None:
    output = FakeSoundOutput()
    screen = open_screen(qtbot, timers, output)
    screen.start_tapping()
    run_frames_until(timers, clock() + START_AFTER_S + 2 * TICK_INTERVAL_S)
    placed = len(output.played)
    screen.reject()
    assert screen.running is None
    assert timers.active == []
    run_frames_until(timers, clock() + 5)
    assert len(output.played) == placed
