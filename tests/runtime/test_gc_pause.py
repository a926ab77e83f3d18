"""CPython still collects garbage, uselessly, while the window's modules load. The first test
fails once the installed interpreter no longer does (drop `runtime.gc_pause`), or does on a
version outside its guard (widen it)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

from thrusttimer.runtime import gc_pause

COUNT = """
import gc, json
runs = []
gc.callbacks.append(lambda phase, info: phase == "stop" and runs.append(info["collected"]))
import thrusttimer.gui.app
print(json.dumps(runs))
"""


def test_loading_the_window_modules_still_runs_collections_that_free_little() -> None:
    run = subprocess.run(
        [sys.executable, "-c", COUNT], capture_output=True, text=True, timeout=120, check=True
    )
    collected = json.loads(run.stdout.splitlines()[-1])
    interpreter = f"{sys.implementation.name} {sys.version_info[:2]}"
    assert len(collected) >= 10, f"{interpreter} no longer collects during start-up: drop gc_pause"
    assert gc_pause.affected(), f"{interpreter} still collects: widen gc_pause.AFFECTED_BELOW"


def test_the_guard_names_the_affected_versions() -> None:
    assert gc_pause.affected((3, 11))
    assert gc_pause.affected((3, 13))
    assert not gc_pause.affected((3, 14))


def test_collection_paused_for_the_start_up_resumes_with_its_objects_kept_out() -> None:
    try:
        assert gc_pause.pause_collection() is gc_pause.affected()
        gc_pause.resume_collection()
        assert gc.isenabled()
        if gc_pause.affected():
            assert gc.get_freeze_count() > 0
        gc_pause.resume_collection()  # already running: nothing more to do
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
