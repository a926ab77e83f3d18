"""The "watch how it's done" loop: a silent preview set of the lifter's own tempo."""

from __future__ import annotations

from thrusttimer.core.clock import Clock
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session

DEMO_REPS = 3


def demo_plan(plan: Plan) -> Plan:
    """One short set of the user's own tempo, for the "watch how it's done" loop (of the
    first exercise, the one the workout opens with; both sides of a one-sided one)."""
    return Plan.build(
        plan,
        name=translate("Demo", "Demo"),
        more_blocks=(),
        sets=1,
        reps=DEMO_REPS,
        lead_in_s=0,
        set_brace_s=max(1.0, plan.tempo.bottom_pause),
        advance_when_ready=False,
    )


class Demo:
    """A preview session that goes round again at its end, until stopped."""

    def __init__(self, plan: Plan, clock: Clock) -> None:
        self._plan = plan
        self._clock = clock
        self.session = self._round()

    def _round(self) -> Session:
        session = Session(demo_plan(self._plan), self._clock)
        session.start()
        return session

    @property
    def running(self) -> bool:
        return self.session.running

    def pose(self) -> tuple[Phase, float]:
        """Where the demo rep is now (a new round begins once one ends)."""
        self.session.tick()
        if not self.session.active:
            self.session = self._round()  # round again, from now
            self.session.tick()
        return self.session.current_segment.phase, self.session.segment_progress()
