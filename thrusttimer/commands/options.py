"""Plan options shared by every command that runs or shows a workout, with one-line errors."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from thrusttimer.commands import UsageError
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.plan import DEFAULT_PRESET, FIELDS, PRESETS, CueMode, Plan, preset

FLAGS = {
    "sets": "--sets",
    "reps": "--reps",
    "tempo": "--tempo",
    "rest_s": "--rest",
    "lead_in_s": "--lead-in",
    "preset": "--preset",
    "cue_mode": "--cue-mode",
}


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and raise instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message.replace("argument ", "", 1), self.prog)


def add_plan_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "workout", "Start from a preset or a plan file; each option given overrides it."
    )
    group.add_argument("--preset", metavar="NAME", help=f"one of: {', '.join(PRESETS)}")
    group.add_argument("--plan-file", metavar="FILE", help="a plan saved as JSON")
    for name, flag, meta in (
        ("sets", "--sets", "N"),
        ("reps", "--reps", "N"),
        ("rest_s", "--rest", "S"),
        ("lead_in_s", "--lead-in", "S"),
    ):
        spec = FIELDS[name]
        group.add_argument(flag, dest=name, metavar=meta, help=spec.allowed)
    group.add_argument(
        "--tempo",
        metavar="T",
        help="E-P-C-P: eccentric, bottom pause, concentric, top pause (3-1-X-1, 31X1, 2.5-0-1-1)",
    )
    group.add_argument(
        "--cue-mode", dest="cue_mode", metavar="MODE", help=", ".join(m.value for m in CueMode)
    )


def describe_error(error: ValidationError) -> str:
    """A one-line message naming the option, the value and the allowed range."""
    where = FLAGS.get(error.field, error.field)
    shown = repr(error.value) if isinstance(error.value, str) else str(error.value)
    detail = f" ({error.problem})" if error.problem else ""
    return f"{where}: {shown} is not allowed{detail}; allowed: {error.allowed}"


def plan_from_args(args: argparse.Namespace, prog: str, base: Plan | None = None) -> Plan:
    """The plan the options describe, or UsageError with a one-line message."""
    try:
        if args.preset is not None:
            plan = preset(args.preset)
        elif args.plan_file is not None:
            plan = read_plan_file(args.plan_file, prog)
        else:
            plan = base or preset(DEFAULT_PRESET)
        if args.preset is not None and args.plan_file is not None:
            raise UsageError("--preset and --plan-file: give one or the other", prog)
        changes: dict[str, Any] = {
            name: getattr(args, name)
            for name in ("sets", "reps", "tempo", "rest_s", "lead_in_s", "cue_mode")
            if getattr(args, name) is not None
        }
        if changes and args.preset is not None:
            changes["name"] = f"{plan.name} (modified)"[:60]
        return Plan.build(plan, **changes)
    except ValidationError as error:
        raise UsageError(describe_error(error), prog) from None


def read_plan_file(path: str, prog: str) -> Plan:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise UsageError(f"--plan-file: cannot read {path!r}: {reason}", prog) from None
    try:
        return Plan.from_json(text)
    except ValidationError as error:
        raise UsageError(f"--plan-file {path!r}: {describe_error(error)}", prog) from None


def parse(parser: Parser, args: Sequence[str]) -> argparse.Namespace:
    return parser.parse_args(list(args))
