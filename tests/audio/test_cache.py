from __future__ import annotations

import dataclasses
import errno
import os
from pathlib import Path

import numpy as np
import pytest
from fake_tts import fake_engine, renders

from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.cache import FORMAT_VERSION, ClipCache, ClipKey, cache_dir
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.settings import VoiceSettings

KEY = ClipKey("Drive up", "gmw/en", 175, 1.0, "pyttsx3-2.99-linux", AudioFormat(48_000, 2))
PHRASES = ["Brace", "Drive up, breathe out", "3", "2", "1"]


def clip(frames: int = 480, channels: int = 2) -> np.ndarray:
    samples = np.linspace(-16384, 16384, frames * channels).astype(np.int16)
    return samples.reshape(frames, channels)


def test_the_cache_folder_follows_the_environment_override(tmp_path, monkeypatch):
    monkeypatch.setenv("THRUSTTIMER_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    assert ClipCache().root == tmp_path / "clips"


def test_the_cache_folder_defaults_to_the_platform_cache(monkeypatch):
    monkeypatch.delenv("THRUSTTIMER_CACHE_DIR", raising=False)
    assert cache_dir().name == "thrusttimer"


@pytest.mark.parametrize(
    "change",
    [
        {"text": "Drive up!"},
        {"voice": "gmw/en-us"},
        {"rate": 176},
        {"volume": 0.9},
        {"engine": "pyttsx3-2.99-win32"},
        {"fmt": AudioFormat(44_100, 2)},
        {"fmt": AudioFormat(48_000, 1)},
        {"format_version": FORMAT_VERSION + 1},
    ],
)
def test_every_key_part_changes_the_file(change):
    assert ClipCache(Path("/c")).path(dataclasses.replace(KEY, **change)) != ClipCache(
        Path("/c")
    ).path(KEY)


def test_a_stored_clip_loads_back_exactly(cache):
    stored = clip()
    cache.store(KEY, stored)
    assert cache.frames(KEY) == 480
    loaded = cache.load(KEY)
    assert loaded is not None
    assert loaded.dtype == np.int16
    assert np.array_equal(loaded, stored)
    assert not list(cache.root.rglob("*.partial"))
    assert cache.path(KEY).stat().st_size < 480 * 2 * 2 + 200  # 2 bytes a sample


def test_a_clip_with_the_same_sound_on_every_channel_is_stored_once(cache):
    mono = clip(480, 1)
    cache.store(KEY, np.repeat(mono, 2, axis=1))
    assert cache.frames(KEY) == 480
    loaded = cache.load(KEY)
    assert loaded is not None
    np.testing.assert_array_equal(loaded, mono)  # the mixer plays it on both channels
    assert cache.path(KEY).stat().st_size < 480 * 2 + 200


def test_a_float_clip_is_not_stored(cache):
    with pytest.raises(TypeError, match="int16"):
        cache.store(KEY, np.zeros((10, 2), dtype=np.float32))
    assert cache.frames(KEY) is None


def test_a_missing_clip_is_a_miss(cache):
    assert cache.frames(KEY) is None
    assert cache.load(KEY) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b""),
        lambda path: path.write_bytes(path.read_bytes()[:200]),
        lambda path: path.write_bytes(path.read_bytes() + b"extra"),
        lambda path: path.write_bytes(b"not numpy at all" * 20),
        # float32 samples, as format version 1 stored them
        lambda path: np.save(path, np.zeros((10, 2), dtype=np.float32)),
        lambda path: np.save(path, np.zeros((10, 3), dtype=np.int16)),
        lambda path: np.save(path, np.zeros((0, 2), dtype=np.int16)),
    ],
)
def test_a_damaged_clip_is_a_miss(cache, damage):
    path = cache.store(KEY, clip())
    damage(path)
    assert cache.frames(KEY) is None
    assert cache.load(KEY) is None


# Through the bank: a second launch renders nothing --------------------------------------


def bank(cache: ClipCache, **settings: object) -> VoiceBank:
    return VoiceBank(
        VoiceSettings(**settings),  # type: ignore[arg-type]
        AudioFormat(48_000, 2),
        cache=cache,
        engine_factory=fake_engine,
    )


def test_a_second_launch_renders_nothing(cache, fake_tts):
    first = bank(cache).render_all(PHRASES)
    assert (first.rendered, first.done, first.total) == (5, 5, 5)
    assert sorted(renders()) == sorted(PHRASES)

    again = bank(cache)
    second = again.render_all(PHRASES)
    assert (second.rendered, second.done, second.total) == (0, 5, 5)
    assert len(renders()) == 5
    assert again.duration_s("Brace") is not None


def test_changing_a_setting_renders_again(cache, fake_tts):
    bank(cache).render_all(PHRASES)
    assert bank(cache, rate=200).render_all(PHRASES).rendered == 5
    assert bank(cache, volume=0.5).render_all(PHRASES).rendered == 5
    assert bank(cache, voice_id="gmw/en-us").render_all(PHRASES).rendered == 5
    assert bank(cache).render_all(PHRASES).rendered == 0
    assert len(renders()) == 20


def test_a_corrupt_cache_file_is_rendered_again(cache, fake_tts):
    first = bank(cache)
    first.render_all(PHRASES)
    broken = first.cache.path(first._engine_key("Brace"))
    broken.write_bytes(b"garbage")
    second = bank(cache).render_all(PHRASES)
    assert second.rendered == 1
    assert renders().count("Brace") == 2


def test_looking_up_the_cache_is_spread_over_polls(cache, fake_tts, monkeypatch):
    bank(cache).render_all(PHRASES)
    monkeypatch.setattr("thrusttimer.audio.bank.STEP_BUDGET_S", 0.0)
    again = bank(cache)
    progress = again.start(PHRASES)
    steps = 1
    while not progress.finished:
        # With no time budget each call looks up one phrase and returns.
        assert (progress.done, progress.total) == (steps, 5)
        progress = again.poll()
        steps += 1
    assert steps == 5
    assert progress.rendered == 0


# A cache folder that cannot be written -------------------------------------------------


def test_a_cache_path_that_is_a_file_falls_back_to_a_temporary_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("mine")
    monkeypatch.setenv("THRUSTTIMER_CACHE_DIR", str(blocker))
    cache = ClipCache()
    assert cache.root != blocker / "clips"
    assert cache.notice is not None
    assert str(blocker / "clips") in cache.notice
    assert "Not a directory" in cache.notice
    path = cache.store(KEY, clip())
    assert np.array_equal(ClipCache().load(KEY), clip()), "one folder for the whole run"
    assert path.is_file()
    assert blocker.read_text() == "mine"


def test_every_phrase_is_voiced_when_the_cache_cannot_be_written(tmp_path, monkeypatch, fake_tts):
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("THRUSTTIMER_CACHE_DIR", str(blocker))
    voice = bank(ClipCache())
    progress = voice.render_all(PHRASES)
    assert (progress.done, progress.total, progress.failed) == (5, 5, ())
    assert all(voice.duration_s(text) for text in PHRASES)
    assert voice.notice is not None
    assert "temporary folder" in voice.notice


def test_a_read_only_cache_folder_falls_back(tmp_path, monkeypatch):
    # A read-only disk, made the one way that also holds for root: writes answer EROFS.
    folder = tmp_path / "ro"
    monkeypatch.setenv("THRUSTTIMER_CACHE_DIR", str(folder))
    real = Path.write_bytes

    def read_only(self: Path, data: bytes) -> int:
        if self.is_relative_to(folder):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", read_only)
    cache = ClipCache()
    assert cache.notice is not None
    assert "Read-only file system" in cache.notice
    assert not cache.root.is_relative_to(folder)
