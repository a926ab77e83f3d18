"""The sets a plan runs, in order: today's warm-up sets (if any), then its work sets.

Sets are numbered 1, 2, 3… in the order they run, warm-ups first, and each knows its own
reps, tempo, rest after it and plates; what the lifter reads and hears counts each kind on
its own ("Warm-up 2 of 3", "Set 1 of 4").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from thrusttimer.core.plan import Plan
from thrusttimer.core.tempo import Tempo

if TYPE_CHECKING:
    # Loaded with the load prompt, not before the first frame.
    from thrusttimer.core.loading.plates import Loading


@dataclass(frozen=True, slots=True)
class SetSpec:
    number: int
    """Its place in the workout, from 1, warm-ups included."""
    reps: int
    tempo: Tempo
    rest_s: float
    """The rest after it (the last set has none, whatever this says)."""
    warmup: bool
    ordinal: int
    """Its number among the sets of its kind, from 1."""
    of: int
    """How many sets of its kind the workout has."""
    loading: Loading | None
    """How the bar is loaded for it (None: the load is not known or not logged)."""

    @property
    def label(self) -> str:
        """ "Warm-up 2 of 3", "Set 1 of 4"."""
        return f"{'Warm-up' if self.warmup else 'Set'} {self.ordinal} of {self.of}"

    @property
    def short(self) -> str:
        """ "Warm-up 2", "Set 1"."""
        return f"{'Warm-up' if self.warmup else 'Set'} {self.ordinal}"

    def concentric_s(self, explosive_s: float) -> float:
        return self.tempo.concentric_s(explosive_s)


@cache
def set_specs(plan: Plan) -> tuple[SetSpec, ...]:
    """Every set `plan` runs, in order."""
    from thrusttimer.core.loading.today import WARMUP_REST_S

    loads = plan.loads
    warmups = loads.warmup if loads is not None else ()
    specs = [
        SetSpec(
            number,
            w.reps,
            w.tempo or plan.tempo,
            min(plan.rest_s, WARMUP_REST_S) if w.rest_s is None else w.rest_s,
            True,
            number,
            len(warmups),
            w.loading,
        )
        for number, w in enumerate(warmups, start=1)
    ]
    work = loads.work if loads is not None else None
    for ordinal in range(1, plan.sets + 1):
        specs.append(
            SetSpec(
                len(warmups) + ordinal,
                plan.reps,
                plan.tempo,
                plan.rest_s,
                False,
                ordinal,
                plan.sets,
                work,
            )
        )
    return tuple(specs)


def spec_of(plan: Plan, number: int) -> SetSpec:
    """Set `number` of `plan` (the last one past the end, the first before the start)."""
    specs = set_specs(plan)
    return specs[max(0, min(number, len(specs)) - 1)]


def warmup_count(plan: Plan) -> int:
    return len(plan.loads.warmup) if plan.loads is not None else 0


def plates_line(spec: SetSpec) -> str:
    """ "Warm-up 1 of 3: 20 kg: the empty bar", "Set 1 of 4: 102.5 kg: 25 + 15 + 1.25 each
    side"; empty when the set's plates are not known."""
    if spec.loading is None:
        return ""
    from thrusttimer.core.loading.wording import loading_text

    return f"{spec.label}: {loading_text(spec.loading)}"
