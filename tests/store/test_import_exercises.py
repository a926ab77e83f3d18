"""Imports keep each exercise apart: any name of ours is kept under the log's name, a
one-sided set's side comes back, and a name we do not know is reported by line, grouped."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from thrusttimer.store.import_report import LINES_SHOWN
from thrusttimer.store.interchange import (
    STRONG_COLUMNS,
    export_strong,
    import_text,
)
from thrusttimer.store.log import TrainingLog

HEADER = ",".join(STRONG_COLUMNS) + "\n"


def row(exercise: str, order: str = "1", weight: str = "100", note: str = "") -> str:
    return f"2026-10-09 07:30:00,Glutes,45m,{exercise},{order},{weight},10,0,0,{note},,\n"


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def test_any_name_of_ours_is_kept_under_the_logs_name(log: TrainingLog) -> None:
    text = HEADER + "".join(
        row(name, str(n))
        for n, name in enumerate(
            ["Barbell Hip Thrust", "B-Stance Hip Thrust", "frog pumps", "GLUTE BRIDGE"], 1
        )
    )
    report = import_text(text, log)
    assert (report.sets_added, report.unknown_rows) == (4, 0)
    (session,) = log.sessions()
    assert [s.exercise for s in session.sets] == [
        "Hip Thrust (Barbell)",
        "B-Stance Hip Thrust (Barbell)",
        "Frog Pumps",
        "Glute Bridge (Barbell)",
    ]


def test_unknown_exercises_are_one_line_per_name_with_their_first_lines(
    log: TrainingLog,
) -> None:
    text = HEADER + row("Hip Thrust (Barbell)")
    text += "".join(row("Romanian Deadlift", str(n)) for n in range(200))
    text += row("Squat (Barbell)")
    report = import_text(text, log)
    assert report.sets_added == 1
    assert report.unknown_rows == 201
    deadlift, squat = report.unknown.values()
    assert str(deadlift) == (
        "lines 3, 4, 5, 6, 7 and 195 more: 'Romanian Deadlift' is not an exercise "
        "ThrustTimer knows; skipped"
    )
    assert len(deadlift.lines) == LINES_SHOWN
    assert str(squat) == "line 203: 'Squat (Barbell)' is not an exercise ThrustTimer knows; skipped"
    assert "201 rows of exercises ThrustTimer does not know skipped" in report.summary()
    assert report.bad_row_count == 0, "an exercise we do not know is no bad row"


def test_an_empty_exercise_name_is_a_bad_row(log: TrainingLog) -> None:
    report = import_text(HEADER + row("  "), log)
    assert [str(b) for b in report.bad_rows] == [
        "line 2: Exercise Name: empty; allowed: the name of an exercise"
    ]


def test_a_one_sided_sets_side_comes_back_from_its_note(log: TrainingLog) -> None:
    began = datetime(2026, 11, 2, 18, 0).astimezone()
    session = log.start_session("Glutes", began)
    for number, (side, note) in enumerate(
        [("left", ""), ("right", "shaky"), ("left", "Right side")], start=1
    ):
        log.add_set(session, number, load_kg=20, reps=10, ended_at=began, note=note,
                    exercise="Single Leg Hip Thrust", side=side)  # fmt: skip
    log.add_set(session, 4, load_kg=100, reps=8, ended_at=began, note="Left side")
    out = io.StringIO()
    export_strong(log.sessions(), out)
    assert [line.split(",")[4] for line in out.getvalue().splitlines()[1:]] == [
        "1", "2", "3", "1"
    ], "Strong numbers each exercise's sets from 1"  # fmt: skip
    assert import_text(out.getvalue(), log).sets_already_there == 4
    with TrainingLog.open(log.path.with_name("other.sqlite3")) as other:
        assert import_text(out.getvalue(), other).sets_added == 4
        (back,) = other.sessions()
    assert [(s.side, s.note) for s in back.sets] == [
        ("left", ""),
        ("right", "shaky"),
        ("left", "Right side"),
        (None, "Left side"),  # a two-legged exercise's note is its note
    ]


def test_sets_an_older_version_logged_under_the_raw_id_are_not_imported_twice(
    log: TrainingLog,
) -> None:
    began = datetime(2026, 10, 9, 7, 30).astimezone()
    session = log.start_session("Glutes", began)
    log.add_set(session, 1, load_kg=100, reps=10, ended_at=began, exercise="b-stance-hip-thrust",
                side="left")  # fmt: skip
    report = import_text(HEADER + row("B-Stance Hip Thrust (Barbell)", note="Left side"), log)
    assert (report.sets_added, report.sets_already_there) == (0, 1)


def test_a_hevy_name_maps_to_ours(log: TrainingLog) -> None:
    text = (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
        "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
        "Glutes,3 Nov 2026 18:00,,,Single Leg Hip Thrust (Dumbbell),,Right side · slow,0,"
        "normal,12,10,,,\n"
        "Glutes,3 Nov 2026 18:00,,,Hip Thrust (Smith Machine),,,1,normal,80,10,,,\n"
    )
    report = import_text(text, log)
    assert report.sets_added == 1
    assert [str(u) for u in report.unknown.values()] == [
        "line 3: 'Hip Thrust (Smith Machine)' is not an exercise ThrustTimer knows; skipped"
    ]
    ((logged,),) = [s.sets for s in log.sessions()]
    assert (logged.exercise, logged.side, logged.note) == ("Single Leg Hip Thrust", "right", "slow")
