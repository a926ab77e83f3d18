"""`--language CODE`: the language of a command's output, and of the window.

Every command takes it (`options.Parser` adds it); `thrusttimer.cli` reads it before the
command builds its parser, so the help and the errors are in that language too. Without it,
a command speaks the system's language (the environment, as gettext reads it). The window
also has a language saved in its settings; `--language` wins over it for that run.

A command loads no Qt: its texts come from the .ts catalogue (`core.ts_catalog`), read at
the first text that needs translating, so a command that prints nothing translated never
reads it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from thrusttimer.commands import UsageError
from thrusttimer.core import i18n
from thrusttimer.core.language import ENGLISH, LANGUAGES, resolve, system_language

OPTION = "--language"


def requested(args: Sequence[str], prog: str = "thrusttimer") -> str | None:
    """The language `--language CODE` (or `--language=CODE`) in `args` asks for, or None."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == OPTION:
            if index + 1 >= len(args):
                raise UsageError(_unknown(None), prog)
            value = args[index + 1]
        elif arg.startswith(OPTION + "="):
            value = arg.split("=", 1)[1]
        else:
            continue
        code = resolve(value)
        if code is None:
            raise UsageError(_unknown(value), prog)
        return code
    return None


def without_option(args: Sequence[str]) -> list[str]:
    """`args` without `--language CODE`: to find the subcommand wherever the option is."""
    kept: list[str] = []
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
        elif arg == "--":
            return kept + list(args[index:])
        elif arg == OPTION:
            skip = True
        elif not arg.startswith(OPTION + "="):
            kept.append(arg)
    return kept


def add_option(parser: argparse.ArgumentParser) -> None:
    """`--language CODE` in a command's options (read already by `thrusttimer.cli`)."""
    parser.add_argument(
        OPTION,
        metavar="CODE",
        help=i18n.translate(
            "LanguageOption", "the language to use: {choices} (default: the system's)"
        ).format(choices=", ".join(LANGUAGES)),
    )


def _unknown(value: str | None) -> str:
    choices = ", ".join(LANGUAGES)
    if value is None:
        return i18n.translate(
            "LanguageOption", "--language: expected a language code: {choices}"
        ).format(choices=choices)
    return i18n.translate(
        "LanguageOption",
        "--language: '{value}' is not a language ThrustTimer speaks; choose {choices}",
    ).format(value=value, choices=choices)


def chosen(
    args: Sequence[str], prog: str = "thrusttimer", environ: Mapping[str, str] | None = None
) -> str:
    """The language a command run with `args` speaks: `--language`, else the system's."""
    return requested(args, prog) or system_language(os.environ if environ is None else environ)


def install(language: str) -> None:
    """Make every later translated text of this process `language`'s, read from its .ts at
    the first text that needs it."""
    if language == ENGLISH:
        i18n.uninstall()
        return
    loaded: list[i18n.Translator] = []

    def lookup(context: str, text: str, disambiguation: str | None = None) -> str:
        if not loaded:
            loaded.append(_catalogue(language))
        return loaded[0](context, text, disambiguation)

    i18n.install(lookup, language)


def _catalogue(language: str) -> i18n.Translator:
    from thrusttimer.core.ts_catalog import CatalogError, read_catalog, translator
    from thrusttimer.paths import catalogue_file

    try:
        return translator(read_catalog(catalogue_file(language)))
    except CatalogError as error:
        # A broken installation: say so once, and go on in English (the source texts).
        print(f"thrusttimer: {error}; the texts are in English", file=sys.stderr)  # i18n: not shown
        return translator({})
