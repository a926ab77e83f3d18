"""How long does the voice take to get ready before a set: cold, cached, and per phrase?

    /work/venv/bin/python benchmarks/render_time.py [--presets a,b] [--pack-only]

For each plan (default: every preset, full cue mode), in one run and side by side:
  cold    VoiceBank.render_all() on an empty cache (worker start + every phrase);
  cached  the same again with a new bank on that cache (a second launch);
and the worker's time per phrase (render + process + write) against the phrase's spoken
length. Headless use: this is the wait before `thrusttimer run --headless` can start.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.phrases import plan_phrases
from thrusttimer.core.presets import PRESETS, preset


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", default=",".join(PRESETS))
    parser.add_argument("--pack-only", action="store_true", help="no engine: the voice pack")
    args = parser.parse_args()
    fmt = AudioFormat(48_000, 2)
    extra = {"engine_factory": None} if args.pack_only else {}
    print(f"{'plan':<15} {'phrases':>7} {'cold s':>7} {'cached s':>9} {'rendered':>9}  notice")
    per_phrase: list[tuple[float, float]] = []
    for name in args.presets.split(","):
        plan = preset(name)
        texts = plan_phrases(plan)
        with tempfile.TemporaryDirectory() as folder:
            cache = ClipCache(Path(folder))
            begin = time.perf_counter()
            cold_bank = VoiceBank(fmt=fmt, cache=cache, **extra)  # type: ignore[arg-type]
            cold = cold_bank.render_all(texts)
            cold_s = time.perf_counter() - begin
            per_phrase += [
                (r.render_s * 1000, r.frames / fmt.rate) for r in cold_bank.results if r.source
            ]
            begin = time.perf_counter()
            cached = VoiceBank(fmt=fmt, cache=cache, **extra).render_all(texts)  # type: ignore[arg-type]
            cached_s = time.perf_counter() - begin
        print(
            f"{name:<15} {len(texts):>7} {cold_s:>7.2f} {cached_s:>9.3f} "
            f"{cold.rendered:>4}/{cached.rendered:<4}  {cold.notice or ''}"
        )
    if per_phrase:
        ms = sorted(m for m, _ in per_phrase)
        rtf = sorted(m / 1000 / s for m, s in per_phrase if s > 0)
        print(
            f"\nper phrase in the worker ({len(ms)} phrases): "
            f"median {statistics.median(ms):.1f} ms,"
            f" p90 {ms[int(0.9 * (len(ms) - 1))]:.1f} ms, max {ms[-1]:.1f} ms;"
            f" {statistics.median(rtf) * 100:.1f}% of the phrase's spoken length (median)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
