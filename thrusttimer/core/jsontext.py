"""Reading JSON a user gave (a plan file, a presets file) with one-line errors and bounds."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from thrusttimer.core.errors import Described, ValidationError

MAX_DIGITS: Final = 30
"""The longest number a plan's JSON may hold, in characters: far more than any field needs,
far less than Python refuses to convert (4300 digits)."""


def load_json(text: str, what: str) -> Any:
    """`text` decoded as JSON, or ValidationError naming `what` and where it went wrong.

    Deep nesting and numbers of thousands of digits are refused here rather than raising
    RecursionError or Python's own int-conversion ValueError.
    """
    try:
        return json.loads(text, parse_int=_bounded_int, parse_float=_bounded_float)
    except json.JSONDecodeError as error:
        raise ValidationError(
            what,
            Described(f"line {error.lineno} column {error.colno}"),
            f"a JSON {what}",
            error.msg,
        ) from None
    except RecursionError:
        raise ValidationError(
            what, Described("JSON nested too deeply"), f"a JSON {what} nested a few levels at most"
        ) from None


def _bounded_int(digits: str) -> int:
    return int(_short_number(digits))


def _bounded_float(digits: str) -> float:
    return float(_short_number(digits))


def _short_number(digits: str) -> str:
    if len(digits) > MAX_DIGITS:
        raise ValidationError(
            "number",
            Described(f"a number {len(digits)} characters long"),
            f"numbers of at most {MAX_DIGITS} characters",
        )
    return digits


def reject_unknown(data: Mapping[str, Any], known: set[str], where: str) -> None:
    """Refuse a key of `data` not in `known`, naming the fields `where` takes."""
    for key in data:
        if key not in known:
            raise ValidationError(
                str(key), data[key], f"{where} fields: {', '.join(sorted(known))}", "unknown field"
            )
