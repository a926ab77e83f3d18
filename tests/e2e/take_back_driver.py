"""Plays a long tone through the real audio output, cancels it half-way (as a pause does),
then places a tick, and writes as JSON when the tone was planned, when the cancel came and
when the tick is planned to be heard.
Usage: python -m tests.e2e.take_back_driver OUT.json (PULSE_SERVER set)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

from tests.e2e.drivers import pump, steady_output
from thrusttimer.audio.tones import render_tone
from thrusttimer.core.model import CueKind, Tone

TONE_S = 1.0
CANCEL_AFTER_S = 0.5
TICK_AFTER_S = 0.6
"""The tick after the cancel: the stream plays on from where it was, on time."""


def main(out: Path) -> int:
    opened = steady_output(out)
    if opened is None:
        return 1
    app, output = opened
    rate, channels = output.fmt.rate, output.fmt.channels
    wave = 0.3 * np.sin(2 * np.pi * 440 * np.arange(round(TONE_S * rate)) / rate)
    tone = np.repeat((wave * 32767).astype(np.int16)[:, None], channels, axis=1)
    placed = output.play_at("tone", tone, time.monotonic() + 0.5, CueKind.PHASE, True)
    if not placed.placed:
        out.write_text(json.dumps({"error": f"the tone was not placed: {placed.reason}"}))
        return 1
    pump(app, placed.t_mono + CANCEL_AFTER_S - time.monotonic())
    cancelled_at = time.monotonic()
    dropped = output.cancel()
    tick = output.play_at(
        "tick",
        render_tone(Tone.TICK, output.fmt),
        cancelled_at + TICK_AFTER_S,
        CueKind.COUNT,
        False,
    )
    pump(app, TICK_AFTER_S + 0.4)
    taken_back = output.taken_back
    output.close()
    facts = {
        "tone_at": placed.t_mono,
        "cancelled_at": cancelled_at,
        "dropped": dropped,
        "taken_back": taken_back,
        "tick_at": tick.t_mono if tick.placed else None,
    }
    out.write_text(json.dumps(facts))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
