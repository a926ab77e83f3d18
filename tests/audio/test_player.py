"""The player places the session's cues ahead, re-plans when the schedule moves, and logs
every cue as placed (with when it will be heard) or dropped (with why)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from thrusttimer.audio.clips import AudioFormat, Samples
from thrusttimer.audio.mixer import Mixer
from thrusttimer.audio.player import Player, Scheduled
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.model import Cue, CueKind, Tone
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.eventlog import EventLog

RATE = 1000  # one frame per ms keeps the arithmetic readable
LATENCY_S = 0.016
BUFFER_S = 0.030


class FakeClips:
    """Words last 60 ms per character; tones their nominal length."""

    def clip_for(self, cue: Cue, fmt: AudioFormat) -> Samples | None:
        if cue.text == "unspeakable":
            return None
        return np.full((60 * len(cue.text), fmt.channels), 3277, dtype=np.int16)

    def tone(self, tone: Tone, fmt: AudioFormat) -> Samples:
        return np.full((tone.value, fmt.channels), 6554, dtype=np.int16)

    def duration_s(self, text: str) -> float | None:
        return 0.06 * len(text)


class FakeOutput:
    """An output stream on the fake clock: frame f is consumed at t0 + f/RATE and heard
    LATENCY_S later; the mixer has rendered BUFFER_S ahead of what is consumed."""

    def __init__(self, clock: FakeClock, available: bool = True) -> None:
        self.clock = clock
        self.t0 = clock()
        self.available = available
        self.mixer: Mixer[Any] = Mixer(1)

    @property
    def fmt(self) -> AudioFormat:
        return AudioFormat(RATE, 1)

    def _catch_up(self) -> None:
        rendered_to = round((self.clock() - self.t0 + BUFFER_S) * RATE)
        if rendered_to > self.mixer.frame:
            self.mixer.render(rendered_to - self.mixer.frame)

    def play_at(
        self,
        tag: Any,
        clip: Samples,
        t_mono: float,
        kind: CueKind,
        spoken: bool,
        asap: bool = False,
    ) -> Scheduled:
        if not self.available:
            return Scheduled(False, t_mono, "no audio output")
        self._catch_up()
        frame = round((t_mono - LATENCY_S - self.t0) * RATE)
        if asap:
            frame = max(frame, self.mixer.frame)
        result = self.mixer.add(tag, clip, frame, kind, spoken)
        if not result.placed:
            return Scheduled(False, t_mono, result.reason)
        return Scheduled(True, self.t0 + frame / RATE + LATENCY_S, displaced=result.displaced)

    def cancel(self) -> list[Any]:
        self._catch_up()
        return self.mixer.cancel()


def tones_plan(**changes: Any) -> Plan:
    base = {"sets": 1, "reps": 2, "tempo": "1-0-1-0", "lead_in_s": 0, "cue_mode": "tones"}
    return Plan.build(None, **(base | changes))


def run(session: Session, player: Player, clock: FakeClock, until_s: float) -> None:
    end = clock() + until_s
    while clock() < end and session.active:
        clock.advance(0.05)
        session.tick()
        player.pump()


def read_log(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(100.0)


def test_cues_are_placed_ahead_at_their_planned_moment_and_logged(
    clock: FakeClock, tmp_path: Path
) -> None:
    session = Session(tones_plan(), clock=clock)
    output = FakeOutput(clock)
    log = EventLog(tmp_path / "events.jsonl")
    log.attach(session)
    player = Player(session, output, FakeClips(), log)
    session.start()
    run(session, player, clock, 10.0)
    log.close()
    assert not session.active
    cues = [e for e in read_log(tmp_path / "events.jsonl") if e["event"] == "cue"]
    assert [c["id"] for c in cues] == [c.id for c in session.timeline.cues]
    start = session.started_at
    assert start is not None
    # The first tick is at the start itself: it plays as soon as the buffer allows.
    assert cues[0]["t_mono"] == pytest.approx(start + BUFFER_S + LATENCY_S, abs=0.002)
    for entry in cues[1:]:
        assert entry["t_mono"] == pytest.approx(start + entry["at_s"], abs=0.0011)
    assert player.dropped == []


def test_pause_drops_what_was_placed_ahead_and_resume_places_it_again_later(
    clock: FakeClock, tmp_path: Path
) -> None:
    session = Session(tones_plan(), clock=clock)
    output = FakeOutput(clock)
    log = EventLog(tmp_path / "events.jsonl")
    player = Player(session, output, FakeClips(), log, horizon_s=1.5)
    session.start()
    run(session, player, clock, 2.0)
    start = session.started_at
    assert start is not None
    # At 2 s the tick at 3 s is placed.
    assert ("tick.thrust", 3000) in {(c.id, c.at_ms) for c, _ in player.heard}
    session.pause()
    assert output.mixer.pending() == []
    assert [(c.id, r) for c, r in player.dropped] == [("tick.thrust", "schedule changed (pause)")]
    clock.advance(10.0)
    session.resume()
    run(session, player, clock, 10.0)
    log.close()
    entries = read_log(tmp_path / "events.jsonl")
    thrust = [e for e in entries if e["event"] == "cue" and e["at_s"] == 3.0]
    assert len(thrust) == 2
    assert thrust[1]["t_mono"] - thrust[0]["t_mono"] == pytest.approx(10.0, abs=0.06)
    later = [e for e in entries if e["event"] == "cue" and e["at_s"] > 3.0]
    paused_s = session.paused_s()
    assert paused_s == pytest.approx(10.0, abs=0.06)
    for entry in later:
        assert entry["t_mono"] == pytest.approx(start + paused_s + entry["at_s"], abs=0.0011)


def test_a_skip_plays_the_phase_it_lands_on_at_once(clock: FakeClock) -> None:
    session = Session(tones_plan(), clock=clock)
    output = FakeOutput(clock)
    player = Player(session, output, FakeClips())
    session.start()
    run(session, player, clock, 0.5)
    skipped_at = clock()
    session.skip_phase()
    landed = [t for c, t in player.heard if c.at_ms == 3000]
    assert landed == [pytest.approx(skipped_at + BUFFER_S + LATENCY_S, abs=0.002)]


def test_a_cue_reached_without_being_placed_is_dropped_as_late(clock: FakeClock) -> None:
    session = Session(tones_plan(), clock=clock)
    player = Player(session, FakeOutput(clock), FakeClips())
    session.start()
    clock.advance(3.2)  # the event loop stalled: nothing pumped the player
    session.tick()
    reasons = {c.id: r for c, r in player.dropped}
    assert reasons["tick.thrust"].startswith("late by 200 ms")


def test_a_higher_priority_word_pushes_out_an_overlapping_one(clock: FakeClock) -> None:
    output = FakeOutput(clock)
    session = Session(tones_plan(), clock=clock)
    player = Player(session, output, FakeClips())
    t = clock() + 1.0
    tip = Cue(0, "form.hips", "Drive through your heels", CueKind.TIP)
    count = Cue(500, "count.1", "One", CueKind.COUNT)
    player._place(tip, t, asap=False)
    player._place(count, t + 0.5, asap=False)
    assert [(c.id, r) for c, r in player.dropped] == [("form.hips", "overlapped by count.1")]


def test_a_word_without_a_clip_falls_back_to_its_tone(clock: FakeClock) -> None:
    output = FakeOutput(clock)
    session = Session(tones_plan(), clock=clock)
    player = Player(session, output, FakeClips())
    cue = Cue(0, "count.1", "unspeakable", CueKind.COUNT, tone=Tone.TICK)
    player._place(cue, clock() + 1.0, asap=False)
    assert [c.id for c, _ in player.heard] == ["count.1"]
    assert output.mixer.pending() == [cue]


def test_without_an_output_every_cue_is_dropped_and_the_session_still_ends(
    clock: FakeClock, tmp_path: Path
) -> None:
    session = Session(tones_plan(), clock=clock)
    log = EventLog(tmp_path / "events.jsonl")
    log.attach(session)
    player = Player(session, FakeOutput(clock, available=False), FakeClips(), log)
    session.start()
    run(session, player, clock, 10.0)
    log.close()
    entries = read_log(tmp_path / "events.jsonl")
    assert entries[-1]["event"] == "session_end"
    assert entries[-1]["completed"] is True
    dropped = [e for e in entries if e["event"] == "cue_dropped"]
    assert len(dropped) == len(session.timeline.cues)
    assert {e["reason"] for e in dropped} == {"no audio output"}


def test_stop_silences_what_was_placed_ahead(clock: FakeClock) -> None:
    session = Session(tones_plan(), clock=clock)
    output = FakeOutput(clock)
    player = Player(session, output, FakeClips())
    session.start()
    run(session, player, clock, 2.0)
    assert output.mixer.pending() != []
    session.stop()
    assert output.mixer.pending() == []
    assert [(c.id, r) for c, r in player.dropped] == [("tick.thrust", "schedule changed (stopped)")]


def test_a_completed_session_lets_its_final_tone_ring_out(clock: FakeClock) -> None:
    session = Session(tones_plan(), clock=clock)
    output = FakeOutput(clock)
    player = Player(session, output, FakeClips())
    session.start()
    run(session, player, clock, 10.0)
    assert not session.active
    output._catch_up()  # the stream has rendered up to now, as the real one has
    assert [c.id for c in output.mixer.pending()] == ["done"]
    done_start = round(session.timeline.total_s * RATE - LATENCY_S * RATE)
    left = done_start + Tone.FINAL.value - output.mixer.frame
    assert left > 0
    rest = output.mixer.render(1000)[:, 0]
    # The tone plays to its natural end, uncut.
    assert np.count_nonzero(rest) == left
