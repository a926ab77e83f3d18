"""Strong's CSV format: written on export, read on import in each of its layouts.

Export writes Strong's columns exactly (Date, Workout Name, Duration, Exercise Name, Set
Order, Weight, Reps, Distance, Seconds, Notes, Workout Notes, RPE), so tools that read a
Strong export read ours. Each set goes out under its exercise's name (`exercise_names`,
Strong's own where Strong has the exercise), its work sets numbered per exercise as Strong
numbers them, and a one-sided set's side opens its note ("Left side"), which the import
reads back. Time under tension goes in Seconds (Strong's time of a set). Names
and notes a spreadsheet would run as a formula get a leading quote (`formula_guard`), which
our import takes off again.

Import reads that layout; the one with a Weight Unit column (semicolons); and the one that
starts with ``Workout #`` and names its unit in ``Weight (kg)`` or ``Weight (lbs)``, with
``Duration (sec)``. Rest-timer and note rows are not sets.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final, TextIO

from thrusttimer.core.i18n import translate
from thrusttimer.core.shown import shown_value
from thrusttimer.store import import_fields as fields
from thrusttimer.store.exercise_names import exercise_id, log_name
from thrusttimer.store.formula_guard import guard, unguard
from thrusttimer.store.import_fields import (
    ImportedRow,
    ImportedSet,
    RowError,
    Skip,
    UnknownExercise,
)
from thrusttimer.store.log import LoggedSession, Unit, from_kg

STRONG_COLUMNS: Final = (
    "Date",  # i18n: not shown
    "Workout Name",  # i18n: not shown
    "Duration",  # i18n: not shown
    "Exercise Name",  # i18n: not shown
    "Set Order",  # i18n: not shown
    "Weight",  # i18n: not shown
    "Reps",  # i18n: not shown
    "Distance",  # i18n: not shown
    "Seconds",  # i18n: not shown
    "Notes",  # i18n: not shown
    "Workout Notes",  # i18n: not shown
    "RPE",
)
KIND_LETTERS: Final = {"W": "warmup", "D": "drop", "F": "failure"}
_LETTER_OF_KIND: Final = {kind: letter for letter, kind in KIND_LETTERS.items()}
NOT_SETS: Final = ("resttimer", "note")
"""Set Order values of rows that are no set (spaces and case ignored)."""
WEIGHT_COLUMNS: Final[dict[str, Unit | None]] = {
    "Weight": None,
    "Weight (kg)": "kg",
    "Weight (kgs)": "kg",
    "Weight (lbs)": "lb",
    "Weight (lb)": "lb",
}
"""Strong's weight column in each layout, and the unit its name says (None: it does not)."""
DURATION_COLUMNS: Final = ("Duration", "Duration (sec)")  # i18n: not shown
REQUIRED: Final = ("Date", "Workout Name", "Exercise Name", "Set Order", "Reps")  # i18n: not shown


# Export -------------------------------------------------------------------------------


def export_strong(sessions: Iterable[LoggedSession], out: TextIO, unit: Unit = "kg") -> int:
    """Write `sessions` as a Strong CSV to `out` with weights in `unit`; return the rows."""
    # CRLF (RFC 4180): with "\n" alone, the csv module would leave a note's lone "\r" unquoted,
    # and every reader would break the row there.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(STRONG_COLUMNS)
    rows = 0
    for session in sessions:
        duration = "" if session.duration_s is None else format_duration(session.duration_s)
        # Strong numbers the work sets of each exercise 1, 2, 3… (a one-sided exercise's
        # left and right sets are rows of their own, so sets of their own).
        done: dict[str, int] = {}
        for logged in session.sets:
            found = exercise_id(logged.exercise)
            which = found or logged.exercise
            if logged.kind == "normal":
                done[which] = done.get(which, 0) + 1
                order = str(done[which])
            else:
                order = _LETTER_OF_KIND.get(logged.kind, "1")
            writer.writerow(
                (
                    session.started_at.strftime("%Y-%m-%d %H:%M:%S"),
                    guard(session.name),
                    duration,
                    # Our exercise under the name Strong knows it by, whatever name an
                    # older version logged it under.
                    guard(logged.exercise if found is None else log_name(found)),
                    order,
                    # A load not logged goes out as an empty weight, never as 0.
                    "" if logged.load_kg is None else _number(from_kg(logged.load_kg, unit)),
                    logged.reps,
                    0,
                    round(logged.tut_s) if logged.tut_s else 0,
                    guard(_note_with_side(logged.note, logged.side)),
                    guard(session.notes),
                    "" if logged.rpe is None else _number(logged.rpe),
                )
            )
            rows += 1
    return rows


def _note_with_side(note: str, side: str | None) -> str:
    """Strong has no side column: a one-sided set's side opens its note ("Left side")."""
    if side is None:
        return note
    said = f"{side.capitalize()} side"  # i18n: not shown
    return f"{said} · {note}" if note else said


def format_duration(seconds: float) -> str:
    """Strong's duration text: "1h 5m", "45m"."""
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes}m" if hours else f"{minutes}m"


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


# Import -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StrongLayout:
    """Which of Strong's columns this file has, found from its header."""

    weight: str
    unit: Unit | None
    """The unit the weight column's name gives; None: the Weight Unit column or the default."""
    duration: str | None
    decimal_comma: bool
    encoding: str

    @classmethod
    def of(cls, header: Sequence[str], delimiter: str, encoding: str) -> StrongLayout | None:
        names = set(header)
        weights = [name for name in WEIGHT_COLUMNS if name in names]
        if not set(REQUIRED) <= names or not weights:
            return None
        durations = [name for name in DURATION_COLUMNS if name in names]
        return cls(
            weight=weights[0],
            unit=WEIGHT_COLUMNS[weights[0]],
            duration=durations[0] if durations else None,
            decimal_comma=delimiter == ";",
            encoding=encoding,
        )

    def read(
        self, cells: dict[str, str], default_unit: Unit
    ) -> ImportedRow | Skip | UnknownExercise:
        """The set in one row, or why it is left out; RowError when a cell is bad."""
        order = cells["Set Order"].strip()
        if "".join(order.lower().split()) in NOT_SETS:
            return Skip.NOT_A_SET
        exercise = fields.exercise(
            "Exercise Name",  # i18n: not shown
            unguard(cells["Exercise Name"]),
        )
        if isinstance(exercise, UnknownExercise):
            return exercise
        fields.check_bytes(cells, self.encoding)
        side, note = fields.side_and_note(
            exercise,
            fields.text(
                "Notes",  # i18n: not shown
                unguard(cells.get("Notes", "")),
                fields.NOTE_MAX,
            ),
        )
        started = fields.strong_date("Date", cells["Date"])  # i18n: not shown
        unit = self.unit or _unit(cells.get("Weight Unit", ""), default_unit)
        if order.upper() in KIND_LETTERS:
            kind = KIND_LETTERS[order.upper()]
        elif order.isascii() and order.isdigit():
            kind = "normal"
        else:
            raise RowError(
                "Set Order",  # i18n: not shown
                translate("ImportRow", "{value} is not a set number or {letters}").format(
                    value=shown_value(order), letters=", ".join(KIND_LETTERS)
                ),
            )
        comma = self.decimal_comma
        seconds = (
            None if self.duration is None else fields.duration(self.duration, cells[self.duration])
        )
        name = unguard(cells["Workout Name"])
        return ImportedRow(
            # "Workout": the name a workout without one is logged under (data, as in Hevy's).
            workout=fields.text(
                "Workout Name",  # i18n: not shown
                name,
                fields.NAME_MAX,
            )
            or "Workout",  # i18n: not shown
            started_at=started,
            ended_at=fields.ended(started, seconds),
            workout_notes=fields.text(
                "Workout Notes",  # i18n: not shown
                unguard(cells.get("Workout Notes", "")),
                fields.NOTE_MAX,
            ),
            set=ImportedSet(
                exercise=log_name(exercise),
                kind=kind,
                load_kg=fields.load_kg(self.weight, cells[self.weight], unit, decimal_comma=comma),
                reps=fields.reps("Reps", cells["Reps"], decimal_comma=comma),  # i18n: not shown
                rpe=fields.rpe("RPE", cells.get("RPE", ""), decimal_comma=comma),
                tut_s=fields.set_seconds(
                    "Seconds",  # i18n: not shown
                    cells.get("Seconds", ""),
                    decimal_comma=comma,
                ),
                note=note,
                unit=unit,
                side=side,
            ),
        )


def _unit(text: str, default: Unit) -> Unit:
    lowered = text.strip().lower()
    if lowered in ("lb", "lbs"):
        return "lb"
    if lowered in ("kg", "kgs"):
        return "kg"
    return default
