"""Which coaching points a compiled timeline delivers: what it says, and what a rest shows.

`delivered` lists, point by point, what a timeline says (the tests check that every point
comes round); `form_point_shown` is the point the rest screen shows.
"""

from __future__ import annotations

from thrusttimer.core.content import Exercise
from thrusttimer.core.model import MOVEMENT_PHASES, Phase, Point
from thrusttimer.core.timeline import Timeline


def form_point_shown(timeline: Timeline, index: int, position_ms: float) -> Point | None:
    """The form point to show at `position_ms` in the rest at segment `index`: the one the
    coach said last, or the rest's first before any is said (and in a rest too short to
    say one). None if the segment is not a rest or the exercise has no form points."""
    share = next((r for r in timeline.rest_points if r.index == index), None)
    if share is None:
        return None
    into_rest = position_ms - timeline.segments[index].start_ms
    said = [
        p for p, after in zip(share.points, share.said_after_ms, strict=False) if after <= into_rest
    ]
    return said[-1] if said else share.points[0]


def delivered(timeline: Timeline, exercise: Exercise, block: int | None = None) -> dict[str, str]:
    """Every coaching point the timeline says (of `block` only, if given), with the words
    that say it.

    Keys: "setup.<id>" for checklist items, "form.<id>" for form points, and
    "breath.<phase>" for a phase's breathing, said when a cue in that phase, or in the
    phase just before it, holds the phase's breath words (`<phase>_breath`, fullest). Of
    several sayings the fullest is kept. A cue in a rest or the lead-in belongs to the
    block that follows it: the rest before a new block reads that block's set-up.
    """
    spoken: dict[str, str] = {}
    rank: dict[str, int] = {}

    def note(key: str, text: str, fullness: int) -> None:
        if key not in rank or fullness < rank[key]:
            spoken[key], rank[key] = text, fullness

    items = {f"setup.{p.id}": p for p in exercise.setup_checklist}
    items |= {f"form.{p.id}": p for p in exercise.form_points}
    breath_words = {
        phase: exercise.phrase(f"{phase}_breath")[0].lower()
        for phase in MOVEMENT_PHASES
        if exercise.breath(phase) is not None
    }
    segments = timeline.segments
    for cue in timeline.cues:
        if not cue.text or (block is not None and cue_block(timeline, cue.at_ms) != block):
            continue
        item = items.get(cue.id)
        if item is not None:
            fullness = item.spoken.index(cue.text) if cue.text in item.spoken else len(item.spoken)
            note(cue.id, cue.text, fullness)
            continue
        index = timeline.index_at(cue.at_ms)
        here = segments[index].phase
        after = segments[index + 1].phase if index + 1 < len(segments) else None
        for phase, words in breath_words.items():
            if phase in (here, after) and words in cue.text.lower():
                note(f"breath.{phase}", cue.text, 0 if phase is here else 1)
    return spoken


def cue_block(timeline: Timeline, at_ms: int) -> int:
    """The block a cue at `at_ms` coaches: its set's, or in a rest the next set's."""
    segments = timeline.segments
    index = timeline.index_at(at_ms)
    if segments[index].phase in (Phase.SETUP, Phase.REST) and index + 1 < len(segments):
        return segments[index + 1].block
    return segments[index].block


def coaching_points(exercise: Exercise) -> dict[str, tuple[str, ...]]:
    """Every point `delivered` can report, with the wordings that say it fullest first
    (a breath point: its breath words)."""
    points = {f"setup.{p.id}": p.spoken for p in exercise.setup_checklist}
    points |= {f"form.{p.id}": p.spoken for p in exercise.form_points}
    for phase in MOVEMENT_PHASES:
        if exercise.breath(phase) is not None:
            points[f"breath.{phase}"] = (exercise.phrase(f"{phase}_breath")[0],)
    return points
