"""CSV in and out of the training log: Strong's format out, Strong or Hevy exports in.

Import reads a Strong export (any of its layouts, `strong_csv`) or a Hevy export
(`hevy_csv`) from a file read and decoded by `csv_source`, keeps the rows of ThrustTimer's
exercises (by any of their names, `exercise_names`, each kept under the name the log
writes), and reports each bad row by its line number. A row of an exercise ThrustTimer
does not know is skipped and reported too, one line per exercise name with its first
lines, so an export of a whole gym log does not bury the bad rows under its bench presses.
The good rows go in as one transaction: a failed import leaves the log as it was. A set
already in the log (same workout start and name, same exercise and side, kind, load, reps,
RPE, time and note) is not added twice (an exercise logged under an older name is the same
exercise), so a corrected file brings in just the rows that were bad before. A workout
none of whose rows could be imported leaves nothing behind.
"""

from __future__ import annotations

import math
import sqlite3
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Final

from thrusttimer.core.i18n import translate
from thrusttimer.core.shown import clipped
from thrusttimer.store.csv_source import (
    MAX_IMPORT_BYTES,
    FileRefused,
    ImportFailed,
    decode,
    not_text,
    read_import_file,
    shown_header,
    table,
)
from thrusttimer.store.exercise_names import exercise_id
from thrusttimer.store.hevy_csv import HevyLayout
from thrusttimer.store.import_fields import (
    ImportedRow,
    ImportedSet,
    RowError,
    Skip,
    UnknownExercise,
)
from thrusttimer.store.import_report import BadRow, ImportReport
from thrusttimer.store.log import LoggedSet, TrainingLog, Unit
from thrusttimer.store.strong_csv import (
    STRONG_COLUMNS,
    StrongLayout,
    export_strong,
    format_duration,
)

__all__ = [
    "MAX_IMPORT_BYTES",
    "STRONG_COLUMNS",
    "BadRow",
    "FileRefused",
    "ImportFailed",
    "ImportReport",
    "export_strong",
    "format_duration",
    "import_csv",
    "import_text",
]

LOAD_TOLERANCE_KG: Final = 0.01
NOT_LOGGED_BUCKET = -2
"""Where sets without a load are kept apart (-1 holds the non-finite, which bounds refuse)."""
"""Loads this close are the same set's load (an export in pounds rounds to 0.001 lb)."""


def import_csv(path: str | Path, log: TrainingLog, strong_unit: Unit = "kg") -> ImportReport:
    """Import a Strong or Hevy export into `log` (one transaction).

    `strong_unit` is the unit of Strong's Weight column when the file does not say it.
    Raises FileRefused for a path that is no regular file of at most `MAX_IMPORT_BYTES`,
    ImportFailed when nothing could be imported; bad rows are in the report.
    """
    decoded = decode(read_import_file(path))
    return import_text(decoded.text, log, strong_unit, decoded.encoding)


def import_text(
    text: str, log: TrainingLog, strong_unit: Unit = "kg", encoding: str = "UTF-8"
) -> ImportReport:
    """Import CSV `text`; `encoding` is the one it was read in (named in bad-byte reports)."""
    source = table(text.removeprefix("\ufeff"))
    header = source.header
    problem = not_text("".join(header), encoding)
    if problem is not None:
        raise ImportFailed(
            translate("Import", "line {line}: {problem}").format(line=1, problem=problem)
        )
    strong = StrongLayout.of(header, source.delimiter, encoding)
    hevy = None if strong else HevyLayout.of(header, encoding)
    if strong is None and hevy is None:
        raise ImportFailed(
            translate(
                "Import",
                "not a Strong or Hevy export: the first line is {header}; expected Strong's "
                "{strong},... or Hevy's {hevy}",
            ).format(
                header=shown_header(header, source.delimiter),
                strong=",".join(STRONG_COLUMNS[:5]),
                hevy="title,start_time,...,weight_kg,reps,...",  # i18n: not shown
            )
        )
    report = ImportReport("strong" if strong else "hevy")
    workouts: dict[tuple[str, datetime], _Workout] = {}
    for line in source.lines:
        if line.problem:
            report.bad(line.number, line.problem)
            continue
        if len(line.cells) != len(header):
            report.bad(
                line.number,
                translate("Import", "has {fields} fields, the header has {columns}").format(
                    fields=len(line.cells), columns=len(header)
                ),
            )
            continue
        cells = dict(zip(header, line.cells, strict=True))
        try:
            row = strong.read(cells, strong_unit) if strong else _read_hevy(hevy, cells)
        except RowError as error:
            report.bad(line.number, str(error))
            continue
        if isinstance(row, UnknownExercise):
            report.unknown_exercise(line.number, row.name)
        elif isinstance(row, ImportedRow):
            _workout(workouts, row).sets.append(row.set)
    _store(workouts.values(), log, report)
    return report


def _read_hevy(
    layout: HevyLayout | None, cells: dict[str, str]
) -> ImportedRow | Skip | UnknownExercise:
    assert layout is not None
    return layout.read(cells)


@dataclass
class _Workout:
    name: str
    started_at: datetime
    ended_at: datetime | None
    notes: str
    sets: list[ImportedSet] = field(default_factory=list)


def _workout(workouts: dict[tuple[str, datetime], _Workout], row: ImportedRow) -> _Workout:
    key = (row.workout, row.started_at)
    workout = workouts.get(key)
    if workout is None:
        workout = workouts[key] = _Workout(
            row.workout, row.started_at, row.ended_at, row.workout_notes
        )
    if row.workout_notes and not workout.notes:
        workout.notes = row.workout_notes  # Strong repeats the workout's notes on some rows only.
    if workout.ended_at is None:
        workout.ended_at = row.ended_at
    return workout


def _store(workouts: Iterable[_Workout], log: TrainingLog, report: ImportReport) -> None:
    added = completed = sets = already = 0
    try:
        with log.transaction():
            existing = {(s.name, s.started_at): s for s in log.sessions()}
            for workout in sorted(workouts, key=lambda w: w.started_at):
                numbered = _numbered(workout.sets)
                session = existing.get((workout.name, workout.started_at))
                missing = numbered if session is None else _missing(numbered, session.sets)
                already += len(numbered) - len(missing)
                if not missing:
                    continue
                if session is None:
                    session_id = log.start_session(
                        workout.name,
                        workout.started_at,
                        ended_at=workout.ended_at,
                        notes=workout.notes,
                        source=report.format,
                    )
                    added += 1
                else:
                    session_id = session.id
                    completed += 1
                for number, item in missing:
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
                        side=item.side,
                    )
                    sets += 1
    except (sqlite3.Error, ValueError, OverflowError) as error:
        raise ImportFailed(
            translate(
                "Import", "the training log could not be written, nothing imported: {error}"
            ).format(error=clipped(str(error), 80))
        ) from error
    report.sessions_added += added
    report.sessions_completed += completed
    report.sets_added += sets
    report.sets_already_there += already


def _numbered(sets: Sequence[ImportedSet]) -> list[tuple[int, ImportedSet]]:
    # Strong numbers the work sets of each exercise 1, 2, 3…; a warm-up, drop or failure
    # set takes the number of the work set it comes before.
    done: dict[str, int] = {}
    numbered = []
    for item in sets:
        number = done.get(item.exercise, 0) + 1
        if item.kind == "normal":
            done[item.exercise] = number
        numbered.append((number, item))
    return numbered


_SetKey = tuple[str, str | None, str, int, float | None, str, int, int]


def _key(
    exercise: str,
    side: str | None,
    kind: str,
    reps: int,
    rpe: float | None,
    note: str,
    tut_s: float | None,
    load_bucket: int,
) -> _SetKey:
    # The same exercise whatever name the log holds it under (an older one, or the id).
    which = exercise_id(exercise) or exercise
    return (which, side, kind, reps, rpe, note, round(tut_s) if tut_s else 0, load_bucket)


def _bucket(load_kg: float | None) -> int:
    if load_kg is None:
        return NOT_LOGGED_BUCKET
    return math.floor(load_kg / LOAD_TOLERANCE_KG) if math.isfinite(load_kg) else -1


def _same_load(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= LOAD_TOLERANCE_KG


def _missing(
    numbered: list[tuple[int, ImportedSet]], logged: Sequence[LoggedSet]
) -> list[tuple[int, ImportedSet]]:
    """The imported sets that `logged` does not hold already (each logged set counts once).

    Loads are kept in buckets as wide as the tolerance, so a match is in the load's own
    bucket (any of it) or at the head of a neighbour's: no search, however many sets.
    """
    pool: dict[_SetKey, deque[float | None]] = {}
    for done in logged:
        # A load not logged is exported as an empty weight, which an import reads back so.
        key = _key(
            done.exercise, done.side, done.kind, done.reps, done.rpe, done.note, done.tut_s,
            _bucket(done.load_kg),
        )  # fmt: skip
        pool.setdefault(key, deque()).append(done.load_kg)
    missing = []
    for number, item in numbered:
        bucket = _bucket(item.load_kg)
        for near in (bucket, bucket - 1, bucket + 1):
            key = _key(
                item.exercise, item.side, item.kind, item.reps, item.rpe, item.note,
                item.tut_s, near,
            )  # fmt: skip
            loads = pool.get(key)
            if loads and _same_load(loads[0], item.load_kg):
                loads.popleft()
                break
        else:
            missing.append((number, item))
    return missing
