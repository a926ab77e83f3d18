"""What `runtime.thread_state` buys: CPU of an open, silent QAudioSink stream (the
`qt_feed` path) with the thread state held and without, through a private PulseAudio null
sink, in alternating runs; and the cost of one call from a Qt thread into Python.

    python benchmarks/thread_state.py [--seconds 60] [--runs 5] [--calls 20000]

CPU is process time (all threads) over wall time, as a percentage of one core; "audio" is
the audio thread's share alone (from /proc). The workaround stays while it saves more than
0.2 % of a core (issue 15).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.pulse import pulse_server, tools_missing  # noqa: E402


def _thread_ticks() -> dict[str, int]:
    ticks: dict[str, int] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            name = (task / "comm").read_text().strip()
        except OSError:
            continue
        ticks[name] = ticks.get(name, 0) + int(fields[11]) + int(fields[12])
    return ticks


def stream_child(hold: bool, seconds: float) -> None:
    """Runs on the private server: open the output, wait until steady, measure."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from thrusttimer.audio.output.facade import AudioOutput
    from thrusttimer.runtime import thread_state

    if not hold:
        thread_state.hold = lambda: None
    app = QCoreApplication([])
    output = AudioOutput()
    output.start()
    ready = output.wait_steady(15, app.processEvents)
    loop = QEventLoop()
    QTimer.singleShot(2000, loop.quit)
    loop.exec()
    cpu0, wall0, ticks0 = time.process_time(), time.monotonic(), _thread_ticks()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    cpu, wall, ticks = time.process_time() - cpu0, time.monotonic() - wall0, _thread_ticks()
    audio = ticks.get("thrusttimer-aud", 0) - ticks0.get("thrusttimer-aud", 0)
    hz = os.sysconf("SC_CLK_TCK")
    print(json.dumps({"ready": ready, "cpu": 100 * cpu / wall, "audio": 100 * audio / hz / wall}))
    output.close()


def calls_child(hold: bool, calls: int) -> None:
    """A 0 ms QTimer on a QThread calls Python `calls` times: CPU µs a call."""
    from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Slot

    from thrusttimer.runtime import thread_state

    app = QCoreApplication([])
    result: dict[str, float] = {}

    class Caller(QObject):
        @Slot()
        def begin(self) -> None:
            self.state = thread_state.hold() if hold else None
            self.count = 0
            self.timer = QTimer(self)
            self.timer.setInterval(0)
            self.timer.timeout.connect(self.tick)
            self.cpu0 = time.thread_time()
            self.timer.start()

        def tick(self) -> None:
            self.count += 1
            if self.count == calls:
                self.timer.stop()
                result["us"] = (time.thread_time() - self.cpu0) / calls * 1e6
                thread_state.release(self.state)
                QThread.currentThread().quit()

    thread = QThread()
    caller = Caller()
    caller.moveToThread(thread)
    thread.started.connect(caller.begin)
    thread.finished.connect(app.quit)
    thread.start()
    app.exec()
    thread.wait()
    print(json.dumps({"us": result["us"]}))


def _alternate(
    runs: int, args: list[str], env: dict[str, str]
) -> dict[str, list[dict[str, float]]]:
    results: dict[str, list[dict[str, float]]] = {"held": [], "not held": []}
    for run in range(runs):
        for mode in ("held", "not held") if run % 2 == 0 else ("not held", "held"):
            flag = "1" if mode == "held" else "0"
            out = subprocess.run(
                [sys.executable, __file__, *args, flag], env=env, capture_output=True, text=True
            )
            lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
            if not lines:
                raise SystemExit(f"the child failed:\n{out.stderr[-2000:]}")
            results[mode].append(json.loads(lines[-1]))
            print(mode, lines[-1], f"load {os.getloadavg()[0]:.2f}", flush=True)
    return results


def _spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f}, {min(values):.2f}-{max(values):.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="per stream run")
    parser.add_argument("--runs", type=int, default=5, help="of each kind")
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, amount, flag = args.child
        if kind == "stream":
            stream_child(flag == "1", float(amount))
        else:
            calls_child(flag == "1", int(amount))
        return 0
    if tools_missing():
        raise SystemExit(f"needs {', '.join(tools_missing())}")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    calls = _alternate(args.runs, ["--child", "calls", str(args.calls)], env)
    with pulse_server() as server:
        env = dict(server.env, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        env["THRUSTTIMER_AUDIO_BACKEND"] = "qt"
        stream = _alternate(args.runs, ["--child", "stream", str(args.seconds)], env)
    for mode in ("held", "not held"):
        print(f"{mode}: {_spread([r['us'] for r in calls[mode]])} µs a call")
        print(f"  stream CPU % of a core: {_spread([r['cpu'] for r in stream[mode]])}")
        print(f"  audio thread alone:     {_spread([r['audio'] for r in stream[mode]])}")
    saved = [b["cpu"] - a["cpu"] for a, b in zip(stream["held"], stream["not held"], strict=True)]
    print(f"saved by holding (paired runs), % of a core: {_spread(saved)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
