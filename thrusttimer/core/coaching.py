"""Which coaching points a workout delivers, and when.

The set-up checklist is read through the lead-in, evenly, with the get-ready call close to
the countdown. The form points are shared out over the rests (each said once a workout,
20 s apart within a rest) and carry on from one session to the next: the caller keeps
`Timeline.next_form_point()` and passes it back to `compile_plan(form_point_start=...)`,
so that every point comes round however few rests a workout has. `delivered` lists,
point by point, what a compiled timeline says.
"""

from __future__ import annotations

from collections.abc import Sequence

from thrusttimer.core.content import MOVEMENT_PHASES, Exercise, Phase, Point
from thrusttimer.core.timeline import RestPoints, Segment, Timeline

CHECKLIST_FROM_MS = 2500
"""The first checklist item comes this long into the lead-in, after the introduction."""
GET_READY_FROM_MS = 12_000
"""A lead-in or rest this long ends with a "set N of M, get into position" call."""
SETUP_GET_READY_BEFORE_MS = 6500
"""Where the lead-in's get-ready call starts, before its end: it ends just before "3"."""
SHORT_SETUP_READ_UNTIL_MS = 3500
"""A shorter lead-in reads its checklist until this long before its end (the countdown)."""
MIN_CHECKLIST_WINDOW_MS = 2000

REST_GET_READY_BEFORE_MS = 8500
REST_WARNING_BEFORE_MS = 10_000
REST_WARNING_FROM_MS = 20_000
"""A rest this long has a ten-second warning, and room for form points before it."""
FORM_TIP_AFTER_MS = 4000
"""The first form point of a rest, after "Set N done. Rest S seconds"."""
FORM_TIP_EVERY_MS = 20_000
FORM_TIP_ROOM_MS = 5000
"""The room a form point needs before the ten-second warning (the longest is about 4 s)."""
FORM_TIPS_PER_REST = 4


def checklist_times(setup: Segment, items: int) -> list[int]:
    """When each of `items` checklist items is read: evenly through the lead-in, from
    after the introduction until the get-ready call (or the countdown in a short one)."""
    read_until = setup.end_ms - (
        SETUP_GET_READY_BEFORE_MS
        if setup.duration_ms >= GET_READY_FROM_MS
        else SHORT_SETUP_READ_UNTIL_MS
    )
    window = read_until - (setup.start_ms + CHECKLIST_FROM_MS)
    if items <= 0 or window < MIN_CHECKLIST_WINDOW_MS:
        return []
    step = window // items
    return [setup.start_ms + CHECKLIST_FROM_MS + i * step for i in range(items)]


def form_tip_times(rest: Segment) -> list[int]:
    """When form points are said in `rest`: 4 s in, then every 20 s while one still ends
    before the ten-second warning, up to four."""
    times: list[int] = []
    if rest.duration_ms < REST_WARNING_FROM_MS:
        return times
    at = rest.start_ms + FORM_TIP_AFTER_MS
    last_start = rest.end_ms - REST_WARNING_BEFORE_MS - FORM_TIP_ROOM_MS
    while len(times) < FORM_TIPS_PER_REST and at <= last_start:
        times.append(at)
        at += FORM_TIP_EVERY_MS
    return times


def share_form_points(
    exercise: Exercise, segments: Sequence[Segment], start: int = 0
) -> tuple[RestPoints, ...]:
    """The form points of each rest, in turn from point `start` (taken modulo their number)
    and carrying on from rest to rest.

    A workout says each point at most once, shared out evenly over the rests with time to
    say them (one to each in turn, each rest up to its `form_tip_times`); a rest with none
    to say still shows the next point.
    """
    points = exercise.form_points
    if not points:
        return ()
    rests = [(i, s) for i, s in enumerate(segments) if s.phase is Phase.REST]
    times = [form_tip_times(segment) for _, segment in rests]
    said = [0] * len(rests)
    to_say = min(len(points), sum(len(t) for t in times))
    while to_say:
        for r, rest_times in enumerate(times):
            if to_say and said[r] < len(rest_times):
                said[r] += 1
                to_say -= 1
    shares: list[RestPoints] = []
    taken = start % len(points)
    for (index, segment), rest_times, count in zip(rests, times, said, strict=True):
        chosen = tuple(points[(taken + i) % len(points)] for i in range(max(1, count)))
        taken = (taken + len(chosen)) % len(points)
        after = tuple(t - segment.start_ms for t in rest_times[:count])
        shares.append(RestPoints(index, chosen, after))
    return tuple(shares)


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


def delivered(timeline: Timeline, exercise: Exercise) -> dict[str, str]:
    """Every coaching point the timeline says, with the words that say it.

    Keys: "setup.<id>" for checklist items, "form.<id>" for form points, and
    "breath.<phase>" for a phase's breathing, said when a cue in that phase, or in the
    phase just before it, holds the phase's breath words (`<phase>_breath`, fullest). Of
    several sayings the fullest is kept.
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
        if not cue.text:
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


def coaching_points(exercise: Exercise) -> dict[str, tuple[str, ...]]:
    """Every point `delivered` can report, with the wordings that say it fullest first
    (a breath point: its breath words)."""
    points = {f"setup.{p.id}": p.spoken for p in exercise.setup_checklist}
    points |= {f"form.{p.id}": p.spoken for p in exercise.form_points}
    for phase in MOVEMENT_PHASES:
        if exercise.breath(phase) is not None:
            points[f"breath.{phase}"] = (exercise.phrase(f"{phase}_breath")[0],)
    return points
