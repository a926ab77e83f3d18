"""Hevy's CSV export read on import: one row per set, its unit in weight_kg or weight_lbs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from thrusttimer.core.i18n import translate
from thrusttimer.core.shown import shown_value
from thrusttimer.store import import_fields as fields
from thrusttimer.store.exercise_names import log_name
from thrusttimer.store.import_fields import (
    ImportedRow,
    ImportedSet,
    RowError,
    Skip,
    UnknownExercise,
)
from thrusttimer.store.log import Unit

REQUIRED: Final = ("title", "start_time", "exercise_title", "set_type", "reps")
KINDS: Final = {
    "normal": "normal",
    "warmup": "warmup",
    "failure": "failure",
    "dropset": "drop",
}


@dataclass(frozen=True, slots=True)
class HevyLayout:
    unit: Unit
    encoding: str

    @property
    def weight(self) -> str:
        return "weight_kg" if self.unit == "kg" else "weight_lbs"

    @classmethod
    def of(cls, header: Sequence[str], encoding: str) -> HevyLayout | None:
        names = set(header)
        if not set(REQUIRED) <= names:
            return None
        if "weight_kg" in names:
            return cls("kg", encoding)
        if "weight_lbs" in names:
            return cls("lb", encoding)
        return None

    def read(self, cells: dict[str, str]) -> ImportedRow | Skip | UnknownExercise:
        """The set in one row, or why it is left out; RowError when a cell is bad."""
        exercise = fields.exercise("exercise_title", cells["exercise_title"])
        if isinstance(exercise, UnknownExercise):
            return exercise
        fields.check_bytes(cells, self.encoding)
        side, note = fields.side_and_note(
            exercise,
            fields.text("exercise_notes", cells.get("exercise_notes", ""), fields.NOTE_MAX),
        )
        started = fields.hevy_date("start_time", cells["start_time"])
        end = cells.get("end_time", "").strip()
        ended = fields.hevy_date("end_time", end) if end else None
        if ended is not None and (ended - started).total_seconds() > fields.DURATION_MAX_S:
            raise RowError(
                "end_time",
                translate(
                    "ImportRow", "{value} is not allowed; allowed: up to {hours}h after {column}"
                ).format(
                    value=shown_value(end),
                    hours=fields.DURATION_MAX_S // 3600,
                    column="start_time",
                ),
            )
        set_type = cells["set_type"].strip().lower() or "normal"
        if set_type not in KINDS:
            raise RowError(
                "set_type",
                translate("ImportRow", "{value} is not one of {allowed}").format(
                    value=shown_value(set_type), allowed=", ".join(KINDS)
                ),
            )
        return ImportedRow(
            # The name a workout without one is logged under (data, the same in every language).
            workout=fields.text("title", cells["title"], fields.NAME_MAX)
            or "Workout",  # i18n: not shown
            started_at=started,
            ended_at=ended,
            workout_notes=fields.text("description", cells.get("description", ""), fields.NOTE_MAX),
            set=ImportedSet(
                exercise=log_name(exercise),
                kind=KINDS[set_type],
                load_kg=fields.load_kg(self.weight, cells[self.weight], self.unit),
                reps=fields.reps("reps", cells["reps"]),
                rpe=fields.rpe("rpe", cells.get("rpe", "")),
                tut_s=fields.set_seconds("duration_seconds", cells.get("duration_seconds", "")),
                note=note,
                unit=self.unit,
                side=side,
            ),
        )
