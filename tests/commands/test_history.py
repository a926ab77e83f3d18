"""`thrusttimer history`: print, export, import, and one-line errors with exit code 2."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from thrusttimer.cli import main
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
    assert "Hip Thrust (Barbell)" in out
    assert "line one / line two" in out
    assert "2 sessions, 4 sets." in out
    # 110 × (1 + 5/30) = 128.3
    assert "Best estimated 1RM (Epley): 128.3 kg on 2026-11-09." in out


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


def test_import_reports_bad_lines_and_exits_1(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = FIXTURES / "strong-export.csv"
    assert main(["history", "--import", str(path)]) == 1
    captured = capsys.readouterr()
    assert "5 sets in 2 sessions imported from a Strong export" in captured.out
    assert f"{path}: line 8: Weight: 'forty' is not a number" in captured.err
    assert captured.err.count("\n") == 6
    assert main(["history", "--import", str(path)]) == 1
    assert "2 sessions already in the log" in capsys.readouterr().out


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
