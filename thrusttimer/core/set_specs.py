"""The sets a plan runs, in order: today's warm-up sets (if any), then each block's work sets.

Sets are numbered 1, 2, 3… in the order they run, warm-ups first, and each knows its own
block, reps, tempo, pause after it and plates; what the lifter reads and hears counts each
kind on its own within its block ("Warm-up 2 of 3", "Set 1 of 4"). A one-sided exercise's
set is two sets here, one per side, with the same ordinal: the first side, a switch, then
the other side, each of the block's reps.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from thrusttimer.core.content import load_exercise
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Side
from thrusttimer.core.plan import Plan
from thrusttimer.core.tempo import Tempo

if TYPE_CHECKING:
    # Loaded with the load prompt, not before the first frame.
    from thrusttimer.core.loading.plates import Loading
    from thrusttimer.core.loading.today import Loads


@dataclass(frozen=True, slots=True)
class SetSpec:
    """One set of a workout: its reps, tempo, rest, kind, load and side."""

    number: int
    """Its place in the workout, from 1, warm-ups included."""
    reps: int
    tempo: Tempo
    rest_s: float
    """The rest after it (the last set has none, whatever this says): the block's rest, the
    rest between blocks after a block's last set, or the switch after a first side."""
    warmup: bool
    ordinal: int
    """Its number among the sets of its kind, from 1."""
    of: int
    """How many sets of its kind the workout has."""
    loading: Loading | None
    """How the bar is loaded for it (None: the load is not known or not logged); its
    block's own load, the same for both sides of a one-sided set."""
    block: int = 0
    """The index of its block in the plan."""
    exercise: str = "hip-thrust"
    side: Side | None = None
    """The working leg of a one-sided exercise's set; None: both."""
    switch_after: bool = False
    """A first side: the switch to the other side follows (for `rest_s`)."""

    @property
    def label(self) -> str:
        """ "Warm-up 2 of 3", "Set 1 of 4", "Set 1 of 3, left side"."""
        if self.warmup:
            if self.side == "left":
                text = translate("SetSpecs", "Warm-up {number} of {sets}, left side")
            elif self.side == "right":
                text = translate("SetSpecs", "Warm-up {number} of {sets}, right side")
            else:
                text = translate("SetSpecs", "Warm-up {number} of {sets}")
        elif self.side == "left":
            text = translate("SetSpecs", "Set {number} of {sets}, left side")
        elif self.side == "right":
            text = translate("SetSpecs", "Set {number} of {sets}, right side")
        else:
            text = translate("SetSpecs", "Set {number} of {sets}")
        return text.format(number=self.ordinal, sets=self.of)

    @property
    def short(self) -> str:
        """ "Warm-up 2", "Set 1", "Set 1 left": spoken too (context "Speech")."""
        if self.warmup:
            if self.side == "left":
                text = translate("Speech", "Warm-up {number} left")
            elif self.side == "right":
                text = translate("Speech", "Warm-up {number} right")
            else:
                text = translate("Speech", "Warm-up {number}")
        elif self.side == "left":
            text = translate("Speech", "Set {number} left")
        elif self.side == "right":
            text = translate("Speech", "Set {number} right")
        else:
            text = translate("Speech", "Set {number}")
        return text.format(number=self.ordinal)

    def concentric_s(self, explosive_s: float) -> float:
        return self.tempo.concentric_s(explosive_s)


@cache
def set_specs(plan: Plan) -> tuple[SetSpec, ...]:
    """Every set `plan` runs, in order."""
    loads = plan.loads
    warmups = loads.warmup if loads is not None else ()
    if warmups:  # the loading modules load with today's plates, not before the first frame
        from thrusttimer.core.loading.today import WARMUP_REST_S
    sides = plan.blocks[0].sides
    specs: list[SetSpec] = []
    for ordinal, w in enumerate(warmups, start=1):
        rest = min(plan.rest_s, WARMUP_REST_S) if w.rest_s is None else w.rest_s
        for place, side in enumerate(sides):
            switch = place + 1 < len(sides)
            specs.append(
                SetSpec(
                    number=len(specs) + 1,
                    reps=w.reps,
                    tempo=w.tempo or plan.tempo,
                    rest_s=plan.switch_s if switch else rest,
                    warmup=True,
                    ordinal=ordinal,
                    of=len(warmups),
                    loading=w.loading,
                    exercise=plan.exercise,
                    side=side,
                    switch_after=switch,
                )
            )
    blocks = plan.blocks
    works = [None if b is None else b.work for b in block_loads(plan)]
    for index, block in enumerate(blocks):
        last_rest = plan.block_rest_s if index + 1 < len(blocks) else block.rest_s
        for ordinal in range(1, block.sets + 1):
            sides = block.sides
            for place, side in enumerate(sides):
                switch = place + 1 < len(sides)
                rest = block.rest_s if ordinal < block.sets else last_rest
                specs.append(
                    SetSpec(
                        number=len(specs) + 1,
                        reps=block.reps,
                        tempo=block.tempo,
                        rest_s=block.switch_s if switch else rest,
                        warmup=False,
                        ordinal=ordinal,
                        of=block.sets,
                        loading=works[index],
                        block=index,
                        exercise=block.exercise,
                        side=side,
                        switch_after=switch,
                    )
                )
    return tuple(specs)


def block_loads(plan: Plan) -> tuple[Loads | None, ...]:
    """Today's loads of each block, in order (None: not known or not logged): block 1's
    are `Plan.loads`, the others' `Plan.more_loads`."""
    count = len(plan.more_blocks)
    return (plan.loads, *(*plan.more_loads, *(None,) * count)[:count])


def with_block_loads(plan: Plan, block: int, loads: Loads | None) -> Plan:
    """`plan` with today's loads of `block` (from 0) replaced by `loads`."""
    every = list(block_loads(plan))
    every[block] = loads
    return plan.with_loads(every[0], every[1:])


def bar_before(plan: Plan, number: int) -> Loading | None:
    """How the bar was loaded for the last set before set `number` that had a bar (None:
    none had, or its load is not known): what a bar exercise's plates change from, even
    after a block done without the bar."""
    for spec in reversed(set_specs(plan)[: max(0, number - 1)]):
        if load_exercise(spec.exercise).bar:
            return spec.loading
    return None


def spec_of(plan: Plan, number: int) -> SetSpec:
    """Set `number` of `plan` (the last one past the end, the first before the start)."""
    specs = set_specs(plan)
    return specs[max(0, min(number, len(specs)) - 1)]


def warmup_count(plan: Plan) -> int:
    """How many of the sets run first are warm-ups (both sides of each, if one-sided)."""
    return sum(1 for spec in set_specs(plan) if spec.warmup)


def plates_line(spec: SetSpec) -> str:
    """ "Warm-up 1 of 3: 20 kg: the empty bar", "Set 1 of 4: 102.5 kg: 25 + 15 + 1.25 each
    side"; empty when the set's plates are not known."""
    if spec.loading is None:
        return ""
    from thrusttimer.core.loading.wording import loading_text

    return translate("SetSpecs", "{set}: {loading}").format(
        set=spec.label, loading=loading_text(spec.loading)
    )
