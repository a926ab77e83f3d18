"""The real window, used as a lifter would: are its cues heard on time, and its keys answered?

Runs `thrusttimer` (the GUI) under a private Xvfb with a private PulseAudio null sink that is
recorded, and presses real X keys with xdotool: Space to start, "+" mid-set (refused, with
its blip), Space to pause, and Space to resume after --pause-s. Then it matches every cue in
the app's event log with an onset in the recording and prints:

- how many cues were placed, dropped (with why) and heard;
- the heard onsets' offset from plan: median, then p95 and max around that median;
- for each key, the sound that answered it and how long after the key it was heard;
- when the workout went on after the resume key (with a pause longer than
  --held-sleep-s the output has gone to sleep, and the resume waits for it to wake).

    python benchmarks/window_cues.py [--pause-s 2] [--held-sleep-s 60]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.pulse import Recorder, find_onsets, match, pulse_server, tools_missing  # noqa: E402
from tests.support.xvfb import xvfb  # noqa: E402

PLAN = ["--sets", "2", "--reps", "3", "--tempo", "1-0-1-1", "--rest", "15", "--lead-in", "8"]
TITLE = "^ThrustTimer — "
KEY_WINDOW_S = 1.0
"""A sound this soon after a key, and not a cue, is the key's answer."""


def press(key: str, env: dict[str, str]) -> float:
    focus = ["xdotool", "search", "--onlyvisible", "--name", TITLE, "windowfocus", "--sync"]
    subprocess.run([*focus, "key", "--clearmodifiers", key], env=env, check=True)
    return time.monotonic()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pause-s", type=float, default=2.0, help="how long the pause lasts")
    parser.add_argument(
        "--held-sleep-s", type=float, default=60.0, help="the app's HELD_SLEEP_AFTER_S"
    )
    options = parser.parse_args()
    missing = tools_missing() + [t for t in ("Xvfb", "xdotool") if shutil.which(t) is None]
    if missing:
        raise SystemExit(f"needs {', '.join(missing)}")

    with tempfile.TemporaryDirectory(prefix="thrusttimer-window-") as home:
        log = Path(home) / "events.jsonl"
        with xvfb() as display, pulse_server() as server:
            env = {**os.environ, **server.env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
                env[name] = str(Path(home) / name.lower())
            env["THRUSTTIMER_HELD_SOUND_SLEEP_S"] = str(options.held_sleep_s)
            recorder = Recorder(server)
            recorder.start()
            app = subprocess.Popen(
                [sys.executable, "-m", "thrusttimer", *PLAN, "--event-log", str(log)],
                cwd=ROOT,
                env=env,
            )
            try:
                time.sleep(6)  # the window, its voice made, its output settled
                keys = [("Space (start)", press("space", env))]
                time.sleep(11.5)
                keys.append(("+ (refused mid-set)", press("plus", env)))
                time.sleep(1.3)
                keys.append(("Space (pause)", press("space", env)))
                time.sleep(options.pause_s)
                keys.append(("Space (resume)", press("space", env)))
                time.sleep(20)
                recording = recorder.stop()
            finally:
                app.terminate()
                app.wait(10)

        events = [json.loads(line) for line in log.read_text().splitlines()]
    cues = [e for e in events if e["event"] == "cue"]
    dropped = [e for e in events if e["event"] == "cue_dropped"]
    recording.fit_anchor()
    onsets = [recording.time_of(i) for i in find_onsets(recording.samples, recording.rate)]
    end = recording.time_of(len(recording.samples) - 1)
    # A cue placed and then dropped (the pause took it back) is not to be heard.
    taken_back = {(e["id"], e.get("t_mono")) for e in dropped}
    inside = [
        c for c in cues if c["t_mono"] < end - 0.5 and (c["id"], c["t_mono"]) not in taken_back
    ]
    pairs = match([c["t_mono"] for c in inside], onsets, 0.1)
    errors = [(heard - planned) * 1000 for planned, heard in pairs if heard is not None]
    print(f"cues placed {len(cues)}, dropped {len(dropped)}: " + ", ".join(
        f"{e['id']} ({e['reason']})" for e in dropped
    ))  # fmt: skip
    print(f"cues within the recording {len(inside)}, heard {len(errors)}")
    if errors:
        median = statistics.median(errors)
        spread = sorted(abs(e - median) for e in errors)
        p95 = spread[round(0.95 * (len(spread) - 1))]
        print(
            f"offset from plan: median {median:+.2f} ms; "
            f"p95 {p95:.2f} ms, max {spread[-1]:.2f} ms around it"
        )
    used = {heard for _, heard in pairs if heard is not None}
    extra = [o for o in onsets if o not in used]
    for name, at in keys:
        answers = [round((o - at) * 1000) for o in extra if 0 <= o - at < KEY_WINDOW_S]
        heard = f"{answers[0]} ms after the key" if answers else "nothing heard"
        print(f"{name}: {heard}")
    resumed = [e["t_mono"] for e in events if e["event"] == "resumed"]
    if resumed:
        print(f"the workout went on {resumed[0] - keys[-1][1]:.2f} s after the resume key")
    return 0


if __name__ == "__main__":
    sys.exit(main())
