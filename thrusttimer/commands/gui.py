"""`thrusttimer` with no subcommand: open the window on a workout."""

from __future__ import annotations

from collections.abc import Sequence

from thrusttimer.commands.options import Parser, add_plan_arguments, parse, plan_from_args


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(
        prog=prog,
        description="Open the ThrustTimer window. Subcommands: plan, presets (see --help).",
    )
    add_plan_arguments(parser)
    options = parse(parser, args)
    plan = plan_from_args(options, prog)
    from thrusttimer.gui.app import run_app

    return run_app(plan)
