"""The settings store: round trips, and a damaged file or value never stops the app."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray

from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import DEFAULT_PRESET, PRESETS, preset
from thrusttimer.store.settings import Settings, VoicePrefs


def fixed_now() -> datetime:
    return datetime(2026, 11, 25, 19, 30, 5, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "ThrustTimer.ini"


def test_first_launch_uses_the_default_preset_without_a_notice(path: Path) -> None:
    settings = Settings(path)
    assert settings.notice is None
    assert settings.load_last_plan() == (preset(DEFAULT_PRESET), None)
    assert settings.load_voice() == (VoicePrefs(), None)
    assert settings.window_geometry() is None


def test_a_last_plan_of_several_exercises_is_restored_with_every_block(path: Path) -> None:
    glute = PRESETS["glute-day-a"].plan
    plan = Plan.build(
        glute,
        name="Glute day A (modified)",
        block_rest_s=90,
        blocks=[glute.blocks[2], glute.blocks[0], glute.blocks[1]],
    )
    settings = Settings(path)
    settings.save_last_plan(plan)
    assert settings.sync() is None
    restored, notice = Settings(path).load_last_plan()
    assert notice is None
    assert restored == plan
    assert [b.exercise for b in restored.blocks] == [
        "frog-pump",
        "hip-thrust",
        "b-stance-hip-thrust",
    ]


def test_last_plan_voice_and_geometry_are_restored_by_a_new_instance(path: Path) -> None:
    plan = Plan.build(preset("strength"), name="Monday heavy", sets=6, tempo="3-1-X-2")
    voice = VoicePrefs.build(voice="en-gb", rate_wpm="190", volume_pct=80, latency_ms=-120)
    settings = Settings(path)
    settings.save_last_plan(plan)
    settings.save_voice(voice)
    settings.save_window_geometry(QByteArray(b"\x01\xd9\xd0\xcb geometry"))
    assert settings.sync() is None

    again = Settings(path)
    assert again.notice is None
    assert again.load_last_plan() == (plan, None)
    assert again.load_voice() == (voice, None)
    assert again.window_geometry() == QByteArray(b"\x01\xd9\xd0\xcb geometry")


def test_a_damaged_file_is_moved_aside_with_a_timestamp_and_defaults_used(path: Path) -> None:
    path.parent.mkdir(parents=True)
    damaged = b"\x00\xff[[[ not settings\n[General\nworkout/last_plan=\n"
    path.write_bytes(damaged)

    settings = Settings(path, now=fixed_now)

    aside = path.with_name("ThrustTimer.ini.unreadable-20261125T193005Z")
    assert aside.read_bytes() == damaged
    assert settings.notice is not None
    assert "damaged" in settings.notice
    assert aside.name in settings.notice
    assert settings.load_last_plan() == (preset(DEFAULT_PRESET), None)
    settings.save_last_plan(preset("warm-up"))
    assert settings.sync() is None
    assert Settings(path).load_last_plan() == (preset("warm-up"), None)


def test_an_unreadable_settings_path_is_moved_aside(path: Path) -> None:
    path.mkdir(parents=True)  # a folder where the file should be: Qt cannot open it
    settings = Settings(path, now=fixed_now)
    assert settings.notice is not None
    assert "could not be read" in settings.notice
    assert path.with_name("ThrustTimer.ini.unreadable-20261125T193005Z").is_dir()
    settings.save_last_plan(preset("strength"))
    assert settings.sync() is None
    assert path.is_file()


def test_a_second_damaged_file_the_same_second_gets_its_own_name(path: Path) -> None:
    path.parent.mkdir(parents=True)
    for text in (b"[General\n", b"[Other\n"):
        path.write_bytes(text)
        Settings(path, now=fixed_now)
    first = path.with_name("ThrustTimer.ini.unreadable-20261125T193005Z")
    second = path.with_name("ThrustTimer.ini.unreadable-20261125T193005Z-2")
    assert (first.read_bytes(), second.read_bytes()) == (b"[General\n", b"[Other\n")


def test_an_invalid_last_plan_falls_back_to_the_default_and_names_the_field(path: Path) -> None:
    settings = Settings(path)
    bad = preset("strength").to_dict() | {"reps": 500}
    settings._qsettings.setValue("workout/last_plan", json.dumps(bad))
    plan, notice = settings.load_last_plan()
    assert plan == preset(DEFAULT_PRESET)
    assert notice is not None
    assert "reps: 500 is not allowed" in notice
    assert "from 1 to 100" in notice


def test_last_plan_that_is_not_json_falls_back(path: Path) -> None:
    settings = Settings(path)
    settings._qsettings.setValue("workout/last_plan", "{not json")
    plan, notice = settings.load_last_plan()
    assert plan == preset(DEFAULT_PRESET)
    assert notice is not None
    assert "a JSON plan" in notice


def test_a_bad_voice_value_resets_only_that_value(path: Path) -> None:
    settings = Settings(path)
    settings.save_voice(VoicePrefs(voice="en-us", rate_wpm=150, volume_pct=70, latency_ms=40))
    settings._qsettings.setValue("voice/rate_wpm", "9000")
    prefs, notice = settings.load_voice()
    assert prefs == VoicePrefs(voice="en-us", rate_wpm=170, volume_pct=70, latency_ms=40)
    assert notice is not None
    assert "rate_wpm: '9000' is not allowed" in notice
    assert "from 80 to 300" in notice


def saved_file(path: Path) -> bytes:
    """A settings file as ThrustTimer writes it, with a plan, a voice and a geometry."""
    settings = Settings(path)
    settings.save_last_plan(preset("strength"))
    settings.save_voice(VoicePrefs(voice="en-gb", rate_wpm=150))
    settings.save_window_geometry(QByteArray(b"\x01\xd9\xd0\xcb geometry"))
    assert settings.sync() is None
    del settings
    return path.read_bytes()


DAMAGE = [
    # name, how the good file is damaged, what the notice says
    ("not UTF-8", lambda b: b[:30] + b"\xff\xfe" + b[32:], "byte 31 is not UTF-8 text"),
    ("a NUL byte", lambda b: b[:30] + b"\x00" + b[31:], "holds a control character"),
    ("cut short", lambda b: b[: len(b) // 2 + 3], "was cut short"),
    ("empty", lambda b: b"", "is empty or was cut short"),
    ("no format line", lambda b: b.replace(b"format=1\n", b""), "it has no format line"),
    ("a newer format", lambda b: b.replace(b"format=1", b"format=7"), "format '7'; this one"),
    ("a line of junk", lambda b: b.replace(b"[voice]", b"voice ]]"), "neither a [section]"),
]


@pytest.mark.parametrize(
    ("damage", "said"), [(d[1], d[2]) for d in DAMAGE], ids=[d[0] for d in DAMAGE]
)
def test_a_file_qt_would_half_read_is_set_aside_whole_and_said(
    path: Path, damage: Callable[[bytes], bytes], said: str
) -> None:
    path.parent.mkdir(parents=True)
    damaged = damage(saved_file(path))
    path.write_bytes(damaged)

    settings = Settings(path, now=fixed_now)

    aside = path.with_name("ThrustTimer.ini.unreadable-20261125T193005Z")
    assert aside.read_bytes() == damaged, "kept exactly as it was"
    assert settings.notice is not None
    assert said in settings.notice
    assert f"It was kept as {aside.name}" in settings.notice
    assert settings.load_last_plan() == (preset(DEFAULT_PRESET), None)
    assert settings.load_voice() == (VoicePrefs(), None)
    settings.save_last_plan(preset("warm-up"))
    assert settings.sync() is None
    assert aside.read_bytes() == damaged, "never written over"
    again = Settings(path)
    assert again.notice is None
    assert again.load_last_plan() == (preset("warm-up"), None)


def test_a_file_with_a_bad_value_is_copied_before_the_value_is_replaced(path: Path) -> None:
    path.parent.mkdir(parents=True)
    good = saved_file(path)
    damaged = good.replace(b"rate_wpm=150", b"rate_wpm=9000")
    path.write_bytes(damaged)
    settings = Settings(path, now=fixed_now)
    assert settings.notice is None, "the file itself is sound"
    prefs, notice = settings.load_voice()
    assert prefs.rate_wpm == 170
    copy = path.with_name("ThrustTimer.ini.unreadable-20261125T193005Z")
    assert notice is not None
    assert notice.endswith(f"The settings file was copied to {copy.name}.")
    assert copy.read_bytes() == damaged
    settings.save_voice(prefs)
    assert settings.sync() is None
    assert copy.read_bytes() == damaged
    assert settings.load_voice()[1] is None


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=400))
def test_random_bytes_as_the_settings_file_give_defaults_and_keep_the_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ThrustTimer.ini"
        path.write_bytes(data)
        loaded = Settings(path, now=fixed_now)
        plan, plan_notice = loaded.load_last_plan()
        voice, voice_notice = loaded.load_voice()
        aside = path.with_name("ThrustTimer.ini.unreadable-20261125T193005Z")
        if loaded.notice is None:
            # Only a file that reads as a format-1 settings file is used as it is.
            assert not aside.exists()
            assert b"format=1" in data
        else:
            assert aside.read_bytes() == data
            assert f"It was kept as {aside.name}" in loaded.notice
            assert "\n" not in loaded.notice
            assert (plan, plan_notice) == (preset(DEFAULT_PRESET), None)
            assert (voice, voice_notice) == (VoicePrefs(), None)
        assert loaded.sync() is None
