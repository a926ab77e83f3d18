from __future__ import annotations

import json
from pathlib import Path

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.eventlog import EventLog


def test_log_records_the_session_line_by_line(tmp_path: Path) -> None:
    clock = FakeClock(200.0)
    session = Session(
        Plan.build(sets=1, reps=1, tempo="1-0-1-0", lead_in_s=0, set_brace_s=1), clock
    )
    log = EventLog(tmp_path / "events.jsonl")
    log.attach(session)
    session.start()
    clock.advance(1.5)
    session.pause()
    # Written and flushed as it happens: a killed process keeps what it logged.
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    assert [json.loads(line)["event"] for line in lines] == [
        "session_start",
        "phase",
        "phase",
        "paused",
    ]
    clock.advance(10)
    session.resume()
    cue = session.timeline.cues[-1]
    log.cue(cue, 123.5)
    log.cue_dropped(cue, "late by 12 ms", 124.0)
    clock.advance(10)
    session.tick()
    log.close()
    log.write("ignored after close")
    events = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    kinds = [e["event"] for e in events]
    assert kinds[:4] == ["session_start", "phase", "phase", "paused"]
    assert kinds[-1] == "session_end"
    assert {"resumed", "cue", "cue_dropped"} <= set(kinds)
    start = events[0]
    assert start["t_mono"] == 200.0
    assert start["plan"]["reps"] == 1
    thrust = events[2]
    assert (thrust["phase"], thrust["t_mono"], thrust["at_s"]) == ("thrust", 201.0, 1.0)
    resumed = next(e for e in events if e["event"] == "resumed")
    assert resumed == {"event": "resumed", "at_s": 1.5, "t_mono": 211.5}
    logged_cue = next(e for e in events if e["event"] == "cue")
    assert logged_cue == {"event": "cue", "id": cue.id, "text": cue.text, "at_s": cue.at_s,
                          "t_mono": 123.5, "tone": None}  # fmt: skip
    assert events[-1]["completed"] is True


def test_text_no_utf_8_can_hold_is_written_escaped_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    log = EventLog(path)
    log.write("note", text="lone \udc80 surrogate")
    log.close()
    (line,) = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(line) == {"event": "note", "text": "lone \udc80 surrogate"}


def test_a_whole_sessions_phases_say_their_block_and_side(tmp_path: Path) -> None:
    clock = FakeClock(0.0)
    plan = Plan.build(
        lead_in_s=0,
        block_rest_s=2,
        advance_when_ready=False,
        blocks=[
            {"exercise": "hip-thrust", "sets": 1, "reps": 1, "tempo": "1-0-1-0"},
            {"exercise": "single-leg-hip-thrust", "sets": 1, "reps": 1, "tempo": "1-0-1-0"},
        ],
    )
    session = Session(plan, clock)
    log = EventLog(tmp_path / "events.jsonl")
    log.attach(session)
    session.start()
    for _ in range(400):
        clock.advance(0.25)
        session.tick()
    log.close()
    phases = [
        json.loads(line)
        for line in (tmp_path / "events.jsonl").read_text().splitlines()
        if json.loads(line)["event"] == "phase"
    ]
    first = phases[1]
    assert "block" not in first
    assert "side" not in first, "block 1, both legs: the lines are as they always were"
    where = [(p["phase"], p.get("block"), p.get("side")) for p in phases]
    assert ("thrust", 1, "left") in where
    assert ("switch", 1, "left") in where
    assert ("thrust", 1, "right") in where
