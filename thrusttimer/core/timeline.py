"""A plan compiled into its timeline: contiguous segments in order, and the cues over them.

Times are whole milliseconds from the start of the workout, so that the total is exactly the
sum of the parts. `compile_plan` is a pure function.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from thrusttimer.core import i18n
from thrusttimer.core.blocks import Block, block_exercises
from thrusttimer.core.coaching import share_all_form_points
from thrusttimer.core.content import Exercise, load_exercise
from thrusttimer.core.cues import estimate_speech_s, fit_cues, plan_cues, ready_reminders
from thrusttimer.core.i18n import number, translate
from thrusttimer.core.model import (
    Cue,
    Phase,
    Point,
    RestPoints,
    Segment,
    time_under_tension_ms,
    to_ms,
)
from thrusttimer.core.plan import Plan
from thrusttimer.core.set_specs import SetSpec, set_specs


@dataclass(frozen=True, slots=True)
class Timeline:
    """A plan compiled: its segments and cues in time order, and the rests' form points."""

    plan: Plan
    segments: tuple[Segment, ...]
    cues: tuple[Cue, ...]
    rest_points: tuple[RestPoints, ...] = ()
    """The form points of each rest, in the order the coach takes them."""
    form_point_starts: tuple[tuple[str, int], ...] = ()
    """Where each exercise's form points start in this workout, as (exercise id, start)
    pairs sorted by id (hashable, so timelines compare): counted from the exercise's first
    point and taken modulo their number; an exercise not named starts from 0. It may name
    exercises this plan does not do, kept for the next workout (see `next_form_points`)."""
    reminders: tuple[Cue, ...] = ()
    """With "advance when ready": what the coach says once if the lifter has not pressed
    Ready `session_queries.READY_REMINDER_AFTER_S` into a wait, one per rest (`reminder_for`).
    Their `at_ms` is the wait's place in the timeline; when they are heard depends on
    when the wait began."""
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _cue_times: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s.start_ms for s in self.segments))
        object.__setattr__(self, "_cue_times", tuple(c.at_ms for c in self.cues))

    @property
    def total_ms(self) -> int:
        return self.segments[-1].end_ms if self.segments else 0

    @property
    def total_s(self) -> float:
        return self.total_ms / 1000

    def index_at(self, position_ms: float) -> int:
        """The index of the segment running at `position_ms` (the last one at or past the end)."""
        index = bisect.bisect_right(self._starts, position_ms) - 1
        return max(0, min(index, len(self.segments) - 1))

    def first_cue_from(self, position_ms: float) -> int:
        """The index of the first cue at or after `position_ms`."""
        return bisect.bisect_left(self._cue_times, position_ms)

    def first_cue_after(self, position_ms: float) -> int:
        """The index of the first cue strictly after `position_ms`."""
        return bisect.bisect_right(self._cue_times, position_ms)

    def points_for_rest(self, index: int) -> tuple[Point, ...]:
        """The form points of the rest at segment `index` (none if it is not a rest)."""
        return next((r.points for r in self.rest_points if r.index == index), ())

    def next_form_points(self, reached_index: int | None = None) -> dict[str, int]:
        """The `form_point_starts` for the next workout (whole numbers to keep, as they are):
        for each exercise of the plan, the point after the last of its own this workout
        gave, counting the rests up to segment `reached_index` (all by default), so that the
        coach carries on where a stopped workout stopped; an exercise done elsewhere keeps
        its start."""
        starts = dict(self.form_point_starts)
        for block in self.plan.blocks:
            starts.setdefault(block.exercise, 0)
        for rest in self.rest_points:
            if reached_index is None or rest.index <= reached_index:
                starts[self.block_at(rest.index).exercise] += len(rest.points)
        return starts

    def time_under_tension_ms(self, block: int | None = None) -> int:
        """The work sets' time under tension (warm-ups are not counted), of one block or all."""
        return time_under_tension_ms(
            s for s in self.segments if not s.warmup and (block is None or s.block == block)
        )

    def block_at(self, index: int) -> Block:
        """The block segment `index` belongs to (its exercise: `Block.exercise`)."""
        return self.plan.blocks[self.segments[index].block]

    def next_block(self, index: int) -> Block | None:
        """The block after the one segment `index` belongs to: what comes next, if any."""
        following = self.segments[index].block + 1
        blocks = self.plan.blocks
        return blocks[following] if following < len(blocks) else None

    def reminder_for(self, rest: Segment) -> Cue | None:
        """The reminder said in the wait that ends `rest`, if any."""
        wanted = f"rest.remind.{rest.set}"
        return next((cue for cue in self.reminders if cue.id == wanted), None)

    def with_segment_resized(self, index: int, delta_ms: int) -> Timeline:
        """This timeline with segment `index` `delta_ms` longer (or shorter) and all after it
        moved. Cues placed from the segment's end move with it."""
        target = self.segments[index]
        if target.duration_ms + delta_ms < 0:
            raise ValueError("a segment cannot be shorter than 0 ms")  # i18n: not shown
        segments = list(self.segments)
        segments[index] = replace(target, duration_ms=target.duration_ms + delta_ms)
        for i in range(index + 1, len(segments)):
            segments[i] = replace(segments[i], start_ms=segments[i].start_ms + delta_ms)
        cues = []
        for cue in self.cues:
            after = cue.at_ms >= target.end_ms
            end_anchored = cue.anchor_end and target.start_ms <= cue.at_ms < target.end_ms
            if after or end_anchored:
                cue = replace(cue, at_ms=max(target.start_ms, cue.at_ms + delta_ms))
            cues.append(cue)
        cues.sort(key=lambda c: c.at_ms)
        return replace(self, segments=tuple(segments), cues=tuple(cues))

    def to_dict(self) -> dict[str, Any]:
        return {
            "total_s": self.total_s,
            "segments": [s.to_dict() for s in self.segments],
            "cues": [c.to_dict() for c in self.cues],
        }


def compile_segments(plan: Plan, exercise: Exercise) -> tuple[Segment, ...]:
    """The plan's segments in order, today's warm-up sets (`Plan.loads`) first, each set at
    its own reps and tempo and followed by its own rest (between blocks: the plan's
    `block_rest_s`; between the two sides of a one-sided set: a switch); a phase of 0 s
    gives no segment. `exercise` stands for the first block's."""
    exercises = block_exercises(plan.blocks, exercise)
    segments: list[Segment] = []
    now = 0

    def add(spec: SetSpec, rep: int | None, phase: Phase, duration_ms: int) -> None:
        nonlocal now
        if duration_ms <= 0:
            return
        breath = exercises[spec.block].breath(phase)
        segments.append(
            Segment(
                *(spec.number, rep, phase, now, duration_ms, breath),
                *(spec.warmup, spec.block, spec.side),
            )
        )
        now += duration_ms

    specs = set_specs(plan)
    add(replace(specs[0], side=None), None, Phase.SETUP, to_ms(plan.lead_in_s))
    for spec in specs:
        ex = exercises[spec.block]
        length_ms = {
            "eccentric": to_ms(spec.tempo.eccentric),
            "bottom_pause": to_ms(spec.tempo.bottom_pause),
            "concentric": to_ms(spec.concentric_s(plan.explosive_s)),
            "top_pause": to_ms(spec.tempo.top_pause),
        }
        for rep in range(1, spec.reps + 1):
            for phase in _rep_phases(ex):
                if phase == ex.set_opening and rep == 1:
                    duration = to_ms(plan.set_brace_s)
                else:
                    duration = length_ms[str(ex.phases[phase].tempo)]
                add(spec, rep, phase, duration)
        if spec.number < len(specs):
            pause = Phase.SWITCH if spec.switch_after else Phase.REST
            add(spec, None, pause, to_ms(spec.rest_s))
    return tuple(segments)


def _rep_phases(exercise: Exercise) -> list[Phase]:
    """A rep's phases: the set's opening phase followed by the rest of the rep order."""
    order = list(exercise.rep_order)
    first = order.index(exercise.set_opening)
    return order[first:] + order[:first]


def compile_plan(
    plan: Plan,
    exercise: Exercise | None = None,
    measure: Callable[[str], float | None] | None = None,
    form_point_starts: Mapping[str, int] | None = None,
) -> Timeline:
    """Compile `plan` into its timeline.

    `measure` gives a phrase's spoken length in seconds (None: it cannot be spoken); the
    default estimates it from its syllables. Each cue gets the fullest wording that ends
    before the next cue starts. Each exercise's form points start from its point in
    `form_point_starts` (by exercise id, modulo their number; 0 if absent): pass the last
    workout's `Timeline.next_form_points()` so that each session carries on, exercise by
    exercise, where the last one stopped.
    """
    exercise = exercise or load_exercise(plan.exercise, i18n.speech_language())
    segments = compile_segments(plan, exercise)
    starts = dict(form_point_starts or {})
    shares = share_all_form_points(block_exercises(plan.blocks, exercise), segments, starts)
    cues = plan_cues(plan, exercise, segments, shares)
    measure = measure or estimate_speech_s
    fitted = fit_cues(cues, measure)
    # Each reminder is said alone, in a wait: its slot is open.
    reminders = [
        c for r in ready_reminders(plan, exercise, segments) for c in fit_cues([r], measure)
    ]
    kept = tuple(sorted(starts.items()))
    return Timeline(plan, segments, tuple(fitted), shares, kept, tuple(reminders))


def tempo_words(plan: Plan, exercise: Exercise | None = None) -> str:
    """The tempo in plain words in the order a rep runs: "up 1 s · squeeze 2 s · down 2 s"."""
    exercise = exercise or load_exercise(plan.exercise)
    words = {
        Phase.THRUST: translate("TempoWords", "up"),
        Phase.SQUEEZE: translate("TempoWords", "squeeze"),
        Phase.DESCENT: translate("TempoWords", "down"),
        Phase.BRACE: translate("TempoWords", "pause"),
    }

    def seconds(value: float) -> str:
        return translate("TempoWords", "{seconds} s").format(seconds=number(value))

    lengths = {
        "eccentric": seconds(plan.tempo.eccentric),
        "bottom_pause": seconds(plan.tempo.bottom_pause),
        "concentric": translate("TempoWords", "explosive")
        if plan.tempo.explosive
        else seconds(plan.concentric_s),
        "top_pause": seconds(plan.tempo.top_pause),
    }
    parts: Sequence[str] = [
        translate("TempoWords", "{phase} {length}").format(
            phase=words.get(p, exercise.phases[p].label.lower()),
            length=lengths[str(exercise.phases[p].tempo)],
        )
        for p in exercise.rep_order
    ]
    return " · ".join(parts)
