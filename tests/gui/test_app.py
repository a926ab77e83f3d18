"""Starting the window: what is deferred until just after its first frame still happens."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from thrusttimer.core.plan import preset
from thrusttimer.gui import app as app_module
from thrusttimer.gui.main_window import MainWindow


def test_after_the_first_frame_the_window_gets_its_icon_voice_and_training_log(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THRUSTTIMER_DATA_DIR", str(tmp_path))
    voices: list[object] = []
    # The real voice would start a speech worker and a sound stream: not this test's subject.
    monkeypatch.setattr(MainWindow, "attach_voice", lambda self, voice: voices.append(voice))
    monkeypatch.setattr("thrusttimer.gui.voice.WindowVoice", lambda prefs, log: ("voice", prefs))
    seen: dict[str, object] = {}
    made: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(app_module, "MainWindow", Recorded)

    def look() -> None:
        if not voices:
            QTimer.singleShot(20, look)
            return
        window = made[-1]
        seen["icon"] = not window.windowIcon().isNull()
        seen["log"] = window._log is not None and window.recorder is not None
        seen["entry"] = window._log_entry is not None
        window.close()
        loop.quit()

    # run_app's event loop, ended here rather than by quitting the application (other
    # tests' windows may still be open, and a quit would reach later tests' loops too).
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda self: loop.exec())
    QTimer.singleShot(0, look)
    QTimer.singleShot(20_000, loop.quit)  # never hang the suite
    assert app_module.run_app(preset("hypertrophy"), window_size=(800, 600)) == 0
    assert len(voices) == 1
    assert voices[0] == ("voice", voices[0][1])  # type: ignore[index]
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
