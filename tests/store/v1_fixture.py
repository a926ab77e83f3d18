"""Builds the version-1 training log used by the migration test, from the version-1 DDL.

Regenerate the committed fixture with:
    python -m tests.store.v1_fixture tests/store/fixtures/training-log-v1.sqlite3
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from thrusttimer.store.migrations import SCHEMA_V1, _statements

FIXTURE = Path(__file__).parent / "fixtures" / "training-log-v1.sqlite3"

SESSIONS = [
    (1, "2026-10-05T18:02:11+02:00", "2026-10-05T18:20:40+02:00", "Strength 5 × 5", "felt good"),
    (2, "2026-10-12T18:05:00+02:00", "2026-10-12T18:25:00+02:00", "Strength 5 × 5", ""),
]
SETS = [
    # session, set, exercise, ended_at, load_kg, reps, planned, tempo, tut_s, rpe, note
    (
        1,
        1,
        "Hip Thrust (Barbell)",
        "2026-10-05T18:05:00+02:00",
        100.0,
        5,
        5,
        "2-0-1-2",
        25.0,
        7.0,
        "",
    ),
    (
        1,
        2,
        "Hip Thrust (Barbell)",
        "2026-10-05T18:09:00+02:00",
        100.0,
        5,
        5,
        "2-0-1-2",
        25.0,
        8.0,
        "",
    ),
    (
        2,
        1,
        "Hip Thrust (Barbell)",
        "2026-10-12T18:08:00+02:00",
        105.0,
        5,
        5,
        "2-0-1-2",
        25.0,
        None,
        "grip",
    ),
    (
        2,
        2,
        "Hip Thrust (Barbell)",
        "2026-10-12T18:12:00+02:00",
        105.0,
        4,
        5,
        "2-0-1-2",
        20.0,
        9.5,
        "",
    ),
]


def build_v1(path: Path) -> None:
    """A version-1 log with two sessions, written with the version-1 schema exactly."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in _statements(SCHEMA_V1):
            db.execute(statement)
        db.execute("PRAGMA user_version = 1")
        db.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)", SESSIONS)
        db.executemany(
            "INSERT INTO sets (session_id, set_number, exercise, ended_at, load_kg, reps,"
            " planned_reps, tempo, tut_s, rpe, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            SETS,
        )
    finally:
        db.close()


if __name__ == "__main__":
    build_v1(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURE)
