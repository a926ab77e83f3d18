"""Random bytes, random CSV and random logs: a clean import or bad rows by line, never a crash.

Every import here goes through a file, as the command's does, and each property checks that
the file is left exactly as it was.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thrusttimer.core.shown import printable
from thrusttimer.store.exercise_names import ALIASES, LOG_NAMES, exercise_id, is_unilateral
from thrusttimer.store.formula_guard import TRIGGERS
from thrusttimer.store.interchange import (
    STRONG_COLUMNS,
    ImportFailed,
    ImportReport,
    export_strong,
    import_csv,
)
from thrusttimer.store.log import LoggedSession, LoggedSet, TrainingLog, Unit

OURS = ",".join(STRONG_COLUMNS)
STRONG_6 = (
    "Workout #;Date;Workout Name;Duration (sec);Exercise Name;Set Order;Weight (lbs);Reps;RPE;"
    "Distance (meters);Seconds;Notes;Workout Notes"
)
WEIGHT_UNIT = (
    "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
    "Distance Unit;Seconds;Notes;Workout Notes"
)
HEVY = (
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
    "set_type,weight_kg,reps,distance_km,duration_seconds,rpe"
)
HEADERS = (OURS, STRONG_6, WEIGHT_UNIT, HEVY)
FAST = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("imports")


@pytest.fixture(scope="module")
def shared_log(folder: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(folder / "shared.sqlite3") as log:
        yield log


def import_checked(path: Path, log: TrainingLog, unit: Unit = "kg") -> ImportReport | None:
    """Import `path` and check what must hold whatever the file held."""
    before = path.read_bytes()
    sets_before = log.count_sets()
    lines = before.count(b"\n") + before.count(b"\r") + 2
    report: ImportReport | None = None
    refusal = ""
    try:
        report = import_csv(path, log, strong_unit=unit)
    except ImportFailed as error:
        refusal = str(error)
    assert path.read_bytes() == before, "the import changed its file"
    if report is None:
        assert "\n" not in refusal
        assert printable(refusal) == refusal
        assert log.count_sets() == sets_before
        return None
    assert log.count_sets() == sets_before + report.sets_added
    for bad in report.bad_rows:
        assert 2 <= bad.line <= lines
        assert printable(str(bad)) == str(bad), "an echoed value reached the terminal raw"
        assert len(str(bad)) < 300
    assert report.bad_row_count >= len(report.bad_rows)
    assert report.unknown_rows >= sum(u.rows for u in report.unknown.values())
    for unknown in report.unknown.values():
        said = str(unknown)
        assert printable(said) == said, "an unknown exercise's name reached the terminal raw"
        assert len(said) < 300
        assert all(2 <= n <= lines for n in unknown.lines)
        assert exercise_id(unknown.name) is None, "a known exercise was reported unknown"
    return report


@FAST
@given(
    st.sampled_from([b"", *(h.encode() + b"\n" for h in HEADERS)]),
    st.binary(max_size=400),
)
def test_random_bytes_are_refused_or_reported_never_a_crash(
    folder: Path, shared_log: TrainingLog, header: bytes, tail: bytes
) -> None:
    path = folder / "random.bin"
    path.write_bytes(header + tail)
    import_checked(path, shared_log)


GOOD = {
    "Workout #": ["1", "2"],
    "Date": ["2026-11-02 18:00:00", "2026-11-02", "2026-11-02 18:00"],
    "Workout Name": ["Glutes", "=cmd|x", ""],
    "start_time": ["3 Nov 2026, 18:00", "2026-11-03T18:00:00+01:00", "3 November 2026 18:00"],
    "end_time": ["3 Nov 2026, 19:05", ""],
    "title": ["Legs", "@SUM(1)"],
    "Duration": ["1h 5m", "45m", "3900", "1:05:00", ""],
    "Duration (sec)": ["3600", ""],
    "Exercise Name": [
        *("Hip Thrust (Barbell)", "Glute Bridge", "'=HIP THRUST", "Squat", "Frog Pumps"),
        *("b-stance-hip-thrust", "Single Leg Hip Thrust", "Romanian Deadlift", ""),
    ],
    "exercise_title": [
        *("Hip Thrust (Barbell)", "Single Leg Glute Bridge", "Bench", "Frog Pumps (Dumbbell)"),
        "Single Leg Hip Thrust",
    ],
    "Notes": ["", "Left side", "right side · slow", "Left side·"],
    "exercise_notes": ["", "Right side", "pad on bar"],
    "Set Order": ["1", "2", "W", "D", "F", "Rest Timer", "Note"],
    "set_type": ["normal", "warmup", "dropset", "failure", ""],
    "Weight": ["100", "102.5", "0", ""],
    "Weight (lbs)": ["225", "315,5", ""],
    "weight_kg": ["100", "0", ""],
    "Weight Unit": ["kg", "lbs", ""],
    "Reps": ["5", "0", "12"],
    "reps": ["8", "1000"],
    "RPE": ["", "0", "8", "8.5", "10"],
    "rpe": ["", "9.5"],
    "Seconds": ["0", "25", ""],
    "duration_seconds": ["", "45"],
}
BAD = {
    "Date": ["9999-01-01 00:00:00", "yesterday", "", "2026-02-30"],
    "start_time": ["32 Nov 2026, 18:00", "1 Jan 9999, 10:00", ""],
    "end_time": ["3 Nov 2099, 19:05", "later"],
    "Duration": ["99999999999999999999h", "soon", "9" * 30],
    "Duration (sec)": ["1e300", "-5"],
    "Set Order": ["x", "\u00b2", "-1"],
    "set_type": ["superslow"],
    "Weight": ["-1", "1e308", "forty", "nan", "inf", "1_0"],
    "Weight (lbs)": ["inf", "2300"],
    "weight_kg": ["1e400", "-0.5"],
    "Weight Unit": ["stone"],
    "Reps": ["12.5", "1e300", "", "-1"],
    "reps": ["-3", "99999999999999999999"],
    "RPE": ["11", "8,5", "6.2"],
    "rpe": ["6.2", "x"],
    "Seconds": ["99999", "-1"],
    "duration_seconds": ["86400"],
}


def cell(draw: st.DrawFn, column: str, mood: int) -> str:
    """A good value mostly; a known bad one or any text now and then (more in a bad mood)."""
    pick = draw(st.integers(0, 99))
    if pick < mood and column in BAD:
        return draw(st.sampled_from(BAD[column]))
    if pick < 2 * mood:
        return draw(st.text(max_size=10))
    return draw(st.sampled_from(GOOD.get(column, [""])))


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    header = draw(st.sampled_from(HEADERS))
    delimiter = ";" if ";" in header else ","
    columns = header.split(delimiter)
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=delimiter,
        lineterminator=draw(st.sampled_from(["\n", "\r\n"])),
        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
    )
    writer.writerow(columns)
    mood = draw(st.sampled_from([0, 2, 10, 40]))
    for _ in range(draw(st.integers(0, 6))):
        row = [cell(draw, column, mood) for column in columns]
        if mood and draw(st.integers(0, 9)) == 0:
            row = row[: draw(st.integers(0, len(row)))]  # a short row
        writer.writerow(row)
    text = out.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


@FAST
@given(csv_files())
def test_random_csv_in_every_format_is_imported_or_reported(
    folder: Path, shared_log: TrainingLog, data: bytes
) -> None:
    path = folder / "random.csv"
    path.write_bytes(data)
    report = import_checked(path, shared_log)
    assert report is not None, "a file with a known header is never refused whole"


# Round trip -------------------------------------------------------------------------------

prefixes = st.sampled_from(["", *TRIGGERS, "'", "''=", "-5", " ", "\x1b[31m"])
free_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)


NAMES: dict[str, list[str]] = {
    exercise: [LOG_NAMES[exercise], exercise, *ALIASES[exercise]] for exercise in LOG_NAMES
}
"""Every name each exercise may be logged under: today's, an older log's id, the aliases."""
UNKNOWN = ["Romanian Deadlift", "Hip Thrust (Machine)", "Single Leg Glute Bridge", "Squat"]


@st.composite
def logged_sessions(draw: st.DrawFn) -> list[LoggedSession]:
    """Sessions of our exercises (each set logged under any of its names, a one-sided
    exercise's with a side) and of exercises we do not know (any prefix a spreadsheet
    would run, and a random tail)."""
    sessions = []
    start = datetime(2026, 1, 5, 7, 0, 0).astimezone()
    for index in range(draw(st.integers(1, 3))):
        began = start + timedelta(days=index, seconds=draw(st.integers(0, 3600)))
        minutes = draw(st.none() | st.integers(0, 600))
        sets = []
        done: dict[str, int] = {}
        for set_index in range(draw(st.integers(1, 4))):
            ours = draw(st.sampled_from([*LOG_NAMES, None]))
            if ours is None:
                which = draw(prefixes) + draw(st.sampled_from(UNKNOWN))
                exercise = which + draw(
                    free_text.filter(lambda t, base=which: exercise_id(base + t) is None)
                )
            else:
                which, exercise = ours, draw(st.sampled_from(NAMES[ours]))
            kind = draw(st.sampled_from(["normal", "normal", "warmup", "drop", "failure"]))
            number = done.get(which, 0) + 1
            if kind == "normal":
                done[which] = number
            sets.append(
                LoggedSet(
                    id=set_index,
                    session_id=index,
                    set_number=number,
                    exercise=exercise,
                    ended_at=began,
                    load_kg=draw(st.integers(0, 4000)) / 4,
                    reps=draw(st.integers(0, 1000)),
                    tut_s=draw(st.none() | st.integers(1, 3600).map(float)),
                    rpe=draw(st.none() | st.integers(12, 20).map(lambda h: h / 2)),
                    note=draw(prefixes) + draw(free_text),
                    kind=kind,
                    side=draw(st.sampled_from(["left", "right"]))
                    if ours is not None and is_unilateral(ours)
                    else None,
                )
            )
        sessions.append(
            LoggedSession(
                id=index,
                started_at=began,
                ended_at=None if minutes is None else began + timedelta(minutes=minutes),
                name=draw(prefixes) + draw(free_text.filter(bool)),
                notes=draw(prefixes) + draw(free_text),
                source="thrusttimer",
                sets=tuple(sets),
            )
        )
    return sessions


def ours(sessions: list[LoggedSession]) -> list[LoggedSession]:
    """The sessions as an import brings them back: our exercises' sets only, each under
    its log name, and no session left without a set."""
    kept = []
    for session in sessions:
        sets = tuple(
            dataclasses.replace(x, exercise=LOG_NAMES[found])
            for x in session.sets
            if (found := exercise_id(x.exercise)) is not None
        )
        if sets:
            kept.append(dataclasses.replace(session, sets=sets))
    return kept


def shape(sessions: list[LoggedSession]) -> list[object]:
    return [
        (
            s.started_at,
            s.ended_at,
            s.name,
            s.notes,
            [
                (x.set_number, x.exercise, x.side, x.reps, x.rpe, x.note, x.kind, x.tut_s)
                for x in s.sets
            ],
        )
        for s in sessions
    ]


def loads(sessions: list[LoggedSession]) -> list[float]:
    return [x.load_kg for s in sessions for x in s.sets]


@FAST
@given(logged_sessions(), st.sampled_from(["kg", "lb"]))
def test_export_then_import_into_an_empty_log_gives_the_same_sets(
    folder: Path, sessions: list[LoggedSession], unit: Unit
) -> None:
    path = folder / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        export_strong(sessions, out, unit)
    with path.open(encoding="utf-8", newline="") as written:
        for row in list(csv.reader(written))[1:]:
            for cell in (row[1], row[3], row[9], row[10]):
                assert cell[:1] not in TRIGGERS or float(cell) == float(cell)
    target = folder / "round-trip.sqlite3"
    for leftover in folder.glob("round-trip.sqlite3*"):
        leftover.unlink()
    with TrainingLog.open(target) as log:
        report = import_checked(path, log, unit)
        assert report is not None
        assert report.bad_rows == []
        expected = ours(sessions)
        assert report.unknown_rows == sum(len(s.sets) for s in sessions) - len(loads(expected))
        assert shape(log.sessions()) == shape(expected)
        assert loads(log.sessions()) == pytest.approx(loads(expected), abs=0.001)
        again = import_checked(path, log, unit)
        assert again is not None
        assert (again.sets_added, again.sets_already_there) == (0, len(loads(expected)))
