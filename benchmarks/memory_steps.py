"""Where a running ThrustTimer's memory goes, step by step, in one fresh process.

The window to its first frame, numpy, the audio output, the voice bank, the clips made and
the output settled, then 6 s of a running set: the resident size after each step. Run it
through a private PulseAudio null sink (the default here) so the output path is the one a
Linux desktop takes:

    python benchmarks/memory_steps.py [--runs 3] [--sound null-sink|none] [--tree DIR]

`--tree` measures another checkout (`PYTHONPATH=DIR`), for a before/after in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def resident_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def child() -> None:
    """The measured process: one step after another, a line of JSON at the end."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    steps: dict[str, float] = {}
    app = QApplication([])
    from thrusttimer.core.presets import preset
    from thrusttimer.gui.window.main_window import MainWindow

    window = MainWindow(preset("hypertrophy"))
    window.show()
    app.processEvents()
    steps["first frame"] = resident_mb()
    import numpy  # noqa: F401 - the step's cost

    steps["numpy"] = resident_mb()
    from thrusttimer.audio.output.facade import AudioOutput

    output = AudioOutput()
    output.start()
    output.wait_opened(5)
    steps["output open"] = resident_mb()
    from thrusttimer.gui.sound import open_sound
    from thrusttimer.gui.timers import qt_timers
    from thrusttimer.store.settings import VoicePrefs

    window.attach_sound(open_sound(VoicePrefs(), qt_timers(window), output=output))
    began = time.monotonic()
    while not window.conductor.sound_ready and time.monotonic() - began < 60:
        app.processEvents()
        time.sleep(0.01)
    steps["clips made, output settled"] = resident_mb()
    window.toggle()
    began = time.monotonic()
    while time.monotonic() - began < 6:
        app.processEvents()
        time.sleep(0.005)
    steps[f"6 s of a set ({window.session.state.value})"] = resident_mb()
    print(json.dumps(steps), flush=True)
    os._exit(0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sound", choices=("none", "null-sink"), default="null-sink")
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child()
        return 0
    sys.path.insert(0, str(ROOT))
    with ExitStack() as stack:
        env = dict(os.environ, PYTHONPATH=str(args.tree), QT_QPA_PLATFORM="offscreen")
        if args.sound == "null-sink":
            from tests.e2e.pulse import sound_server

            env.update(stack.enter_context(sound_server("pulseaudio")).env)
        else:
            env["PULSE_SERVER"] = "unix:/nonexistent"
        for run in range(args.runs):
            home = tempfile.mkdtemp(prefix="thrusttimer-memory-")
            env.update(XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                       THRUSTTIMER_CACHE_DIR=f"{home}/cache")  # fmt: skip
            done = subprocess.run(
                [sys.executable, __file__, "--child"],
                env=env, capture_output=True, text=True, timeout=180, check=False, cwd=home,
            )  # fmt: skip
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            if not lines:
                print(f"run {run + 1}: no result\n{done.stderr[-800:]}")
                continue
            steps = json.loads(lines[-1])
            print(f"run {run + 1}: " + ", ".join(f"{k} {v:.1f} MB" for k, v in steps.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
