"""Killing the process with SIGKILL mid-session loses no completed set."""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from thrusttimer.store.log import DATA_DIR_ENV, LOG_FILE_NAME, TrainingLog
from thrusttimer.store.log_pending import journal_path

REPO = Path(__file__).parents[2]
TIMEOUT_S = 30.0


def read_line(process: subprocess.Popen[str], deadline: float) -> str:
    """The process's next stdout line, or fail once `deadline` (monotonic) has passed."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                pytest.fail("the headless session printed nothing in time")
            if selector.select(timeout=left):
                return process.stdout.readline()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_set_recorded_before_sigkill_is_in_the_log(tmp_path: Path) -> None:
    env = {**os.environ, DATA_DIR_ENV: str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.store.headless_runner", "--load", "60", "--rest", "60"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + TIMEOUT_S
        line = read_line(process, deadline)
        assert line.startswith("recorded set 1 id="), line
        assert process.poll() is None, "the session is still running (resting before set 2)"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    set_id = int(line.strip().split("id=")[1])
    with TrainingLog.open(tmp_path / LOG_FILE_NAME) as log:
        assert log.notice is None
        (session,) = log.sessions()
        (logged,) = session.sets
    assert logged.id == set_id
    assert (logged.set_number, logged.load_kg, logged.reps, logged.planned_reps) == (1, 60, 2, 2)
    assert logged.tempo == "0.5-0-0.5-0"
    assert logged.tut_s == pytest.approx(2.0)
    assert session.ended_at is None, "killed before the session could finish"


def run_command_records() -> bool:
    """Does this build's `thrusttimer run` take --load (the lead wires it in)?"""
    from thrusttimer.commands import COMMANDS

    if "run" not in COMMANDS:
        return False
    shown = subprocess.run(
        [sys.executable, "-m", "thrusttimer", "run", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    return "--load" in shown.stdout


def count_sets(path: Path) -> int:
    if not path.exists():
        return 0
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    try:
        return int(db.execute("SELECT count(*) FROM sets").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet
    finally:
        db.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_run_command_loses_no_set_to_sigkill(tmp_path: Path) -> None:
    if not run_command_records():
        pytest.skip("`thrusttimer run --headless --load` is not in this build yet")
    env = {**os.environ, DATA_DIR_ENV: str(tmp_path)}
    args = ["--headless", "--load", "60", "--sets", "3", "--reps", "2", "--tempo", "1-0-1-0"]
    args += ["--rest", "60", "--lead-in", "0", "--cue-mode", "tones"]
    process = subprocess.Popen(
        [sys.executable, "-m", "thrusttimer", "run", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    path = tmp_path / LOG_FILE_NAME
    try:
        deadline = time.monotonic() + 2 * TIMEOUT_S
        while count_sets(path) == 0:
            assert time.monotonic() < deadline, "no set was recorded in time"
            assert process.poll() is None, f"the run ended early ({process.returncode})"
            # process.wait is the bounded wait between looks at the log (returns early if
            # the process ends).
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    with TrainingLog.open(path) as log:
        (session,) = log.sessions()
        assert [(s.set_number, s.load_kg, s.reps) for s in session.sets] == [(1, 60, 2)]
        assert session.ended_at is None


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_set_waiting_for_a_locked_log_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    TrainingLog.open(path).close()  # a log in WAL mode: the runner can open it, not write
    journal = journal_path(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the lock as set 1 ends
    env = {**os.environ, DATA_DIR_ENV: str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.store.headless_runner", "--load", "60", "--rest", "60"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while not journal.exists():
            assert time.monotonic() < deadline, "set 1 was not kept aside in time"
            assert process.poll() is None, f"the run ended early ({process.returncode})"
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.05)  # the bounded wait between looks
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        holder.execute("ROLLBACK")
        holder.close()
    assert process.returncode == -signal.SIGKILL
    with TrainingLog.open(path) as log:
        assert log.notice is not None
        assert "1 set(s) kept while the training log could not be written" in log.notice
        (session,) = log.sessions()
        (logged,) = session.sets
    assert (logged.set_number, logged.load_kg, logged.reps, logged.planned_reps) == (1, 60, 2, 2)
    assert not journal.exists()
