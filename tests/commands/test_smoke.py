"""`thrusttimer smoke-test` in-process: the frame check, and the speech clip conversion."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from thrusttimer import cli
from thrusttimer.commands import smoke


def test_smoke_test_renders_a_frame_and_saves_it(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shot = tmp_path / "frame.png"
    assert smoke.main(["--no-audio", "--screenshot", str(shot)], "thrusttimer smoke-test") == 0
    out = capsys.readouterr().out
    assert "build: python package" in out
    assert "modules: imported all" in out
    assert "frame: " in out
    assert out.rstrip().endswith("smoke-test: ok")
    assert shot.stat().st_size > 1000


def test_speech_wav_becomes_a_stereo_clip_at_the_output_rate(tmp_path: Path) -> None:
    path = tmp_path / "cue.wav"
    rate = 22_050  # what espeak-ng writes
    tone = (0.5 * np.sin(2 * np.pi * 440 * np.arange(rate // 2) / rate) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(tone.tobytes())
    clip = smoke.read_wav(path)
    assert clip.dtype == np.float32
    assert clip.shape == (smoke.RATE // 2, smoke.CHANNELS)
    assert abs(float(np.abs(clip).max()) - 0.5) < 0.01


def test_an_empty_speech_file_is_an_error_not_a_silent_clip(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22_050)
    with pytest.raises(ValueError, match="empty"):
        smoke.read_wav(path)


def test_beep_fades_in_and_out() -> None:
    clip = smoke.beep(seconds=0.2)
    assert clip.shape == (int(smoke.RATE * 0.2), smoke.CHANNELS)
    assert abs(clip[0]).max() < 0.01
    assert abs(clip[-1]).max() < 0.01
    assert abs(clip).max() > 0.4


def test_worker_process_check_spawns_and_hears_back(capsys: pytest.CaptureFixture[str]) -> None:
    assert smoke.start_worker_process()
    assert "worker process: spawned and answered (exit 0)" in capsys.readouterr().out


def test_a_screenshot_that_cannot_be_written_is_one_line_before_any_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "frame.png"
    assert cli.main(["smoke-test", "--no-audio", "--screenshot", str(target)]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # refused before the first check ran
    assert err.startswith(f"thrusttimer smoke-test: error: --screenshot: cannot write '{target}'")
    assert err.count("\n") == 1
