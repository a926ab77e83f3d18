"""Reading JSON a user gave (a plan file, a presets file) with one-line errors and bounds."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from thrusttimer.core.errors import Described, ValidationError
from thrusttimer.core.i18n import translate

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
            Described(
                translate("Validation", "line {line} column {column}").format(
                    line=error.lineno, column=error.colno
                )
            ),
            translate("Validation", "a JSON {what}").format(what=what),
            error.msg,  # Python's own words: not translated
        ) from None
    except RecursionError:
        raise ValidationError(
            what,
            Described(translate("Validation", "JSON nested too deeply")),
            translate("Validation", "a JSON {what} nested a few levels at most").format(what=what),
        ) from None


def _bounded_int(digits: str) -> int:
    return int(_short_number(digits))


def _bounded_float(digits: str) -> float:
    return float(_short_number(digits))


def _short_number(digits: str) -> str:
    if len(digits) > MAX_DIGITS:
        raise ValidationError(
            "number",
            Described(
                translate("Validation", "a number {length} characters long").format(
                    length=len(digits)
                )
            ),
            translate("Validation", "numbers of at most {most} characters").format(most=MAX_DIGITS),
        )
    return digits


def reject_unknown(data: Mapping[str, Any], known: set[str], where: str) -> None:
    """Refuse a key of `data` not in `known`, naming the fields `where` takes."""
    for key in data:
        if key not in known:
            allowed = translate("Validation", "{where} fields: {fields}").format(
                where=where, fields=", ".join(sorted(known))
            )
            raise ValidationError(
                str(key), data[key], allowed, translate("Validation", "unknown field")
            )
