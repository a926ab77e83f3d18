"""`thrusttimer history`: print, export, import, and one-line errors with exit code 2."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import time
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thrusttimer.cli import main
from thrusttimer.core.shown import shown_value
from thrusttimer.store.interchange import STRONG_COLUMNS
from thrusttimer.store.log import DATA_DIR_ENV, LOG_FILE_NAME, TrainingLog

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    return tmp_path


def add_sessions(data_dir: Path) -> None:
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        for day, load in ((datetime(2026, 11, 2, 18, 0), 100.0), (datetime(2026, 11, 9, 18), 110)):
            began = day.astimezone()
            session = log.start_session("Strength", began, ended_at=began + timedelta(minutes=30))
            for number in (1, 2):
                log.add_set(
                    session,
                    number,
                    load_kg=load,
                    reps=5,
                    ended_at=began,
                    tempo="2-0-1-2",
                    tut_s=25,
                    rpe=8,
                    note="line one\nline two" if number == 2 else "",
                )


def test_an_empty_log_says_so(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    assert capsys.readouterr().out.startswith("No sessions in the training log")


def test_printing_the_log(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_sessions(data_dir)
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "2026-11-02 18:00  Strength, 30 min" in out
    assert "Barbell hip thrust" in out
    assert "line one / line two" in out
    assert "2 sessions, 4 sets." in out
    # 110 × (1 + 5/30) = 128.3
    assert (
        "Barbell hip thrust: best estimated 1RM (Epley) 128.3 kg on 2026-11-09 (110 kg × 5); "
        "heaviest 110 kg × 5 on 2026-11-09; most reps 5 on 2026-11-02; most volume in a "
        "session 1100 kg × reps on 2026-11-09 (4 work sets)."
    ) in out


def test_a_load_not_logged_prints_as_a_dash(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        began = datetime(2026, 11, 2, 18, 0).astimezone()
        session = log.start_session("Strength", began)
        log.add_set(session, 1, load_kg=None, reps=5, ended_at=began)
    assert main(["history"]) == 0
    (row,) = [line for line in capsys.readouterr().out.splitlines() if "hip thrust  " in line]
    assert row.split()[4:6] == ["—", "5"]


def test_a_partial_set_says_so(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        began = datetime(2026, 11, 2, 18, 0).astimezone()
        session = log.start_session("Strength", began)
        log.add_set(session, 1, load_kg=100, reps=5, planned_reps=5, ended_at=began)
        log.add_set(session, 2, load_kg=100, reps=2, planned_reps=5, ended_at=began, note="grip")
    assert main(["history"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if "hip thrust  " in line]
    assert "partial" not in rows[0]
    assert rows[1].endswith("partial, 2 of 5; grip")


def test_the_best_1rm_is_of_the_barbell_hip_thrust_only(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        began = datetime(2026, 11, 2, 18, 0).astimezone()
        session = log.start_session("Glutes", began)
        log.add_set(session, 1, load_kg=100, reps=5, ended_at=began)
        log.add_set(session, 2, load_kg=200, reps=5, ended_at=began, exercise="Glute Bridge")
    assert main(["history"]) == 0
    # 100 × (1 + 5/30) = 116.7; the bridge's 233.3 is not a hip thrust's.
    out = capsys.readouterr().out
    assert "Barbell hip thrust: best estimated 1RM (Epley) 116.7 kg" in out
    assert "Barbell glute bridge: best estimated 1RM (Epley) 233.3 kg" in out


def test_since_and_pounds(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_sessions(data_dir)
    assert main(["history", "--since", "2026-11-05", "--unit", "lb"]) == 0
    out = capsys.readouterr().out
    assert "2026-11-02" not in out
    assert "242.5 lb" in out
    assert "1 session, 2 sets." in out


def test_csv_export_to_a_file_and_to_stdout(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sessions(data_dir)
    target = tmp_path / "log.csv"
    assert main(["history", "--csv", str(target)]) == 0
    assert "Wrote 4 sets from 2 sessions" in capsys.readouterr().out
    with target.open(encoding="utf-8", newline="") as written:
        rows = list(csv.reader(written))
    assert tuple(rows[0]) == STRONG_COLUMNS
    assert len(rows) == 5
    assert main(["history", "--csv", "-", "--since", "2026-11-09"]) == 0
    printed = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert printed[1][:7] == [
        "2026-11-09 18:00:00",
        "Strength",
        "30m",
        "Hip Thrust (Barbell)",
        "1",
        "110",
        "5",
    ]
    assert len(printed) == 3


def test_import_reports_bad_lines_and_exits_3(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = FIXTURES / "strong-export.csv"
    assert main(["history", "--import", str(path)]) == 3
    captured = capsys.readouterr()
    assert "5 sets in 2 sessions imported from a Strong export" in captured.out
    assert f"{path}: line 8: Weight: 'forty' is not a number" in captured.err
    assert f"{path}: line 16: 'Bench Press (Barbell)' is not an exercise" in captured.err
    assert captured.err.count("\n") == 6 + 2, "six bad rows, two exercises we do not know"
    assert main(["history", "--import", str(path)]) == 3
    assert "5 sets already in the log" in capsys.readouterr().out


def test_a_clean_import_exits_0(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sessions(data_dir)
    exported = tmp_path / "mine.csv"
    assert main(["history", "--csv", str(exported)]) == 0
    (data_dir / LOG_FILE_NAME).rename(tmp_path / "old.sqlite3")
    assert main(["history", "--import", str(exported)]) == 0
    assert "4 sets in 2 sessions imported" in capsys.readouterr().out


def test_a_file_that_is_no_export_exits_1_and_imports_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Exercise,Reps\nsquat,5\n")
    assert main(["history", "--import", str(path)]) == 1
    assert "not a Strong or Hevy export" in capsys.readouterr().err


def test_an_unreadable_log_is_replaced_and_the_user_told(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / LOG_FILE_NAME).write_bytes(b"garbage" * 1000)
    assert main(["history"]) == 0
    captured = capsys.readouterr()
    assert "could not be read" in captured.err
    assert "No sessions" in captured.out
    assert any(".unreadable-" in p.name for p in data_dir.iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday"], "--since: 'yesterday' is not a date; allowed: YYYY-MM-DD"),
        (["--since", "2026-02-30"], "--since: '2026-02-30' is not a date"),
        (["--unit", "stone"], "--unit: 'stone' is not a unit; allowed: kg or lb"),
        (["--import-unit", "g"], "--import-unit: 'g' is not a unit"),
        (["--import", "missing.csv"], "--import: 'missing.csv' is not a file"),
        (["--import", "x.csv", "--csv", "y.csv"], "--import: give it alone"),
        (["--csv", "/nonexistent-dir/x.csv"], "--csv: cannot write '/nonexistent-dir/x.csv'"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (
            ["--exercise", "deadlift"],
            "--exercise: 'deadlift' is not an exercise; allowed: hip-thrust, "
            "single-leg-hip-thrust, b-stance-hip-thrust, glute-bridge, frog-pump",
        ),
        (["--import", "x.csv", "--exercise", "frog-pump"], "--import: give it alone"),
    ],
)
def test_bad_options_exit_2_with_one_line(
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(data_dir)
    (data_dir / "x.csv").write_text("Date\n")
    assert main(["history", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("thrusttimer history: error: ")
    assert message in err


def test_help_says_what_each_exit_code_means(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["history", "--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "exit codes: 0 done; 1 nothing imported" in out
    assert "2 bad options" in out
    assert "3 imported, but some rows were bad and skipped" in out


def test_a_clean_import_of_a_file_with_bad_rows_warns_and_exits_3_only_for_them(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = ",".join(STRONG_COLUMNS)
    good = "2026-10-09 07:30:00,Glutes,45m,Hip Thrust (Barbell),1,100,5,0,0,,,"
    rows = [header, good] + [good.replace(",100,", f",bad{n},") for n in range(60)]
    path = tmp_path / "many-bad.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["history", "--import", str(path)]) == 3
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert len(err) == 51
    assert err[0] == f"{path}: line 3: Weight: 'bad0' is not a number"
    assert err[-1] == f"{path}: and 10 more bad rows"
    assert "1 set in 1 session imported from a Strong export; 60 bad rows skipped" in captured.out


def test_csv_export_neutralises_formulas_and_our_import_restores_them(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = {
        "session": '=HYPERLINK("http://evil.example","click")',
        "exercise": "@SUM(1+1)*cmd|' /C calc'!A0 Hip Thrust",
        "note": "+cmd|' /C calc'!A0",
        "notes": "-2+3+cmd|' /C calc'!A0",
    }
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        began = datetime(2026, 11, 2, 18, 0).astimezone()
        session = log.start_session(names["session"], began, notes=names["notes"])
        log.add_set(
            session,
            1,
            load_kg=100,
            reps=5,
            ended_at=began,
            exercise=names["exercise"],
            note=names["note"],
        )
        log.add_set(session, 2, load_kg=100, reps=5, ended_at=began, note=names["note"])
        other = log.start_session("-5", began + timedelta(days=1))
        log.add_set(other, 1, load_kg=90, reps=5, ended_at=began, note="\tx")
    exported = tmp_path / "log.csv"
    assert main(["history", "--csv", str(exported)]) == 0
    with exported.open(encoding="utf-8", newline="") as written:
        rows = list(csv.reader(written))
    assert [rows[1][1], rows[1][3], rows[1][9], rows[1][10]] == [
        "'" + names["session"],
        "'" + names["exercise"],
        "'" + names["note"],
        "'" + names["notes"],
    ]
    assert (rows[3][1], rows[3][9]) == ("-5", "'\tx")
    (data_dir / LOG_FILE_NAME).rename(tmp_path / "old.sqlite3")
    capsys.readouterr()
    assert main(["history", "--import", str(exported)]) == 0
    # An exercise ThrustTimer does not know is named by its line, as it was logged.
    said = f"line 2: {shown_value(names['exercise'], 60)} is not an exercise"
    assert said in capsys.readouterr().err
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        first, second = log.sessions()
    assert (first.name, first.notes) == (names["session"], names["notes"])
    assert [(s.exercise, s.note) for s in first.sets] == [("Hip Thrust (Barbell)", names["note"])]
    assert (second.name, second.sets[0].note) == ("-5", "\tx")


def test_names_and_notes_reach_the_terminal_escaped(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        began = datetime(2026, 11, 2, 18, 0).astimezone()
        session = log.start_session(
            "\x1b]0;pwned\x07Legs\x1b[2J", began, notes="clear\x1b[3J\x00 me"
        )
        log.add_set(
            session,
            1,
            load_kg=100,
            reps=5,
            ended_at=began,
            exercise="Hip\x1b[8m Thrust",
            note="a\x9bb\u2028c",
            tempo="\x1b[1m",
        )
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    for raw in ("\x1b", "\x07", "\x00", "\x9b", "\u2028"):
        assert raw not in out
    assert "\\x1b]0;pwned\\x07Legs\\x1b[2J" in out
    assert "clear\\x1b[3J\\x00 me" in out
    assert "a\\x9bb / c" in out  # U+2028 is a line break: notes are one line per set


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.timeout(20)
def test_an_import_path_that_is_no_file_exits_2_at_once(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    big = tmp_path / "big.csv"
    with big.open("wb") as out:
        out.truncate(80_000_000)
    for path, reason in (
        (fifo, "is not a file but a pipe"),
        (Path("/dev/zero"), "is not a file but a device"),
        (tmp_path, "is not a file but a folder"),
        (big, "is 80 MB; allowed: up to 50 MB"),
    ):
        started = time.monotonic()
        assert main(["history", "--import", str(path)]) == 2
        assert time.monotonic() - started < 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert err.startswith("thrusttimer history: error: --import: '")
        assert reason in err


def test_echoed_option_values_are_cut_short(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "--since", "\x1b[2J" + "9" * 10_000_000]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert len(err) < 200
    assert "\x1b" not in err


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([b"", ",".join(STRONG_COLUMNS).encode() + b"\n"]))
def test_any_file_gets_a_documented_exit_code_and_one_line_per_problem(
    tmp_path_factory: pytest.TempPathFactory, tail: bytes, header: bytes
) -> None:
    folder = tmp_path_factory.mktemp("any")
    path = folder / "any.csv"
    path.write_bytes(header + tail)
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, {DATA_DIR_ENV: str(folder)}),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        code = main(["history", "--import", str(path)])
    assert path.read_bytes() == header + tail
    lines = err.getvalue().splitlines()
    if code == 0:
        assert lines == []
        assert "imported from a" in out.getvalue()
    elif code == 1:
        assert len(lines) == 1
        assert lines[0].startswith(f"thrusttimer history: {path}: ")
    else:
        assert code == 3, code
        assert lines
        assert all(line.startswith(f"{path}: ") for line in lines)
        assert "bad row" in out.getvalue()


def add_glute_day(data_dir: Path) -> None:
    with TrainingLog.open(data_dir / LOG_FILE_NAME) as log:
        began = datetime(2026, 11, 2, 18, 0).astimezone()
        session = log.start_session("Glute day", began)
        log.add_set(session, 1, load_kg=100, reps=8, ended_at=began)
        for number, (side, load) in enumerate([("left", 20), ("right", 22.5)], start=2):
            log.add_set(session, number, load_kg=load, reps=10, ended_at=began,
                        exercise="Single Leg Hip Thrust", side=side)  # fmt: skip
        log.add_set(session, 4, load_kg=None, reps=30, ended_at=began, exercise="frog-pump")


def test_each_exercise_and_side_is_shown_apart(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_glute_day(data_dir)
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "    1  Single-leg hip thrust, left" in out
    assert "    1  Single-leg hip thrust, right" in out
    assert "    1  Frog pump" in out, "an older log's raw id reads as the exercise"
    records = out.splitlines()[-4:]
    assert records[0].startswith("Barbell hip thrust: best estimated 1RM (Epley) 126.7 kg")
    assert records[1].startswith("Single-leg hip thrust, left side: best estimated 1RM")
    assert "heaviest 22.5 kg × 10" in records[2]
    assert records[3] == "Frog pump: most reps 30 on 2026-11-02 (1 work set)."


def test_exercise_keeps_one_exercises_sets(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_glute_day(data_dir)
    assert main(["history", "--exercise", "single-leg-hip-thrust"]) == 0
    out = capsys.readouterr().out
    assert "Barbell hip thrust" not in out
    assert "1 session, 2 sets." in out
    assert main(["history", "--exercise", "Frog Pumps", "--csv", "-"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert [row[3] for row in rows[1:]] == ["Frog Pumps"]


def test_many_unknown_exercises_do_not_flood_the_terminal(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gym.csv"
    rows = [f"2026-10-09 07:30:00,Gym,45m,Exercise {n % 40},1,50,10,0,0,,,\n" for n in range(400)]
    path.write_text(",".join(STRONG_COLUMNS) + "\n" + "".join(rows), encoding="utf-8")
    assert main(["history", "--import", str(path)]) == 0
    captured = capsys.readouterr()
    assert "0 sets in 0 sessions imported" in captured.out
    assert "400 rows of exercises ThrustTimer does not know skipped" in captured.out
    said = captured.err.splitlines()
    assert len(said) == 21, "twenty names, then a count of the rest"
    assert said[0].endswith(
        "lines 2, 42, 82, 122, 162 and 5 more: 'Exercise 0' is not an exercise ThrustTimer "
        "knows; skipped"
    )
    assert said[-1].endswith("and 200 more rows of exercises ThrustTimer does not know, skipped")
