"""Fixtures for the set-up room's tests: a presets file and settings in a temporary folder,
fake timers on a fake clock, and a dialog open on the default preset."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.setup.dialog import SetupDialog
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import Settings, VoicePrefs


@pytest.fixture
def presets(tmp_path: Path) -> UserPresets:
    loaded, notice = UserPresets.load(tmp_path / "presets.json")
    assert notice is None
    return loaded


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(500.0)


@pytest.fixture
def timers(clock: FakeClock) -> FakeTimers:
    return FakeTimers(clock)


@pytest.fixture
def dialog(qtbot: QtBot, presets: UserPresets, timers: FakeTimers) -> SetupDialog:
    shown = SetupDialog(preset(DEFAULT_PRESET), presets, VoicePrefs(), timers=timers)
    qtbot.addWidget(shown)
    shown.show()
    return shown
