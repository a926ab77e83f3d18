"""Text cells a spreadsheet would run as a formula, made inert on export and restored on import.

A name or note such as ``=HYPERLINK(...)``, ``+cmd|...`` or ``@SUM(...)`` opened in a
spreadsheet would run. Following OWASP's rule for CSV injection, a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading single quote; a cell
that is a plain number (``-5``, ``+2.5``) stays a number. So that our own import can undo
the quote without ever losing a quote the lifter typed, a cell whose quotes are followed by
one of those characters (``'=x``) gets one more quote too: `unguard(guard(text)) == text`
for every text.
"""

from __future__ import annotations

import re
from typing import Final

TRIGGERS: Final = frozenset("=+-@\t\r")
"""What a spreadsheet reads as the start of a formula (OWASP's list)."""

_PLAIN_NUMBER: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _needs_quote(text: str) -> bool:
    return text.lstrip("'")[:1] in TRIGGERS and not _PLAIN_NUMBER.fullmatch(text)


def guard(text: str) -> str:
    """`text` as a cell no spreadsheet runs: a leading ``'`` when it would start a formula."""
    return "'" + text if _needs_quote(text) else text


def unguard(cell: str) -> str:
    """The text `guard` was given: its added quote taken off, anything else left as it is."""
    if cell.startswith("'") and _needs_quote(cell[1:]):
        return cell[1:]
    return cell
