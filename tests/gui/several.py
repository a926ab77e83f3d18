"""A short workout of several exercises (a one-sided one in the middle), and running a
window through it on the fake clock to a chosen moment."""

from __future__ import annotations

from collections.abc import Callable

from thrusttimer.core.model import Phase, Segment
from thrusttimer.core.plan import Plan
from thrusttimer.core.set_specs import set_specs
from thrusttimer.core.timers import FakeTimers
from thrusttimer.gui.window.main_window import MainWindow

GLUTE_DAY = {
    "format": 2,
    "name": "Glute day A",
    "lead_in_s": 10,
    "block_rest_s": 60,
    "blocks": [
        {"exercise": "hip-thrust", "sets": 2, "reps": 2, "tempo": "2-0-1-2", "rest_s": 30},
        {"exercise": "b-stance-hip-thrust", "sets": 2, "reps": 2, "switch_s": 10, "rest_s": 30},
        {"exercise": "frog-pump", "sets": 2, "reps": 3, "tempo": "1-0-1-1", "rest_s": 20},
    ],
}
Where = Callable[[Segment], bool]


def glute_day() -> Plan:
    return Plan.from_dict(GLUTE_DAY)


def run_to(window: MainWindow, timers: FakeTimers, where: Where, into: float) -> Segment:
    """Run the workout on to `into` s into the first segment `where` picks, pressing Space
    (Ready) at each rest that waits on the way, then draw that very moment."""
    session = window.session
    segment = next(s for s in session.timeline.segments if where(s))
    target = segment.start_s + into
    while session.position_s() < target - 1e-9:
        if session.waiting_for_ready:
            window.commands["toggle"].trigger()
        timers.advance(max(0.01, target - session.position_s()))
    window.frame()
    assert session.current_segment == segment
    return segment


def one_sided(side: str, phase: Phase = Phase.THRUST) -> Where:
    return lambda s: s.block == 1 and s.side == side and s.phase is phase


def is_switch(segment: Segment) -> bool:
    return segment.phase is Phase.SWITCH


def rest_before(plan: Plan, block: int) -> Where:
    """The rest between block `block - 1` and `block` (after the earlier one's last set)."""
    last = max(spec.number for spec in set_specs(plan) if spec.block == block - 1)
    return lambda s: s.phase is Phase.REST and s.set == last
