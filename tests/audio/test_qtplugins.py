"""The app plays through QtMultimedia's audio layer without loading the FFmpeg backend."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from thrusttimer.audio.qtplugins import SKIPPED, _linked_folder

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="only done on Linux")


def fake_plugins(root: Path) -> Path:
    plugins = root / "plugins"
    for name in ("platforms", "imageformats", SKIPPED):
        (plugins / name).mkdir(parents=True)
    return plugins


def test_the_folder_links_every_plugin_folder_but_multimedia(tmp_path: Path) -> None:
    plugins = fake_plugins(tmp_path)
    folder = _linked_folder(plugins, tmp_path / "linked")
    assert sorted(p.name for p in folder.iterdir()) == ["imageformats", "platforms"]
    assert (folder / "platforms").resolve() == (plugins / "platforms").resolve()


def test_the_folder_is_made_once_and_remade_when_qt_changes(tmp_path: Path) -> None:
    plugins = fake_plugins(tmp_path)
    folder = _linked_folder(plugins, tmp_path / "linked")
    made = (folder / "platforms").lstat().st_mtime_ns
    assert _linked_folder(plugins, tmp_path / "linked") == folder
    assert (folder / "platforms").lstat().st_mtime_ns == made
    (plugins / "sqldrivers").mkdir()  # a new PySide6 with another plugin folder
    folder = _linked_folder(plugins, tmp_path / "linked")
    assert sorted(p.name for p in folder.iterdir()) == ["imageformats", "platforms", "sqldrivers"]
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".staging-")]


CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from thrusttimer.audio.output.facade import AudioOutput

    app = QCoreApplication([])
    output = AudioOutput()
    from PySide6.QtMultimedia import QMediaDevices

    QMediaDevices.audioOutputs()
    maps = open("/proc/self/maps").read()
    print("ffmpeg loaded" if "libavcodec" in maps or "ffmpegmediaplugin" in maps else "no ffmpeg")
    output.close()
    """
)


@pytest.mark.parametrize(("keep", "expected"), [("", "no ffmpeg"), ("1", "ffmpeg loaded")])
def test_the_real_app_output_leaves_the_backend_out(
    tmp_path: Path, keep: str, expected: str
) -> None:
    env = dict(
        os.environ,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PULSE_SERVER="unix:/nonexistent/thrusttimer-test/native",
        THRUSTTIMER_MEDIA_BACKEND=keep,
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip() == expected
    assert "No QtMultimedia backends found" not in result.stderr
