"""The subcommands of `thrusttimer`, each a module with `main(args, prog) -> int`.

Modules are imported only when their command runs, so `thrusttimer plan` never loads Qt.
"""

from __future__ import annotations

COMMANDS = {
    "gui": "thrusttimer.commands.gui",
    "history": "thrusttimer.commands.history",
    "next": "thrusttimer.commands.next_session",
    "plan": "thrusttimer.commands.plan",
    "plates": "thrusttimer.commands.plates",
    "presets": "thrusttimer.commands.presets",
    "run": "thrusttimer.commands.run",
    "smoke-test": "thrusttimer.commands.smoke",
}


class UsageError(Exception):
    """Bad input on the command line: exit code 2 and this one-line message."""

    def __init__(self, message: str, prog: str = "thrusttimer") -> None:
        super().__init__(message)
        self.prog = prog
