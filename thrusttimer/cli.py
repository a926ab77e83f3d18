"""The `thrusttimer` command: the window by default, or a subcommand.

thrusttimer [plan options]          open the window on a workout
thrusttimer plan [plan options]     print the compiled timeline (--json for a machine)
thrusttimer presets                 list the built-in presets
thrusttimer history [--since D] [--csv F] [--import F]   the training log
thrusttimer next [--preset NAME] [--json]    today's load and reps, and why
thrusttimer plates LOAD [--unit kg|lb]       the plates on each side for a load
thrusttimer --version
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib import import_module

from thrusttimer import __version__
from thrusttimer.commands import COMMANDS, UsageError, language
from thrusttimer.core.i18n import translate
from thrusttimer.runtime.gc_pause import pause_collection

PROG = "thrusttimer"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        # First: the help, the errors and every line after them are in this language.
        language.install(language.chosen(args))
        if args and args[0] in ("--version", "-V"):
            print(f"{PROG} {__version__}")
            return 0
        if args and args[0] in ("-h", "--help", "help"):
            print(_usage())
            return 0
        first = language.without_option(args)[:1]
        name = first[0] if first and first[0] in COMMANDS else "gui"
        if name != "gui":
            args.remove(name)
        else:
            pause_collection()
            # Before the window's modules load: each module imported after PySide6 is
            # checked by it, slowly unless this quickens the check.
            from thrusttimer.runtime.feature_scan import quicken_feature_scan

            quicken_feature_scan()
        module = import_module(COMMANDS[name])
        code: int = module.main(args, prog=f"{PROG} {name}" if name != "gui" else PROG)
        _leave_if_audio_stuck(code)
        return code
    except UsageError as error:
        line = translate("Cli", "{prog}: error: {message}").format(prog=error.prog, message=error)
        print(line, file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`thrusttimer plan | head`): not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


def _leave_if_audio_stuck(code: int) -> None:
    """A frozen sound server can leave an audio thread that Qt cannot destroy: end now."""
    output = sys.modules.get("thrusttimer.audio.output.facade")
    if output is not None:
        output.exit_if_stuck(code)


def _usage() -> str:
    lines = [_commands(), "", translate("Cli", "Subcommands:")]
    lines += [f"  {name}" for name in COMMANDS if name != "gui"]
    lines.append("")
    lines.append(
        translate("Cli", "Run `{prog} SUBCOMMAND --help` for its options.").format(prog=PROG)
    )
    return "\n".join(lines)


def _commands() -> str:
    """The module's docstring, as the lifter reads it (`--help`)."""
    return translate(
        "Cli",
        "The `thrusttimer` command: the window by default, or a subcommand.\n"
        "\n"
        "thrusttimer [plan options]          open the window on a workout\n"
        "thrusttimer plan [plan options]     print the compiled timeline (--json for a machine)\n"
        "thrusttimer presets                 list the built-in presets\n"
        "thrusttimer history [--since D] [--csv F] [--import F]   the training log\n"
        "thrusttimer next [--preset NAME] [--json]    today's load and reps, and why\n"
        "thrusttimer plates LOAD [--unit kg|lb]       the plates on each side for a load\n"
        "thrusttimer --version",
    )
