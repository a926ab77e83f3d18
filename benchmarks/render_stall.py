"""Does rendering a whole plan's voice stall the GUI's event loop?

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/render_stall.py [--preset NAME]
        [--cue-mode MODE] [--pack-only] [--rounds N]

Runs a Qt event loop with a 5 ms PreciseTimer and records how late each tick comes (a
stall is the gap between ticks beyond 5 ms). Side by side, in one run, on the same loop:
  baseline   nothing else happening;
  cold       VoiceBank.prepare_plan() on an empty cache, polled from a 20 ms QTimer;
  cached     the same plan again (everything from the cache);
and, for each, the time until the voice was ready. Target: no stall over 50 ms.
Also prints per-phrase render times (in the worker) and the cost, on the GUI thread, of
fitting the timeline to real clip lengths and of loading every clip it plays.
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

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.phrases import plan_phrases
from thrusttimer.core.plan import DEFAULT_PRESET, CueMode, Plan, preset

TICK_MS = 5
POLL_MS = 20
TARGET_MS = 50.0


@dataclass
class Run:
    name: str
    gaps_ms: list[float] = field(default_factory=list)
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
        verdict = "ok" if worst <= TARGET_MS else "OVER"
        return (
            f"{self.name:<9} {len(self.gaps_ms):>6} {p99:>9.1f} {worst:>9.1f} {verdict:>5}"
            f" {self.ready_s:>8.2f} {self.rendered:>4}/{self.phrases:<4}"
        )


def measure(
    app: QCoreApplication, run: Run, work: VoiceBank | None, plan: Plan, idle_s: float
) -> None:
    """Run the loop: tick every 5 ms; with `work`, render `plan` and stop once ready."""
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

    def begin() -> None:
        assert work is not None
        progress = work.prepare_plan(plan)
        run.phrases = progress.total
        poller.start()
        check()

    def check() -> None:
        assert work is not None
        progress = work.poll()
        if progress.finished:
            run.ready_s = time.perf_counter() - started
            run.rendered = progress.rendered
            run.notice = progress.notice
            poller.stop()
            # keep ticking a little after "ready", to catch the worker's exit
            QTimer.singleShot(200, app.quit)

    poller.timeout.connect(check)
    ticker.start()
    if work is not None:
        QTimer.singleShot(0, begin)
    last[0] = time.perf_counter()
    app.exec()
    ticker.stop()
    poller.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default=DEFAULT_PRESET)
    parser.add_argument("--cue-mode", default="full", choices=[m.value for m in CueMode])
    parser.add_argument("--pack-only", action="store_true", help="no engine: the voice pack")
    parser.add_argument("--rounds", type=int, default=1, help="cold/cached rounds")
    args = parser.parse_args()

    plan = Plan.build(preset(args.preset), cue_mode=args.cue_mode)
    fmt = AudioFormat(48_000, 2)
    app = QApplication.instance() or QApplication(sys.argv)
    # A shown window, so the loop also handles paint events like the app's would.
    window = QLabel("render_stall")
    window.show()
    print(
        f"plan: {args.preset} ({plan.describe()}), cue mode {args.cue_mode}, "
        f"{len(plan_phrases(plan))} phrases, output {fmt.rate} Hz x{fmt.channels}, "
        f"{'voice pack only' if args.pack_only else 'pyttsx3 worker'}; load average before: "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs"
    )
    runs: list[Run] = []
    factory_kw = {"engine_factory": None} if args.pack_only else {}
    per_phrase: list[float] = []
    fit_ms = load_ms = 0.0
    clips = 0
    for round_ in range(args.rounds):
        with tempfile.TemporaryDirectory() as folder:
            cache = ClipCache(Path(folder))
            cold = VoiceBank(fmt=fmt, cache=cache, **factory_kw)  # type: ignore[arg-type]
            cold_run = Run("cold")
            measure(app, cold_run, cold, plan, 0)
            per_phrase += [r.render_s for r in cold.results if r.source]
            cached = VoiceBank(fmt=fmt, cache=cache, **factory_kw)  # type: ignore[arg-type]
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
        f"{'run':<9} {'ticks':>6} {'p99 ms':>9} {'max ms':>9} {'>50 ms':>7} {'ready s':>8} rendered"
    )
    for run in runs:
        print(run.row())
    print("\nover all rounds: max stall per round, median / worst")
    for kind in ("baseline", "cold", "cached"):
        maxima = sorted(max(r.stalls(), default=0.0) for r in runs if r.name == kind)
        print(f"  {kind:<9} {statistics.median(maxima):6.1f} / {maxima[-1]:6.1f} ms")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    notices = {run.notice for run in runs if run.notice}
    for notice in notices:
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
