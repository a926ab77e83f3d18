"""What the gym screen says at each moment of a workout of one or more blocks, in words.

Pure: the window's widgets draw these (their colours, sizes and places are theirs), so
everything that follows the block being run is decided here, from a session and its
clock. The current block's exercise gives the phase word, its instruction, the breath
words and the side view; a rest between two blocks belongs to the block before it, but
what it shows is what comes next (the coach reads the next exercise's set-up in it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from thrusttimer.core.blocks import Block, other_side
from thrusttimer.core.content import Exercise, load_exercise
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, language, singular, translate
from thrusttimer.core.language import mid_sentence
from thrusttimer.core.model import Phase, Side
from thrusttimer.core.plan import Plan, shown_name
from thrusttimer.core.session import Session
from thrusttimer.core.session_states import State
from thrusttimer.core.set_specs import SetSpec, spec_of
from thrusttimer.core.tempo import format_tempo

IDLE_WORD = QT_TRANSLATE_NOOP("GymWords", "Ready")
"""The word before a workout (its note may carry today's suggestion)."""
PAUSED_NOTE = QT_TRANSLATE_NOOP("GymWords", "Paused · press Space to resume")
READY_NOTE = QT_TRANSLATE_NOOP("GymWords", "Ready? press Space")
"""These three are English: show them through `translate("GymWords", ...)`."""

NoteKind = Literal["plain", "warning", "paused"]


@dataclass(frozen=True, slots=True)
class PhaseWords:
    """The phase display's words: the big word, the line under it, and how to show them."""

    word: str
    note: str
    phase: Phase | None
    """The phase whose colour and shape it takes (None: before or after a workout)."""
    shape: str
    """The exercise's own shape for the phase, or the idle/done shape ("" for the phase's)."""
    note_kind: NoteKind = "plain"
    big_countdown: bool = False
    """Show the countdown beside the word (a rest or a switch: the number matters)."""


@dataclass(frozen=True, slots=True)
class BlockLine:
    """The line over the phase: which exercise, which side, and which exercise of how many."""

    exercise: str
    side: str = ""
    place: str = ""


# The block and its exercise ------------------------------------------------------------


def several(plan: Plan) -> bool:
    return len(plan.blocks) > 1


def shows_block_line(plan: Plan) -> bool:
    """Whether the screen needs the block line: several exercises, or one done a side at a
    time (a plain one-exercise workout keeps its screen as it was)."""
    return several(plan) or plan.blocks[0].unilateral


def block_now(session: Session) -> int:
    """The index of the block being run (the first before the start)."""
    if session.state is State.IDLE:
        return 0
    return session.current_segment.block


def exercise_now(session: Session) -> Exercise:
    """The exercise whose labels, breath words and side view show now."""
    return load_exercise(session.plan.blocks[block_now(session)].exercise)


def coming_block(session: Session) -> int | None:
    """In a rest after a block's last set: the index of the block that comes next."""
    if not session.active:
        return None
    index = session.current_index
    segments = session.timeline.segments
    segment = segments[index]
    if segment.phase is not Phase.REST or index + 1 >= len(segments):
        return None
    following = segments[index + 1].block
    return following if following != segment.block else None


def before_new_block(session: Session) -> Block | None:
    """In a rest after a block's last set: the block that comes next (else None)."""
    following = coming_block(session)
    return None if following is None else session.plan.blocks[following]


def plan_exercises(plan: Plan) -> tuple[Exercise, ...]:
    """Each exercise the plan runs, once, in order."""
    seen: dict[str, Exercise] = {}
    for block in plan.blocks:
        seen.setdefault(block.exercise, load_exercise(block.exercise))
    return tuple(seen.values())


def side_words(side: Side) -> str:
    if side == "left":
        return translate("GymWords", "Left side")
    return translate("GymWords", "Right side")


def _side_first(side: Side) -> str:
    if side == "left":
        return translate("GymWords", "Left side first")
    return translate("GymWords", "Right side first")


def _side_next(side: Side) -> str:
    if side == "left":
        return translate("GymWords", "Left side next")
    return translate("GymWords", "Right side next")


def _set_up(instruction: str) -> str:
    """The note of a rest before a new exercise: that exercise's set-up."""
    return translate("GymWords", "Set up: {instruction}").format(instruction=instruction)


def side_now(session: Session) -> Side | None:
    """The working leg the picture shows: the coming side in a switch, the first in the
    lead-in, none in a rest or outside a workout."""
    if not session.active:
        return None
    segment = session.current_segment
    if segment.phase is Phase.SWITCH and segment.side is not None:
        return other_side(segment.side)
    if segment.phase is Phase.SETUP:
        return spec_of(session.plan, segment.set).side
    return None if segment.phase is Phase.REST else segment.side


def block_line(session: Session) -> BlockLine:
    """ "B-stance hip thrust · Left side · Exercise 2 of 3"; in a rest before a new block,
    "Next exercise: Frog pump"."""
    plan = session.plan
    blocks = plan.blocks
    if session.state is State.DONE:
        if not several(plan):
            return BlockLine(load_exercise(plan.exercise).name)
        done = ""
        if finished(session):
            done = translate("GymWords", "All {count} exercises done").format(count=len(blocks))
        return BlockLine(shown_name(plan.name), "", done)
    coming = coming_block(session)
    number = coming if coming is not None else block_now(session)
    place = ""
    if several(plan):
        place = translate("GymWords", "Exercise {number} of {count}").format(
            number=number + 1, count=len(blocks)
        )
    if coming is not None:
        name = load_exercise(blocks[coming].exercise).name
        return BlockLine(
            translate("GymWords", "Next exercise: {exercise}").format(exercise=name), "", place
        )
    name = exercise_now(session).name
    if session.state is State.IDLE:
        first = blocks[0].sides[0]
        return BlockLine(name, _side_first(first) if first else "", place)
    segment = session.current_segment
    side = side_now(session)
    if side is None:
        return BlockLine(name, "", place)
    if segment.phase is Phase.SWITCH:
        return BlockLine(name, _side_next(side), place)
    return BlockLine(name, side_words(side), place)


# The counts and the rest -----------------------------------------------------------------


def counts_text(session: Session) -> tuple[str, str]:
    """("Set 2/4", "Rep 3/10"; "Warm-up 1/4" during the warm-ups), counted within the block
    and, for a one-sided exercise, within the side. Before a set's first rep (set-up) the
    rep reads 0; in the rest or the switch after it, the reps it had: the lifter sees what
    is done, never a dash."""
    plan = session.plan
    if session.state is State.IDLE:
        first = spec_of(plan, 1)
        if first.warmup:
            sets = translate("GymWords", "Warm-up –/{sets}")
        else:
            sets = translate("GymWords", "Set –/{sets}")
        reps = translate("GymWords", "Rep –/{reps}")
        return sets.format(sets=first.of), reps.format(reps=first.reps)
    segment = session.current_segment
    spec = spec_of(plan, segment.set)
    if segment.rep is not None:
        rep = str(segment.rep)
    else:
        done = {Phase.SETUP: "0", Phase.REST: str(spec.reps), Phase.SWITCH: str(spec.reps)}
        rep = done.get(segment.phase, "–")
    if session.state is State.DONE and session.position_ms() >= session.timeline.total_ms:
        rep = str(spec.reps)
    if spec.warmup:
        sets = translate("GymWords", "Warm-up {number}/{sets}")
    else:
        sets = translate("GymWords", "Set {number}/{sets}")
    reps = translate("GymWords", "Rep {rep}/{reps}")
    return sets.format(number=spec.ordinal, sets=spec.of), reps.format(rep=rep, reps=spec.reps)


def next_spec(session: Session) -> SetSpec:
    return spec_of(session.plan, session.current_segment.set + 1)


def next_set_text(session: Session) -> str:
    """ "Next: set 2 of 4 · 10 reps · tempo 2-0-1-2" ("warm-up 2 of 4" before the work; "set
    2 of 3, left side" in a one-sided block); before a new block, the exercise first:
    "Next: B-stance hip thrust — set 1 of 3, left side · 10 reps · tempo 2-0-1-2"."""
    spec = next_spec(session)
    name = mid_sentence(spec.label, language())
    if singular(spec.reps):
        details = translate("GymWords", "{reps} rep · tempo {tempo}")
    else:
        details = translate("GymWords", "{reps} reps · tempo {tempo}")
    details = details.format(reps=spec.reps, tempo=format_tempo(spec.tempo))
    coming = before_new_block(session)
    if coming is not None:
        return translate("GymWords", "Next: {exercise} — {set} · {details}").format(
            exercise=load_exercise(coming.exercise).name, set=name, details=details
        )
    return translate("GymWords", "Next: {set} · {details}").format(set=name, details=details)


def checklist_item(session: Session) -> str:
    """The set-up item for now, in the lead-in or in a rest before a new block (else ""):
    the one the coach read last in it (its cue is "setup.<id>"), else an even share of the
    segment each when no cues read them."""
    if not session.active:
        return ""
    segment = session.current_segment
    coming = before_new_block(session)
    if segment.phase is Phase.SETUP:
        exercise = load_exercise(session.plan.blocks[0].exercise)
    elif coming is not None:
        exercise = load_exercise(coming.exercise)
    else:
        return ""
    checklist = exercise.setup_checklist
    if not checklist:
        return ""
    by_id = {f"setup.{item.id}": item.text for item in checklist}
    position = session.position_ms()
    spoken = [
        c
        for c in session.timeline.cues
        if c.id in by_id and segment.start_ms <= c.at_ms < segment.end_ms
    ]
    if spoken:
        said = [c for c in spoken if c.at_ms <= position]
        return by_id[(said[-1] if said else spoken[0]).id]
    share = min(int(session.segment_progress() * len(checklist)), len(checklist) - 1)
    return checklist[share].text


# The phase display -----------------------------------------------------------------------


def plan_summary(plan: Plan) -> str:
    """A one-block plan as it describes itself; "Glute day A: 3 exercises" (the exercises
    themselves are listed under the picture: `workout_line`)."""
    if not several(plan):
        return plan.describe()
    return translate("GymWords", "{name}: {count} exercises").format(
        name=shown_name(plan.name), count=len(plan.blocks)
    )


def blocks_summary(plan: Plan) -> str:
    """ "Barbell hip thrust 4 × 10 · B-stance hip thrust 3 × 10 each side · Frog pump 2 × 20"."""
    parts = []
    for block in plan.blocks:
        if block.unilateral:
            text = translate("GymWords", "{exercise} {sets} × {reps} each side")
        else:
            text = translate("GymWords", "{exercise} {sets} × {reps}")
        parts.append(
            text.format(
                exercise=load_exercise(block.exercise).name, sets=block.sets, reps=block.reps
            )
        )
    return " · ".join(parts)


def finished(session: Session) -> bool:
    """Done to its end (not stopped)."""
    return session.state is State.DONE and session.position_ms() >= session.timeline.total_ms


def workout_line(session: Session) -> str:
    """Before and after a workout of several exercises, the line under the picture lists
    them: "Barbell hip thrust 4 × 10 · …", "Done: Barbell hip thrust 4 × 10 · …" (else "")."""
    if session.active or not several(session.plan):
        return ""
    if finished(session):
        return translate("GymWords", "Done: {exercises}").format(
            exercises=blocks_summary(session.plan)
        )
    return blocks_summary(session.plan)


def done_note(session: Session) -> str:
    """What a finished workout says it did (the exercises are listed: `workout_line`)."""
    plan = session.plan
    tension = session.timeline.time_under_tension_ms() / 1000
    if several(plan):
        text = translate(
            "GymWords", "{count} exercises · {tension} s under tension · Space to go again"
        )
    else:
        text = translate(
            "GymWords", "{sets} × {reps} done · {tension} s under tension · Space to go again"
        )
    return text.format(
        count=len(plan.blocks), sets=plan.sets, reps=plan.reps, tension=f"{tension:.0f}"
    )


def phase_words(session: Session | None, idle_note: str = "") -> PhaseWords:
    """What the phase display says now; `idle_note` (today's suggestion) goes under the
    start line before a workout."""
    if session is None or session.state is State.IDLE:
        plan_text = plan_summary(session.plan) if session else ""
        note = translate("GymWords", "Press Space to start · {plan}").format(plan=plan_text)
        note += f"\n{idle_note}" if idle_note else ""
        return PhaseWords(translate("GymWords", IDLE_WORD), note, None, "play")
    if session.state is State.DONE:
        if finished(session):
            return PhaseWords(translate("GymWords", "Done"), done_note(session), None, "check")
        return PhaseWords(
            translate("GymWords", "Stopped"),
            translate("GymWords", "Press Space to start again"),
            None,
            "square",
        )
    segment = session.current_segment
    info = exercise_now(session).phases[segment.phase]
    note = info.instruction
    coming = before_new_block(session)
    if coming is not None:
        note = _set_up(load_exercise(coming.exercise).phases[Phase.SETUP].instruction)
    kind: NoteKind = "plain"
    if session.state is State.PAUSED:
        note, kind = translate("GymWords", PAUSED_NOTE), "paused"
    elif session.waiting_for_ready:
        note, kind = translate("GymWords", READY_NOTE), "warning"
    big = segment.phase in (Phase.REST, Phase.SWITCH)
    return PhaseWords(info.label, note, segment.phase, info.shape, kind, big)


def workout_notes(plan: Plan) -> tuple[str, ...]:
    """Every note the phase display can show during a workout of `plan` (the room under
    the word is kept for the longest, so the word stays put from phase to phase)."""
    notes = [translate("GymWords", PAUSED_NOTE), translate("GymWords", READY_NOTE)]
    for exercise in plan_exercises(plan):
        notes += [info.instruction for info in exercise.phases.values()]
        notes.append(_set_up(exercise.phases[Phase.SETUP].instruction))
    return tuple(dict.fromkeys(notes))


def breath_words(session: Session) -> str:
    """The breath in words now ("Breathe" outside the movement), "" outside a workout."""
    if not session.active:
        return ""
    phase = exercise_now(session).phases[session.current_segment.phase]
    return phase.breath_words or translate("GymWords", "Breathe")


def all_breath_words(plan: Plan) -> set[str]:
    return {
        info.breath_words or translate("GymWords", "Breathe")
        for exercise in plan_exercises(plan)
        for info in exercise.phases.values()
    }


def rest_texts(plan: Plan) -> list[str]:
    """Every text the rest screen's form point line can show: each exercise's form points,
    and the set-up items read in a rest before it."""
    return [
        point.text
        for exercise in plan_exercises(plan)
        for point in (*exercise.form_points, *exercise.setup_checklist)
    ]
