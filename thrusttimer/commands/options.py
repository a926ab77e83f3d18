"""Plan options shared by every command that runs or shows a workout, with one-line errors."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from thrusttimer.commands import UsageError, argparse_words, language
from thrusttimer.core.errors import ValidationError, message
from thrusttimer.core.i18n import translate
from thrusttimer.core.plan import FIELDS, CueMode, Plan, modified_name
from thrusttimer.core.presets import DEFAULT_PRESET, PRESETS, preset
from thrusttimer.core.shown import shown_value

if TYPE_CHECKING:
    from thrusttimer.eventlog import EventLog

PATH_SHOWN = 120
"""How many characters of a path an error line shows."""

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
    """An ArgumentParser whose errors are one line and raise instead of exiting, with the
    `--language` every command takes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse_words.HelpFormatter)
        kwargs["add_help"] = False  # its own -h, in the language
        super().__init__(*args, **kwargs)
        argparse_words.add_help(self)
        language.add_option(self)

    def error(self, message: str) -> NoReturn:
        said = argparse_words.translated_error(message.replace("argument ", "", 1))
        raise UsageError(said, self.prog)


def add_plan_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        translate("PlanOptions", "workout"),
        translate(
            "PlanOptions", "Start from a preset or a plan file; each option given overrides it."
        ),
    )
    group.add_argument(
        "--preset",
        metavar="NAME",
        help=translate("PlanOptions", "one of: {presets}").format(presets=", ".join(PRESETS)),
    )
    group.add_argument(
        "--plan-file", metavar="FILE", help=translate("PlanOptions", "a plan saved as JSON")
    )
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
        help=translate(
            "PlanOptions",
            "E-P-C-P: eccentric, bottom pause, concentric, top pause (3-1-X-1, 31X1, 2.5-0-1-1)",
        ),
    )
    group.add_argument(
        "--cue-mode", dest="cue_mode", metavar="MODE", help=", ".join(m.value for m in CueMode)
    )


def describe_error(error: ValidationError) -> str:
    """A one-line message naming the option, the value and the allowed range."""
    where = FLAGS.get(error.field, error.field)
    return message(where, error.value, error.allowed, error.problem)


def plan_from_args(args: argparse.Namespace, prog: str, base: Plan | None = None) -> Plan:
    """The plan the options describe, or UsageError with a one-line message.

    Options that change the preset, plan file or `base` (the last workout) name the result
    "<its name> (modified)"; options that change nothing keep the name.
    """
    try:
        if args.preset is not None:
            plan = preset(args.preset)
        elif args.plan_file is not None:
            plan = read_plan_file(args.plan_file, prog)
        else:
            plan = base or preset(DEFAULT_PRESET)
        if args.preset is not None and args.plan_file is not None:
            raise UsageError(
                translate("PlanOptions", "{preset} and {plan_file}: give one or the other").format(
                    preset="--preset", plan_file="--plan-file"
                ),
                prog,
            )
        changes: dict[str, Any] = {
            name: getattr(args, name)
            for name in ("sets", "reps", "tempo", "rest_s", "lead_in_s", "cue_mode")
            if getattr(args, name) is not None
        }
        changed = Plan.build(plan, **changes)
        if changed == plan:
            return plan
        # Whatever it started from (a preset, the last workout, a plan file), the title,
        # the set-up dialog and the training log then say it is not that workout as saved.
        return replace(changed, name=modified_name(plan.name))
    except ValidationError as error:
        raise UsageError(describe_error(error), prog) from None


def read_plan_file(path: str, prog: str) -> Plan:
    """The plan in the JSON file at `path`; a FIFO, device, huge or bad file is a UsageError."""
    from thrusttimer.store.bounded_read import read_small_text

    try:
        text = read_small_text(path)
    except OSError as error:
        problem = translate("PlanOptions", "{flag}: cannot read {path}: {reason}")
        raise UsageError(
            problem.format(flag="--plan-file", path=_shown_path(path), reason=_reason(error)),
            prog,
        ) from None
    try:
        return Plan.from_json(text)
    except ValidationError as error:
        raise UsageError(
            translate("PlanOptions", "{flag} {path}: {problem}").format(
                flag="--plan-file", path=_shown_path(path), problem=describe_error(error)
            ),
            prog,
        ) from None


def open_event_log(path: str, prog: str) -> EventLog:
    """The `--event-log` file, opened for writing now, before any window or sound."""
    from thrusttimer.eventlog import EventLog

    try:
        return EventLog(path)
    except OSError as error:
        raise UsageError(_cannot_write("--event-log", _shown_path(path), error), prog) from None


def check_writable(path: Path, flag: str, prog: str) -> None:
    """Refuse now, with one line, a file the command could not write at its end.

    The file is opened for appending (created, and removed again, if it was not there): the
    one sure test, which permissions alone are not (root, read-only mounts, /proc).
    """
    shown = _shown_path(str(path))
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
        os.close(os.open(path, flags, 0o644))
    except OSError as error:
        raise UsageError(_cannot_write(flag, shown, error), prog) from None
    if not existed:
        path.unlink(missing_ok=True)


def _shown_path(path: str) -> str:
    """A path in an error line: escaped, and cut only when very long (it names the file)."""
    return shown_value(path, PATH_SHOWN)


def _cannot_write(flag: str, shown: str, error: OSError) -> str:
    problem = translate("PlanOptions", "{flag}: cannot write {path}: {reason}")
    return problem.format(flag=flag, path=shown, reason=_reason(error))


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def parse(parser: Parser, args: Sequence[str]) -> argparse.Namespace:
    return parser.parse_args(joined_values(parser, args))


def joined_values(parser: argparse.ArgumentParser, args: Sequence[str]) -> list[str]:
    """`args` with `--sets -inf` written `--sets=-inf`, so the value reaches validation.

    argparse takes a value that starts with "-" (other than a plain negative number) for an
    option and stops with "expected one argument"; the option's own check names its range
    instead. A following word that is an option of this command ("--reps", "-h") is left
    alone, so a forgotten value is still reported as one.
    """
    takes_value = {
        flag
        for action in parser._actions
        if action.option_strings and action.nargs is None and action.const is None
        for flag in action.option_strings
    }
    options = set(parser._option_string_actions)
    out: list[str] = []
    items = list(args)
    index = 0
    while index < len(items):
        item = items[index]
        if item == "--":
            out += items[index:]
            break
        following = items[index + 1] if index + 1 < len(items) else None
        if (
            _full_flag(item, options) in takes_value
            and following is not None
            and following.startswith("-")
            and not following.startswith("--")
            and following.split("=", 1)[0] not in options
        ):
            out.append(f"{item}={following}")
            index += 2
            continue
        out.append(item)
        index += 1
    return out


def _full_flag(item: str, options: set[str]) -> str:
    """`item`, or the one option it abbreviates (argparse accepts `--set` for `--sets`)."""
    if item in options or not item.startswith("--"):
        return item
    matches = [flag for flag in options if flag.startswith(item)]
    return matches[0] if len(matches) == 1 else item
