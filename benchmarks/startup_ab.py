"""First frame of two (or more) trees of ThrustTimer, launched alternately in one run.

This VM's speed moves by a third within an hour, so a first-frame figure measured at one
moment says little about a change; launching the trees in turn, round after round, puts
every moment's speed on all of them alike. Each tree is a checkout (a `git worktree` or a
clone) run through `benchmarks/startup.py`'s child (`startup_child.py`, lean so that the
harness's imports do not pad the figures) with `THRUSTTIMER_BENCH_TREE=<tree>`, beside a
bare `QMainWindow`:

    python benchmarks/startup_ab.py /tmp/before /tmp/after [--rounds 6] [--sound null-sink]

Prints the median and every round of each, and each tree's ratio to the bare window.

Until the child read THRUSTTIMER_BENCH_TREE, the trees were handed over as PYTHONPATH,
which the child's own `sys.path.insert(0, <this checkout>)` overrode: every "tree" ran this
benchmark's checkout, and A/B figures from before then compared a tree with itself.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import startup  # this folder's modules
import startup_child


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts to compare")
    parser.add_argument("--rounds", type=int, default=6, help="rounds after a warm-up one")
    parser.add_argument("--sound", choices=("none", "null-sink"), default="none")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="thrusttimer-ab-"))
    env = startup.child_env("offscreen", home)
    with ExitStack() as stack:
        if args.sound == "null-sink":
            from tests.e2e.pulse import sound_server

            server = stack.enter_context(sound_server("pulseaudio"))
            env.update({k: v for k, v in server.env.items() if k.startswith("PULSE")})
        else:
            env["PULSE_SERVER"] = "unix:/nonexistent"
        names = ["bare", *(str(tree) for tree in args.trees)]
        frames: dict[str, list[float]] = {name: [] for name in names}
        for index in range(args.rounds + 1):
            for name in names:
                child = dict(env)
                if name != "bare":
                    child[startup_child.TREE_ENV] = str(Path(name).resolve())
                kind = "bare" if name == "bare" else "app"
                result = startup.run_child(kind, "frame", 1.0, child)
                ran = result.get("thrusttimer_tree")
                if name != "bare" and Path(ran or "") != Path(name).resolve():
                    raise SystemExit(f"asked for {name}, the child ran thrusttimer from {ran}")
                if index:  # the first round warms the disk cache
                    frames[name].append(result["first_frame_ms"])
    bare = statistics.median(frames["bare"])
    for name, values in frames.items():
        median = statistics.median(values)
        ratio = "" if name == "bare" else f"  {median / bare:.2f}x bare"
        print(f"{name}: median {median:.0f} ms{ratio}; rounds {[round(v) for v in values]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
