"""Where the training log lives and what it holds, as the rest of the app sees it: sets,
sessions, units, and the ranges a set's values must be in."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.units import KG_PER_LB as KG_PER_LB
from thrusttimer.core.loading.units import UNITS as UNITS
from thrusttimer.core.loading.units import Unit as Unit
from thrusttimer.core.model import Side
from thrusttimer.core.shown import shown_value
from thrusttimer.store.exercise_names import HIP_THRUST_ID, LOG_NAMES, exercise_id

HIP_THRUST: Final = LOG_NAMES[HIP_THRUST_ID]
"""The exercise name ThrustTimer writes: Strong's and Hevy's name for the barbell hip thrust."""
SET_KINDS: Final = ("normal", "warmup", "failure", "drop")
RPE_LOW: Final = 6.0
RPE_HIGH: Final = 10.0
DATA_DIR_ENV: Final = "THRUSTTIMER_DATA_DIR"
LOG_FILE_NAME: Final = "training-log.sqlite3"


def data_dir() -> Path:
    """Where ThrustTimer keeps user data: $THRUSTTIMER_DATA_DIR, else the platform's folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("thrusttimer", appauthor=False))


def default_log_path() -> Path:
    return data_dir() / LOG_FILE_NAME


def to_kg(load: float, unit: Unit) -> float:
    return load * KG_PER_LB if unit == "lb" else load


def from_kg(load_kg: float, unit: Unit) -> float:
    return load_kg / KG_PER_LB if unit == "lb" else load_kg


def now_local() -> datetime:
    """The wall-clock time with its UTC offset (what the log stores)."""
    return datetime.now().astimezone().replace(microsecond=0)


def stored_moment(moment: datetime | None) -> str | None:
    """A moment as the log stores it: ISO 8601 to the second, with its UTC offset."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def row_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row `cursor` just inserted."""
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def no_check(db: sqlite3.Connection) -> None:
    """Open a log without reading its rows first."""


@dataclass(frozen=True, slots=True)
class LoggedSet:
    id: int
    session_id: int
    set_number: int
    exercise: str
    ended_at: datetime
    load_kg: float | None
    """None: the lifter chose not to log the load (never taken as 0 kg)."""
    reps: int
    planned_reps: int | None = None
    tempo: str | None = None
    tut_s: float | None = None
    rpe: float | None = None
    note: str = ""
    unit: Unit = "kg"
    kind: str = "normal"
    side: Side | None = None
    """The working leg of a one-sided exercise's set; None: both legs."""

    @property
    def load(self) -> float | None:
        """The load in the unit the lifter entered it (None: not logged)."""
        return None if self.load_kg is None else from_kg(self.load_kg, self.unit)

    @property
    def partial(self) -> bool:
        """Fewer reps than planned: the set was stopped early, or a rep failed."""
        return self.planned_reps is not None and self.reps < self.planned_reps


@dataclass(frozen=True, slots=True)
class LoggedSession:
    id: int
    started_at: datetime
    ended_at: datetime | None
    name: str
    notes: str
    source: str
    sets: tuple[LoggedSet, ...]

    @property
    def duration_s(self) -> float | None:
        if self.ended_at is None:
            return None
        return max(0.0, (self.ended_at - self.started_at).total_seconds())

    def work_number(self, logged: LoggedSet) -> int:
        """A normal set's number as a lifter counts it: among the session's normal sets of
        the same exercise (whatever name each was logged under) and the same side only, so
        the first work set after four warm-ups is set 1, the frog pumps after the hip
        thrusts start at 1 again, and a one-sided exercise has a set 1 on each side (the
        log numbers every set in the order it ran, warm-ups included)."""
        which = _exercise_key(logged.exercise)
        normal = [
            s.id
            for s in self.sets
            if s.kind == "normal" and s.side == logged.side and _exercise_key(s.exercise) == which
        ]
        return normal.index(logged.id) + 1 if logged.id in normal else logged.set_number


def _exercise_key(name: str) -> str:
    return exercise_id(name) or name


def check_entry(*, load_kg: float | None, reps: int, rpe: float | None, unit: str) -> None:
    """Raise ValueError naming the field when an entry is outside what the log accepts.
    A load of None is a set whose load is not logged."""
    if load_kg is not None and (not load_kg >= 0 or load_kg == float("inf")):
        raise ValueError(
            translate(
                "LogRecords", "load: {value} is not allowed; allowed: 0 or more, or not logged"
            ).format(value=shown_value(load_kg))
        )
    if isinstance(reps, bool) or not isinstance(reps, int) or reps < 0:
        raise ValueError(
            translate(
                "LogRecords", "reps: {value} is not allowed; allowed: a whole number, 0 or more"
            ).format(value=shown_value(reps))
        )
    if rpe is not None and not (RPE_LOW <= rpe <= RPE_HIGH and float(rpe * 2).is_integer()):
        raise ValueError(
            translate(
                "LogRecords", "RPE: {value} is not allowed; allowed: 6 to 10 in half steps, or none"
            ).format(value=shown_value(rpe))
        )
    if unit not in UNITS:
        raise ValueError(
            translate("LogRecords", "unit: {value} is not allowed; allowed: kg or lb").format(
                value=shown_value(unit)
            )
        )
