"""Helpers shared by the packaging tests: a clean environment for programs under test, sizes,
the null sink's recorder and loudness, and the figures the tests measure.

Imported as `packaging_support` (pytest puts this folder on sys.path); conftest.py holds the
fixtures and prints the figures at the end of the run.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
RATE = 48_000
FIGURES: dict[str, str] = {}


def record_figure(name: str, value: str) -> None:
    """A measured figure, printed in the run's summary and by the test itself (`-s`)."""
    FIGURES[name] = value
    print(f"{name}: {value}")


def directory_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a program under test: nothing that points back into the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.update(extra)
    return env


@dataclass
class NullSink:
    """A private PulseAudio server whose default sink records to nowhere but its monitor."""

    server: str

    def env(self) -> dict[str, str]:
        return {"PULSE_SERVER": self.server}

    def record(self, path: Path) -> subprocess.Popen[bytes]:
        """Start recording the sink's monitor, mono 16-bit at 48 kHz, into `path`."""
        with path.open("wb") as out:
            return subprocess.Popen(
                [
                    "parec",
                    "--raw",
                    "--device=cap.monitor",
                    "--format=s16le",
                    f"--rate={RATE}",
                    "--channels=1",
                    "--latency-msec=20",
                ],
                stdout=out,
                env={**os.environ, **self.env()},
            )


def stop_recording(recorder: subprocess.Popen[bytes], path: Path) -> np.ndarray:
    """Stop the recorder; the recording as float samples in [-1, 1]."""
    recorder.terminate()
    recorder.wait(timeout=10)
    return np.fromfile(path, dtype="<i2").astype(np.float32) / 32768


def audible_seconds(samples: np.ndarray, threshold_dbfs: float = -50.0) -> float:
    """How long the 1 ms RMS envelope stays above the threshold, in seconds."""
    frames = len(samples) // 48
    if frames == 0:
        return 0.0
    rms = np.sqrt((samples[: frames * 48].reshape(frames, 48) ** 2).mean(axis=1))
    return float((rms > 10 ** (threshold_dbfs / 20)).sum() / 1000)
