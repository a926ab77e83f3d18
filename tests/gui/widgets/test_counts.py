"""The counts bar's and the next-cue line's words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.gui.widgets.counts import next_cue_text


def test_the_next_cue_reads_whole_seconds(qtbot: QtBot) -> None:
    clock = FakeClock()
    plan = Plan.build(name="Next", sets=1, reps=2, tempo="3-1-2-1", rest_s=30, lead_in_s=0)
    session = Session(plan, clock)
    session.start()
    session.tick()
    cue = session.next_cue()
    assert cue is not None
    clock.advance(cue.at_s - session.position_s() - 2.3)
    assert next_cue_text(session).endswith(" in 3 s")
    clock.advance(2.0)
    assert next_cue_text(session).endswith(" in 1 s")
