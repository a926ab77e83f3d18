"""`thrusttimer plan`: print what the engine will do, as a table or as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Final

from thrusttimer.audio.lengths import SOURCE, spoken_length
from thrusttimer.commands.options import Parser, add_plan_arguments, parse, plan_from_args
from thrusttimer.core.content import load_exercise
from thrusttimer.core.cue_options import CueMode
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.i18n import number as number_text
from thrusttimer.core.model import Breath
from thrusttimer.core.plan import shown_name
from thrusttimer.core.session_queries import READY_REMINDER_AFTER_S
from thrusttimer.core.shown import printable
from thrusttimer.core.timeline import Timeline, compile_plan, tempo_words


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(
        prog=prog, description=translate("PlanCommand", "Print the compiled timeline of a workout.")
    )
    add_plan_arguments(parser)
    parser.add_argument(
        "--json", action="store_true", help=translate("PlanCommand", "print one JSON object")
    )
    options = parse(parser, args)
    plan = plan_from_args(options, prog)
    # Fitted as a workout fits them, so that the words printed are the words said.
    timeline = compile_plan(plan, measure=spoken_length())
    if options.json:
        print(json.dumps(timeline.to_dict(), indent=None))
    else:
        print(render_table(timeline))
    return 0


def clock_text(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}:{rest:04.1f}"


BREATH_WORDS: Final = {
    Breath.INHALE: QT_TRANSLATE_NOOP("PlanCommand", "inhale"),
    Breath.EXHALE: QT_TRANSLATE_NOOP("PlanCommand", "exhale"),
    Breath.HOLD: QT_TRANSLATE_NOOP("PlanCommand", "hold"),
}
SIDE_WORDS: Final = {
    "left": QT_TRANSLATE_NOOP("PlanCommand", "left"),
    "right": QT_TRANSLATE_NOOP("PlanCommand", "right"),
}
MODE_WORDS: Final = {
    CueMode.FULL: QT_TRANSLATE_NOOP("PlanCommand", "full"),
    CueMode.BREATH: QT_TRANSLATE_NOOP("PlanCommand", "breath"),
    CueMode.COUNTS: QT_TRANSLATE_NOOP("PlanCommand", "counts"),
    CueMode.TONES: QT_TRANSLATE_NOOP("PlanCommand", "tones"),
    CueMode.SILENT: QT_TRANSLATE_NOOP("PlanCommand", "silent"),
}
"""The table's words for the ids `--json` keeps (a phase is named by its exercise's label)."""


def render_table(timeline: Timeline) -> str:
    plan = timeline.plan
    # A whole session's table says which exercise and which side each segment belongs to.
    exercises = [load_exercise(b.exercise) for b in plan.blocks]
    names = [exercise.name for exercise in exercises]
    several = len(names) > 1
    sided = any(s.side is not None for s in timeline.segments)
    lines = [
        # A name from a plan file may hold terminal escapes: shown as text, never run.
        f"{printable(shown_name(plan.name))}: {plan.describe()}",
        translate("PlanCommand", "  one rep: {tempo}").format(tempo=tempo_words(plan)),
        translate(
            "PlanCommand",
            "  total {total}, {tension} under tension, {segments} segments, {cues} cues "
            "({mode} mode)",
        ).format(
            total=clock_text(timeline.total_s),
            tension=clock_text(timeline.time_under_tension_ms() / 1000),
            segments=len(timeline.segments),
            cues=len(timeline.cues),
            mode=translate("PlanCommand", MODE_WORDS[plan.cues.mode]),
        ),
        "",
    ]
    phases = [exercises[s.block].phases[s.phase].label for s in timeline.segments]
    breaths = [
        translate("PlanCommand", BREATH_WORDS[s.breath]) if s.breath else "·"
        for s in timeline.segments
    ]
    phase_width = max(len(word) for word in [translate("PlanCommand", "phase"), *phases])
    set_w, rep_w = (max(4, len(translate("PlanCommand", word))) for word in ("set", "rep"))
    breath_width = max(len(word) for word in [translate("PlanCommand", "breath"), *breaths])
    lines.append(_segment_heading(sided, several, phase_width, breath_width))
    lines[-1] = lines[-1].rstrip()
    segments = timeline.segments
    for index, s in enumerate(segments):
        rep = "·" if s.rep is None else str(s.rep)
        line = (
            f"{clock_text(s.start_s):>8} {s.duration_s:>6.1f}s {s.set:>{set_w}} {rep:>{rep_w}}  "
            f"{phases[index]:<{phase_width}} {breaths[index]:<{breath_width}}"
        )
        if sided:
            side = translate("PlanCommand", SIDE_WORDS[s.side]) if s.side else "·"
            line += f" {side:<5}"
        if several:
            following = segments[index + 1].block if index + 1 < len(segments) else s.block
            # The rest between two exercises: the lifter sets up for the next one.
            line += f" {names[s.block]}" if following == s.block else f" → {names[following]}"
        lines.append(line.rstrip())
    lines += [
        "",
        translate(
            "PlanCommand",
            "Cues, in words fitted to {source} (another voice or rate may pick others)",
        ).format(source=SOURCE),
        _cue_heading(),
    ]
    for c in timeline.cues:
        words = c.text if c.text else _tone_words(c.tone.name.lower() if c.tone else "")
        lines.append(f"{clock_text(c.at_s):>8}  {c.id:<18} {words}")
    if plan.advance_when_ready and timeline.reminders:
        reminder = timeline.reminders[0]
        said = reminder.text or translate("PlanCommand", "a beep")
        lines += [
            "",
            translate(
                "PlanCommand",
                "Each rest waits for Ready before its count-in; {seconds} s into a wait the "
                "coach says once: {words}. `run --headless` has no Ready key: its rests end on "
                "time and say the timed wording.",
            ).format(seconds=number_text(READY_REMINDER_AFTER_S), words=said),
        ]
    return "\n".join(lines)


def _segment_heading(sided: bool, several: bool, phase_width: int, breath_width: int) -> str:
    """The segment table's column names, the phase's and breath's columns as wide as their
    widest word (at least as the names)."""
    start, length = translate("PlanCommand", "start"), translate("PlanCommand", "length")
    set_, rep = translate("PlanCommand", "set"), translate("PlanCommand", "rep")
    phase, breath = translate("PlanCommand", "phase"), translate("PlanCommand", "breath")
    heading = (
        f"{start:>8} {length:>7} {set_:>{max(4, len(set_))}} {rep:>{max(4, len(rep))}}  "
        f"{phase:<{phase_width}} {breath:<{breath_width}}"
    )
    if sided:
        side = translate("PlanCommand", "side")
        heading += f" {side:<5}"
    if several:
        heading += " " + translate("PlanCommand", "exercise")
    return heading


def _cue_heading() -> str:
    at, id_ = translate("PlanCommand", "at"), translate("PlanCommand", "id")
    return f"{at:>8}  {id_:<18} " + translate("PlanCommand", "words")


def _tone_words(tone: str) -> str:
    """ "(beep tone)": a cue without words, by its tone's name (an id, not translated)."""
    if not tone:
        return translate("PlanCommand", "(tone tone)")
    return translate("PlanCommand", "({tone} tone)").format(tone=tone)
