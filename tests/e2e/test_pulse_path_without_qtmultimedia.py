"""On the PulseAudio path (a PulseAudio or PipeWire server answers) the app never loads
QtMultimedia: libpulse plays the cues and hears when the user picks another default output,
so ~13 MB of Qt libraries stay out of the process (issue 15). Each run is a fresh process,
checked from inside (`sys.modules`, the libraries mapped) or by its import trace."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.e2e.pipewire import pipewire_missing
from tests.e2e.pulse import SERVERS, PulseServer, needs_pulse, sound_server

ROOT = Path(__file__).resolve().parents[2]

pytestmark = needs_pulse()

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QCoreApplication
    from thrusttimer.audio.output.facade import AudioOutput

    app = QCoreApplication([])
    out = AudioOutput()
    notices = []
    out.notice.connect(notices.append)
    out.start()
    def pump_until(done, timeout_s):
        deadline = time.monotonic() + timeout_s
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
    pump_until(lambda: out.ready, 15)
    print("ready" if out.ready else "not ready", flush=True)
    first = out.device
    sys.stdin.readline()  # the test has picked another default output
    pump_until(lambda: notices and out.ready, 15)
    maps = open("/proc/self/maps").read()
    print(json.dumps({
        "first": first,
        "device": out.device,
        "ready": out.ready,
        "notices": notices,
        "modules": sorted(m for m in sys.modules if "QtMultimedia" in m or "qt_feed" in m),
        "mapped": "libQt6Multimedia" in maps,
    }), flush=True)
    out.close()
    """
)


def _skip_missing(server_kind: str) -> None:
    if server_kind == "pipewire" and pipewire_missing():
        pytest.skip(f"needs PipeWire: {', '.join(pipewire_missing())} not installed")


def _until_default(server: PulseServer, sink: str, timeout_s: float = 10.0) -> None:
    """Wait until the server's default sink is `sink`, asking it a few times in a row."""
    deadline, in_a_row = time.monotonic() + timeout_s, 0
    while in_a_row < 3:
        answer = subprocess.run(
            ["pactl", "get-default-sink"], env=server.env, capture_output=True, text=True
        ).stdout.strip()
        in_a_row = in_a_row + 1 if answer == sink else 0
        assert time.monotonic() < deadline, f"the default sink stayed {answer!r}, not {sink!r}"
        time.sleep(0.05)


@pytest.mark.parametrize("server_kind", SERVERS)
def test_the_output_follows_a_new_default_without_qtmultimedia(
    tmp_path: Path, server_kind: str
) -> None:
    _skip_missing(server_kind)
    with sound_server(server_kind) as server:
        server.pactl(
            "load-module",
            "module-null-sink",
            "sink_name=cap2",
            "rate=48000",
            "sink_properties=device.description=Second",
        )
        # The child must start on `cap`: a child that started while the server took the new
        # sink for the default would see no change. One CI run under load (PipeWire) heard
        # no notice; this is one way to get there, not proven the way (36 runs since, 30
        # of them with two busy cores, passed), so the assertion below prints the child's
        # account if it happens again.
        _until_default(server, "cap")
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD],
            env=dict(server.env, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        assert child.stdout is not None
        assert child.stdin is not None
        try:
            assert child.stdout.readline().strip() == "ready"
            server.pactl("set-default-sink", "cap2")
            child.stdin.write("switched\n")
            child.stdin.flush()
            out, err = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert child.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert result["modules"] == []
    assert not result["mapped"], "libQt6Multimedia was loaded"
    assert result["notices"] == ["the audio output changed: now playing on 'Second'"], (
        result,
        err,
    )
    assert result["device"] == "Second" != result["first"]
    assert result["ready"]


@pytest.mark.parametrize("server_kind", SERVERS)
def test_a_headless_workout_with_sound_never_imports_qtmultimedia(
    tmp_path: Path, server_kind: str
) -> None:
    _skip_missing(server_kind)
    log = tmp_path / "events.jsonl"
    plan = ["--sets", "1", "--reps", "2", "--tempo", "1-0-1-0", "--lead-in", "0"]
    plan += ["--cue-mode", "tones", "--event-log", str(log)]
    with sound_server(server_kind) as server:
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "thrusttimer", "run", "--headless", *plan],
            env=dict(server.env, PYTHONPATH=str(ROOT)),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    imported = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
    assert any("thrusttimer.audio.output.pulse_feed" in line for line in imported)
    assert not [line for line in imported if "QtMultimedia" in line or "qt_feed" in line]
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert any(e["event"] == "cue" for e in entries)
    assert not [e for e in entries if e.get("reason") == "no audio output"]
