"""`thrusttimer next [--preset NAME] [--json]`: today's load and reps, and why.

The suggestion comes from the training log's sessions of the workout (the last one used,
or `--preset`: a built-in preset or one of yours, by name), its rep range and increment,
and the plates saved in the settings. Exit codes: 0 done; 1 the log could not be read;
2 bad options.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from thrusttimer.commands import UsageError
from thrusttimer.commands.loading import open_settings, saved_loading
from thrusttimer.commands.options import Parser, parse
from thrusttimer.core.content import load_exercise
from thrusttimer.core.errors import message
from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.progression import Suggestion
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.loading.units import with_unit
from thrusttimer.core.loading.warmup import RampSet, WarmupScheme, ramp
from thrusttimer.core.loading.wording import loading_text, plates_text
from thrusttimer.core.plan import Plan, shown_name
from thrusttimer.core.presets import PRESETS
from thrusttimer.core.shown import printable
from thrusttimer.store.log import LogUnavailable, TrainingLog
from thrusttimer.store.log_progression import suggest_next, workout_history
from thrusttimer.store.log_records import LoggedSession
from thrusttimer.store.migrations import SchemaTooNew
from thrusttimer.store.presets import UserPresets
from thrusttimer.store.settings import Settings


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(
        prog=prog,
        description=translate(
            "NextCommand",
            "Suggest today's load and reps for a workout from its sessions in the "
            "training log: double progression within the workout's rep range.",
        ),
        epilog=translate(
            "NextCommand",
            "exit codes: 0 done; 1 the training log could not be read; 2 bad options",
        ),
    )
    parser.add_argument(
        "--preset",
        metavar="NAME",
        help=translate(
            "NextCommand",
            "a built-in preset ({presets}) or one of yours, by name "
            "(default: the workout used last)",
        ).format(presets=", ".join(PRESETS)),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("NextCommand", "print one JSON object")
    )
    options = parse(parser, args)
    settings = open_settings()
    plan = _plan(options.preset, settings, prog)
    inventory, scheme = saved_loading(settings)
    try:
        log = TrainingLog.open()
    except (SchemaTooNew, LogUnavailable) as error:
        print(f"{prog}: {printable(str(error))}", file=sys.stderr)
        return 1
    with log:
        if log.notice:
            print(log.notice, file=sys.stderr)
        sessions = log.sessions()
    suggestion = suggest_next(sessions, plan, inventory)
    warmup = () if suggestion.load is None else ramp(inventory, suggestion.load, scheme)
    # A whole session: each later block's exercise from its own sets in the log.
    later = [
        (index, suggest_next(sessions, plan, inventory, index))
        for index in range(1, len(plan.blocks))
    ]
    if options.json:
        count = len(workout_history(sessions, plan.name, inventory.unit))
        document = _document(plan, suggestion, warmup, count)
        if later:
            document["blocks"] = [
                _block_document(plan, index, found, sessions, inventory) for index, found in later
            ]
        print(json.dumps(document))
    else:
        print(render(plan, suggestion, warmup, inventory, scheme))
        for index, found in later:
            print(_block_text(plan, index, found))
    return 0


def _block_text(plan: Plan, index: int, suggestion: Suggestion) -> str:
    """ "2 · B-stance hip thrust (10 reps, +2.5 kg): …" and its plates, a later block's."""
    block = plan.blocks[index]
    rule = block.progression or Progression(block.reps, block.reps)
    lines = [
        "",
        translate("NextCommand", "{number} · {exercise} ({rule})").format(
            number=index + 1, exercise=load_exercise(block.exercise).name, rule=rule.describe()
        ),
        suggestion.reasoning,
    ]
    if suggestion.loading is not None:
        lines.append(_what(suggestion, loading_text(suggestion.loading)))
    return "\n".join(lines)


def _what(suggestion: Suggestion, loading: str) -> str:
    """ "Plates: …" on a bar; "Load: …" held (a plate or dumbbell on the hips, or bodyweight)."""
    if suggestion.loading is not None and suggestion.loading.held:
        return translate("NextCommand", "Load: {loading}").format(loading=loading)
    return translate("NextCommand", "Plates: {loading}").format(loading=loading)


def _block_document(
    plan: Plan,
    index: int,
    suggestion: Suggestion,
    sessions: Sequence[LoggedSession],
    inventory: Inventory,
) -> dict[str, Any]:
    block = plan.blocks[index]
    rule = block.progression or Progression(block.reps, block.reps)
    history = workout_history(sessions, plan.name, inventory.unit, block.exercise)
    return {
        "block": index + 1,
        "exercise": block.exercise,
        "progression": rule.to_dict(),
        "sessions": len(history),
        **suggestion.to_dict(),
        "plates": None if suggestion.loading is None else loading_text(suggestion.loading),
    }


def render(
    plan: Plan,
    suggestion: Suggestion,
    warmup: Sequence[RampSet],
    inventory: Inventory,
    scheme: WarmupScheme,
) -> str:
    """The suggestion as text: the workout and its rule, the reasoning, plates, warm-up."""
    lines = [
        f"{printable(shown_name(plan.name))} ({plan.progression_rule.describe()})",
        suggestion.reasoning,
    ]
    if suggestion.loading is not None:
        lines.append(_what(suggestion, loading_text(suggestion.loading)))
    if warmup:
        ramp_sets = ", ".join(f"{with_unit(s.load, inventory.unit)} × {s.reps}" for s in warmup)
        lines.append(
            translate("NextCommand", "Warm-up: {sets} ({scheme})").format(
                sets=ramp_sets, scheme=scheme.describe()
            )
        )
    return "\n".join(lines)


def _document(
    plan: Plan, suggestion: Suggestion, warmup: Sequence[RampSet], sessions: int
) -> dict[str, Any]:
    return {
        "workout": plan.name,
        "progression": plan.progression_rule.to_dict(),
        "sessions": sessions,
        **suggestion.to_dict(),
        "plates": None if suggestion.loading is None else loading_text(suggestion.loading),
        "warmup": [
            {
                "load": s.load,
                "reps": s.reps,
                "plates_per_side": list(s.loading.per_side),
                "plates": plates_text(s.loading.per_side),
            }
            for s in warmup
        ],
    }


def _plan(name: str | None, settings: Settings, prog: str) -> Plan:
    """The workout `--preset` names (a built-in id or name, or one of the user's), or the
    last one used."""
    if name is None:
        plan, problem = settings.load_last_plan()
        if problem:
            print(problem, file=sys.stderr)
        return plan
    if name in PRESETS:
        return PRESETS[name].plan
    for item in PRESETS.values():
        if item.plan.name.casefold() == name.casefold():
            return item.plan
    presets, notice = UserPresets.load()
    if notice:
        print(notice, file=sys.stderr)
    for plan in presets.plans:
        if plan.name.casefold() == name.casefold():
            return plan
    if presets.names:
        allowed = translate("NextCommand", "one of {presets}; or one of yours: {yours}").format(
            presets=", ".join(PRESETS), yours=", ".join(presets.names)
        )
    else:
        allowed = translate("NextCommand", "one of {presets}").format(presets=", ".join(PRESETS))
    problem = translate("NextCommand", "unknown preset")
    raise UsageError(message("--preset", name, allowed, problem), prog)
