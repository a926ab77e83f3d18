"""CSV in and out of the training log: Strong's export format out, Strong or Hevy exports in.

Export writes Strong's columns exactly (Date, Workout Name, Duration, Exercise Name, Set
Order, Weight, Reps, Distance, Seconds, Notes, Workout Notes, RPE), so tools that read a
Strong export read ours. Time under tension goes in Seconds (Strong's time of a set).

Import reads a Strong export (this 12-column format, or the older one with Weight Unit and
semicolons) or a Hevy export (weight_kg or weight_lbs), keeps the hip thrust and glute bridge
rows, and reports each bad row by its line number. The good rows go in as one transaction: a
failed import leaves the log as it was. A workout already in the log (same start and name)
is not added twice.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final, Literal, TextIO

from thrusttimer.store.log import (
    RPE_HIGH,
    RPE_LOW,
    LoggedSession,
    TrainingLog,
    Unit,
    from_kg,
    to_kg,
)

STRONG_COLUMNS: Final = (
    "Date",
    "Workout Name",
    "Duration",
    "Exercise Name",
    "Set Order",
    "Weight",
    "Reps",
    "Distance",
    "Seconds",
    "Notes",
    "Workout Notes",
    "RPE",
)
HEVY_REQUIRED: Final = ("title", "start_time", "exercise_title", "set_type", "reps")
KEPT_EXERCISES: Final = ("hip thrust", "glute bridge")
"""Rows whose exercise name contains one of these (any case, any dashes) are imported."""

STRONG_KIND_LETTERS: Final = {"W": "warmup", "D": "drop", "F": "failure"}
HEVY_KINDS: Final = {
    "normal": "normal",
    "warmup": "warmup",
    "failure": "failure",
    "dropset": "drop",
}
_MONTHS: Final = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}

Format = Literal["strong", "hevy"]


class ImportFailed(Exception):
    """Nothing was imported: the file could not be read or the log could not be written."""


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class ImportReport:
    format: Format
    sessions_added: int = 0
    sets_added: int = 0
    sessions_already_there: int = 0
    other_exercise_rows: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{_count(self.sets_added, 'set')} in {_count(self.sessions_added, 'session')} "
            f"imported from a {self.format.capitalize()} export"
        ]
        if self.sessions_already_there:
            parts.append(f"{_count(self.sessions_already_there, 'session')} already in the log")
        if self.other_exercise_rows:
            parts.append(f"{_count(self.other_exercise_rows, 'row')} of other exercises left out")
        if self.bad_rows:
            parts.append(f"{_count(len(self.bad_rows), 'bad row')} skipped")
        return "; ".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# Export -------------------------------------------------------------------------------


def export_strong(sessions: Iterable[LoggedSession], out: TextIO, unit: Unit = "kg") -> int:
    """Write `sessions` as a Strong CSV to `out` with weights in `unit`; return the rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(STRONG_COLUMNS)
    rows = 0
    for session in sessions:
        duration = "" if session.duration_s is None else format_duration(session.duration_s)
        for logged in session.sets:
            order = (
                str(logged.set_number)
                if logged.kind == "normal"
                else {v: k for k, v in STRONG_KIND_LETTERS.items()}.get(logged.kind, "1")
            )
            writer.writerow(
                (
                    session.started_at.strftime("%Y-%m-%d %H:%M:%S"),
                    session.name,
                    duration,
                    logged.exercise,
                    order,
                    _number(from_kg(logged.load_kg, unit)),
                    logged.reps,
                    0,
                    round(logged.tut_s) if logged.tut_s else 0,
                    logged.note,
                    session.notes,
                    "" if logged.rpe is None else _number(logged.rpe),
                )
            )
            rows += 1
    return rows


def format_duration(seconds: float) -> str:
    """Strong's duration text: "1h 5m", "45m"."""
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes}m" if hours else f"{minutes}m"


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


# Import -------------------------------------------------------------------------------


@dataclass
class _Workout:
    name: str
    started_at: datetime
    ended_at: datetime | None
    notes: str
    sets: list[_Set] = field(default_factory=list)


@dataclass(frozen=True)
class _Set:
    exercise: str
    kind: str
    load_kg: float
    reps: int
    rpe: float | None
    tut_s: float | None
    note: str
    unit: Unit


class _RowError(Exception):
    pass


def import_csv(path: str | Path, log: TrainingLog, strong_unit: Unit = "kg") -> ImportReport:
    """Import a Strong or Hevy export into `log` (one transaction).

    `strong_unit` is the unit of Strong's Weight column (Strong does not write it). Raises
    ImportFailed when nothing could be imported; bad rows are in the report.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ImportFailed(f"cannot read {str(path)!r}: {reason}") from None
    return import_text(text, log, strong_unit)


def import_text(text: str, log: TrainingLog, strong_unit: Unit = "kg") -> ImportReport:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise ImportFailed("the file is empty") from None
    except csv.Error as error:
        raise ImportFailed(f"line 1: {error}") from None
    kind = detect_format(header)
    report = ImportReport(kind)
    workouts: dict[tuple[str, str], _Workout] = {}
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            report.bad_rows.append(BadRow(start, f"not readable as CSV ({error})"))
            break
        line = reader.line_num
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            report.bad_rows.append(
                BadRow(start, f"has {len(row)} fields, the header has {len(header)}")
            )
            continue
        cells = dict(zip(header, (cell.strip() for cell in row), strict=True))
        try:
            if kind == "strong":
                _read_strong(cells, workouts, report, strong_unit)
            else:
                _read_hevy(cells, workouts, report)
        except _RowError as error:
            report.bad_rows.append(BadRow(start, str(error)))
    _store(workouts.values(), log, report, source=kind)
    return report


def detect_format(header: Sequence[str]) -> Format:
    names = set(header)
    if {"Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Reps"} <= names:
        return "strong"
    if set(HEVY_REQUIRED) <= names and ({"weight_kg", "weight_lbs"} & names):
        return "hevy"
    shown = ",".join(header)[:80]
    raise ImportFailed(
        f"not a Strong or Hevy export: the first line is {shown!r}; expected Strong's "
        f"{','.join(STRONG_COLUMNS[:5])},... or Hevy's title,start_time,...,weight_kg,reps,..."
    )


def kept(exercise: str) -> bool:
    words = re.sub(r"[-_\s]+", " ", exercise.lower())
    return any(name in words for name in KEPT_EXERCISES)


def _read_strong(
    cells: dict[str, str],
    workouts: dict[tuple[str, str], _Workout],
    report: ImportReport,
    default_unit: Unit,
) -> None:
    order = cells["Set Order"]
    if order.lower().replace(" ", "") == "resttimer":
        return  # Strong's rest-timer rows are not sets.
    if not kept(cells["Exercise Name"]):
        report.other_exercise_rows += 1
        return
    started = _strong_date(cells["Date"])
    unit = _unit(cells.get("Weight Unit", ""), default_unit)
    if order.upper() in STRONG_KIND_LETTERS:
        kind = STRONG_KIND_LETTERS[order.upper()]
    elif order.isdigit():
        kind = "normal"
    else:
        raise _RowError(f"Set Order: {order!r} is not a set number or W, D, F")
    duration = _strong_duration(cells.get("Duration", ""))
    workout = _workout(
        workouts,
        cells["Workout Name"] or "Workout",
        started,
        None if duration is None else started + timedelta(seconds=duration),
        cells.get("Workout Notes", ""),
    )
    seconds = _float("Seconds", cells.get("Seconds", ""), allow_empty=True)
    workout.sets.append(
        _Set(
            exercise=cells["Exercise Name"],
            kind=kind,
            load_kg=to_kg(_float("Weight", cells["Weight"], allow_empty=True) or 0.0, unit),
            reps=_reps("Reps", cells["Reps"]),
            rpe=_rpe("RPE", cells.get("RPE", "")),
            tut_s=seconds or None,
            note=cells.get("Notes", ""),
            unit=unit,
        )
    )


def _read_hevy(
    cells: dict[str, str], workouts: dict[tuple[str, str], _Workout], report: ImportReport
) -> None:
    if not kept(cells["exercise_title"]):
        report.other_exercise_rows += 1
        return
    started = _hevy_date("start_time", cells["start_time"])
    ended = _hevy_date("end_time", cells["end_time"]) if cells.get("end_time") else None
    set_type = cells["set_type"].lower() or "normal"
    if set_type not in HEVY_KINDS:
        raise _RowError(f"set_type: {set_type!r} is not one of {', '.join(HEVY_KINDS)}")
    unit: Unit = "kg" if "weight_kg" in cells else "lb"
    weight = cells["weight_kg"] if unit == "kg" else cells["weight_lbs"]
    label = "weight_kg" if unit == "kg" else "weight_lbs"
    workout = _workout(
        workouts, cells["title"] or "Workout", started, ended, cells.get("description", "")
    )
    seconds = _float("duration_seconds", cells.get("duration_seconds", ""), allow_empty=True)
    workout.sets.append(
        _Set(
            exercise=cells["exercise_title"],
            kind=HEVY_KINDS[set_type],
            load_kg=to_kg(_float(label, weight, allow_empty=True) or 0.0, unit),
            reps=_reps("reps", cells["reps"]),
            rpe=_rpe("rpe", cells.get("rpe", "")),
            tut_s=seconds or None,
            note=cells.get("exercise_notes", ""),
            unit=unit,
        )
    )


def _workout(
    workouts: dict[tuple[str, str], _Workout],
    name: str,
    started: datetime,
    ended: datetime | None,
    notes: str,
) -> _Workout:
    key = (name, started.isoformat())
    if key not in workouts:
        workouts[key] = _Workout(name, started, ended, notes)
    workout = workouts[key]
    if notes and not workout.notes:
        workout.notes = notes  # Strong repeats the workout's notes on some rows only.
    return workout


def _store(
    workouts: Iterable[_Workout], log: TrainingLog, report: ImportReport, source: str
) -> None:
    sessions = sets = already = 0
    try:
        with log.transaction():
            for workout in sorted(workouts, key=lambda w: w.started_at):
                if log.has_session(workout.started_at, workout.name):
                    already += 1
                    continue
                session_id = log.start_session(
                    workout.name,
                    workout.started_at,
                    ended_at=workout.ended_at,
                    notes=workout.notes,
                    source=source,
                )
                sessions += 1
                # Strong numbers the work sets of each exercise 1, 2, 3…; a warm-up, drop or
                # failure set takes the number of the work set it comes before.
                done: dict[str, int] = {}
                for item in workout.sets:
                    number = done.get(item.exercise, 0) + 1
                    if item.kind == "normal":
                        done[item.exercise] = number
                    log.add_set(
                        session_id,
                        number,
                        exercise=item.exercise,
                        load_kg=item.load_kg,
                        reps=item.reps,
                        ended_at=workout.ended_at or workout.started_at,
                        tut_s=item.tut_s,
                        rpe=item.rpe,
                        note=item.note,
                        unit=item.unit,
                        kind=item.kind,
                    )
                    sets += 1
    except (sqlite3.Error, ValueError) as error:
        raise ImportFailed(
            f"the training log could not be written, nothing imported: {error}"
        ) from error
    report.sessions_added += sessions
    report.sets_added += sets
    report.sessions_already_there += already


# Field readers --------------------------------------------------------------------------


def _strong_date(text: str) -> datetime:
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).astimezone()
        except ValueError:
            continue
    raise _RowError(f"Date: {text!r} is not a date like 2026-11-25 18:30:00")


_HEVY_DATE = re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?$")


def _hevy_date(name: str, text: str) -> datetime:
    # Month names are matched by hand: strptime's %b follows the locale, which Qt changes.
    match = _HEVY_DATE.match(text)
    if match and match.group(2).lower() in _MONTHS:
        day, month, year, hour, minute, second = match.groups()
        try:
            return datetime(
                int(year),
                _MONTHS[month.lower()],
                int(day),
                int(hour),
                int(minute),
                int(second or 0),
            ).astimezone()
        except ValueError:
            pass
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise _RowError(f"{name}: {text!r} is not a date like 25 Nov 2026, 18:30") from None
    return parsed.astimezone()


_DURATION = re.compile(r"^(?:(\d+)h)?\s*(?:(\d+)m(?:in)?)?\s*(?:(\d+)s)?$")


def _strong_duration(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(:\d{2}){1,2}", text):
        parts = [int(p) for p in text.split(":")]
        hours, minutes, seconds = ([*parts, 0] if len(parts) == 2 else parts)[:3]
        return float(hours * 3600 + minutes * 60 + seconds)
    if text.isdigit():
        return float(text)
    match = _DURATION.match(text)
    if not match or not any(match.groups()):
        raise _RowError(f"Duration: {text!r} is not a duration like 1h 5m")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return float(hours * 3600 + minutes * 60 + seconds)


def _float(name: str, text: str, allow_empty: bool = False) -> float | None:
    if not text:
        if allow_empty:
            return None
        raise _RowError(f"{name}: empty; allowed: a number, 0 or more")
    try:
        value = float(text)
    except ValueError:
        raise _RowError(f"{name}: {text!r} is not a number") from None
    if not value >= 0 or value == float("inf"):
        raise _RowError(f"{name}: {text} is not allowed; allowed: a number, 0 or more")
    return value


def _reps(name: str, text: str) -> int:
    value = _float(name, text)
    assert value is not None
    if not value.is_integer():
        raise _RowError(f"{name}: {text!r} is not a whole number of reps")
    return int(value)


def _rpe(name: str, text: str) -> float | None:
    value = _float(name, text, allow_empty=True)
    if value is None or value == 0:
        return None  # Strong writes 0 or nothing when no RPE was entered.
    if not (RPE_LOW <= value <= RPE_HIGH and (value * 2).is_integer()):
        raise _RowError(f"{name}: {text} is not allowed; allowed: 6 to 10 in half steps")
    return value


def _unit(text: str, default: Unit) -> Unit:
    lowered = text.strip().lower()
    if lowered in ("lb", "lbs"):
        return "lb"
    if lowered in ("kg", "kgs"):
        return "kg"
    return default
