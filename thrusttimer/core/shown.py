"""Text from files and the command line, made safe to show: escaped and cut short.

A name or note read from a file may hold terminal escape sequences, NULs, lone surrogates
or megabytes of text. Anything the app echoes back (an error line, a table cell, a title)
goes through `printable` (control characters and unencodable code points escaped, so a
terminal never runs them) and `clipped` (cut to a few dozen characters with an ellipsis).
"""

from __future__ import annotations

from typing import Final

from thrusttimer.core.i18n import translate

CLIP_AT: Final = 40
"""How many characters of a user's value an error line echoes."""


def printable(text: str) -> str:
    """`text` with every control character, NUL and lone surrogate written as an escape.

    Ordinary letters of any script are kept; ESC, BEL, DEL, C1 controls, line and paragraph
    separators and surrogates become ``\\x1b``, ``\\u2028``, ``\\udc80`` and the like.
    """
    out: list[str] = []
    for char in text:
        code = ord(char)
        if code < 0x20 or 0x7F <= code < 0xA0 or code in (0x2028, 0x2029):
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        elif 0xD800 <= code < 0xE000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def clipped(text: str, limit: int = CLIP_AT) -> str:
    """`text` made printable and cut to at most `limit` characters (plus an ellipsis)."""
    shown = printable(text[: limit + 1])
    if len(text) > limit or len(shown) > limit:
        return shown[:limit] + "…"
    return shown


def shown_value(value: object, limit: int = CLIP_AT) -> str:
    """How an error line shows a value: strings quoted, everything cut and escaped."""
    if isinstance(value, str):
        return f"'{clipped(value, limit)}'"
    try:
        text = str(value)
    except ValueError:  # an int too long to convert to text
        return translate("Validation", "a number too long to show")
    return clipped(text, limit)
