from __future__ import annotations

from pathlib import Path

import pytest

from thrusttimer.audio.cache import ClipCache


@pytest.fixture
def fake_tts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the fake engines log their renders and keep their one-shot markers."""
    folder = tmp_path / "fake-tts"
    folder.mkdir()
    monkeypatch.setenv("FAKE_TTS_DIR", str(folder))
    monkeypatch.setenv("FAKE_TTS_LOG", str(folder / "renders.log"))
    return folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClipCache:
    """A clip cache in a temporary folder, also set as THRUSTTIMER_CACHE_DIR."""
    monkeypatch.setenv("THRUSTTIMER_CACHE_DIR", str(tmp_path / "cache"))
    return ClipCache()
