"""CPU used by the gym screen: idle, paused, during a set and during a rest, beside a bare
QMainWindow doing nothing (the baseline), all in one run.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/gui_cpu.py [--seconds 10]
    PYTHONPATH=. xvfb-run -a -s "-screen 0 1920x1080x24" python benchmarks/gui_cpu.py  # X11

CPU is process time (all threads) over wall time, as a percentage of one core; frames are
how many times the conductor ticked (and the window redrew) per second.
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import preset
from thrusttimer.gui import theme
from thrusttimer.gui.inhibit import KeepAwake
from thrusttimer.gui.window.main_window import MainWindow


class NoKeepAwake:
    """The benchmark measures drawing, not the desktop's screensaver service."""

    def acquire(self, reason: str) -> None:
        pass

    def release(self) -> None:
        pass


def run_for(seconds: float) -> tuple[float, float]:
    """Run the event loop for `seconds`; return (CPU % of one core, wall seconds)."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    cpu0, wall0 = time.process_time(), time.monotonic()
    loop.exec()
    cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
    return 100.0 * cpu / wall, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per measurement")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication(sys.argv)
    theme.apply(app)

    bare = QMainWindow()
    bare.resize(width, height)
    bare.show()
    run_for(1.0)
    baseline, _ = run_for(args.seconds)
    bare.close()

    plan = Plan.build(preset("hypertrophy"), lead_in_s=0, rest_s=600)
    window = MainWindow(plan, keep_awake=KeepAwake(NoKeepAwake()))
    window.resize(width, height)
    frames = [0]
    window.conductor.ticked.connect(lambda now: frames.__setitem__(0, frames[0] + 1))
    window.show()
    run_for(1.0)

    rows = [("bare QMainWindow, idle (baseline)", baseline, 0.0)]

    def measure(label: str) -> None:
        frames[0] = 0
        cpu, wall = run_for(args.seconds)
        rows.append((label, cpu, frames[0] / wall))

    measure("ThrustTimer idle (no workout)")
    window.toggle()
    measure("ThrustTimer during a set")
    window.toggle()
    measure("ThrustTimer paused")
    window.toggle()
    while window.session.current_segment.phase.value != "rest":
        window.session.skip_phase()
    window.frame()
    measure("ThrustTimer during a rest")
    window.close()

    platform = app.platformName()
    print(f"platform {platform}, window {width}x{height}, {args.seconds:g} s each")
    print(f"{'':36} {'CPU % of one core':>18} {'frames/s':>9}")
    for label, cpu, rate in rows:
        print(f"{label:36} {cpu:18.2f} {rate:9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
