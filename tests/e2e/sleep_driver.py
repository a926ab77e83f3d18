"""Puts the real audio output to sleep and wakes it, then places ticks, and writes as JSON
when each was planned to be heard, how long waking took, and how much audio the stream read
and CPU the process used (this driver's own event pumping included) asleep and awake.
Usage: python -m tests.e2e.sleep_driver OUT.json (PULSE_SERVER set)."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from tests.e2e.drivers import pump as drive
from tests.e2e.drivers import steady_output
from thrusttimer.audio.tones import render_tone
from thrusttimer.core.model import CueKind, Tone

MEASURE_S = 3.0
TICKS = 6


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(out: Path) -> int:
    opened = steady_output(out)
    if opened is None:
        return 1
    app, output = opened
    facts: dict[str, object] = {}

    def pump(seconds: float) -> None:
        drive(app, seconds, step_s=0.005)  # the CPU figures count this driver's pumping

    start, frame = cpu_s(), output.mixer.frame
    pump(MEASURE_S)
    facts["awake_cpu_pct"] = 100 * (cpu_s() - start) / MEASURE_S
    facts["awake_frames_read"] = output.mixer.frame - frame
    output.sleep()
    pump(0.3)
    start, frame = cpu_s(), output.mixer.frame
    pump(MEASURE_S)
    facts["asleep_cpu_pct"] = 100 * (cpu_s() - start) / MEASURE_S
    facts["asleep_frames_read"] = output.mixer.frame - frame
    facts["asleep_refused"] = output.play_at(
        "x", render_tone(Tone.TICK, output.fmt), time.monotonic() + 0.5, CueKind.COUNT, False
    ).reason
    woke = time.monotonic()
    output.wake()
    while not output.ready and time.monotonic() - woke < 10:
        pump(0.01)
    facts["wake_s"] = time.monotonic() - woke
    tick = render_tone(Tone.TICK, output.fmt)
    planned = []
    first = time.monotonic() + 0.3
    for index in range(TICKS):
        placed = output.play_at(index, tick, first + 0.5 * index, CueKind.COUNT, False)
        if placed.placed:
            planned.append(placed.t_mono)
    facts["ticks"] = planned
    pump(0.5 * TICKS + 0.3)
    output.close()
    out.write_text(json.dumps(facts))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
