"""Does a busy main thread disturb the audio output? Ticks placed through `AudioOutput` while
the main thread spins in Python (holding the GIL) for --stall-ms every --every-s, recorded
through a private PulseAudio null sink; side by side with no stall, in one run.

    python benchmarks/sink_stall.py [--stall-ms 150,300] [--every-s 2] [--ticks 40]

Prints, per case: median offset of heard ticks from their planned moment, jitter p95/max
around it, ticks not heard, and how often the stream clock re-anchored (underruns).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.pulse import Recorder, find_onsets, pulse_server, tools_missing  # noqa: E402

SPACING_S = 0.5


def child(stall_s: float, every_s: float, ticks: int, out: Path) -> None:
    """Runs on the private server: place ticks ahead, stall the main thread, log plans."""
    from PySide6.QtCore import QCoreApplication

    from thrusttimer.audio.clips import AudioFormat
    from thrusttimer.audio.output.facade import AudioOutput
    from thrusttimer.audio.tones import render_tone
    from thrusttimer.core.model import CueKind, Tone

    app = QCoreApplication([])
    output = AudioOutput()
    output.start()
    output.wait_steady(15, app.processEvents)
    clip = render_tone(Tone.TICK, AudioFormat(output.fmt.rate, output.fmt.channels))
    start = time.monotonic() + 1.0
    planned: list[float] = []
    dropped = 0
    placed = 0
    next_stall = time.monotonic() + every_s
    while placed < ticks or time.monotonic() < start + ticks * SPACING_S + 0.3:
        now = time.monotonic()
        while placed < ticks and start + placed * SPACING_S < now + 1.0:
            result = output.play_at(placed, clip, start + placed * SPACING_S, CueKind.COUNT, False)
            if result.placed:
                planned.append(result.t_mono)
            else:
                dropped += 1
            placed += 1
        app.processEvents()
        time.sleep(0.02)
        if stall_s and time.monotonic() >= next_stall:
            end = time.monotonic() + stall_s
            while time.monotonic() < end:
                sum(range(1000))  # Python work: holds the GIL like a slow slot would
            next_stall += every_s
    out.write_text(
        json.dumps({"planned": planned, "dropped": dropped, "reanchors": output.clock.reanchors})
    )
    output.close()


def run_case(stall_ms: float, every_s: float, ticks: int, server: object, folder: Path) -> str:
    out = folder / f"stall-{stall_ms:g}.json"
    recorder = Recorder(server)  # type: ignore[arg-type]
    recorder.start()
    time.sleep(0.3)
    env = dict(server.env, PYTHONPATH=str(ROOT))  # type: ignore[attr-defined]
    subprocess.run(
        [sys.executable, __file__, "--child", str(stall_ms), str(every_s), str(ticks), str(out)],
        env=env,
        check=True,
    )
    time.sleep(0.3)
    recording = recorder.stop()
    result = json.loads(out.read_text())
    heard = np.array([recording.time_of(i) for i in find_onsets(recording.samples)])
    offsets = []
    for t in result["planned"]:
        if len(heard):
            nearest = heard[np.argmin(np.abs(heard - t))]
            if abs(nearest - t) < SPACING_S / 2:
                offsets.append((nearest - t) * 1000)
    d = np.array(offsets)
    median = float(np.median(d)) if len(d) else float("nan")
    jitter = np.abs(d - median) if len(d) else np.array([float("nan")])
    missing = len(result["planned"]) - len(d) + result["dropped"]
    label = "none" if not stall_ms else f"{stall_ms:g} ms every {every_s:g} s"
    return (
        f"| {label} | {median:+.2f} ms | {np.percentile(jitter, 95):.2f} ms | "
        f"{jitter.max():.2f} ms | {missing}/{ticks} | {result['reanchors']} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stall-ms", default="150,300")
    parser.add_argument("--every-s", type=float, default=2.0)
    parser.add_argument("--ticks", type=int, default=40)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        stall_ms, every_s, ticks, out = options.child
        child(float(stall_ms) / 1000, float(every_s), int(ticks), Path(out))
        return 0
    if tools_missing():
        print(f"needs PulseAudio: {', '.join(tools_missing())} not installed", file=sys.stderr)
        return 1
    cases = [0.0] + [float(x) for x in options.stall_ms.split(",")]
    rows = [
        "| main-thread stall | median offset | jitter p95 | jitter max | not heard | re-anchors |",
        "|---|---|---|---|---|---|",
    ]
    import tempfile

    with pulse_server() as server, tempfile.TemporaryDirectory() as folder:
        for stall in cases:
            rows.append(run_case(stall, options.every_s, options.ticks, server, Path(folder)))
            print(rows[-1], flush=True)
    print()
    print(f"{options.ticks} ticks {SPACING_S} s apart per case, placed 1 s ahead")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    sys.exit(main())
