"""The streams the PulseAudio feed opens and the clock that reads them: the format, how
much audio each queues in the server and is written at a time, the names the system's sound
settings show, and the clock's thresholds for a stream without pre-buffering."""

from __future__ import annotations

from thrusttimer.audio.output.libpulse import PlaybackStream
from thrusttimer.audio.output.server_stream import PromptStream, Stream
from thrusttimer.audio.streamclock import StreamClock
from thrusttimer.core.i18n import translate

RATE = 48_000
CHANNELS = 2
TARGET_S = 0.250
"""Audio queued in the server: how late the feed's thread may be before audio is lost. Python
threads of one process take turns (the GIL), and a C++ call into Qt that keeps the GIL
(painting the window, QMediaDevices asking the server) holds this thread up with it: with
80 ms, a loaded machine lost audio 4 times in 3 minutes. Scheduled cues are placed 1.5 s
ahead, so a deep queue costs them nothing; sounds that answer a key go to the prompt
stream instead (`PROMPT_S`)."""
PROMPT_S = 0.030
"""The prompt stream's buffer: a sound that must be heard at once (a key's click) is written
there and played as soon as it arrives, mixed by the server over the cues."""
BLOCK_S = 0.020
"""Each write: the mix is rendered and written this much at a time (50 writes a second)."""
STEADY_BUCKETS = 4
"""Bucket minima (`streamclock.BUCKET_S` each) before cues are placed: 1 s. The readings sit
on their line to ±0.02 ms, so this is for the rate's first estimate, not for the noise."""
NO_JUMPS_S = 3600.0
"""The clock's jump and step thresholds: a stream without pre-buffering cannot step, so
nothing the readings do is taken for one (a run dry shows as late readings, left out)."""


def open_server_stream() -> Stream:
    target, request = round(TARGET_S * RATE), round(BLOCK_S * RATE)
    # The streams' names: the system's sound settings show them.
    name = translate("PulseFeed", "cues")
    return PlaybackStream(RATE, CHANNELS, target, request, name, follow_default=True)


def open_prompt_stream() -> PromptStream:
    frames = round(0.005 * RATE)
    return PlaybackStream(
        RATE,
        CHANNELS,
        round(PROMPT_S * RATE),
        frames,
        translate("PulseFeed", "key sounds"),
        prebuf_frames=frames,
    )


def make_clock(rate: int) -> StreamClock:
    return StreamClock(rate, jump_s=NO_JUMPS_S, step_s=NO_JUMPS_S, steady_buckets=STEADY_BUCKETS)
