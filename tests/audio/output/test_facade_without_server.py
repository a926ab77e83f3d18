"""The output with no sound server: it says so, refuses cues with the reason, never hangs."""

from __future__ import annotations

import os
from collections.abc import Iterator

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

# Before QtMultimedia first looks for a server in this process: point it at nothing.
os.environ["PULSE_SERVER"] = "unix:/nonexistent/thrusttimer-test/native"

from thrusttimer.audio.output.facade import AudioOutput
from thrusttimer.audio.output.probe import default_output_available
from thrusttimer.core.model import CueKind


@pytest.fixture
def output(qtbot: QtBot) -> Iterator[AudioOutput]:
    if default_output_available():
        pytest.skip("QtMultimedia found a real output in this process (loaded earlier)")
    out = AudioOutput()
    yield out
    out.close()


def test_no_server_means_a_notice_and_a_silent_output(qtbot: QtBot, output: AudioOutput) -> None:
    with qtbot.waitSignal(output.notice, timeout=5000) as notice:
        output.start()
    assert notice.args == ["no audio output: the workout goes on without sound"]
    assert output.silent
    assert not output.ready
    clip = np.zeros((10, output.fmt.channels), dtype=np.int16)
    result = output.play_at("tick", clip, 0.0, CueKind.COUNT, spoken=False)
    assert not result.placed
    assert result.reason == "no audio output"


def test_waiting_for_a_missing_output_returns_at_once(qtbot: QtBot, output: AudioOutput) -> None:
    output.start()
    calls: list[int] = []
    assert output.wait_steady(10.0, lambda: calls.append(1)) is False
    assert len(calls) <= 2
