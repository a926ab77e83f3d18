"""Hearing the app without a sound card: a private PulseAudio null sink, a recording of its
monitor with a monotonic-clock anchor, and onset detection (recipe: AUDIO-CAPTURE.md).

Shared by the end-to-end test and benchmarks/cue_timing.py.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

RATE = 48_000
CHUNK_FRAMES = 240
"""parec is read 5 ms at a time; each chunk's arrival time feeds the anchor."""


def tools_missing() -> list[str]:
    return [tool for tool in ("pulseaudio", "parec", "pactl") if shutil.which(tool) is None]


@dataclass
class PulseServer:
    """A private PulseAudio server with one null sink `cap`; `env` points clients at it."""

    runtime: Path
    env: dict[str, str]

    @property
    def pid(self) -> int | None:
        try:
            return int((self.runtime / "pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def pactl(self, *args: str) -> None:
        subprocess.run(["pactl", *args], env=self.env, check=True, capture_output=True, timeout=10)

    def stop(self) -> None:
        pid = self.pid
        if pid is not None:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.02)
            else:
                os.kill(pid, signal.SIGKILL)


@contextmanager
def pulse_server() -> Iterator[PulseServer]:
    runtime = Path(tempfile.mkdtemp(prefix="thrusttimer-pulse-"))
    runtime.chmod(0o700)
    socket = runtime / "native"
    (runtime / "minimal.pa").write_text(
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        f"load-module module-null-sink sink_name=cap rate={RATE} channels=2\n"
        "set-default-sink cap\nset-default-source cap.monitor\n"
    )
    env = dict(os.environ, PULSE_RUNTIME_PATH=str(runtime), PULSE_SERVER=f"unix:{socket}")
    server = PulseServer(runtime, env)
    try:
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
            env=env,
            check=True,
            capture_output=True,
            timeout=20,
        )
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        yield server
    finally:
        server.stop()
        shutil.rmtree(runtime, ignore_errors=True)


@contextmanager
def sound_server(kind: str = "pulseaudio") -> Iterator[PulseServer]:
    """A private server of `kind` ("pulseaudio", or "pipewire" with pipewire-pulse) with a
    null sink `cap`; both serve PulseAudio's protocol, so clients and `Recorder` are alike."""
    if kind == "pipewire":
        from tests.e2e.pipewire import pipewire_server

        with pipewire_server() as server:
            yield server
    else:
        with pulse_server() as server:
            yield server


@dataclass
class Recording:
    """Mono samples of cap.monitor and, per chunk, (arrival time, samples before it)."""

    samples: npt.NDArray[np.float32]
    arrivals: list[tuple[float, int]]
    rate: int = RATE
    anchor: tuple[float, float] = field(default=(0.0, 0.0))
    """(a, b): sample i was at monotonic a + (1 + b) * i / rate."""

    def fit_anchor(self) -> None:
        """Fit a line to the per-second minima of arrival − samples/rate (the envelope)."""
        buckets: dict[int, tuple[float, float]] = {}
        start = self.arrivals[0][0]
        for arrival, before in self.arrivals:
            x = before / self.rate
            e = arrival - x
            key = int(arrival - start)
            if key not in buckets or e < buckets[key][1]:
                buckets[key] = (x, e)
        # The first second holds parec's start-up burst; leave it out when there is more.
        points = [v for k, v in sorted(buckets.items()) if k > 0] or list(buckets.values())
        xs = np.array([p[0] for p in points])
        es = np.array([p[1] for p in points])
        if len(points) >= 3:
            b, a = np.polyfit(xs, es, 1)
        else:
            a, b = float(es.min()), 0.0
        self.anchor = (float(a), float(b))

    def time_of(self, sample: float) -> float:
        a, b = self.anchor
        x = sample / self.rate
        return a + (1.0 + b) * x


class Recorder:
    """parec on cap.monitor in a thread, noting the monotonic time of every chunk."""

    def __init__(self, server: PulseServer, device: str = "cap.monitor") -> None:
        self._server = server
        self._device = device
        self._chunks: list[bytes] = []
        self._arrivals: list[tuple[float, int]] = []
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._proc = subprocess.Popen(
            [
                "parec",
                "--raw",
                f"--device={self._device}",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=5",
            ],
            env=self._server.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._proc is not None
        assert self._proc.stdout is not None
        stream = self._proc.stdout
        total = 0
        while True:
            chunk = stream.read1(CHUNK_FRAMES * 2)  # type: ignore[attr-defined]
            now = time.monotonic()
            if not chunk:
                return
            self._chunks.append(chunk)
            total += len(chunk) // 2
            self._arrivals.append((now, total))

    def stop(self) -> Recording:
        if self._proc is not None:
            self._proc.terminate()
            self._proc.wait(5)
        if self._thread is not None:
            self._thread.join(5)
        if self._proc is not None and self._proc.stdout is not None:
            self._proc.stdout.close()
        raw = b"".join(self._chunks)
        samples = np.frombuffer(raw[: len(raw) // 2 * 2], dtype="<i2").astype(np.float32) / 32768
        # Arrival is noted after a chunk is read: the chunk's samples all came before it.
        recording = Recording(samples, self._arrivals)
        recording.fit_anchor()
        return recording


def find_onsets(
    samples: npt.NDArray[np.float32],
    rate: int = RATE,
    threshold_db: float = -50.0,
    min_gap_s: float = 0.08,
) -> list[int]:
    """Sample indexes where sound starts after at least `min_gap_s` of silence: a 1 ms RMS
    envelope over the threshold, refined to the first sample over it."""
    threshold = 10 ** (threshold_db / 20)
    block = rate // 1000
    n = len(samples) // block
    if n == 0:
        return []
    rms = np.sqrt(np.mean(samples[: n * block].reshape(n, block) ** 2, axis=1))
    loud = rms > threshold
    onsets: list[int] = []
    gap_blocks = int(min_gap_s * 1000)
    quiet_run = gap_blocks
    for i, is_loud in enumerate(loud):
        if is_loud:
            if quiet_run >= gap_blocks:
                start = max(0, (i - 1) * block)
                over = np.nonzero(np.abs(samples[start : (i + 1) * block]) > threshold)[0]
                onsets.append(start + int(over[0]) if len(over) else i * block)
            quiet_run = 0
        else:
            quiet_run += 1
    return onsets


def match(
    planned: list[float], heard: list[float], window_s: float = 0.2
) -> list[tuple[float, float | None]]:
    """Pair each planned moment with the nearest heard onset within `window_s`."""
    pairs: list[tuple[float, float | None]] = []
    heard_sorted = np.array(sorted(heard))
    for t in planned:
        if len(heard_sorted) == 0:
            pairs.append((t, None))
            continue
        i = int(np.argmin(np.abs(heard_sorted - t)))
        h = float(heard_sorted[i])
        pairs.append((t, h if abs(h - t) <= window_s else None))
    return pairs


OFFSET_BOUND_S = 0.010
"""How far a heard cue may sit from its logged moment: a constant offset the user calibrates
away, never tens of ms, which a lifter hears as late. Through PulseAudio the recording is
~5 ms early, the harness's own bias: the null sink renders 5 ms ahead and its monitor hands
each block on as it is rendered, before the sink's latency says it is heard. Through
PipeWire it once sat one graph period late, which was the app's: pipewire-pulse's timing
reply counts the period in flight as read (`PlaybackStream.in_flight_frames` in
`audio.output.libpulse` takes it off now)."""
GAP_BOUND_S = 0.001
"""How far the heard gap between two consecutive cues may differ from the planned gap: sample
counts of one recording against the plan, needing no anchor offset."""


@dataclass(frozen=True)
class Verdict:
    """Heard onsets against planned moments, one for one and in order."""

    offsets_ms: list[float]
    """Heard minus planned, through the recording's clock anchor."""
    gap_errors_ms: list[float]
    """(heard gap − planned gap) between each cue and the next: samples counted in the
    recording, not placed through its clock anchor's offset."""

    @property
    def spread_ms(self) -> float:
        return max(self.offsets_ms) - min(self.offsets_ms) if self.offsets_ms else 0.0

    def problems(
        self,
        offset_bound_s: float = OFFSET_BOUND_S,
        gap_bound_s: float = GAP_BOUND_S,
    ) -> list[str]:
        """What a listener would notice, in words; empty when every cue is on time."""
        found = [
            f"cue {i} heard {ms:+.2f} ms from its moment"
            for i, ms in enumerate(self.offsets_ms)
            if abs(ms) > offset_bound_s * 1000
        ]
        found += [
            f"gap after cue {i} off by {ms:+.2f} ms"
            for i, ms in enumerate(self.gap_errors_ms)
            if abs(ms) > gap_bound_s * 1000
        ]
        return found


def judge(recording: Recording, planned: list[float], onsets: list[int]) -> Verdict:
    """Compare each planned moment (monotonic, sorted) with the onset heard for it."""
    if len(onsets) != len(planned):
        raise AssertionError(
            f"{len(onsets)} sounds heard for {len(planned)} cues: one is missing, or a sound "
            "no cue explains"
        )
    heard = [recording.time_of(i) for i in onsets]
    offsets = [round((h - p) * 1000, 3) for h, p in zip(heard, planned, strict=True)]
    # Sample counts between onsets, at the rate the sink's clock was seen to run (a null
    # sink runs up to ~100 ppm off the system clock: 0.5 ms over a 5 s rest).
    per_sample = (1.0 + recording.anchor[1]) / recording.rate
    gaps = [
        round(((onsets[i + 1] - onsets[i]) * per_sample - (planned[i + 1] - planned[i])) * 1000, 3)
        for i in range(len(planned) - 1)
    ]
    return Verdict(offsets, gaps)


SERVERS = ("pulseaudio", "pipewire")
"""The sound servers the end-to-end tests hear the app through."""


def run_recorded(
    module: str, out: Path, timeout_s: float = 60, server_kind: str = "pulseaudio"
) -> tuple[subprocess.CompletedProcess[str], Recording]:
    """Run `python -m module OUT` (a driver of the real app) on a private null sink of
    `server_kind` while recording it; returns the finished process and the recording."""
    root = Path(__file__).resolve().parents[2]
    with sound_server(server_kind) as server:
        recorder = Recorder(server)
        recorder.start()
        done = subprocess.run(
            [sys.executable, "-m", module, str(out)],
            env=dict(server.env, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            timeout=timeout_s,
            cwd=root,
        )
        time.sleep(0.2)  # the last sound reaches the recording
        return done, recorder.stop()


def recorded_driver(
    module: str, out: Path, server_kind: str = "pulseaudio"
) -> tuple[Any, Recording]:
    """`run_recorded` for a driver that writes its facts to `out` as JSON: skipped when the
    server is not installed, failed with the driver's output when it fails; returns the
    facts and the recording."""
    if server_kind == "pipewire":
        from tests.e2e.pipewire import pipewire_missing

        if pipewire_missing():
            pytest.skip(f"needs PipeWire: {', '.join(pipewire_missing())} not installed")
    done, recording = run_recorded(module, out, server_kind=server_kind)
    written = out.read_text() if out.exists() else ""
    assert done.returncode == 0, done.stdout + done.stderr + written
    return json.loads(written), recording


def needs_pulse() -> list[pytest.MarkDecorator]:
    """The marks of a test that records the app: slow, and skipped without PulseAudio."""
    missing = tools_missing()
    return [
        pytest.mark.slow,
        pytest.mark.skipif(
            bool(missing),
            reason=f"needs PulseAudio to record the app: {', '.join(missing)} not installed",
        ),
    ]
