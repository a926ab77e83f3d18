"""Starting the window: what is deferred until just after its first frame still happens."""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from thrusttimer.core.presets import preset
from thrusttimer.gui import app as app_module
from thrusttimer.gui.log_entry import LogEntry
from thrusttimer.gui.window.main_window import MainWindow


def test_after_the_first_frame_the_window_gets_its_icon_sound_and_training_log(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THRUSTTIMER_DATA_DIR", str(tmp_path))
    sounds: list[object] = []
    # The real sound would start a speech worker and a sound stream: not this test's subject.
    monkeypatch.setattr(MainWindow, "attach_sound", lambda self, sound: sounds.append(sound))
    monkeypatch.setattr(
        "thrusttimer.gui.sound.open_sound", lambda prefs, timers, *a, **kw: ("sound", prefs)
    )
    seen: dict[str, object] = {}
    made: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(app_module, "MainWindow", Recorded)

    def look() -> None:
        if not sounds:
            QTimer.singleShot(20, look)
            return
        window = made[-1]
        seen["icon"] = not window.windowIcon().isNull()
        seen["log"] = window.conductor.recorder is not None  # the log is open for it
        seen["entry"] = window.findChild(LogEntry) is not None
        window.close()
        loop.quit()

    # run_app's event loop, ended here rather than by quitting the application (other
    # tests' windows may still be open, and a quit would reach later tests' loops too).
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda self: loop.exec())
    QTimer.singleShot(0, look)
    QTimer.singleShot(20_000, loop.quit)  # never hang the suite
    assert app_module.run_app(preset("hypertrophy"), window_size=(800, 600)) == 0
    assert len(sounds) == 1
    assert sounds[0] == ("sound", sounds[0][1])  # type: ignore[index]
    assert seen == {"icon": True, "log": True, "entry": True}
    assert (tmp_path / "training-log.sqlite3").exists()


def test_collection_paused_for_the_start_up_resumes_with_its_objects_kept_out() -> None:
    gc.disable()
    try:
        app_module.resume_collection()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        app_module.resume_collection()  # already running: nothing more to do
    finally:
        gc.unfreeze()
        gc.enable()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM as POSIX sends it")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_stop_signal_mid_workout_closes_the_window_and_ends_the_session(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    number = getattr(signal, name)
    monkeypatch.setenv("THRUSTTIMER_DATA_DIR", str(tmp_path))
    # No sound: it would start a speech worker and a sound stream.
    monkeypatch.setattr(MainWindow, "attach_sound", lambda self, sound: None)
    monkeypatch.setattr("thrusttimer.gui.sound.open_sound", lambda prefs, timers, *a, **kw: None)
    made: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(app_module, "MainWindow", Recorded)
    # Had the window left the signal to Python's default, it would end the test run: a
    # stand-in notes it instead, and must be put back afterwards.
    noted: list[int] = []

    def stand_in(signum: int, frame: object) -> None:
        noted.append(signum)

    previous = signal.signal(number, stand_in)
    events = tmp_path / "events.jsonl"
    seen: dict[str, object] = {}

    def start_then_signal() -> None:
        window = made[-1]
        # No sound in this test: start on the silent timeline.
        window.conductor.sound_expected = False
        assert window.toggle().accepted  # the load is asked first
        asker = window.training.asker
        assert asker is not None
        asker.prompt.start_not_logged()
        seen["running"] = window.session.active
        os.kill(os.getpid(), number)
        wait_for_close()

    def wait_for_close() -> None:
        if made[-1].isVisible():
            QTimer.singleShot(20, wait_for_close)
            return
        loop.quit()

    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda self: loop.exec())
    QTimer.singleShot(0, start_then_signal)
    QTimer.singleShot(20_000, loop.quit)  # never hang the suite
    try:
        code = app_module.run_app(preset("hypertrophy"), event_log=events, window_size=(800, 600))
        handler_after = signal.getsignal(number)
    finally:
        signal.signal(number, previous)
    assert seen == {"running": True}
    assert code == 128 + number
    assert noted == []
    assert handler_after is stand_in  # put back as it was
    last = json.loads(events.read_text().splitlines()[-1])
    assert last["event"] == "session_end"
    assert last["completed"] is False
