"""argparse's own words in the command's language: "usage:", "options:", -h's help, its errors.

argparse writes them in English (through gettext, for which no catalogue is installed); the
rest of a command's help and errors are ours, already translated. Its help is translated
through its public hooks (a help formatter, a -h added by the parser), its errors by their
English wording as argparse makes it: `translated_error` reads each known one and says it
again from the catalogue, keeping what it names (options, values) as they were. An error
it does not know stays as argparse said it.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT: Final = "Argparse"  # i18n: not shown
HEADINGS: Final = {
    "options": QT_TRANSLATE_NOOP("Argparse", "options"),
    "positional arguments": QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
}
"""The sections argparse names itself (a command's own groups are translated already)."""

Reword = Callable[[re.Match[str]], str]


def _words(text: str) -> Callable[[re.Match[str]], str]:
    """A rewording that says `text` (marked where it is given) with the match's fields."""
    return lambda match: translate(CONTEXT, text).format(**match.groupdict())


ERRORS: Final[tuple[tuple[re.Pattern[str], Reword], ...]] = (
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        _words(QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: {names}")),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<arguments>.+)"),
        _words(QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: {arguments}")),
    ),
    (
        re.compile(r"(?P<option>\S+): expected one argument"),
        _words(QT_TRANSLATE_NOOP("Argparse", "{option}: expected one argument")),
    ),
    (
        re.compile(
            r"(?P<option>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"
        ),
        _words(
            QT_TRANSLATE_NOOP(
                "Argparse", "{option}: invalid choice: {value} (choose from {choices})"
            )
        ),
    ),
    (
        re.compile(r"(?P<option>\S+): invalid (?P<kind>\w+) value: (?P<value>.+)"),
        _words(QT_TRANSLATE_NOOP("Argparse", "{option}: {value} is not a valid {kind} value")),
    ),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
        _words(QT_TRANSLATE_NOOP("Argparse", "ambiguous option: {option} could match {matches}")),
    ),
    (
        re.compile(r"(?P<option>\S+): not allowed with argument (?P<other>.+)"),
        _words(QT_TRANSLATE_NOOP("Argparse", "{option}: not allowed with {other}")),
    ),
)
"""argparse's errors as Python 3.11-3.13 word them (after `Parser.error` has taken off the
leading "argument "), each with its rewording."""


def translated_error(message: str) -> str:
    """`message` (an argparse error, in English) in the command's language."""
    for pattern, reword in ERRORS:
        match = pattern.fullmatch(message)
        if match is not None:
            return reword(match)
    return message


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with its own words ("usage:", "options") translated."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("Argparse", "usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        if heading in HEADINGS:
            heading = translate("Argparse", HEADINGS[heading])
        super().start_section(heading)


def add_help(parser: argparse.ArgumentParser, flags: Sequence[str] = ("-h", "--help")) -> None:
    """-h/--help, said in the language (the parser is made with add_help=False)."""
    parser.add_argument(
        *flags, action="help", help=translate("Argparse", "show this help message and exit")
    )
