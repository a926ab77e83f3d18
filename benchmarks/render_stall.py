"""Does rendering a whole plan's voice stall the GUI's event loop?

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/render_stall.py [--preset NAME]
        [--cue-mode MODE] [--pack-only] [--rounds N]

Runs a QApplication event loop (with a window shown) and a 5 ms PreciseTimer, and records
how late each tick comes: a stall is the gap between ticks beyond 5 ms. Side by side, in
each round, on the same loop:
  baseline   nothing else happening, as long as the cold run took;
  cold       VoiceBank.prepare_plan() on an empty cache, polled from a 20 ms QTimer;
  cached     the same plan again with a new bank (a second launch: all from the cache);
with the time until the voice was ready, and the longest start()/poll() call (the bank's
own work on the GUI thread). Target: no stall over 50 ms. A stall longer than the longest
call is the OS running other processes (the worker among them) instead of the loop.
Also prints per-phrase render times (in the worker) and the GUI-thread cost of fitting the
timeline to real clip lengths and of loading every clip it plays.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.phrases import plan_phrases
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import DEFAULT_PRESET, preset

TICK_MS = 5
POLL_MS = 20
TARGET_MS = 50.0


@dataclass
class Run:
    name: str
    gaps_ms: list[float] = field(default_factory=list)
    calls_ms: list[float] = field(default_factory=list)
    """Time spent inside each VoiceBank start()/poll() call."""
    ready_s: float = 0.0
    phrases: int = 0
    rendered: int = 0
    notice: str | None = None

    def stalls(self) -> list[float]:
        return [max(0.0, gap - TICK_MS) for gap in self.gaps_ms]

    def row(self) -> str:
        stalls = sorted(self.stalls())
        p99 = stalls[int(0.99 * (len(stalls) - 1))] if stalls else 0.0
        worst = stalls[-1] if stalls else 0.0
        over = sum(1 for stall in stalls if stall > TARGET_MS)
        baseline = self.name == "baseline"
        ready = f"{'-':>8}" if baseline else f"{self.ready_s:>8.2f}"
        calls = f"{'-':>8}" if baseline else f"{max(self.calls_ms, default=0.0):>8.1f}"
        count = f"{'-':>9}" if baseline else f"{self.rendered:>4}/{self.phrases:<4}"
        return (
            f"{self.name:<9} {len(self.gaps_ms):>6} {p99:>7.1f} {worst:>7.1f} {over:>7}"
            f" {ready} {count} {calls}"
        )


def measure(app: QApplication, run: Run, work: VoiceBank | None, plan: Plan, idle_s: float) -> None:
    """Run the loop: tick every 5 ms; with `work`, prepare `plan` and stop once ready."""
    last = [time.perf_counter()]
    started = time.perf_counter()

    def tick() -> None:
        now = time.perf_counter()
        run.gaps_ms.append((now - last[0]) * 1000)
        last[0] = now
        if work is None and now - started >= idle_s:
            app.quit()

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    poller = QTimer()
    poller.setInterval(POLL_MS)

    def call(step: str) -> None:
        assert work is not None
        called = time.perf_counter()
        progress = work.prepare_plan(plan) if step == "start" else work.poll()
        run.calls_ms.append((time.perf_counter() - called) * 1000)
        run.phrases = progress.total
        if progress.finished:
            run.ready_s = time.perf_counter() - started
            run.rendered = progress.rendered
            run.notice = progress.notice
            poller.stop()
            # Keep ticking a little after "ready", to catch the worker's exit.
            QTimer.singleShot(200, app.quit)

    poller.timeout.connect(lambda: call("poll"))
    ticker.start()
    if work is not None:
        poller.start()
        QTimer.singleShot(0, lambda: call("start"))
    last[0] = time.perf_counter()
    app.exec()
    ticker.stop()
    poller.stop()


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default=DEFAULT_PRESET)
    parser.add_argument("--cue-mode", default="full", choices=[m.value for m in CueMode])
    parser.add_argument("--pack-only", action="store_true", help="no engine: the voice pack")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of baseline/cold/cached")
    args = parser.parse_args()

    plan = Plan.build(preset(args.preset), cue_mode=args.cue_mode)
    fmt = AudioFormat(48_000, 2)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    window = QLabel("render_stall")  # a shown window: the loop also paints, like the app's
    window.show()
    print(
        f"plan: {args.preset} ({plan.describe()}), cue mode {args.cue_mode}, "
        f"{len(plan_phrases(plan))} phrases, output {fmt.rate} Hz x{fmt.channels}, "
        f"{'voice pack only' if args.pack_only else 'pyttsx3 worker'}; "
        f"load average {load()} on {os.cpu_count()} CPUs"
    )
    extra = {"engine_factory": None} if args.pack_only else {}
    runs: list[Run] = []
    per_phrase: list[float] = []
    fit_ms = load_ms = 0.0
    clips = 0
    for round_ in range(args.rounds):
        with tempfile.TemporaryDirectory() as folder:
            cache = ClipCache(Path(folder))
            cold = VoiceBank(fmt=fmt, cache=cache, **extra)  # type: ignore[arg-type]
            cold_run = Run("cold")
            measure(app, cold_run, cold, plan, 0)
            per_phrase += [r.render_s for r in cold.results if r.source]
            cached = VoiceBank(fmt=fmt, cache=cache, **extra)  # type: ignore[arg-type]
            cached_run = Run("cached")
            measure(app, cached_run, cached, plan, 0)
            baseline = Run("baseline")
            measure(app, baseline, None, plan, max(cold_run.ready_s, 1.0))
            runs += [baseline, cold_run, cached_run]
            if round_ == 0:
                begin = time.perf_counter()
                timeline = cached.compile(plan)
                fit_ms = (time.perf_counter() - begin) * 1000
                begin = time.perf_counter()
                for cue in timeline.cues:
                    clips += cached.clip_for(cue, fmt) is not None
                load_ms = (time.perf_counter() - begin) * 1000

    print(f"\nevent-loop stalls beyond the {TICK_MS} ms tick (target: none over {TARGET_MS:g} ms)")
    print(
        f"{'run':<9} {'ticks':>6} {'p99 ms':>7} {'max ms':>7} {'>50 ms':>7} {'ready s':>8}"
        f" {'rendered':>9} {'call ms':>8}"
    )
    for run in runs:
        print(run.row())
    print("\nover all rounds (median / worst of each round's figure):")
    for kind in ("baseline", "cold", "cached"):
        mine = [r for r in runs if r.name == kind]
        maxima = sorted(max(r.stalls(), default=0.0) for r in mine)
        calls = sorted(max(r.calls_ms, default=0.0) for r in mine)
        line = f"  {kind:<9} max stall {statistics.median(maxima):6.1f} / {maxima[-1]:6.1f} ms"
        if kind != "baseline":
            line += f"   longest call {statistics.median(calls):5.1f} / {calls[-1]:5.1f} ms"
        print(line)
    print(f"load average after: {load()}")
    for notice in {run.notice for run in runs if run.notice}:
        print(f"notice: {notice}")
    if per_phrase:
        ms = sorted(1000 * s for s in per_phrase)
        print(
            f"\nper phrase in the worker (render + process + write), {len(ms)} phrases: "
            f"median {statistics.median(ms):.1f} ms, p90 {ms[int(0.9 * (len(ms) - 1))]:.1f} ms, "
            f"max {ms[-1]:.1f} ms"
        )
    print(
        f"GUI thread: fitting the timeline to real lengths {fit_ms:.1f} ms; "
        f"loading all {clips} clips it plays {load_ms:.1f} ms"
    )
    worst = max((max(r.stalls(), default=0.0) for r in runs if r.name != "baseline"), default=0.0)
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
