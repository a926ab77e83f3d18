"""Which cues a plan speaks, when, and in which wording, for each cue mode.

`plan_cues` places cues on the segments; `fit_cues` chooses each cue's wording so that it
ends before the next cue starts (or turns it into a tone, or drops it), so nothing spoken
ever spills into the next cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from thrusttimer.core.coaching import (
    CHECKLIST_FROM_MS,
    GET_READY_FROM_MS,
    LOAD_ROOM_MS,
    REST_GET_READY_BEFORE_MS,
    REST_WARNING_BEFORE_MS,
    REST_WARNING_FROM_MS,
    SETUP_GET_READY_BEFORE_MS,
    checklist_times,
    share_form_points,
)
from thrusttimer.core.content import Exercise
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
from thrusttimer.core.set_specs import SetSpec, spec_of

if TYPE_CHECKING:
    # Loaded with the load prompt, not before the first frame.
    from thrusttimer.core.loading.plates import Loading


GUARD_MS = 60
"""Silence kept between the end of one cue and the start of the next."""
COUNTDOWN_FROM = 3
BREATH_ROOM = 1.25
"""A phase is too short for its breath words when they take more than 1/1.25 of it (by
the estimate): the words are then said in the phase before it."""

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_WORD = re.compile(r"[A-Za-z']+|[0-9]+")


@cache
def estimate_speech_s(text: str, words_per_minute: float = 175.0) -> float:
    """A rough spoken length for `text`, for fitting cues before real clips are rendered.
    Kept per text: a plan asks for the same few dozen wordings hundreds of times."""
    syllables = 0
    for word in _WORD.findall(text.lower()):
        if word.isdigit():
            syllables += 1 + len(word)
        else:
            groups = len(_VOWEL_GROUPS.findall(word))
            if word.endswith("e") and groups > 1 and not word.endswith("le"):
                groups -= 1
            syllables += max(1, groups)
    pauses = text.count(",") + text.count(".") + text.count(":")
    seconds_per_syllable = 60.0 / words_per_minute / 1.45
    return syllables * seconds_per_syllable + pauses * 0.12 + 0.08


def fill(template: str, **values: object) -> str:
    return template.format(**values) if "{" in template else template


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
    phrases = exercise.phrases
    shares = {
        r.index: r
        for r in (share_form_points(exercise, segments) if rest_points is None else rest_points)
    }

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

        if segment.phase is Phase.SETUP:
            if mode is CueMode.FULL:
                say(start, "setup.intro", "setup_intro", CueKind.PHASE)
                first_set = spec_of(plan, next_set)
                read_from = CHECKLIST_FROM_MS
                if first_set.loading is not None:
                    at = start + CHECKLIST_FROM_MS
                    say(at, "setup.load", first_loading_words(first_set), CueKind.PHASE)
                    read_from += LOAD_ROOM_MS
                items = exercise.setup_checklist if plan.cues.setup_checklist else ()
                times = checklist_times(segment, len(items), read_from)
                for at, item in zip(times, items, strict=False):
                    say(at, f"setup.{item.id}", item.spoken, CueKind.TIP)
        elif segment.phase is Phase.REST:
            if mode is CueMode.FULL:
                done = spec_of(plan, segment.set)
                change = load_change_words(done, spec_of(plan, next_set)) if set_follows else ()
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
        else:
            _movement_cues(plan, spec_of(plan, segment.set), exercise, segment, mode, say, beep)

        # Before each set: "set N of M, get into position", then 3, 2, 1.
        if segment.phase in (Phase.SETUP, Phase.REST) and set_follows:
            if mode is CueMode.FULL and segment.duration_ms >= GET_READY_FROM_MS:
                before = (
                    SETUP_GET_READY_BEFORE_MS
                    if segment.phase is Phase.SETUP
                    else REST_GET_READY_BEFORE_MS
                )
                waits = plan.advance_when_ready and segment.phase is Phase.REST
                coming = spec_of(plan, next_set)
                say(
                    end - before,
                    "rest.get-ready",
                    _kind_words(phrases["get_ready_wait" if waits else "get_ready"], coming),
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
                "done",
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


def first_loading_words(spec: SetSpec) -> tuple[str, ...]:
    """What the lead-in says of the first set's plates, fullest first: "Warm-up 1: twenty.
    Just the bar.", "Warm-up 1: twenty." (none when its plates are not known)."""
    if spec.loading is None:
        return ()
    from thrusttimer.core.loading.spoken import spoken_weight
    from thrusttimer.core.loading.wording import spoken_loading

    return (
        spoken_loading(spec.loading, spec.short),
        f"{spec.short}: {spoken_weight(spec.loading.load)}.",
    )


def load_change_words(done: SetSpec, coming: SetSpec) -> tuple[str, ...]:
    """What a rest opens with when the plates change for the next set, fullest first:
    "Warm-up 1 done. Next set: forty. Add a ten each side.", "Next set: forty. Add a ten
    each side.", "Next set: forty."; none when the plates stay (or are not known)."""
    before, after = done.loading, coming.loading
    if before is None or after is None or _same_plates(before, after):
        return ()
    from thrusttimer.core.loading.spoken import spoken_weight
    from thrusttimer.core.loading.wording import spoken_change

    change = spoken_change(before, after, "Next set")
    return (
        f"{done.short} done. {change}",
        change,
        f"Next set: {spoken_weight(after.load)}.",
    )


def _same_plates(before: Loading, after: Loading) -> bool:
    return before.load == after.load and before.per_side == after.per_side


def _kind_words(templates: Sequence[str], spec: SetSpec) -> tuple[str, ...]:
    """A phrase's wordings for a warm-up set ("Set {next} of {sets}" becomes "Warm-up
    {next} of {sets}"); a work set's as they are."""
    if not spec.warmup:
        return tuple(templates)
    return tuple(t.replace("Set {", "Warm-up {").replace("set {", "warm-up {") for t in templates)


def ready_reminders(plan: Plan, exercise: Exercise, segments: Sequence[Segment]) -> list[Cue]:
    """With "advance when ready": one reminder per rest that waits, unfitted. Spoken in
    full mode, a beep in the modes without words; none when silent."""
    mode = plan.cues.mode
    if not plan.advance_when_ready or mode is CueMode.SILENT:
        return []
    variants = tuple(exercise.phrases["ready_reminder"]) if mode is CueMode.FULL else ()
    reminders: list[Cue] = []
    for index, segment in enumerate(segments[:-1]):
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


def fit_cues(cues: Sequence[Cue], measure: Callable[[str], float | None]) -> list[Cue]:
    """Give each cue the fullest wording that ends `GUARD_MS` before the next cue starts.

    Cues of one family (the same id but for its numbers: every rep count, every thrust)
    take the same wording throughout, the fullest that fits all of them, so the coach does
    not say "2, squeeze" and then "3" as slots vary by a few milliseconds. When no wording
    fits, the cue becomes its tone if that fits, and is dropped otherwise. Of two cues at
    the same moment the higher kind is kept. The last cue's slot is open.
    """
    ordered = sorted(cues, key=lambda c: (c.at_ms, -c.kind))
    unique: list[Cue] = []
    for cue in ordered:
        if unique and unique[-1].at_ms == cue.at_ms:
            continue
        unique.append(cue)
    budgets: list[int | None] = []
    for index, cue in enumerate(unique):
        slot_end = unique[index + 1].at_ms if index + 1 < len(unique) else None
        budgets.append(None if slot_end is None else slot_end - cue.at_ms - GUARD_MS)
    shortest_needed: dict[str, int] = {}
    for cue, budget in zip(unique, budgets, strict=True):
        first = _fitting_variant(cue, measure, budget, 0)
        if first is not None:
            family = family_of(cue)
            shortest_needed[family] = max(shortest_needed.get(family, 0), first)
    fitted: list[Cue] = []
    for cue, budget in zip(unique, budgets, strict=True):
        start = shortest_needed.get(family_of(cue), 0)
        chosen = _fitting_variant(cue, measure, budget, start)
        if chosen is None:
            chosen = _fitting_variant(cue, measure, budget, 0)
        if chosen is not None:
            fitted.append(replace(cue, text=_wordings(cue)[chosen]))
        elif cue.tone is not None and (budget is None or cue.tone.value <= budget):
            fitted.append(replace(cue, text=""))
    return fitted


_NUMBERS = re.compile(r"[0-9]+")


OWN_WORDING = frozenset({"setup.load", "rest.load"})
"""Cues whose words differ from one to the next (the plates): each is fitted on its own."""


def family_of(cue: Cue) -> str:
    """Cues that differ only in their numbers ("count.3", "count.4") are one family."""
    if cue.id in OWN_WORDING:
        return f"{cue.id}@{cue.at_ms}"
    return _NUMBERS.sub("#", cue.id)


def _wordings(cue: Cue) -> tuple[str, ...]:
    return cue.variants or ((cue.text,) if cue.text else ())


def _fitting_variant(
    cue: Cue, measure: Callable[[str], float | None], budget_ms: int | None, start: int
) -> int | None:
    """The index of the fullest wording from `start` on that can be spoken and fits."""
    wordings = _wordings(cue)
    for index in range(start, len(wordings)):
        seconds = measure(wordings[index])
        if seconds is not None and (budget_ms is None or seconds * 1000 <= budget_ms):
            return index
    return None
