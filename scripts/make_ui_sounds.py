"""Make the app's two UI sounds: a short click when a command is taken, a low double blip
when it is refused. From the floor, with the bar on the hips, the lifter hears whether the
clicker or key press did something without looking up.

    python scripts/make_ui_sounds.py

48 kHz mono 16-bit WAV, peaks at -6 dBFS (under the spoken cues, which peak near -1 dBFS).
Commit assets/sounds/ together with this script.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "sounds"
RATE = 48_000
PEAK = 10 ** (-6 / 20)


def blip(frequency: float, seconds: float, decay_s: float) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    attack = np.minimum(t / 0.002, 1.0)  # 2 ms: no click from the onset itself
    tail = np.minimum((seconds - t) / 0.004, 1.0)
    return np.sin(2 * np.pi * frequency * t) * np.exp(-t / decay_s) * attack * tail


def accepted() -> np.ndarray:
    return blip(1400.0, 0.045, 0.012)


def refused() -> np.ndarray:
    gap = np.zeros(round(0.05 * RATE))
    one = blip(330.0, 0.09, 0.05)
    return np.concatenate([one, gap, one])


def write(name: str, samples: np.ndarray) -> None:
    samples = samples / np.max(np.abs(samples)) * PEAK
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(np.round(samples * 32767).astype("<i2").tobytes())
    print(f"{name}.wav: {len(samples) / RATE * 1000:.0f} ms")


def main() -> None:
    write("accepted", accepted())
    write("refused", refused())


if __name__ == "__main__":
    main()
