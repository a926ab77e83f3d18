"""Strong-format CSV out, Strong and Hevy CSV in, bad rows by line number, all-or-nothing."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thrusttimer.store.interchange import (
    STRONG_COLUMNS,
    BadRow,
    ImportFailed,
    export_strong,
    format_duration,
    import_csv,
    import_text,
)
from thrusttimer.store.log import TrainingLog, to_kg

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def fill(log: TrainingLog) -> None:
    start = datetime(2026, 11, 2, 18, 30, 5).astimezone()
    for week in range(3):
        began = start + timedelta(weeks=week)
        session = log.start_session(
            "Strength 5 × 5", began, ended_at=began + timedelta(minutes=38), notes="week, one"
        )
        log.add_set(session, 1, load_kg=60, reps=10, ended_at=began, kind="warmup", unit="lb")
        for number in range(1, 4):
            log.add_set(
                session,
                number,
                load_kg=100 + 2.5 * week,
                reps=5,
                ended_at=began + timedelta(minutes=3 * number),
                planned_reps=5,
                tempo="2-0-1-2",
                tut_s=25,
                rpe=7.5 + 0.5 * (number - 1),
                note='hips "high"' if number == 2 else "",
            )


def test_the_export_has_strongs_columns_exactly(log: TrainingLog) -> None:
    fill(log)
    out = io.StringIO()
    assert export_strong(log.sessions(), out) == 12
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(STRONG_COLUMNS)
    assert rows[1] == [
        "2026-11-02 18:30:05",
        "Strength 5 × 5",
        "38m",
        "Hip Thrust (Barbell)",
        "W",
        "60",
        "10",
        "0",
        "0",
        "",
        "week, one",
        "",
    ]
    assert rows[3][4:7] == ["2", "100", "5"]
    assert rows[3][8:] == ["25", 'hips "high"', "week, one", "8"]


def test_a_csv_round_trip_keeps_every_set(log: TrainingLog, tmp_path: Path) -> None:
    fill(log)
    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        export_strong(log.sessions(), out)
    with TrainingLog.open(tmp_path / "other.sqlite3") as other:
        report = import_csv(path, other)
        assert report.bad_rows == []
        assert (report.sessions_added, report.sets_added) == (3, 12)
        before, after = log.sessions(), other.sessions()
    assert [(s.started_at, s.ended_at, s.name, s.notes) for s in after] == [
        (s.started_at, s.ended_at, s.name, s.notes) for s in before
    ]
    for mine, theirs in zip(before, after, strict=True):
        assert [
            (x.set_number, x.exercise, x.load_kg, x.reps, x.rpe, x.note, x.kind, x.tut_s)
            for x in theirs.sets
        ] == [
            (x.set_number, x.exercise, x.load_kg, x.reps, x.rpe, x.note, x.kind, x.tut_s)
            for x in mine.sets
        ]


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    log: TrainingLog, tmp_path: Path
) -> None:
    fill(log)
    out = io.StringIO()
    export_strong(log.sessions(), out)
    report = import_text(out.getvalue(), log)
    assert (report.sessions_added, report.sets_already_there) == (0, 12)
    assert log.count_sets() == 12


def test_a_load_not_logged_goes_out_empty_and_coming_back_is_not_doubled(
    log: TrainingLog,
) -> None:
    began = datetime(2026, 11, 2, 18, 30).astimezone()
    session = log.start_session("Strength", began)
    log.add_set(session, 1, load_kg=None, reps=5, ended_at=began, planned_reps=5)
    out = io.StringIO()
    export_strong(log.sessions(), out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[1][4:7] == ["1", "", "5"], "an empty weight, not 0"
    report = import_text(out.getvalue(), log)
    assert (report.sets_added, report.sets_already_there) == (0, 1)


def test_a_strong_export_keeps_our_exercises_and_names_bad_lines_and_unknown_ones(
    log: TrainingLog,
) -> None:
    report = import_csv(FIXTURES / "strong-export.csv", log)
    assert report.format == "strong"
    assert [str(b) for b in report.bad_rows] == [
        "line 8: Weight: 'forty' is not a number",
        "line 9: Reps: '12.5' is not a whole number of reps",
        "line 10: RPE: 11 is not allowed; allowed: 6 to 10 in half steps",
        "line 11: has 9 fields, the header has 12",
        "line 12: Weight: -130 is not allowed; allowed: 0 to 1000 kg",
        "line 13: Date: 'not a date' is not a date like 2026-11-25 18:30:00",
    ]
    assert report.unknown_rows == 2
    assert [str(u) for u in report.unknown.values()] == [
        "line 2: 'Squat (Barbell)' is not an exercise ThrustTimer knows; skipped",
        "line 16: 'Bench Press (Barbell)' is not an exercise ThrustTimer knows; skipped",
    ]
    assert (report.sessions_added, report.sets_added) == (2, 5)
    lower, glutes = log.sessions()
    assert lower.name == "Lower A"
    assert lower.notes == "Gym was quiet"
    assert lower.duration_s == 65 * 60
    assert lower.source == "strong"
    assert [(s.kind, s.load_kg, s.reps, s.rpe) for s in lower.sets] == [
        ("warmup", 60, 10, None),
        ("normal", 120, 8, 8),
        ("normal", 120, 7, 9.5),
    ]
    assert lower.sets[1].note == "felt strong, hips high"
    assert [(s.exercise, s.load_kg, s.note) for s in glutes.sets] == [
        ("Glute Bridge (Barbell)", 40, ""),
        ("Hip Thrust (Barbell)", 135, "two-line\nnote"),
    ], "a plain Glute Bridge is kept under our name"
    assert "6 bad rows skipped" in report.summary()
    assert "2 rows of exercises ThrustTimer does not know skipped" in report.summary()


def test_strong_weights_can_be_read_as_pounds(log: TrainingLog) -> None:
    import_csv(FIXTURES / "strong-export.csv", log, strong_unit="lb")
    first = log.sessions()[0].sets[1]
    assert first.unit == "lb"
    assert first.load_kg == pytest.approx(to_kg(120, "lb"))


def test_the_older_strong_format_with_a_weight_unit_column(log: TrainingLog) -> None:
    text = (
        "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
        "Distance Unit;Seconds;Notes;Workout Notes\n"
        '2019-01-11 12:31:54;"Legs";"Hip Thrust (Barbell)";1;225;lbs;5;;;;0;"";""\n'
    )
    report = import_text(text, log)
    assert report.sets_added == 1
    (logged,) = log.sessions()[0].sets
    assert logged.unit == "lb"
    assert logged.load == pytest.approx(225)


def test_a_hevy_export(log: TrainingLog) -> None:
    report = import_csv(FIXTURES / "hevy-export.csv", log)
    assert report.format == "hevy"
    assert report.bad_rows == [
        BadRow(6, "set_type: 'superslow' is not one of normal, warmup, failure, dropset"),
        BadRow(7, "start_time: '32 Nov 2026, 18:00' is not a date like 25 Nov 2026, 18:30"),
    ]
    assert [str(u) for u in report.unknown.values()] == [
        "line 2: 'Squat (Barbell)' is not an exercise ThrustTimer knows; skipped",
        "line 8: 'Single Leg Glute Bridge' is not an exercise ThrustTimer knows; skipped",
    ]
    legs, glutes = log.sessions()
    assert legs.started_at == datetime(2026, 11, 3, 18, 0).astimezone()
    assert legs.duration_s == 65 * 60
    assert [(s.kind, s.load_kg, s.reps, s.rpe, s.note) for s in legs.sets] == [
        ("warmup", 60, 10, None, "pad on bar"),
        ("normal", 140, 8, 8.5, "pad on bar"),
        ("failure", 140, 6, 10, "pad on bar"),
    ]
    (bridge,) = glutes.sets
    assert (bridge.exercise, bridge.kind, bridge.load_kg, bridge.tut_s) == (
        "Frog Pumps",
        "drop",
        0,
        45,
    )
    assert glutes.notes == "single leg day"


def test_hevy_in_pounds(log: TrainingLog) -> None:
    text = (
        '"title","start_time","end_time","description","exercise_title","superset_id",'
        '"exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles",'
        '"duration_seconds","rpe"\n'
        '"Push","7 Aug 2026, 08:27","7 Aug 2026, 08:58","","Hip Thrust (Barbell)",,"",0,'
        '"normal",315,8,,,\n'
    )
    import_text(text, log)
    (logged,) = log.sessions()[0].sets
    assert logged.unit == "lb"
    assert logged.load == pytest.approx(315)


def test_an_unknown_file_or_unreadable_file_imports_nothing(
    log: TrainingLog, tmp_path: Path
) -> None:
    with pytest.raises(ImportFailed, match="not a Strong or Hevy export"):
        import_text("Exercise,Reps\nsquat,5\n", log)
    with pytest.raises(ImportFailed, match="is not a file"):
        import_csv(tmp_path / "missing.csv", log)
    (tmp_path / "binary.csv").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ImportFailed, match="not a Strong or Hevy export"):
        import_csv(tmp_path / "binary.csv", log)
    with pytest.raises(ImportFailed, match="empty"):
        import_text("", log)
    assert log.count_sets() == 0


def test_a_failed_write_leaves_the_log_as_it_was(
    log: TrainingLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(log)
    before = log.sessions()
    real_add_set = TrainingLog.add_set
    calls = 0

    def failing_add_set(self: TrainingLog, *args: object, **kwargs: object) -> int:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise sqlite3.OperationalError("disk I/O error")
        return real_add_set(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TrainingLog, "add_set", failing_add_set)
    with pytest.raises(ImportFailed, match="disk I/O error"):
        import_csv(FIXTURES / "strong-export.csv", log)
    assert calls == 4, "the import was part-way through when it failed"
    assert log.sessions() == before


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0m"), (45 * 60, "45m"), (3900, "1h 5m"), (7200, "2h 0m")]
)
def test_durations_are_written_as_strong_writes_them(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


cells = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(cells, min_size=11, max_size=13),
            st.booleans(),
            st.sampled_from(["2026-11-02 18:00:00", "2026-11-02", "yesterday"]),
            st.sampled_from(["100", "-1", "x", ""]),
            st.sampled_from(["5", "5.5", "", "0"]),
            st.sampled_from(["1", "W", "Rest Timer", "x"]),
        ),
        max_size=8,
    )
)
def test_any_rows_are_imported_left_out_or_reported_never_a_crash(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[tuple[list[str], bool, str, str, str, str]],
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(STRONG_COLUMNS)
    for row, keep, when, weight, reps, order in rows:
        row[0], row[4], row[5], row[6] = when, order, weight, reps
        row[2:3] = ["45m"]
        for index, value in zip(range(7, len(row)), ["0", "0", "", "", "8"], strict=False):
            row[index] = value
        if keep:
            row[3] = "Hip Thrust (Barbell)"
        writer.writerow(row)
    with TrainingLog.open(tmp_path_factory.mktemp("fuzz") / "log.sqlite3") as fuzz_log:
        report = import_text(out.getvalue(), fuzz_log)
        assert all(bad.line >= 2 for bad in report.bad_rows)
        assert fuzz_log.count_sets() == report.sets_added
        kept_rows = sum(1 for row, keep, *_ in rows if keep and len(row) == len(STRONG_COLUMNS))
        assert report.sets_added <= kept_rows
