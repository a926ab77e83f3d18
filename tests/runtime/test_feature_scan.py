"""PySide6 still reads each newly imported module's source, and the quick check answers as
PySide6's own does. The first test fails once the installed PySide6 stops reading sources
(drop `runtime.feature_scan`) or reads them on a version outside its guard (widen it)."""

from __future__ import annotations

import json
import subprocess
import sys

import PySide6
import pytest

from thrusttimer.runtime import feature_scan

READS = """
import inspect, json, sys
import PySide6.QtCore
asked = []
original = inspect.getsource
def counting(obj):
    asked.append(getattr(obj, "__name__", "?"))
    return original(obj)
inspect.getsource = counting
import colorsys
print(json.dumps(asked))
"""


def test_pyside6_still_reads_the_source_of_each_module_imported_after_it() -> None:
    run = subprocess.run(
        [sys.executable, "-c", READS], capture_output=True, text=True, timeout=120, check=True
    )
    asked = json.loads(run.stdout.splitlines()[-1])
    version = PySide6.__version__
    assert "colorsys" in asked, f"PySide6 {version} no longer reads sources: drop feature_scan"
    assert feature_scan.affected(tuple(int(v) for v in PySide6.__version_info__[:2])), (
        f"PySide6 {version} still reads sources: widen feature_scan.AFFECTED"
    )


@pytest.mark.parametrize(
    ("version", "expected"), [((6, 11, 3), True), ((6, 0, 0), True), ((6, 12, 0), False)]
)
def test_the_guard_names_the_affected_versions(version: tuple[int, ...], *, expected: bool) -> None:
    assert feature_scan.affected(version) is expected


SCAN = """
import json, sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
import thrusttimer.core.plan, thrusttimer.gui.theme, json as stdlib_json, _json
names = ["thrusttimer.core.plan", "thrusttimer.gui.theme", "json", "_json", "sys"]
before = {name: original(sys.modules[name]) for name in names}
from thrusttimer.runtime.feature_scan import quicken_feature_scan
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
