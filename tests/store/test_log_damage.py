"""A damaged training log: a bad value is reported and left out, real damage is set aside,
and a full disk is never taken for damage."""

from __future__ import annotations

import io
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thrusttimer.cli import main
from thrusttimer.store.log import DATA_DIR_ENV, LOG_FILE_NAME, TrainingLog

REPO = Path(__file__).parents[2]
TZ = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 23, 18, 0, tzinfo=TZ)


def make_log(path: Path) -> None:
    """Three weekly sessions of three sets, every value filled in."""
    with TrainingLog.open(path) as log:
        for week in range(3):
            start = MONDAY + timedelta(weeks=week)
            session = log.start_session(
                f"Week {week} heavy", start, ended_at=start + timedelta(minutes=30)
            )
            for number in (1, 2, 3):
                log.add_set(
                    session,
                    number,
                    load_kg=100 + 10 * week,
                    reps=5,
                    ended_at=start + timedelta(minutes=3 * number),
                    planned_reps=5,
                    tempo="2-0-1-1",
                    tut_s=20.0,
                    rpe=8.0,
                    note=f"note w{week} s{number}",
                )


def history(data_dir: Path | str, *args: str) -> tuple[int, str, str]:
    """`thrusttimer history ARGS` on the log in `data_dir`: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with (
        patch.dict(os.environ, {DATA_DIR_ENV: str(data_dir)}),
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        code = main(["history", *args])
    return code, out.getvalue(), err.getvalue()


def set_aside(folder: Path) -> list[Path]:
    return [
        p
        for p in folder.iterdir()
        if ".unreadable-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]


def test_an_overwritten_byte_in_a_value_is_reported_and_the_rest_is_shown(
    tmp_path: Path,
) -> None:
    path = tmp_path / LOG_FILE_NAME
    make_log(path)
    data = bytearray(path.read_bytes())
    data[data.index(b"note w1 s2")] = 0xFF  # not UTF-8 any more
    data[data.index(b"2026-11-23T18:06:00") + 5] = ord("x")  # week 0, set 2: not a date
    path.write_bytes(bytes(data))

    code, out, err = history(tmp_path)
    assert code == 0
    assert "3 sessions, 8 sets." in out
    assert "\ufffdote w1 s2" in out, "the damaged note is shown, its bad byte as U+FFFD"
    assert "set 2 of the session of 2026-11-23 18:00: the end time '2026-x1-23T18:06" in err
    assert "it is not shown" in err
    assert "the note has bytes that are not text" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, "one notice, on one line"

    code, csv_text, err = history(tmp_path, "--csv", "-")
    assert code == 0
    assert len(csv_text.strip().splitlines()) == 1 + 8
    assert path.read_bytes() == bytes(data), "reading never changes the file"
    assert set_aside(tmp_path) == []


BAD_VALUES = [
    # table, column, SQL value, what the notice says, sets shown (of 9)
    ("sets", "load_kg", "'heavy'", "the load 'heavy' is not a number", 8),
    ("sets", "load_kg", "-5", "the load -5.0 is not a number, 0 or more", 8),
    ("sets", "reps", "2.5", "the reps 2.5 is not a whole number", 8),
    ("sets", "set_number", "0", "the set number 0 is not a whole number, 1 or more", 8),
    ("sets", "ended_at", "'yesterday'", "the end time 'yesterday' is not a date", 8),
    ("sets", "ended_at", "'2026-11-23T18:06:00'", "is not a date and time with its offset", 8),
    ("sets", "session_id", "99", "the set with id 2: it belongs to no session", 8),
    ("sets", "session_id", "'one'", "the set with id 2: it belongs to no session", 8),
    ("sets", "rpe", "12", "the RPE 12.0 is not 6 to 10 in half steps; it is shown empty", 9),
    ("sets", "rpe", "7.3", "the RPE 7.3 is not 6 to 10 in half steps; it is shown empty", 9),
    ("sets", "tut_s", "'long'", "the time under tension 'long' is not a number", 9),
    ("sets", "planned_reps", "-1", "the planned reps -1 is not a whole number", 9),
    ("sets", "unit", "'stone'", "the unit 'stone' is not one of kg, lb; it is shown as kg", 9),
    ("sets", "kind", "'superset'", "the kind 'superset' is not one of normal", 9),
    ("sets", "exercise", "X'C328'", "the exercise has bytes that are not text", 9),
    ("sets", "tempo", "X'FF'", "the tempo has bytes that are not text", 9),
    ("sessions", "started_at", "'soon'", "the start time 'soon' is not a date", 6),
    ("sessions", "ended_at", "'later'", "the end time 'later' is not a date", 9),
    ("sessions", "name", "X'FF'", "the name has bytes that are not text", 9),
]


@pytest.mark.parametrize(("table", "column", "value", "said", "shown"), BAD_VALUES)
def test_each_kind_of_bad_value_is_reported_never_raised(
    tmp_path: Path, table: str, column: str, value: str, said: str, shown: int
) -> None:
    path = tmp_path / LOG_FILE_NAME
    make_log(path)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA ignore_check_constraints = ON")  # as a byte overwritten would
    raw.execute(f"UPDATE {table} SET {column} = {value} WHERE id = 2")
    raw.commit()
    raw.close()
    before = path.read_bytes()

    with TrainingLog.open(path) as log:
        sessions = log.sessions()
        assert log.notice is not None
        assert said in log.notice
        assert "the file was left as it is" in log.notice
        assert sum(len(s.sets) for s in sessions) == shown
        assert log.last_load() is not None
    assert path.read_bytes() == before
    assert set_aside(tmp_path) == []


@cache
def healthy_log() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / LOG_FILE_NAME
        make_log(path)
        return path.read_bytes()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    flips=st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=3)
)
def test_random_overwritten_bytes_give_rows_or_a_clean_report(
    flips: list[tuple[int, int]],
) -> None:
    data = bytearray(healthy_log())
    for at, value in flips:
        data[at % len(data)] = value
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / LOG_FILE_NAME
        path.write_bytes(bytes(data))
        for args in ((), ("--csv", "-")):
            code, _, err = history(folder, *args)
            assert code in (0, 1), "1: the log cannot be used now (said in one line)"
            assert "Traceback" not in err
            assert len(err.strip().splitlines()) <= 1
        aside = set_aside(folder)
        if aside:
            (kept,) = aside
            assert kept.read_bytes() == bytes(data), "set aside exactly as it was"
        else:
            assert path.read_bytes() == bytes(data), "never changed unless set aside"


def test_a_missing_table_sets_the_file_aside_and_starts_a_new_log(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    make_log(path)
    raw = sqlite3.connect(path)
    raw.execute("DROP TABLE sets")
    raw.close()
    damaged = path.read_bytes()
    with TrainingLog.open(path) as log:
        assert log.notice is not None
        assert "the table sets is missing" in log.notice
        assert log.sessions() == []
        session = log.start_session("fresh", MONDAY)
        log.add_set(session, 1, load_kg=60, reps=5, ended_at=MONDAY)
    (kept,) = set_aside(tmp_path)
    assert kept.read_bytes() == damaged
    assert kept.name in log.notice


def _no_room_to_write() -> None:
    """In the child: every write past a file's end fails, as on a full disk."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


OPEN_ON_A_FULL_DISK = """
import sys
from thrusttimer.store.log import LogUnavailable, TrainingLog
try:
    TrainingLog.open(sys.argv[1]).close()
except LogUnavailable as error:
    print("passing" if error.passing else "lasting", error)
else:
    print("opened")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_while_opening_is_not_damage_and_moves_nothing(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    make_log(path)
    before = path.read_bytes()
    child = subprocess.run(
        [sys.executable, "-c", OPEN_ON_A_FULL_DISK, str(path)],
        cwd=REPO,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=_no_room_to_write,  # the child alone cannot write past a file's end
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.startswith("passing the training log "), child.stdout
    assert "cannot be used now: the disk could not be read or written" in child.stdout
    assert set_aside(tmp_path) == [], "a full disk is not damage"
    assert path.read_bytes() == before
    # Space is free again: the same log, every set in it, no notice.
    with TrainingLog.open(path) as log:
        assert log.notice is None
        assert sum(len(s.sets) for s in log.sessions()) == 9
