"""Shared fixtures: no test touches the user's real settings, cache or data folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English whatever the machine's language; a test of another language asks
# for it (and the app, started by a test, follows this too).
os.environ["LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    """A test that installs a language leaves English behind it."""
    yield
    from thrusttimer.core import i18n

    i18n.uninstall()


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    base = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME")}
    for key, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_HOME", "data"),
    ):
        os.environ[key] = str(Path(base, sub))
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
