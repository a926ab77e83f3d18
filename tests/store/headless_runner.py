"""A headless workout with a Recorder, on the real monotonic clock, for the SIGKILL test.

python -m tests.store.headless_runner --load 60 [--sets N --reps N --rest S --tempo T]

Prints "recorded set N id=ID" after each set is committed, and "done" at the end. It does
what `thrusttimer run --headless --load KG` does with the log, without the audio.
"""

from __future__ import annotations

import argparse
import sys
import time

from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.store.log import TrainingLog
from thrusttimer.store.recorder import Recorder, SetRecorded


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--load", type=float, required=True)
    parser.add_argument("--sets", default="3")
    parser.add_argument("--reps", default="2")
    parser.add_argument("--rest", default="30")
    parser.add_argument("--tempo", default="0.5-0-0.5-0")
    options = parser.parse_args()
    plan = Plan.build(
        name="SIGKILL test",
        sets=options.sets,
        reps=options.reps,
        rest_s=options.rest,
        tempo=options.tempo,
        lead_in_s=0,
        set_brace_s=0.5,
    )
    log = TrainingLog.open()
    session = Session(plan, time.monotonic)
    recorder = Recorder(log, session, load=options.load)

    def announce(event: SetRecorded) -> None:
        print(f"recorded set {event.row.set_number} id={event.row.id}", flush=True)

    recorder.recorded.connect(announce)
    session.start()
    while session.active:
        session.tick()
        # Wait for the next segment's planned start, from the session's own clock mapping.
        segments = session.timeline.segments
        following = session.current_index + 1
        end_ms = segments[following].start_ms if following < len(segments) else None
        due = session.mono_at(end_ms if end_ms is not None else session.timeline.total_ms)
        # This is the program under test, not a test: like a real headless run it waits for
        # the next planned moment (at most 50 ms). The test that drives it never sleeps.
        wait = 0.05 if due is None else max(0.0, min(0.05, due - time.monotonic()))
        time.sleep(wait)
    print("done", flush=True)
    log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
