"""`thrusttimer presets`: the built-in workouts and their parameters."""

from __future__ import annotations

import json
from collections.abc import Sequence

from thrusttimer.commands.options import Parser, parse
from thrusttimer.core.content import load_exercise
from thrusttimer.core.i18n import singular, translate
from thrusttimer.core.presets import DEFAULT_PRESET, PRESETS
from thrusttimer.core.timeline import compile_plan


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(
        prog=prog, description=translate("PresetsCommand", "List the built-in presets.")
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("PresetsCommand", "print the presets as plans in JSON"),
    )
    options = parse(parser, args)
    if options.json:
        print(json.dumps({k: p.plan.to_dict() for k, p in PRESETS.items()}, indent=2))
        return 0
    print(_heading())
    for key, item in PRESETS.items():
        plan = item.plan
        total = compile_plan(plan).total_s
        mark = "*" if key == DEFAULT_PRESET else " "
        blocks = plan.blocks
        first = (
            f"{plan.sets:>4} {plan.reps:>4} {plan.tempo!s:<9} {plan.rest_s:>5g}s"
            if len(blocks) == 1
            else f"{sum(b.sets for b in blocks):>4} {'':>4} {_blocks(len(blocks)):<9} "
            f"{plan.block_rest_s:>5g}s"
        )
        print(
            f"{key + mark:<16} {first} {plan.lead_in_s:>6g}s "
            f"{int(total // 60):>4}:{int(total % 60):02d}  "
            + _about(item.plan.name, item.description)
        )
        if len(blocks) > 1:
            for index, block in enumerate(blocks, 1):
                name = load_exercise(block.exercise).name
                if block.unilateral:
                    name = translate("PresetsCommand", "{exercise} each side").format(exercise=name)
                print(
                    f"  {index}. {'':<11} {block.sets:>4} {block.reps:>4} {block.tempo!s:<9} "
                    f"{block.rest_s:>5g}s {'':>7} {'':>7}  {name}"
                )
    print(
        translate(
            "PresetsCommand",
            "\n* the default. Tempo is E-P-C-P: down, bottom pause, up (X = explosive), top "
            "squeeze.\nA whole session's rest is the rest between its blocks (exercises); each "
            "block has its own below it.",
        )
    )
    return 0


def _heading() -> str:
    """The table's column names (the columns keep their widths)."""
    preset, sets = translate("PresetsCommand", "preset"), translate("PresetsCommand", "sets")
    reps, tempo = translate("PresetsCommand", "reps"), translate("PresetsCommand", "tempo")
    rest, lead_in = translate("PresetsCommand", "rest"), translate("PresetsCommand", "lead-in")
    total, about = translate("PresetsCommand", "total"), translate("PresetsCommand", "about")
    return f"{preset:<16} {sets:>4} {reps:>4} {tempo:<9} {rest:>6} {lead_in:>7} {total:>7}  {about}"


def _about(name: str, description: str) -> str:
    """A built-in preset's name and description, in the lifter's language (context
    "Presets", where core/presets.py marks them)."""
    return f"{translate('Presets', name)}: {translate('Presets', description)}"


def _blocks(count: int) -> str:
    if singular(count):
        return translate("PresetsCommand", "{count} block").format(count=count)
    return translate("PresetsCommand", "{count} blocks").format(count=count)
