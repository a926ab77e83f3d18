"""`thrusttimer plan`: print what the engine will do, as a table or as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from thrusttimer.audio.lengths import SOURCE, spoken_length
from thrusttimer.commands.options import Parser, add_plan_arguments, parse, plan_from_args
from thrusttimer.core.content import load_exercise
from thrusttimer.core.session_queries import READY_REMINDER_AFTER_S
from thrusttimer.core.shown import printable
from thrusttimer.core.timeline import Timeline, compile_plan, tempo_words


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(prog=prog, description="Print the compiled timeline of a workout.")
    add_plan_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
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


def render_table(timeline: Timeline) -> str:
    plan = timeline.plan
    # A whole session's table says which exercise and which side each segment belongs to.
    names = [load_exercise(b.exercise).name for b in plan.blocks]
    several = len(names) > 1
    sided = any(s.side is not None for s in timeline.segments)
    lines = [
        # A name from a plan file may hold terminal escapes: shown as text, never run.
        f"{printable(plan.name)}: {plan.describe()}",
        f"  one rep: {tempo_words(plan)}",
        f"  total {clock_text(timeline.total_s)}, "
        f"{clock_text(timeline.time_under_tension_ms() / 1000)} under tension, "
        f"{len(timeline.segments)} segments, {len(timeline.cues)} cues ({plan.cues.mode} mode)",
        "",
        f"{'start':>8} {'length':>7} {'set':>4} {'rep':>4}  {'phase':<8} {'breath':<7}"
        + (f" {'side':<5}" if sided else "")
        + (" exercise" if several else ""),
    ]
    lines[-1] = lines[-1].rstrip()
    segments = timeline.segments
    for index, s in enumerate(segments):
        rep = "·" if s.rep is None else str(s.rep)
        breath = s.breath.value if s.breath else "·"
        line = (
            f"{clock_text(s.start_s):>8} {s.duration_s:>6.1f}s {s.set:>4} {rep:>4}  "
            f"{s.phase.value:<8} {breath:<7}"
        )
        if sided:
            line += f" {s.side or '·':<5}"
        if several:
            following = segments[index + 1].block if index + 1 < len(segments) else s.block
            # The rest between two exercises: the lifter sets up for the next one.
            line += f" {names[s.block]}" if following == s.block else f" → {names[following]}"
        lines.append(line.rstrip())
    lines += [
        "",
        f"Cues, in words fitted to {SOURCE} (another voice or rate may pick others)",
        f"{'at':>8}  {'id':<18} words",
    ]
    for c in timeline.cues:
        words = c.text if c.text else f"({c.tone.name.lower() if c.tone else 'tone'} tone)"
        lines.append(f"{clock_text(c.at_s):>8}  {c.id:<18} {words}")
    if plan.advance_when_ready and timeline.reminders:
        reminder = timeline.reminders[0]
        said = reminder.text or "a beep"
        lines += [
            "",
            f"Each rest waits for Ready before its count-in; {READY_REMINDER_AFTER_S:g} s into "
            f"a wait the coach says once: {said}. `run --headless` has no Ready key: its "
            "rests end on time and say the timed wording.",
        ]
    return "\n".join(lines)
