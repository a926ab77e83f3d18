"""Checking the values of one stored row of the training log as it is read back: each
value that the row cannot do without raises `BadValue`, a damaged optional one is noted and
shown empty, text that is not UTF-8 is shown with U+FFFD (`RowChecker`)."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, number, translate
from thrusttimer.core.shown import shown_value
from thrusttimer.store.log_records import RPE_HIGH, RPE_LOW


class BadValue(Exception):
    """A value the row cannot do without is unusable: the row is left out."""


class RowChecker:
    """Checks one row's values; what it had to change is in `notes`.

    `field` is the English name of a value, marked where it is passed and translated here,
    where a message names it."""

    def __init__(self, where: str, lenient: bool = True) -> None:
        self.where = where
        self.lenient = lenient
        self.notes: list[str] = []

    def optional(self, read: Any, value: object, field: str, *limits: Any) -> Any:
        """`read(value, field, *limits)`, or None when the value is missing or damaged."""
        if value is None:
            return None
        try:
            return read(value, field, *limits)
        except BadValue as error:
            self.notes.append(
                translate("LogReading", "{problem}; it is shown empty").format(problem=error)
            )
            return None

    def text(self, value: object, field: str, default: str | None = None) -> str:
        lenient = self.lenient
        if isinstance(value, bytes):  # a blob where text belongs
            value, lenient = value.decode("utf-8", "surrogateescape"), True
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            if default is None:
                raise BadValue(
                    translate("LogReading", "the {field} is missing").format(field=_field(field))
                )
            self.notes.append(
                translate("LogReading", "the {field} is missing; it is shown as {value}").format(
                    field=_field(field), value=shown_value(default)
                )
            )
            return default
        if not lenient or _no_surrogates(value):
            return value
        self.notes.append(
            translate(
                "LogReading", "the {field} has bytes that are not text; they are shown as �"
            ).format(field=_field(field))
        )
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def integer(self, value: object, field: str, low: int) -> int:
        if type(value) is not int or value < low:
            raise BadValue(
                translate(
                    "LogReading", "the {field} {value} is not a whole number, {low} or more"
                ).format(field=_field(field), value=shown_value(value), low=low)
            )
        return value

    def number(self, value: object, field: str, low: float, high: float) -> float:
        if type(value) not in (int, float) or not low <= value < high:  # type: ignore[operator]
            raise BadValue(
                translate(
                    "LogReading", "the {field} {value} is not a number, {low} or more"
                ).format(field=_field(field), value=shown_value(value), low=number(low))
            )
        return float(value)  # type: ignore[arg-type]

    def load(self, value: object) -> float | None:
        """No load (NULL) is a load not logged; anything else must be a number, 0 or more."""
        return (
            None
            if value is None
            else self.number(value, QT_TRANSLATE_NOOP("LogReading", "load"), 0.0, math.inf)
        )

    def rpe(self, value: object, field: str) -> float:
        rpe = self.number(value, field, RPE_LOW, math.inf)
        if rpe > RPE_HIGH or not (rpe * 2).is_integer():
            raise BadValue(
                translate("LogReading", "the {field} {value} is not 6 to 10 in half steps").format(
                    field=_field(field), value=shown_value(value)
                )
            )
        return rpe

    def moment(self, value: object, field: str) -> datetime:
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            raise BadValue(
                translate(
                    "LogReading", "the {field} {value} is not a date and time with its offset"
                ).format(field=_field(field), value=shown_value(value))
            )
        return moment

    def choice(self, value: object, field: str, allowed: tuple[str, ...], default: str) -> Any:
        if value in allowed:
            return value
        self.notes.append(
            translate(
                "LogReading",
                "the {field} {value} is not one of {allowed}; it is shown as {default}",
            ).format(
                field=_field(field),
                value=shown_value(value),
                allowed=", ".join(allowed),
                default=default,
            )
        )
        return default


def _field(field: str) -> str:
    """A field's name (marked with `QT_TRANSLATE_NOOP` where it is passed), translated."""
    return translate("LogReading", field)


def _no_surrogates(text: str) -> bool:
    return not any("\ud800" <= char <= "\udfff" for char in text)
