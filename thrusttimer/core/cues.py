"""Which cues a plan speaks, when, and in which wording, for each cue mode.

`plan_cues` places cues on the segments; `fit_cues` chooses each cue's wording so that it
ends before the next cue starts (or turns it into a tone, or drops it), so nothing spoken
ever spills into the next cue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from thrusttimer.core.blocks import block_exercises
from thrusttimer.core.coaching import (
    CHECKLIST_FROM_MS,
    FORM_TIP_AFTER_MS,
    GET_READY_FROM_MS,
    LOAD_ROOM_MS,
    REST_GET_READY_BEFORE_MS,
    REST_WARNING_BEFORE_MS,
    REST_WARNING_FROM_MS,
    SETUP_GET_READY_BEFORE_MS,
    block_checklist_times,
    checklist_times,
    share_all_form_points,
)
from thrusttimer.core.content import Exercise
from thrusttimer.core.fitting import GUARD_MS as GUARD_MS
from thrusttimer.core.fitting import estimate_speech_s as estimate_speech_s
from thrusttimer.core.fitting import fill
from thrusttimer.core.fitting import fit_cues as fit_cues
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import (
    Cue,
    CueKind,
    Phase,
    RestPoints,
    Segment,
    Tone,
    hold_point_ms,
    time_under_tension_ms,
)
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.set_specs import SetSpec, bar_before, spec_of

if TYPE_CHECKING:
    # Loaded with the load prompt, not before the first frame.
    from thrusttimer.core.loading.plates import Loading


COUNTDOWN_FROM = 3
BREATH_ROOM = 1.25
"""A phase is too short for its breath words when they take more than 1/1.25 of it (by
the estimate): the words are then said in the phase before it."""


def plan_cues(
    plan: Plan,
    exercise: Exercise,
    segments: Sequence[Segment],
    rest_points: Sequence[RestPoints] | None = None,
) -> list[Cue]:
    """Every cue the plan's mode calls for, unfitted (`text` is the fullest wording).

    `rest_points` says which form points each rest gives (by default from the first
    point: `coaching.share_form_points`)."""
    mode = plan.cues.mode
    if mode is CueMode.SILENT:
        return []
    cues: list[Cue] = []
    exercises = block_exercises(plan.blocks, exercise)
    phrases = exercise.phrases
    if rest_points is None:
        rest_points = share_all_form_points(exercises, segments)
    shares = {r.index: r for r in rest_points}

    def say(
        at_ms: int,
        id_: str,
        key: str | Sequence[str],
        kind: CueKind,
        tone: Tone | None = None,
        anchor_end: bool = False,
        **values: object,
    ) -> None:
        variants = tuple(fill(v, **values) for v in (phrases[key] if isinstance(key, str) else key))
        cues.append(Cue(at_ms, id_, variants[0], kind, variants, tone, anchor_end))

    def beep(at_ms: int, id_: str, tone: Tone, anchor_end: bool = False) -> None:
        cues.append(Cue(at_ms, id_, "", CueKind.COUNT, (), tone, anchor_end))

    speaks_counts = mode in (CueMode.FULL, CueMode.COUNTS)
    tut_s = round(time_under_tension_ms(s for s in segments if not s.warmup) / 1000)
    last_set_end = segments[-1].end_ms if segments else 0

    for index, segment in enumerate(segments):
        start, end = segment.start_ms, segment.end_ms
        following = segments[index + 1] if index + 1 < len(segments) else None
        set_follows = following is not None and following.phase is not Phase.REST
        next_set = following.set if following else segment.set
        ex = exercises[segment.block]
        phrases = ex.phrases
        new_block = following is not None and following.block != segment.block

        if segment.phase is Phase.SETUP:
            if mode is CueMode.FULL:
                say(start, "setup.intro", "setup_intro", CueKind.PHASE)
                first_set = spec_of(plan, next_set)
                read_from = CHECKLIST_FROM_MS
                if words := first_loading_words(first_set):
                    say(start + CHECKLIST_FROM_MS, "setup.load", words, CueKind.PHASE)
                    read_from += LOAD_ROOM_MS
                items = ex.setup_checklist if plan.cues.setup_checklist else ()
                times = checklist_times(segment, len(items), read_from)
                for at, item in zip(times, items, strict=False):
                    say(at, f"setup.{item.id}", item.spoken, CueKind.TIP)
        elif segment.phase is Phase.REST:
            if mode is CueMode.FULL:
                done = spec_of(plan, segment.set)
                coming = spec_of(plan, next_set)
                change = load_change_words(_bar_now(plan, done, coming), coming)
                change = change if set_follows else ()
                if change:
                    say(start, "rest.load", change, CueKind.PHASE)
                else:
                    say(
                        start,
                        "rest.start",
                        _kind_words(phrases["rest_start"], done),
                        CueKind.PHASE,
                        set=done.ordinal,
                        rest=round(segment.duration_s),
                    )
                if new_block and following is not None:
                    _next_block_cues(plan, exercises[following.block], segment, say)
                share = shares.get(index)
                if plan.cues.form_tips and share is not None:
                    for after, point in zip(share.said_after_ms, share.points, strict=False):
                        say(start + after, f"form.{point.id}", point.spoken, CueKind.TIP)
                if segment.duration_ms >= REST_WARNING_FROM_MS:
                    say(
                        end - REST_WARNING_BEFORE_MS,
                        "rest.warning",
                        "rest_warning",
                        CueKind.PHASE,
                        anchor_end=True,
                    )
            elif mode is CueMode.TONES:
                beep(start, f"set-end.{segment.set}", Tone.FINAL)
        elif segment.phase is Phase.SWITCH:
            if mode is CueMode.TONES:
                beep(start, "switch", Tone.BEEP)
            else:
                say(start, "switch", "switch_sides", CueKind.PHASE, Tone.BEEP)
        else:
            _movement_cues(plan, spec_of(plan, segment.set), ex, segment, mode, say, beep)

        # Before each set: "set N of M, get into position", then 3, 2, 1.
        if segment.phase in (Phase.SETUP, Phase.REST, Phase.SWITCH) and set_follows:
            long = segment.duration_ms >= GET_READY_FROM_MS
            if mode is CueMode.FULL and long and segment.phase is not Phase.SWITCH:
                before = (
                    SETUP_GET_READY_BEFORE_MS
                    if segment.phase is Phase.SETUP
                    else REST_GET_READY_BEFORE_MS
                )
                waits = plan.advance_when_ready and segment.phase is Phase.REST
                coming = spec_of(plan, next_set)
                wording = exercises[coming.block].phrases[
                    "get_ready_wait" if waits else "get_ready"
                ]
                say(
                    end - before,
                    "rest.get-ready",
                    _kind_words(wording, coming),
                    CueKind.PHASE,
                    anchor_end=True,
                    next=coming.ordinal,
                    sets=coming.of,
                )
            if segment.duration_ms >= (COUNTDOWN_FROM + 0.5) * 1000:
                for n in range(COUNTDOWN_FROM, 0, -1):
                    at = end - n * 1000
                    if speaks_counts:
                        say(at, f"countdown.{n}", "countdown", CueKind.COUNT, Tone.BEEP, True, n=n)
                    else:
                        beep(at, f"countdown.{n}", Tone.BEEP, anchor_end=True)

    if segments:
        if mode is CueMode.FULL:
            say(
                last_set_end,
                "done",
                _done_words(phrases["done"], len(exercises)),
                CueKind.PHASE,
                Tone.FINAL,
                sets=plan.sets,
                reps=plan.reps,
                tut=tut_s,
            )
        else:
            beep(last_set_end, "done", Tone.FINAL)
    cues.sort(key=lambda c: (c.at_ms, -c.kind))
    return cues


def _next_block_cues(plan: Plan, coming: Exercise, rest: Segment, say: Callable[..., None]) -> None:
    """The rest before a new block names its exercise and reads its set-up checklist."""
    say(
        rest.start_ms + FORM_TIP_AFTER_MS,
        "block.next",
        coming.phrases["setup_intro"],
        CueKind.PHASE,
    )
    items = coming.setup_checklist if plan.cues.setup_checklist else ()
    for at, item in zip(block_checklist_times(rest, len(items)), items, strict=False):
        say(at, f"setup.{item.id}", item.spoken, CueKind.TIP)


def _done_words(templates: Sequence[str], blocks: int) -> tuple[str, ...]:
    """The end of the workout; one of several blocks has no one number of sets and reps."""
    if blocks == 1:
        return tuple(templates)
    plain = tuple(t for t in templates if "{sets}" not in t and "{reps}" not in t)
    done = translate("Speech", "Workout complete: {blocks} exercises, {tut} seconds under tension")
    # {tut} stays a placeholder: the cue fills it in when the workout is over.
    return (done.replace("{blocks}", str(blocks)), *plain)


def first_loading_words(spec: SetSpec) -> tuple[str, ...]:
    """What the lead-in says of the first set's plates, fullest first: "Warm-up 1: twenty.
    Just the bar.", "Warm-up 1: twenty." (none when its plates are not known)."""
    if spec.loading is None:
        return ()
    from thrusttimer.core.loading.wording import said_weight, spoken_loading

    if spec.loading.held:
        return (spoken_loading(spec.loading, spec.short),) if spec.loading.load > 0 else ()
    return (
        spoken_loading(spec.loading, spec.short),
        translate("Speech", "{set}: {weight}.").format(
            set=spec.short, weight=said_weight(spec.loading.load)
        ),
    )


def load_change_words(done: SetSpec, coming: SetSpec) -> tuple[str, ...]:
    """What a rest opens with when the plates change for the next set, fullest first:
    "Warm-up 1 done. Next set: forty. Add a ten each side.", "Next set: forty. Add a ten
    each side.", "Next set: forty."; none when the plates stay (or are not known)."""
    before, after = done.loading, coming.loading
    if before is None or after is None or _same_plates(before, after):
        return ()
    from thrusttimer.core.loading.wording import said_weight, spoken_change, spoken_loading

    next_set = translate("Speech", "Next set")
    finished = translate("Speech", "{set} done. {next}")
    if after.held:
        # No bar: the load held, if any (bodyweight needs no word).
        if after.load <= 0:
            return ()
        held = spoken_loading(after, next_set)
        return (finished.format(set=done.short, next=held), held)

    change = spoken_change(before, after, next_set)
    return (
        finished.format(set=done.short, next=change),
        change,
        translate("Speech", "Next set: {weight}.").format(weight=said_weight(after.load)),
    )


def _bar_now(plan: Plan, done: SetSpec, coming: SetSpec) -> SetSpec:
    """`done` with the plates on the bar as they are: after a block without the bar, those
    of the last set with it (a bar exercise's plates change from there)."""
    if coming.loading is None or coming.loading.held or done.loading is None:
        return done
    if not done.loading.held:
        return done
    return replace(done, loading=bar_before(plan, coming.number))


def _same_plates(before: Loading, after: Loading) -> bool:
    same = before.load == after.load and before.per_side == after.per_side
    return same and before.held == after.held


def _kind_words(templates: Sequence[str], spec: SetSpec) -> tuple[str, ...]:
    """A phrase's wordings for a warm-up set ("Set {next} of {sets}" becomes "Warm-up
    {next} of {sets}") and a side ("Set {next} of {sets}, left side"); a work set's of both
    legs as they are."""
    words = tuple(templates)
    if spec.warmup:
        # The word before a set's number, as the exercise files of the coach's language
        # say it, and the warm-up's word in its place.
        work = translate("Speech", "Set", "the word before a work set's number: Set {next}")
        warm = translate("Speech", "Warm-up", "the word before a warm-up set's number")
        pairs = ((f"{work} {{", f"{warm} {{"), (f"{work.lower()} {{", f"{warm.lower()} {{"))
        for before, after in pairs:
            words = tuple(t.replace(before, after) for t in words)
    if spec.side is not None:
        if spec.side == "left":
            of_sets = translate("Speech", "{sets}, left side")
            next_one = translate("Speech", "{next} left")
        else:
            of_sets = translate("Speech", "{sets}, right side")
            next_one = translate("Speech", "{next} right")
        words = tuple(
            t.replace("{sets}", of_sets, 1) if "{sets}" in t else t.replace("{next}", next_one, 1)
            for t in words
        )
    return words


def ready_reminders(plan: Plan, exercise: Exercise, segments: Sequence[Segment]) -> list[Cue]:
    """With "advance when ready": one reminder per rest that waits, unfitted. Spoken in
    full mode, a beep in the modes without words; none when silent."""
    mode = plan.cues.mode
    if not plan.advance_when_ready or mode is CueMode.SILENT:
        return []
    exercises = block_exercises(plan.blocks, exercise)
    reminders: list[Cue] = []
    for index, segment in enumerate(segments[:-1]):
        coming = exercises[segments[index + 1].block]
        variants = tuple(coming.phrases["ready_reminder"]) if mode is CueMode.FULL else ()
        if segment.phase is Phase.REST and segments[index + 1].phase is not Phase.REST:
            reminders.append(
                Cue(
                    hold_point_ms(segment),
                    f"rest.remind.{segment.set}",
                    variants[0] if variants else "",
                    CueKind.PHASE,
                    variants,
                    Tone.BEEP,
                )
            )
    return reminders


def breath_fits(exercise: Exercise, phase: Phase, length_ms: int) -> bool:
    """Whether a `phase` of `length_ms` has room for its breath words (by the estimate)."""
    words = exercise.phrase(f"{phase}_breath")[0]
    return length_ms - GUARD_MS >= estimate_speech_s(words) * 1000 * BREATH_ROOM


def _movement_cues(
    plan: Plan,
    spec: SetSpec,
    exercise: Exercise,
    segment: Segment,
    mode: CueMode,
    say: Callable[..., None],
    beep: Callable[..., None],
) -> None:
    phase = segment.phase
    rep = segment.rep or 0
    last = rep == spec.reps and spec.reps > 1
    start = segment.start_ms
    thrust_ms = round(spec.concentric_s(plan.explosive_s) * 1000)
    # The count comes at the top of the rep: at the squeeze, or at the descent when the
    # tempo has no top pause.
    top_of_rep = phase is Phase.SQUEEZE or (phase is Phase.DESCENT and spec.tempo.top_pause == 0)
    if mode is CueMode.TONES:
        beep(start, f"tick.{phase}", Tone.TICK)
    elif mode is CueMode.BREATH:
        say(start, f"breath.{phase}", f"{phase}_breath", CueKind.BREATH, Tone.TICK)
    elif mode is CueMode.COUNTS:
        if phase is Phase.THRUST and last:
            say(start, "count.last", "last_rep", CueKind.COUNT, Tone.TICK)
        elif top_of_rep:
            say(start, f"count.{rep}", "count", CueKind.COUNT, Tone.TICK, n=rep)
    elif mode is CueMode.FULL:
        if phase is Phase.THRUST and last:
            say(start, "count.last", "last_rep", CueKind.COUNT, Tone.TICK)
        elif phase is Phase.SQUEEZE:
            say(start, f"count.{rep}", "squeeze_full", CueKind.COUNT, Tone.TICK, n=rep)
        elif top_of_rep:
            say(start, f"count.{rep}", "descent_count", CueKind.COUNT, Tone.TICK, n=rep)
        elif phase is Phase.BRACE and rep == 1:
            # The set's opening brace; it also carries the breath for a thrust too short
            # to say it in.
            short = not breath_fits(exercise, Phase.THRUST, thrust_ms)
            key = "brace_exhale" if short else "brace_full"
            say(start, "phase.brace", key, CueKind.PHASE, Tone.TICK)
        elif phase is Phase.BRACE:
            say(start, "phase.brace-rep", "brace_full", CueKind.PHASE, Tone.TICK)
        else:
            say(start, f"phase.{phase}", f"{phase}_full", CueKind.PHASE, Tone.TICK)
