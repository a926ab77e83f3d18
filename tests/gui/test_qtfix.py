"""The guard against PySide6 6.12 dropping references to None on Python 3.11."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from thrusttimer.gui import qtfix

LOOP = """
import sys
{guard}
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
thing = QObject()
timer = QTimer()
for _ in range(50_000):
    thing.setObjectName("x")
    timer.isActive()
print("survived", flush=True)
"""


@pytest.mark.skipif(
    not qtfix.needs_reserve(), reason="only PySide6 6.12.0 on Python 3.11 drops references to None"
)
def test_fifty_thousand_void_calls_survive_with_the_guard() -> None:
    guarded = subprocess.run(
        [
            sys.executable,
            "-c",
            LOOP.format(guard="import thrusttimer.gui.qtfix as q; q.protect_none()"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert guarded.returncode == 0, guarded.stderr
    assert guarded.stdout == "survived\n"


def test_the_guard_adds_its_reserve_once() -> None:
    before = sys.getrefcount(None)
    qtfix.protect_none()
    assert abs(sys.getrefcount(None) - before) < 1000
    if qtfix.needs_reserve():
        assert before > qtfix.RESERVE // 2


def test_the_installed_version_is_read_as_importlib_metadata_reads_it() -> None:
    from importlib import metadata

    assert qtfix.installed_version() == metadata.version("PySide6-Essentials")


SCAN = """
import json, sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
import thrusttimer.core.plan, thrusttimer.gui.theme, json as stdlib_json, _json
names = ["thrusttimer.core.plan", "thrusttimer.gui.theme", "json", "_json", "sys"]
before = {name: original(sys.modules[name]) for name in names}
from thrusttimer.gui.qtfix import quicken_feature_scan
first, again = quicken_feature_scan(), quicken_feature_scan()
quick = feature._mod_uses_pyside
after = {name: quick(sys.modules[name]) for name in names}
print(json.dumps([first, again, quick is not original, before, after]))
"""


def test_the_quick_feature_scan_answers_as_pysides_own() -> None:
    # In a fresh interpreter: the check is process-wide, and tests must not change it.
    run = subprocess.run(
        [sys.executable, "-c", SCAN], capture_output=True, text=True, timeout=120, check=True
    )
    first, again, replaced, before, after = json.loads(run.stdout.splitlines()[-1])
    assert (first, again, replaced) == (True, False, True)
    assert after == before
    assert before["thrusttimer.gui.theme"] is True
    assert before["thrusttimer.core.plan"] is False
    assert before["sys"] is False  # built in: left to PySide6's own check
