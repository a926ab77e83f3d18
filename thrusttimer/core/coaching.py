"""When a workout gives its coaching points: the checklist in the lead-in, form points in rests.

The set-up checklist is read through the lead-in, evenly, with the get-ready call close to
the countdown. The form points are shared out over the rests (each said once a workout,
20 s apart within a rest) and carry on from one session to the next, each exercise in its
own points: the caller keeps `Timeline.next_form_points()` and passes it back to
`compile_plan(form_point_starts=...)`, so that every point of every exercise comes round
however few rests a workout gives it. What a compiled timeline then says and shows, point
by point, is `delivery`'s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from thrusttimer.core.content import Exercise
from thrusttimer.core.model import Phase, Point, RestPoints, Segment

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
LOAD_ROOM_MS = 5000
"""The room the plates of the next set take: the lead-in says the first set's after its
introduction, and a warm-up's rest (whose plates always change) opens with them, so the
checklist and the form points start this much later."""
FORM_TIP_EVERY_MS = 20_000
FORM_TIP_ROOM_MS = 5000
"""The room a form point needs before the ten-second warning (the longest is about 4 s)."""
FORM_TIPS_PER_REST = 4


def block_checklist_times(rest: Segment, items: int) -> list[int]:
    """When the next block's set-up checklist is read in the rest before it: evenly, after
    the next exercise is named (`FORM_TIP_AFTER_MS` in) and the room it takes, until the
    ten-second warning in a long rest, or the get-ready call in a shorter one."""
    before = (
        REST_WARNING_BEFORE_MS
        if rest.duration_ms >= REST_WARNING_FROM_MS
        else (REST_GET_READY_BEFORE_MS)
    )
    first = rest.start_ms + FORM_TIP_AFTER_MS + LOAD_ROOM_MS
    window = rest.end_ms - before - first
    if items <= 0 or window < MIN_CHECKLIST_WINDOW_MS:
        return []
    step = window // items
    return [first + i * step for i in range(items)]


def checklist_times(setup: Segment, items: int, from_ms: int = CHECKLIST_FROM_MS) -> list[int]:
    """When each of `items` checklist items is read: evenly through the lead-in, from
    `from_ms` into it (after the introduction) until the get-ready call (or the countdown
    in a short one)."""
    read_until = setup.end_ms - (
        SETUP_GET_READY_BEFORE_MS
        if setup.duration_ms >= GET_READY_FROM_MS
        else SHORT_SETUP_READ_UNTIL_MS
    )
    window = read_until - (setup.start_ms + from_ms)
    if items <= 0 or window < MIN_CHECKLIST_WINDOW_MS:
        return []
    step = window // items
    return [setup.start_ms + from_ms + i * step for i in range(items)]


def form_tip_times(rest: Segment) -> list[int]:
    """When form points are said in `rest`: 4 s in (after the next set's plates in a
    warm-up's rest), then every 20 s while one still ends before the ten-second warning,
    up to four."""
    times: list[int] = []
    if rest.duration_ms < REST_WARNING_FROM_MS:
        return times
    at = rest.start_ms + FORM_TIP_AFTER_MS + (LOAD_ROOM_MS if rest.warmup else 0)
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
    rests = [(i, s) for i, s in enumerate(segments) if s.phase is Phase.REST]
    return _share(exercise.form_points, rests, start)


def share_all_form_points(
    exercises: Sequence[Exercise],
    segments: Sequence[Segment],
    starts: Mapping[str, int] | None = None,
) -> tuple[RestPoints, ...]:
    """`share_form_points` for a plan of several blocks: each block's rests share out its
    own exercise's points, from that exercise's start in `starts` (by id; 0 if absent), so
    that one exercise giving more points than another does not move the other on. An
    exercise done in two blocks carries on in the second from where the first stopped, and
    says no point twice in a workout. The rest before a new block reads that block's set-up
    checklist instead, and gives none."""
    starts = starts or {}
    if len(exercises) == 1:
        return share_form_points(exercises[0], segments, starts.get(exercises[0].id, 0))
    taken = dict(starts)
    shares: list[RestPoints] = []
    for block, exercise in enumerate(exercises):
        rests = [
            (i, s)
            for i, s in enumerate(segments)
            if s.phase is Phase.REST
            and s.block == block
            and (i + 1 >= len(segments) or segments[i + 1].block == block)
        ]
        start = taken.get(exercise.id, 0)
        given = _share(exercise.form_points, rests, start)
        taken[exercise.id] = start + sum(len(r.points) for r in given)
        shares += given
    return tuple(shares)


def _share(
    points: Sequence[Point], rests: Sequence[tuple[int, Segment]], start: int
) -> tuple[RestPoints, ...]:
    if not points:
        return ()
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
