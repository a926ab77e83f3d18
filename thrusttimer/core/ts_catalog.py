"""A translation catalogue read from Qt's .ts files, without Qt: for the command line and
the speech worker.

The window loads the compiled .qm through Qt (`gui/translation.py`); a command such as
`thrusttimer plan --language de` loads no Qt, nor does the speech worker's process, and
they read the same messages from the .ts source shipped beside the voice pack
(`thrusttimer.paths.catalogue_file`). Only finished translations count: an unfinished or
obsolete one reads as its English source, as Qt's lrelease would compile it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from thrusttimer.core.i18n import Translator

Key = tuple[str, str, str]
"""(context, source text, disambiguation comment; "" for none)."""

UNUSABLE: Final = frozenset({"unfinished", "obsolete", "vanished"})


class CatalogError(ValueError):
    """A .ts file that cannot be read; the message names the file and why."""


def read_catalog(path: Path) -> dict[Key, str]:
    """The finished translations of the .ts file at `path`, by (context, source, comment)."""
    try:
        root = ET.fromstring(path.read_bytes())
    except OSError as error:
        # i18n: not shown
        raise CatalogError(f"{path}: cannot be read ({error.strerror or error})") from None
    except ET.ParseError as error:
        # i18n: not shown
        raise CatalogError(f"{path}: not a Qt translation file ({error})") from None
    return parse_catalog(root, str(path))


def parse_catalog(root: ET.Element, source: str = "<ts>") -> dict[Key, str]:
    if root.tag != "TS":
        # i18n: not shown
        raise CatalogError(f"{source}: not a Qt translation file (its root is <{root.tag}>)")
    messages: dict[Key, str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = message.findtext("source")
            if text is None or translation is None or translation.get("type") in UNUSABLE:
                continue
            if translation.text:
                messages[(name, text, message.findtext("comment") or "")] = translation.text
    return messages


def translator(messages: Mapping[Key, str]) -> Translator:
    """`core.i18n`'s translator over `messages`: the English source where there is none."""

    def translate(context: str, text: str, disambiguation: str | None = None) -> str:
        return messages.get((context, text, disambiguation or ""), text)

    return translate
