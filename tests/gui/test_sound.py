"""The app's sound for a conductor: the output it opens itself is started at once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.sound import open_sound
from thrusttimer.store.settings import VoicePrefs


def test_an_output_it_opens_is_started_so_it_settles_while_the_clips_are_made(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/thrusttimer-test/native")
    sound = open_sound(VoicePrefs(latency_ms=20), FakeTimers())
    try:
        assert sound.output.latency_offset_s == pytest.approx(0.02)
        assert sound.output.wait_opened(5)  # type: ignore[attr-defined]
    finally:
        sound.close()
