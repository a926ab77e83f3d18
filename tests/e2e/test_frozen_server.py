"""End to end: a sound server that freezes mid-set (SIGSTOP: alive, never answering) lets
the workout finish on time and the process exit cleanly, on both output paths."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.pulse import needs_pulse, pulse_server

ROOT = Path(__file__).resolve().parents[2]

pytestmark = needs_pulse()


@pytest.mark.parametrize("backend", ["pulse", "qt"])
def test_a_frozen_sound_server_neither_hangs_nor_aborts_the_app(
    tmp_path: Path, backend: str
) -> None:
    log = tmp_path / "events.jsonl"
    plan = ["--sets", "1", "--reps", "3", "--tempo", "1-0-1-0", "--lead-in", "0"]
    extra = ["--cue-mode", "tones", "--event-log", str(log)]
    with pulse_server() as server:
        env = dict(server.env, PYTHONPATH=str(ROOT), THRUSTTIMER_AUDIO_BACKEND=backend)
        began = time.monotonic()
        run = subprocess.Popen(
            [sys.executable, "-m", "thrusttimer", "run", "--headless", *plan, *extra],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=tmp_path,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if '"phase": "thrust"' in (log.read_text() if log.exists() else ""):
                break
            time.sleep(0.05)
        pid = server.pid
        assert pid is not None
        os.kill(pid, signal.SIGSTOP)
        try:
            out, _ = run.communicate(timeout=60)
        finally:
            os.kill(pid, signal.SIGCONT)
            if run.poll() is None:
                run.kill()
        took = time.monotonic() - began
    assert run.returncode == 0, out
    assert "Destroyed while thread" not in out
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    start, end = entries[0], entries[-1]
    assert end["event"] == "session_end"
    assert end["completed"] is True
    assert end["t_mono"] - start["t_mono"] == pytest.approx(start["total_s"], abs=0.1)
    # The workout's own length, set-up, and at most a few seconds of giving up on the server.
    assert took < start["total_s"] + 20, f"{took:.1f} s for a {start['total_s']} s workout"
