"""The training log's side column: its migration, the recorder's rows, Strong's notes."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.store.test_recorder import record_whole
from tests.support.short_sessions import block, short_session
from thrusttimer.core.session_states import State
from thrusttimer.store import migrations
from thrusttimer.store.log import TrainingLog
from thrusttimer.store.strong_csv import export_strong


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def test_a_version_3_log_gains_an_empty_side_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for step in migrations.MIGRATIONS[:3]:
        for statement in migrations._statements(step):
            db.execute(statement)
    db.execute("PRAGMA user_version = 3")
    db.execute(
        "INSERT INTO sessions (id, started_at, name) VALUES (1, '2026-10-05T18:00:00+02:00', 'A')"
    )
    db.execute(
        "INSERT INTO sets (session_id, set_number, exercise, ended_at, load_kg, reps)"
        " VALUES (1, 1, 'Hip Thrust (Barbell)', '2026-10-05T18:05:00+02:00', 100, 8)"
    )
    db.close()
    with TrainingLog.open(path) as opened:
        assert opened.schema_version == migrations.LATEST == 4
        (session,) = opened.sessions()
        assert [(s.reps, s.load_kg, s.side) for s in session.sets] == [(8, 100.0, None)]
        started = datetime(2026, 10, 6, 18, 0).astimezone()
        added = opened.start_session("B", started)
        row = opened.add_set(added, 1, load_kg=None, reps=5, ended_at=started, side="right")
        assert opened.get_set(row).side == "right"
    db = sqlite3.connect(path)
    try:
        assert migrations.schema_problems(db) == []
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE sets SET side = 'middle'")
    finally:
        db.close()


def test_each_side_of_a_one_sided_set_is_its_own_row_with_its_side(log: TrainingLog) -> None:
    plan = short_session(
        block("hip-thrust", 1, 2, 5),
        block("single-leg-hip-thrust", 2, 3, 5, switch_s=4, first_side="right"),
        block_rest_s=6,
        lead_in_s=3,
        name="Custom",
    )
    session = record_whole(log, plan, 100)
    assert session.state is State.DONE
    (logged,) = log.sessions()
    rows = [(s.set_number, s.exercise, s.side, s.reps, s.load_kg) for s in logged.sets]
    assert rows == [
        (1, "Hip Thrust (Barbell)", None, 2, 100.0),
        (2, "Single Leg Hip Thrust", "right", 3, None),
        (3, "Single Leg Hip Thrust", "left", 3, None),
        (4, "Single Leg Hip Thrust", "right", 3, None),
        (5, "Single Leg Hip Thrust", "left", 3, None),
    ]
    out = io.StringIO()
    export_strong([logged], out)
    lines = out.getvalue().splitlines()
    assert "Right side" in lines[2]
    assert "Left side" in lines[3]
    assert "side" not in lines[1]
