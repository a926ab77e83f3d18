"""How often the gym screen is drawn: as smooth as what it shows needs, and no more."""

from __future__ import annotations

from thrusttimer.core.model import Phase
from thrusttimer.core.session import Session

MOVING_FRAME_MS = 40
"""At most 25 frames a second while the body moves: smooth from across a room, and half the
CPU of 60 (benchmarks/gui_cpu.py)."""
FRAMES_PER_PHASE = 30
"""A movement phase is drawn in about this many frames, whatever its length: the ring moves
~12° and the hips a few pixels a frame. A 1 s thrust gets 25 a second, a 2 s lowering 15,
a 3 s one 12 (`LONGEST_FRAME_MS`): a slower movement needs fewer frames to look as smooth.
(40 a phase measured ~0.6 % of a core more for the whole app during a set.)"""
LONGEST_FRAME_MS = 83
SLOW_FRAME_MS = 200
"""During set-up, rest and the switch between sides only the ring and the countdown move."""


def frame_ms(phase_ms: float) -> int:
    """The frame interval for a movement phase this long (see FRAMES_PER_PHASE)."""
    return round(min(LONGEST_FRAME_MS, max(MOVING_FRAME_MS, phase_ms / FRAMES_PER_PHASE)))


def frame_interval(shown: Session) -> int:
    """The frame interval for what `shown` (a running workout, or the demo) shows now."""
    if not shown.active:
        return MOVING_FRAME_MS
    segment = shown.current_segment
    if segment.phase in (Phase.SETUP, Phase.REST, Phase.SWITCH):
        return SLOW_FRAME_MS
    return frame_ms(segment.duration_ms)
