"""Imported rows: deduplicated by set, bounded, reported by line, in every Strong layout."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from thrusttimer.store.interchange import STRONG_COLUMNS, export_strong, import_csv, import_text
from thrusttimer.store.log import TrainingLog, to_kg

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = ",".join(STRONG_COLUMNS) + "\n"
ROW = "2026-10-09 07:30:00,Glutes,45m,Hip Thrust (Barbell),{order},{weight},{reps},0,{seconds},,,\n"


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def row(order: str = "1", weight: str = "100", reps: str = "5", seconds: str = "0") -> str:
    return ROW.format(order=order, weight=weight, reps=reps, seconds=seconds)


def test_a_corrected_file_brings_in_the_row_that_failed_before(
    log: TrainingLog, tmp_path: Path
) -> None:
    first = import_csv(FIXTURES / "strong-export.csv", log)
    assert "line 8: Weight: 'forty' is not a number" in [str(b) for b in first.bad_rows]
    corrected = tmp_path / "corrected.csv"
    text = (FIXTURES / "strong-export.csv").read_text(encoding="utf-8")
    corrected.write_text(text.replace(",2,forty,15,", ",2,40,15,"), encoding="utf-8")

    second = import_csv(corrected, log)

    assert (second.sets_added, second.sessions_added, second.sessions_completed) == (1, 0, 1)
    assert second.sets_already_there == 5
    assert "1 session already in the log got the sets it was missing" in second.summary()
    _, glutes = log.sessions()
    bridges = [
        (s.set_number, s.load_kg, s.reps)
        for s in glutes.sets
        if s.exercise == "Glute Bridge (Barbell)"
    ]
    assert sorted(bridges) == [(1, 40, 15), (2, 40, 15)]
    third = import_csv(corrected, log)
    assert (third.sets_added, third.sets_already_there) == (0, 6)


def test_identical_sets_are_counted_not_collapsed(log: TrainingLog) -> None:
    two = HEADER + row("1") + row("2")
    assert import_text(two, log).sets_added == 2
    report = import_text(two + row("3"), log)
    assert (report.sets_added, report.sets_already_there) == (1, 2)
    assert [s.set_number for s in log.sessions()[0].sets] == [1, 2, 3]


def test_a_file_whose_rows_are_all_bad_leaves_no_session_behind(log: TrainingLog) -> None:
    report = import_text(HEADER + row(reps="many") + row(weight="-1"), log)
    assert [b.line for b in report.bad_rows] == [2, 3]
    assert report.sessions_added == 0
    assert log.sessions() == []


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (row(reps="1e300"), "Reps: 1e300 is not allowed; allowed: a whole number from 0 to 1000"),
        (row(weight="1e308"), "Weight: 1e308 is not allowed; allowed: 0 to 1000 kg"),
        (row(weight="inf"), "Weight: 'inf' is not a number"),
        (row(weight="nan"), "Weight: 'nan' is not a number"),
        (row(weight="1_000"), "Weight: '1_000' is not a number"),
        (row(seconds="99999"), "Seconds: 99999 is not allowed; allowed: 0 to 3600 seconds"),
        (
            ROW.replace("45m", "99999999999999999999").format(
                order="1", weight="1", reps="1", seconds="0"
            ),
            "Duration: '99999999999999999999' is not allowed; allowed: up to 168h",
        ),
        (
            ROW.replace("45m", "99999999999999999999h").format(
                order="1", weight="1", reps="1", seconds="0"
            ),
            "Duration: '99999999999999999999h' is not allowed; allowed: up to 168h",
        ),
        (
            row().replace("2026-10-09", "9999-12-31"),
            "Date: '9999-12-31 07:30:00' is not allowed; allowed: a date from 1980 to 2099",
        ),
        (
            row().replace("2026-10-09", "0001-01-01"),
            "Date: '0001-01-01 07:30:00' is not allowed; allowed: a date from 1980 to 2099",
        ),
    ],
)
def test_an_out_of_range_value_is_one_bad_row_and_the_rest_is_imported(
    log: TrainingLog, bad: str, message: str
) -> None:
    report = import_text(HEADER + row("1") + bad + row("2", weight="110"), log)
    assert [str(b) for b in report.bad_rows] == [f"line 3: {message}"]
    assert report.sets_added == 2
    assert [s.load_kg for s in log.sessions()[0].sets] == [100, 110]


def test_pounds_are_bounded_in_pounds(log: TrainingLog) -> None:
    report = import_text(HEADER + row(weight="2300"), log, strong_unit="lb")
    assert [str(b) for b in report.bad_rows] == [
        "line 2: Weight: 2300 is not allowed; allowed: 0 to 2204.6 lb"
    ]


def test_a_hevy_date_far_out_and_a_week_long_workout_are_bad_rows(log: TrainingLog) -> None:
    head = "title,start_time,end_time,exercise_title,set_type,weight_kg,reps\n"
    text = (
        head
        + 'Legs,"1 Jan 9999, 10:00",,Hip Thrust,normal,100,5\n'
        + 'Legs,"1 Jan 2026, 10:00","1 Jan 2027, 10:00",Hip Thrust,normal,100,5\n'
        + 'Legs,"1 Jan 2026, 10:00","1 Jan 2026, 11:00",Hip Thrust,normal,100,5\n'
    )
    report = import_text(text, log)
    assert [str(b) for b in report.bad_rows] == [
        "line 2: start_time: '1 Jan 9999, 10:00' is not allowed; allowed: a date from 1980 to 2099",
        "line 3: end_time: '1 Jan 2027, 10:00' is not allowed; allowed: up to 168h after "
        "start_time",
    ]
    assert report.sets_added == 1


def test_echoed_values_are_cut_short_and_escaped(log: TrainingLog) -> None:
    huge = "9" * 100_000
    report = import_text(
        HEADER + row(weight=huge) + row(reps="\x1b[2J" + "x" * 5000) + row(order="Q" * 90_000),
        log,
    )
    reasons = [str(b) for b in report.bad_rows]
    assert [r[:16] for r in reasons] == [
        "line 2: Weight: ",
        "line 3: Reps: '\\",
        "line 4: Set Orde",
    ]
    assert all(len(r) < 120 for r in reasons), reasons
    assert "\x1b" not in "".join(reasons)


def test_a_cell_over_the_csv_limit_is_one_bad_row(log: TrainingLog) -> None:
    text = HEADER + row("1") + row("2", weight="1" * 200_000) + row("3", weight="120")
    report = import_text(text, log)
    assert [str(b) for b in report.bad_rows] == ["line 3: a cell is longer than 131072 characters"]
    assert report.sets_added == 2


def test_long_names_and_notes_are_refused_by_length(log: TrainingLog) -> None:
    long_note = ROW.replace(",,,\n", f",{'n' * 10_001},,\n")
    report = import_text(
        HEADER + long_note.format(order="1", weight="1", reps="1", seconds="0"), log
    )
    assert [str(b) for b in report.bad_rows] == [
        "line 2: Notes: 10001 characters long; allowed: up to 10000"
    ]


STRONG_6 = (
    '\ufeff"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";'
    '"Weight ({unit})";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"\r\n'
    '"1";"2024-07-05 07:30:00";"Legs";"3600";"Squat (Barbell)";"1";"225";"5";"";"";"";"";""\r\n'
    '"1";"2024-07-05 07:30:00";"Legs";"3600";"Hip Thrust (Barbell)";"W";"135";"10";"";"";"";"";'
    '"slow; light"\r\n'
    '"1";"2024-07-05 07:30:00";"Legs";"3600";"Hip Thrust (Barbell)";"1";"315,5";"8";"8,5";"";"";'
    '"pad";""\r\n'
    '"1";"2024-07-05 07:30:00";"Legs";"3600";"Hip Thrust (Barbell)";"Rest Timer";"";"";"";"";'
    '"90";"";""\r\n'
    '"1";"2024-07-05 07:30:00";"Legs";"3600";"Hip Thrust (Barbell)";"Note";"";"";"";"";"";'
    '"hips high";""\r\n'
)


@pytest.mark.parametrize(("unit", "logged_unit"), [("lbs", "lb"), ("kg", "kg")])
def test_strongs_workout_number_layout_takes_its_unit_from_the_weight_column(
    log: TrainingLog, tmp_path: Path, unit: str, logged_unit: str
) -> None:
    path = tmp_path / "strong.csv"
    path.write_bytes(STRONG_6.format(unit=unit).encode("utf-8"))
    report = import_csv(path, log, strong_unit="kg" if unit == "lbs" else "lb")
    assert report.format == "strong"
    assert report.bad_rows == []
    assert (report.sets_added, report.unknown_rows) == (2, 1)
    (session,) = log.sessions()
    assert (session.name, session.notes, session.duration_s) == ("Legs", "slow; light", 3600)
    assert session.started_at == datetime(2024, 7, 5, 7, 30).astimezone()
    assert [(s.kind, s.unit, s.reps, s.rpe, s.note) for s in session.sets] == [
        ("warmup", logged_unit, 10, None, ""),
        ("normal", logged_unit, 8, 8.5, "pad"),
    ]
    assert session.sets[1].load_kg == pytest.approx(to_kg(315.5, logged_unit))  # type: ignore[arg-type]


def test_an_export_in_pounds_imported_again_adds_nothing(log: TrainingLog) -> None:
    began = datetime(2026, 11, 2, 18, 0).astimezone()
    session = log.start_session("Strength", began)
    loads = [to_kg(135, "lb"), 100.005, 99.995, 100.0, 0.0, 1000.0, to_kg(2204.6, "lb")]
    for number, load in enumerate(loads, start=1):
        log.add_set(session, number, load_kg=load, reps=5, ended_at=began, unit="lb")
    out = io.StringIO()
    export_strong(log.sessions(), out, unit="lb")
    report = import_text(out.getvalue(), log, strong_unit="lb")
    assert report.bad_rows == []
    assert (report.sets_added, report.sets_already_there) == (0, len(loads))


def test_an_empty_weight_is_a_load_not_logged_and_round_trips(
    log: TrainingLog, tmp_path: Path
) -> None:
    report = import_text(HEADER + row("1", weight="") + row("2", weight="0"), log)
    assert report.bad_rows == []
    (session,) = log.sessions()
    assert [s.load_kg for s in session.sets] == [None, 0.0], "empty is not logged, 0 is 0 kg"
    out = io.StringIO()
    export_strong(log.sessions(), out)
    again = import_text(out.getvalue(), log)
    assert (again.sets_added, again.sets_already_there) == (0, 2)


@pytest.mark.parametrize(
    ("cell", "hour", "minute"),
    [
        ("2026-10-09 6:30:00 PM", 18, 30),
        ("2026-10-09 12:05:00 AM", 0, 5),
        ("2026-10-09 12:05 pm", 12, 5),
    ],
)
def test_strongs_twelve_hour_dates_are_read(
    log: TrainingLog, cell: str, hour: int, minute: int
) -> None:
    report = import_text(HEADER + row().replace("2026-10-09 07:30:00", cell), log)
    assert report.bad_rows == []
    (session,) = log.sessions()
    assert (session.started_at.hour, session.started_at.minute) == (hour, minute)


def test_a_thirteen_oclock_pm_is_a_bad_row(log: TrainingLog) -> None:
    report = import_text(HEADER + row().replace("2026-10-09 07:30:00", "2026-10-09 13:00 PM"), log)
    assert [b.line for b in report.bad_rows] == [2]
