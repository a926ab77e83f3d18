"""The cells of an imported row read one by one, each bounded to what a lifter could log.

Every reader returns a clean value or raises `RowError` naming the column, the value (cut
short and escaped) and the allowed range. Numbers are plain decimals (a decimal comma too,
in a semicolon file); loads, reps, seconds, durations and dates have upper bounds, so a
``1e300`` or a year 9999 is one bad row, never an overflow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Final

from thrusttimer.core.i18n import number as shown_number
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Side
from thrusttimer.core.shown import clipped, shown_value
from thrusttimer.store.csv_source import not_text
from thrusttimer.store.exercise_names import exercise_id, is_unilateral
from thrusttimer.store.log import RPE_HIGH, RPE_LOW, Unit, from_kg, to_kg

LOAD_MAX_KG: Final = 1000.0
REPS_MAX: Final = 1000
SET_SECONDS_MAX: Final = 3600.0
"""The longest set time (Strong's Seconds, Hevy's duration_seconds): an hour."""
DURATION_MAX_S: Final = 7 * 24 * 3600
"""The longest workout: a week (a timer left running), beyond that the row is bad."""
YEAR_FIRST: Final = 1980
YEAR_LAST: Final = 2099
NAME_MAX: Final = 200
"""The longest workout or exercise name, in characters."""
NOTE_MAX: Final = 10_000
"""The longest note, in characters."""
SHORT_CELL_MAX: Final = 40
"""A number, a date or a duration longer than this is not one (and is not parsed)."""
SIDE_NOTE: Final = re.compile(r"(left|right) side(?: · |$)", re.IGNORECASE)
"""How our export starts a one-sided set's note (Strong has no side column)."""


class RowError(Exception):
    """One row cannot be imported; the message names the column and the allowed range."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(
            translate("RowError", "{column}: {problem}").format(column=column, problem=problem)
        )


class Skip(Enum):
    """A row that is not a set to import, and not an error either."""

    # Strong's rest-timer and note rows
    NOT_A_SET = "not a set"  # i18n: not shown


@dataclass(frozen=True, slots=True)
class UnknownExercise:
    """A row of an exercise ThrustTimer does not know (`exercise_names`): skipped, and
    reported by its name and line."""

    name: str


@dataclass(frozen=True, slots=True)
class ImportedSet:
    exercise: str
    """The name the log keeps for the exercise (`exercise_names.log_name`), whatever the
    file called it."""
    kind: str
    load_kg: float | None
    """None: not logged (an empty weight)."""
    reps: int
    rpe: float | None
    tut_s: float | None
    note: str
    unit: Unit
    side: Side | None = None


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """A good row: the workout it belongs to and the set it records."""

    workout: str
    started_at: datetime
    ended_at: datetime | None
    workout_notes: str
    set: ImportedSet


def exercise(column: str, cell: str) -> str | UnknownExercise:
    """The id of our exercise that `cell` names (any of its names, `exercise_names`), or
    the name as an unknown exercise. An empty name is a bad row."""
    name = cell.strip()
    if not name:
        raise RowError(column, translate("ImportRow", "empty; allowed: the name of an exercise"))
    found = exercise_id(name)
    return UnknownExercise(name) if found is None else found


def side_and_note(exercise: str, note: str) -> tuple[Side | None, str]:
    """A one-sided exercise's side from the start of its note ("Left side · slow"), as our
    export writes it, and the note without it; any other note is kept whole."""
    match = SIDE_NOTE.match(note) if is_unilateral(exercise) else None
    if match is None:
        return None, note
    side: Side = "left" if match.group(1).lower() == "left" else "right"
    return side, note[match.end() :]


def check_bytes(cells: dict[str, str], encoding: str) -> None:
    """Refuse a row holding a byte that is not text in the file's encoding."""
    for column, cell in cells.items():
        problem = not_text(cell, encoding)
        if problem is not None:
            raise RowError(column, problem)


def text(column: str, cell: str, limit: int) -> str:
    if len(cell) > limit:
        raise RowError(
            column,
            translate("ImportRow", "{length} characters long; allowed: up to {limit}").format(
                length=len(cell), limit=limit
            ),
        )
    return cell


_NUMBER: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DECIMAL_COMMA: Final = re.compile(r"[+-]?[0-9]*,[0-9]+")


def number(column: str, cell: str, *, decimal_comma: bool = False) -> float | None:
    """A plain decimal number, 0 or more; None for an empty cell."""
    cell = cell.strip()
    if not cell:
        return None
    if decimal_comma and _DECIMAL_COMMA.fullmatch(cell):
        cell = cell.replace(",", ".")
    if len(cell) > SHORT_CELL_MAX or not _NUMBER.fullmatch(cell):
        raise RowError(
            column,
            translate("ImportRow", "{value} is not a number").format(value=shown_value(cell)),
        )
    return float(cell)


def _bounded(column: str, value: float | None, cell: str, high: float, allowed: str) -> None:
    if value is not None and not 0 <= value <= high:
        raise RowError(
            column,
            translate("ImportRow", "{value} is not allowed; allowed: {allowed}").format(
                value=clipped(cell.strip()), allowed=allowed
            ),
        )


def load_kg(column: str, cell: str, unit: Unit, *, decimal_comma: bool = False) -> float | None:
    """A load in `unit`, in kilograms, up to `LOAD_MAX_KG`; an empty cell is a load not
    logged (None: our export writes one so), never 0 kg."""
    value = number(column, cell, decimal_comma=decimal_comma)
    # The bound is in kilograms (with the 0.001 our export rounds to), so our own export of
    # a 1000 kg set in pounds (2204.623 lb) comes back in.
    high = from_kg(LOAD_MAX_KG + 0.001, unit)
    allowed = translate("ImportRow", "0 to {most} {unit}").format(
        most=shown_number(round(from_kg(LOAD_MAX_KG, unit), 1)), unit=unit
    )
    _bounded(column, value, cell, high, allowed)
    return None if value is None else to_kg(value, unit)


def reps(column: str, cell: str, *, decimal_comma: bool = False) -> int:
    value = number(column, cell, decimal_comma=decimal_comma)
    allowed = translate("ImportRow", "a whole number from 0 to {most}").format(most=REPS_MAX)
    if value is None:
        raise RowError(
            column, translate("ImportRow", "empty; allowed: {allowed}").format(allowed=allowed)
        )
    _bounded(column, value, cell, REPS_MAX, allowed)
    if not value.is_integer():
        raise RowError(
            column,
            translate("ImportRow", "{value} is not a whole number of reps").format(
                value=shown_value(cell.strip())
            ),
        )
    return int(value)


def rpe(column: str, cell: str, *, decimal_comma: bool = False) -> float | None:
    value = number(column, cell, decimal_comma=decimal_comma)
    if value is None or value == 0:
        return None  # Strong writes 0 or nothing when no RPE was entered.
    if not (RPE_LOW <= value <= RPE_HIGH and (value * 2).is_integer()):
        raise RowError(
            column,
            translate("ImportRow", "{value} is not allowed; allowed: 6 to 10 in half steps").format(
                value=clipped(cell.strip())
            ),
        )
    return value


def set_seconds(column: str, cell: str, *, decimal_comma: bool = False) -> float | None:
    """A set's time in seconds; None for empty or 0 (not timed)."""
    value = number(column, cell, decimal_comma=decimal_comma)
    allowed = translate("ImportRow", "0 to {most} seconds").format(
        most=shown_number(SET_SECONDS_MAX)
    )
    _bounded(column, value, cell, SET_SECONDS_MAX, allowed)
    return value or None


_STRONG_DATE_FORMATS: Final = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")


_TWELVE_HOUR: Final = re.compile(
    r"(\d{4})-(\d{2})-(\d{2}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp])\.?[Mm]\.?"
)
"""Strong's newer exports on a 12-hour phone: "2026-11-25 6:30:00 PM". Matched by hand, as
%p follows the locale, which Qt changes."""


def strong_date(column: str, cell: str) -> datetime:
    cell = cell.strip()
    if len(cell) <= SHORT_CELL_MAX:
        for pattern in _STRONG_DATE_FORMATS:
            try:
                return _moment(column, cell, datetime.strptime(cell, pattern))
            except ValueError:
                continue
        twelve = _TWELVE_HOUR.fullmatch(cell)
        if twelve:
            year, month, day, hour, minute, second, half = twelve.groups()
            if 1 <= int(hour) <= 12:
                hour24 = int(hour) % 12 + (12 if half.lower() == "p" else 0)
                try:
                    moment = datetime(
                        int(year), int(month), int(day), hour24, int(minute), int(second or 0)
                    )
                    return _moment(column, cell, moment)
                except ValueError:
                    pass
    raise RowError(
        column,
        translate("ImportRow", "{value} is not a date like {example}").format(
            value=shown_value(cell), example="2026-11-25 18:30:00"
        ),
    )


_MONTHS: Final = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_HEVY_DATE: Final = re.compile(
    r"(\d{1,2}) ([A-Za-z]{3})[a-z]{0,6} (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?"
)


def hevy_date(column: str, cell: str) -> datetime:
    # Month names are matched by hand: strptime's %b follows the locale, which Qt changes.
    cell = cell.strip()
    match = _HEVY_DATE.fullmatch(cell) if len(cell) <= SHORT_CELL_MAX else None
    if match and match.group(2).lower() in _MONTHS:
        day, month, year, hour, minute, second = match.groups()
        try:
            moment = datetime(
                int(year),
                _MONTHS[month.lower()],
                int(day),
                int(hour),
                int(minute),
                int(second or 0),
            )
            return _moment(column, cell, moment)
        except ValueError:
            pass
    if len(cell) <= SHORT_CELL_MAX:
        try:
            return _moment(column, cell, datetime.fromisoformat(cell))
        except ValueError:
            pass
    raise RowError(
        column,
        translate("ImportRow", "{value} is not a date like {example}").format(
            value=shown_value(cell),
            # How Hevy writes a date.
            example="25 Nov 2026, 18:30",  # i18n: not shown
        ),
    )


def _moment(column: str, cell: str, moment: datetime) -> datetime:
    """`moment` with the local UTC offset (if it has none), to the second, in the years allowed."""
    if not YEAR_FIRST <= moment.year <= YEAR_LAST:
        raise RowError(
            column,
            translate(
                "ImportRow", "{value} is not allowed; allowed: a date from {first} to {last}"
            ).format(value=shown_value(cell), first=YEAR_FIRST, last=YEAR_LAST),
        )
    return moment.replace(microsecond=0).astimezone()


_DURATION: Final = re.compile(r"(?:(\d+)h)? ?(?:(\d+)m(?:in)?)? ?(?:(\d+)s)?")
_CLOCK: Final = re.compile(r"\d+(:\d{2}){1,2}")


def duration(column: str, cell: str) -> float | None:
    """Strong's workout duration: "1h 5m", "45m", "1:05:00" or seconds; None when empty."""
    cell = cell.strip()
    if not cell:
        return None
    seconds: int | None = None
    if len(cell) <= SHORT_CELL_MAX:
        if _CLOCK.fullmatch(cell):
            parts = [int(p) for p in cell.split(":")]
            hours, minutes, secs = ([*parts, 0] if len(parts) == 2 else parts)[:3]
            seconds = hours * 3600 + minutes * 60 + secs
        elif cell.isascii() and cell.isdigit():
            seconds = int(cell)
        else:
            match = _DURATION.fullmatch(re.sub(r"\s+", " ", cell))
            if match and any(match.groups()):
                hours, minutes, secs = (int(g or 0) for g in match.groups())
                seconds = hours * 3600 + minutes * 60 + secs
    if seconds is None:
        raise RowError(
            column,
            translate("ImportRow", "{value} is not a duration like {example}").format(
                value=shown_value(cell),
                example="1h 5m",  # i18n: not shown
            ),
        )
    if seconds > DURATION_MAX_S:
        raise RowError(
            column,
            translate("ImportRow", "{value} is not allowed; allowed: up to {hours}h").format(
                value=shown_value(cell), hours=DURATION_MAX_S // 3600
            ),
        )
    return float(seconds)


def ended(started: datetime, seconds: float | None) -> datetime | None:
    return None if seconds is None else started + timedelta(seconds=seconds)
