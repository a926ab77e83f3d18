"""End to end: `thrusttimer run --headless` through a real PulseAudio null sink, recorded,
and every logged cue checked against what was heard (`pulse.judge`: gaps to 1 ms, each cue
within 10 ms); the figures come from benchmarks/cue_timing.py."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.pipewire import pipewire_missing
from tests.e2e.pulse import (
    OFFSET_BOUND_S,
    SERVERS,
    Recorder,
    Recording,
    find_onsets,
    judge,
    needs_pulse,
    pulse_server,
    sound_server,
)

ROOT = Path(__file__).resolve().parents[2]

pytestmark = needs_pulse()


def recorded_headless_run(
    server_kind: str, args: list[str], tmp_path: Path
) -> tuple[Recording, list[dict[str, Any]]]:
    """`run --headless ARGS` in tones mode through a private null sink of `server_kind`,
    recorded: the recording and the run's event log. The run must end well."""
    log = tmp_path / "events.jsonl"
    extra = ["--cue-mode", "tones", "--event-log", str(log)]
    with sound_server(server_kind) as server:
        recorder = Recorder(server)
        recorder.start()
        done = subprocess.run(
            [sys.executable, "-m", "thrusttimer", "run", "--headless", *args, *extra],
            env=dict(server.env, PYTHONPATH=str(ROOT)),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
        # Let the final tone reach the recording before it stops.
        time.sleep(0.3)
        recording = recorder.stop()
    assert done.returncode == 0, done.stdout + done.stderr
    return recording, [json.loads(line) for line in log.read_text().splitlines()]


@pytest.mark.parametrize("server_kind", SERVERS)
def test_every_logged_cue_is_heard_at_its_logged_moment(tmp_path: Path, server_kind: str) -> None:
    if server_kind == "pipewire" and pipewire_missing():
        pytest.skip(f"needs PipeWire: {', '.join(pipewire_missing())} not installed")
    plan = ["--sets", "2", "--reps", "3", "--tempo", "1-0-1-0", "--rest", "5", "--lead-in", "0"]
    recording, entries = recorded_headless_run(server_kind, plan, tmp_path)
    cues = [e for e in entries if e["event"] == "cue"]
    assert [e for e in entries if e["event"] == "cue_dropped"] == []
    assert len(cues) >= 15
    verdict = judge(recording, [c["t_mono"] for c in cues], find_onsets(recording.samples))
    assert verdict.problems() == [], verdict


def test_the_sound_server_dying_mid_set_leaves_the_set_running_silently(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    plan = ["--sets", "1", "--reps", "5", "--tempo", "1-0-1-0", "--lead-in", "0"]
    with pulse_server() as server:
        extra = ["--cue-mode", "tones", "--event-log", str(log)]
        run = subprocess.Popen(
            [sys.executable, "-m", "thrusttimer", "run", "--headless", *plan, *extra],
            env=dict(server.env, PYTHONPATH=str(ROOT)),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=tmp_path,
        )
        # Wait (on the log, not on the clock) until the set is under way with sound.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            text = log.read_text() if log.exists() else ""
            if '"phase": "thrust"' in text:
                break
            time.sleep(0.05)
        server.stop()
        out, _ = run.communicate(timeout=60)
    assert run.returncode == 0, out
    assert "the sound server stopped: the workout goes on silently" in out
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    end = entries[-1]
    assert end["event"] == "session_end"
    assert end["completed"] is True
    start = entries[0]
    assert end["t_mono"] - start["t_mono"] == pytest.approx(start["total_s"], abs=0.1)
    assert any(e["event"] == "cue" for e in entries)
    assert any(e.get("reason") == "no audio output" for e in entries)


def _wait_for_phase(log: Path, count: int, timeout_s: float = 30) -> None:
    """Wait (on the log) until `count` thrust phases have started."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        text = log.read_text() if log.exists() else ""
        if text.count('"phase": "thrust"') >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"the run did not reach thrust #{count} in {timeout_s} s")


def test_a_new_default_output_mid_set_takes_over_the_cues(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    plan = ["--sets", "1", "--reps", "8", "--tempo", "1-0-1-0", "--lead-in", "0"]
    extra = ["--cue-mode", "tones", "--event-log", str(log)]
    with pulse_server() as server:
        run = subprocess.Popen(
            [sys.executable, "-m", "thrusttimer", "run", "--headless", *plan, *extra],
            env=dict(server.env, PYTHONPATH=str(ROOT)),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=tmp_path,
        )
        _wait_for_phase(log, 1)
        server.pactl("load-module", "module-null-sink", "sink_name=cap2", "rate=48000")
        recorder = Recorder(server, "cap2.monitor")
        recorder.start()
        switched = time.monotonic()
        server.pactl("set-default-sink", "cap2")
        out, _ = run.communicate(timeout=60)
        time.sleep(0.3)
        recording = recorder.stop()
    assert run.returncode == 0, out
    assert "the audio output changed: now playing on" in out
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert entries[-1]["event"] == "session_end"
    # The last cue logged for each moment is the one that stood.
    final: dict[float, dict[str, Any]] = {}
    for e in entries:
        if e["event"] in ("cue", "cue_dropped"):
            final[float(e["at_s"])] = e
    after = [e for e in final.values() if e["t_mono"] > switched + 0.5]
    played = [e for e in after if e["event"] == "cue"]
    assert len(played) >= 5, "the new output never took over"
    heard = [recording.time_of(i) for i in find_onsets(recording.samples)]
    for cue in played:
        assert any(abs(h - cue["t_mono"]) < OFFSET_BOUND_S for h in heard), cue


@pytest.mark.parametrize("server_kind", SERVERS)
def test_a_workout_of_two_exercises_and_two_sides_is_heard_on_time(
    tmp_path: Path, server_kind: str
) -> None:
    """Blocks and sides through the real chain: the rest between the exercises, and the
    switch between a one-sided set's left and right, each heard at its logged moment."""
    if server_kind == "pipewire" and pipewire_missing():
        pytest.skip(f"needs PipeWire: {', '.join(pipewire_missing())} not installed")
    plan_file = tmp_path / "two.json"
    plan_file.write_text(
        json.dumps(
            {
                "format": 2,
                "name": "Two exercises",
                "lead_in_s": 0,
                "block_rest_s": 4,
                "blocks": [
                    {"exercise": "hip-thrust", "sets": 1, "reps": 2, "tempo": "1-0-1-0"},
                    {
                        "exercise": "single-leg-hip-thrust",
                        "sets": 1,
                        "reps": 2,
                        "tempo": "1-0-1-0",
                        "switch_s": 3,
                    },
                ],
            }
        )
    )
    recording, entries = recorded_headless_run(
        server_kind, ["--plan-file", str(plan_file)], tmp_path
    )
    phases = [e for e in entries if e["event"] == "phase"]
    assert any(e.get("phase") == "switch" for e in phases), phases
    cues = [e for e in entries if e["event"] == "cue"]
    assert [e for e in entries if e["event"] == "cue_dropped"] == []
    assert any(c.get("id") == "switch" for c in cues), cues
    verdict = judge(recording, [c["t_mono"] for c in cues], find_onsets(recording.samples))
    assert verdict.problems() == [], verdict
