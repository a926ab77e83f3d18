"""Replay a recorded run's clock readings through stream-clock variants, in seconds.

`python benchmarks/cue_timing.py --methods player --clock-trace --keep DIR` leaves in DIR the
player's clock trace (every reading the StreamClock got, every cue it placed) and the
recording (onsets timed by its envelope within ±30 s, as in cue_timing's second table).
Where a cue was heard tells where the stream really was: the frame the
player placed it at was consumed at the heard onset less the (constant) output latency.
A variant that would have placed the cue `d` frames later would have been heard `d/rate`
later. So each variant gets the same readings, in the same order, places each cue, and is
scored as the benchmark scores the real run: median offset, jitter p95/max around it, drift.
"before" is the clock as it was (3 ms jumps seen when a bucket closes, one 30 s fit); the
first row is the live run itself, and "placements at the live clock's frame" checks that
replaying the live algorithm reproduces it.

    python benchmarks/clock_replay.py DIR [--detail]
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cue_timing import local_times, pair  # noqa: E402

from thrusttimer.audio import streamclock  # noqa: E402
from thrusttimer.audio.streamclock import StreamClock, _Bucket  # noqa: E402

MIXER_AHEAD_S = 0.1
"""The mixer renders this far ahead of consumption (the sink's buffer): a jump shifts a
placed clip only while its start has not been rendered yet."""


# The clock as it was before the replay (3 ms jumps, 30 s least squares), the baseline ------


class Baseline(StreamClock):
    """streamclock.StreamClock before step detection: re-anchors only on a 3 ms jump, when
    the bucket that shows it closes."""

    def observe(self, now: float, frames_consumed: int) -> float:
        x = frames_consumed / self.rate
        e = now - x
        jump = 0.0
        if self._open is not None and now - self._open[0] >= self.bucket_s:
            jump = self._close(self._open[1], self._open[2])
            self._open = None
        if self._open is None:
            self._open = (now, x, e)
        elif e < self._open[2]:
            self._open = (self._open[0], x, e)
        return jump

    def _close(self, x: float, e: float) -> float:
        bucket = _Bucket(x, e)
        jump = 0.0
        if self._fitted:
            off = bucket.e - self._predict(bucket.x)
            if abs(off) > 0.003:
                self._buckets.clear()
                self.reanchors += 1
                jump = off
        self._buckets.append(bucket)
        while self._buckets and bucket.x - self._buckets[0].x > self.window_s:
            self._buckets.popleft()
        self._refit_ls()
        return jump

    def _refit_ls(self) -> None:
        n = len(self._buckets)
        xs = [b.x for b in self._buckets]
        es = [b.e for b in self._buckets]
        mean_x = sum(xs) / n
        mean_e = sum(es) / n
        sxx = sum((x - mean_x) ** 2 for x in xs)
        slope = self._b
        if n >= streamclock.SLOPE_BUCKETS and sxx > 0:
            slope = sum((x - mean_x) * (e - mean_e) for x, e in zip(xs, es, strict=True)) / sxx
        self._b = slope
        self._a = mean_e - slope * mean_x
        self._fitted = True
        if n >= self.steady_buckets:
            self._established = True


# Reading the run --------------------------------------------------------------------------


@dataclass
class Trace:
    rate: int
    events: list[tuple[str, float, float, float]]
    """('r', now, frames, 0) readings, ('p', t_target, latency, frame) placements,
    ('j', now, seconds, 0) jumps the live clock reported, ('o', rate, 0, 0) new streams."""


def read_trace(path: Path) -> Trace:
    events: list[tuple[str, float, float, float]] = []
    rate = 48_000
    for line in path.read_text().splitlines():
        parts = line.split()
        if not parts:
            continue
        kind = parts[0]
        values = [float(v) for v in parts[1:]] + [0.0, 0.0, 0.0]
        if kind == "o":
            rate = int(values[0])
        events.append((kind, values[0], values[1], values[2]))
    return Trace(rate, events)


@dataclass
class Cue:
    t: float
    """The planned moment (the boundary)."""
    heard: float
    """The recorded onset."""
    frame: int
    """Where the live clock placed it, after any jump it reported moved it."""
    placed: int
    """Where the live clock placed it first."""


def shifted(frame: float, placed_at: float, t: float, jumps: list[tuple[float, int]]) -> float:
    """`frame` after the mixer shifts of `jumps` ((time, frames)) that came between its
    placement and the rendering of its start."""
    times = [j[0] for j in jumps]
    lo = bisect.bisect_right(times, placed_at)
    hi = bisect.bisect_right(times, t - MIXER_AHEAD_S)
    return frame + sum(j[1] for j in jumps[lo:hi])


def load_cues(folder: Path, trace: Trace) -> list[Cue]:
    result = json.loads((folder / "player.json").read_text())
    boundaries = [float(b["t"]) for b in result["boundaries"]]
    # Onsets timed by the recording's local envelope (cue_timing's second table).
    kept = np.load(folder / "player.recording.npz")
    onsets = local_times(kept["arrivals"], kept["onsets"])
    pairs = pair(boundaries, onsets)
    placements: dict[float, tuple[float, int]] = {}
    jumps: list[tuple[float, int]] = []
    last_now = -math.inf
    for kind, a, b, c in trace.events:
        if kind == "r":
            last_now = a
        elif kind == "j":
            jumps.append((a, -round(b * trace.rate)))
        elif kind == "p":
            placements[round(a, 6)] = (last_now, int(c))
    cues = []
    for t, heard in pairs:
        placed = placements.get(round(t, 6))
        if placed is None:
            continue
        cues.append(Cue(t, heard, round(shifted(placed[1], placed[0], t, jumps)), placed[1]))
    return cues


# Replaying ----------------------------------------------------------------------------------


@dataclass
class Replay:
    name: str
    errors: list[tuple[float, float]]
    """(planned moment, heard − planned) per cue, in ms, as this clock would have placed it."""
    reanchors: int
    same: int = -1
    """Placements at exactly the live clock's frame (the replay's fidelity check)."""
    jumps: tuple[tuple[float, float], ...] = ()
    """(reading time, seconds) of each re-anchor this clock reported."""


def replay(name: str, clock: StreamClock, trace: Trace, cues: list[Cue]) -> Replay:
    by_t = {round(c.t, 6): c for c in cues}
    placed: dict[float, tuple[float, float]] = {}
    jumps: list[tuple[float, int]] = []
    reported: list[tuple[float, float]] = []
    last_now = -math.inf
    for kind, a, b, _ in trace.events:
        if kind == "o":
            clock.reset()
        elif kind == "r":
            last_now = a
            jump = clock.observe(a, int(b))
            if jump:
                jumps.append((a, -round(jump * trace.rate)))
                reported.append((a, jump))
        elif kind == "p":
            exact = clock.frame_at(a - b)
            if exact is not None:
                placed[round(a, 6)] = (last_now, float(round(exact)))
    errors = []
    same = 0
    for key, (when, frame) in placed.items():
        cue = by_t.get(key)
        if cue is None:
            continue
        same += frame == cue.placed
        final = shifted(frame, when, cue.t, jumps)
        heard = cue.heard + (final - cue.frame) / trace.rate
        errors.append((cue.t, (heard - cue.t) * 1000))
    errors.sort()
    return Replay(name, errors[1:], clock.reanchors, same, tuple(reported))


@dataclass
class Score:
    name: str
    cues: int
    median: float
    p95: float
    worst: float
    over_half: int
    over_one: int
    drift: float
    reanchors: int


def score(r: Replay) -> Score:
    t = np.array([e[0] for e in r.errors])
    off = np.array([e[1] for e in r.errors])
    median = float(np.median(off))
    jitter = np.abs(off - median)
    slope = float(np.polyfit((t - t[0]) / 60, off, 1)[0])
    return Score(
        r.name,
        len(off),
        median,
        float(np.percentile(jitter, 95)),
        float(jitter.max()),
        int((jitter > 0.5).sum()),
        int((jitter > 1.0).sum()),
        slope,
        r.reanchors,
    )


def table(scores: list[Score]) -> str:
    lines = [
        "| clock | cues | median offset | jitter p95 | jitter max | > 0.5 ms | > 1 ms "
        "| drift | re-anchors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        lines.append(
            f"| {s.name} | {s.cues} | {s.median:+.2f} ms | {s.p95:.2f} ms | {s.worst:.2f} ms | "
            f"{s.over_half} | {s.over_one} | {s.drift:+.3f} ms/min | {s.reanchors} |"
        )
    return "\n".join(lines)


def candidates(rate: int) -> dict[str, Callable[[], StreamClock]]:
    return {
        "before (3 ms jumps, 30 s least squares)": lambda: Baseline(rate),
        "StreamClock (this tree)": lambda: StreamClock(rate),
        "step 0.3 ms × 2": lambda: StreamClock(rate, step_s=0.0003, confirm_buckets=2),
        "step 0.8 ms × 2": lambda: StreamClock(rate, step_s=0.0008, confirm_buckets=2),
        "step 0.5 ms × 1": lambda: StreamClock(rate, step_s=0.0005, confirm_buckets=1),
        "step 0.5 ms × 3": lambda: StreamClock(rate, step_s=0.0005, confirm_buckets=3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a cue_timing --keep DIR with --clock-trace")
    parser.add_argument("--detail", action="store_true", help="list the cues off by > 0.5 ms")
    options = parser.parse_args()
    trace = read_trace(options.folder / "player.clocktrace")
    cues = load_cues(options.folder, trace)
    readings = sum(1 for e in trace.events if e[0] == "r")
    print(
        f"{readings} readings, {len(cues)} cues heard and placed; live clock jumps: "
        f"{sum(1 for e in trace.events if e[0] == 'j')}"
    )
    # The live clock, as the recording heard it: the replay's reference.
    t0 = cues[0].t
    live = Replay("live run (as recorded)", [(c.t, (c.heard - c.t) * 1000) for c in cues[1:]], 0)
    replays = [live]
    for name, make in candidates(trace.rate).items():
        replays.append(replay(name, make(), trace, cues))
    for r in replays[1:]:
        print(f"{r.name}: {r.same}/{len(cues)} placements at the live clock's frame")
    print()
    print(table([score(r) for r in replays]))
    if options.detail:
        for r in replays:
            s = score(r)
            print(f"\n{r.name}: cues off by > 0.5 ms (minute, ms from the median)")
            for t, e in r.errors:
                if abs(e - s.median) > 0.5:
                    print(f"  {(t - t0) / 60:7.3f}  {e - s.median:+.2f}")
            if r.jumps:
                print(
                    "  re-anchors (minute, ms): "
                    + ", ".join(f"{(t - t0) / 60:.3f} {j * 1000:+.2f}" for t, j in r.jumps)
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
