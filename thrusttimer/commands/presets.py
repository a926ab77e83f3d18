"""`thrusttimer presets`: the built-in workouts and their parameters."""

from __future__ import annotations

import json
from collections.abc import Sequence

from thrusttimer.commands.options import Parser, parse
from thrusttimer.core.content import load_exercise
from thrusttimer.core.presets import DEFAULT_PRESET, PRESETS
from thrusttimer.core.timeline import compile_plan


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(prog=prog, description="List the built-in presets.")
    parser.add_argument("--json", action="store_true", help="print the presets as plans in JSON")
    options = parse(parser, args)
    if options.json:
        print(json.dumps({k: p.plan.to_dict() for k, p in PRESETS.items()}, indent=2))
        return 0
    print(
        f"{'preset':<16} {'sets':>4} {'reps':>4} {'tempo':<9} {'rest':>6} {'lead-in':>7} "
        f"{'total':>7}  about"
    )
    for key, item in PRESETS.items():
        plan = item.plan
        total = compile_plan(plan).total_s
        mark = "*" if key == DEFAULT_PRESET else " "
        blocks = plan.blocks
        first = (
            f"{plan.sets:>4} {plan.reps:>4} {plan.tempo!s:<9} {plan.rest_s:>5g}s"
            if len(blocks) == 1
            else f"{sum(b.sets for b in blocks):>4} {'':>4} {f'{len(blocks)} blocks':<9} "
            f"{plan.block_rest_s:>5g}s"
        )
        print(
            f"{key + mark:<16} {first} {plan.lead_in_s:>6g}s "
            f"{int(total // 60):>4}:{int(total % 60):02d}  "
            f"{item.plan.name}: {item.description}"
        )
        if len(blocks) > 1:
            for number, block in enumerate(blocks, 1):
                each = " each side" if block.unilateral else ""
                print(
                    f"  {number}. {'':<11} {block.sets:>4} {block.reps:>4} {block.tempo!s:<9} "
                    f"{block.rest_s:>5g}s {'':>7} {'':>7}  "
                    f"{load_exercise(block.exercise).name}{each}"
                )
    print(
        "\n* the default. Tempo is E-P-C-P: down, bottom pause, up (X = explosive), top squeeze."
        "\nA whole session's rest is the rest between its blocks (exercises); each block has"
        " its own below it."
    )
    return 0
