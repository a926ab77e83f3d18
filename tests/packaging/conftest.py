"""Fixtures for the packaging tests: a private PulseAudio null sink, and the figures the tests
measure (sizes, build times) printed at the end of the run.

The null sink follows /work/shared/AUDIO-CAPTURE.md: a private socket, so nothing else on the
machine plays into the recording, and `-n` so no module suspends the sink when idle.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging_support import FIGURES, RATE, NullSink


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("packaging figures")
        for name, value in FIGURES.items():
            terminalreporter.write_line(f"{name}: {value}")


@pytest.fixture(scope="session")
def null_sink() -> Iterator[NullSink | None]:
    """A running private null sink, or None where PulseAudio is not installed."""
    if not (shutil.which("pulseaudio") and shutil.which("parec")):
        yield None
        return
    runtime = Path(tempfile.mkdtemp(prefix="thrusttimer-pulse-"))
    runtime.chmod(0o700)
    socket = runtime / "native"
    (runtime / "minimal.pa").write_text(
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        f"load-module module-null-sink sink_name=cap rate={RATE} channels=2\n"
        "set-default-sink cap\n"
        "set-default-source cap.monitor\n"
    )
    subprocess.run(
        [
            "pulseaudio",
            "-n",
            "-F",
            str(runtime / "minimal.pa"),
            "--exit-idle-time=-1",
            "--daemonize=yes",
            "--use-pid-file=yes",
        ],
        env={**os.environ, "PULSE_RUNTIME_PATH": str(runtime)},
        check=True,
        capture_output=True,
        timeout=30,
    )
    pid = int((runtime / "pid").read_text().split()[0])
    try:
        server = f"unix:{socket}"
        # --daemonize returns once the daemon reports start-up done, so it answers now.
        info = subprocess.run(
            ["pactl", "info"], env={**os.environ, "PULSE_SERVER": server}, capture_output=True
        )
        assert info.returncode == 0, info.stderr
        yield NullSink(server)
    finally:
        os.kill(pid, signal.SIGTERM)
        shutil.rmtree(runtime, ignore_errors=True)
