"""How long recording one set takes, as the Recorder does it at a set's end.

python benchmarks/log_commit.py [--sets N] [--dir DIR]

Prints the latency of one committed set (insert + COMMIT, WAL, synchronous=FULL: what the
log uses) side by side with two baselines in the same run: synchronous=NORMAL (what a
SIGKILL alone would need) and an in-memory database (no disk at all); the GUI thread's
tick that ends a set with and without a Recorder; the time to open the log (integrity
check + migrations) and to read every session back.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.core.timeline import compile_plan
from thrusttimer.store.log import TrainingLog
from thrusttimer.store.recorder import Recorder


def figures(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):7.3f} ms   p95 {p95:7.3f} ms   max {ms[-1]:7.3f} ms"


def record_sets(log: TrainingLog, count: int) -> list[float]:
    began = datetime.now().astimezone()
    session = log.start_session("benchmark", began)
    samples = []
    for number in range(1, count + 1):
        start = time.perf_counter()
        log.add_set(
            session,
            number,
            load_kg=100,
            reps=10,
            ended_at=began + timedelta(minutes=number),
            planned_reps=10,
            tempo="2-0-1-2",
            tut_s=50,
        )
        samples.append(time.perf_counter() - start)
    return samples


def set_end_ticks(log: TrainingLog | None, sessions: int) -> list[float]:
    """How long the tick that ends a set takes on the GUI thread, with a Recorder committing
    the set (or, for the baseline, without one)."""
    plan = Plan.build(sets=5, reps=5, tempo="2-0-1-2", rest_s=60, lead_in_s=0)
    timeline = compile_plan(plan)
    ends = sorted(
        {max(x.end_s for x in timeline.segments if x.set == n and x.rep) for n in (1, 2, 3, 4, 5)}
    )
    samples = []
    for _ in range(sessions):
        clock = FakeClock()
        session = Session(plan, clock, timeline)
        if log is not None:
            Recorder(log, session, load=100)
        session.start()
        origin = clock()
        for end in ends:
            clock.advance(origin + end + 0.001 - clock())
            start = time.perf_counter()
            session.tick()
            samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", type=int, default=300)
    parser.add_argument("--dir", default=None, help="folder for the files (default: a temp dir)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=options.dir) as folder:
        path = Path(folder) / "log.sqlite3"
        start = time.perf_counter()
        log = TrainingLog.open(path)
        opened_new = time.perf_counter() - start
        full = record_sets(log, options.sets)
        log._db.execute("PRAGMA synchronous = NORMAL")  # the baseline only
        normal = record_sets(log, options.sets)
        log.close()
        start = time.perf_counter()
        log = TrainingLog.open(path)
        opened_existing = time.perf_counter() - start
        start = time.perf_counter()
        sessions = log.sessions()
        read_back = time.perf_counter() - start
        log.close()
        memory = TrainingLog(sqlite3.connect(":memory:", isolation_level=None), path, None)
        from thrusttimer.store import migrations

        migrations.migrate(memory._db)
        in_memory = record_sets(memory, options.sets)
        filesystem = Path(folder).resolve()
        with TrainingLog.open(Path(folder) / "recorder.sqlite3") as recorder_log:
            with_recorder = set_end_ticks(recorder_log, options.sets // 5)
        without = set_end_ticks(None, options.sets // 5)
    print(f"one set committed, {options.sets} sets each, files in {filesystem}")
    print(f"  WAL, synchronous=FULL (the log)    {figures(full)}")
    print(f"  WAL, synchronous=NORMAL (baseline) {figures(normal)}")
    print(f"  in memory (baseline, no disk)      {figures(in_memory)}")
    print("the tick that ends a set, on the GUI thread:")
    print(f"  with a Recorder committing the set {figures(with_recorder)}")
    print(f"  without a Recorder (baseline)      {figures(without)}")
    print(f"open a new log (create + migrate):   {opened_new * 1000:7.2f} ms")
    print(
        f"open a log of {2 * options.sets} sets (check + migrate): {opened_existing * 1000:7.2f} ms"
    )
    print(
        f"read back {len(sessions)} sessions, {2 * options.sets} sets:  {read_back * 1000:7.2f} ms"
    )


if __name__ == "__main__":
    main()
