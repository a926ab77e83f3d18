"""Short workouts of several exercises for tests: each block in one line, quick tempo."""

from __future__ import annotations

from typing import Any

from thrusttimer.core.plan import Plan

QUICK = "1-0-1-1"


def block(exercise: str, sets: int, reps: int, rest_s: float, **more: Any) -> dict[str, Any]:
    """A plan file's block at the quick tempo; `more`: switch_s, first_side, progression…"""
    return {"exercise": exercise, "sets": sets, "reps": reps, "tempo": QUICK, "rest_s": rest_s,
            **more}  # fmt: skip


def short_session(
    *blocks: dict[str, Any], block_rest_s: float, lead_in_s: float, name: str = "Glute day"
) -> Plan:
    """A workout of `blocks` whose rests end on the clock (no Ready to press)."""
    return Plan.build(
        name=name,
        blocks=list(blocks),
        block_rest_s=block_rest_s,
        lead_in_s=lead_in_s,
        advance_when_ready=False,
    )
