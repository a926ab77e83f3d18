"""`thrusttimer run --headless`: one-line errors, and a whole workout without an audio device."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store.test_sigkill import count_sets
from thrusttimer.cli import main
from thrusttimer.commands.progress import Progress
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.store.log import DATA_DIR_ENV, LOG_FILE_NAME, TrainingLog

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--reps", "0"],
            "--reps: '0' is not allowed (out of range); allowed: a whole number from 1 to 100",
        ),
        (["--tempo", "fast"], "--tempo: 'fast' is not allowed"),
        (["--cue-mode", "loud"], "--cue-mode: 'loud' is not allowed"),
        (
            ["--latency-offset", "abc"],
            "--latency-offset: 'abc' is not allowed (not a whole number)",
        ),
        (["--latency-offset", "5000"], "allowed: a whole number from -500 to 500 ms"),
        (["--preset", "nope"], "--preset: 'nope' is not allowed"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_option(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--headless", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("thrusttimer run: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_without_headless_it_says_what_to_use(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--sets", "1"]) == 2
    assert "only --headless is available yet" in capsys.readouterr().err


def test_an_unwritable_event_log_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "log.jsonl"
    assert main(["run", "--headless", "--event-log", str(target)]) == 2
    assert "--event-log: cannot write" in capsys.readouterr().err


@pytest.mark.slow
def test_a_tiny_plan_completes_on_time_without_an_audio_device(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    # A server address that does not exist: no audio output, whatever the machine has.
    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path}/no-server", PYTHONPATH=str(ROOT))
    plan = ["--sets", "1", "--reps", "1", "--tempo", "1-0-1-0", "--lead-in", "0"]
    extra = ["--cue-mode", "tones", "--event-log", str(log)]
    done = subprocess.run(
        [sys.executable, "-m", "thrusttimer", "run", "--headless", *plan, *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "no audio output" in done.stdout
    assert "Workout complete" in done.stdout
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    start, end = entries[0], entries[-1]
    assert start["event"] == "session_start"
    assert end["event"] == "session_end"
    assert end["completed"] is True
    assert end["t_mono"] - start["t_mono"] == pytest.approx(start["total_s"], abs=0.1)
    dropped = [e for e in entries if e["event"] == "cue_dropped"]
    assert {e["id"] for e in dropped} == {"tick.brace", "tick.thrust", "tick.descent", "done"}
    assert {e["reason"] for e in dropped} == {"no audio output"}


def _session() -> tuple[Session, FakeClock]:
    clock = FakeClock()
    plan = Plan.build(None, sets=2, reps=3, tempo="1-0-1-0", lead_in_s=0, rest_s=30)
    session = Session(plan, clock=clock)
    session.start()
    return session, clock


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_progress_line_is_rewritten_in_place() -> None:
    session, clock = _session()
    screen = Terminal()
    progress = Progress(screen)
    progress.update(session)
    clock.advance(3.5)
    session.tick()
    progress.update(session)
    text = screen.getvalue()
    assert "\n" not in text
    assert text.count("\r") == 2
    assert text.split("\r")[-1].startswith("set 1/2 · rep 1/3 · thrust  0.5 s · 0:03 of")


def test_elsewhere_it_prints_one_plain_line_per_phase() -> None:
    session, clock = _session()
    out = io.StringIO()
    progress = Progress(out)
    for _ in range(10):
        progress.update(session)
        clock.advance(0.5)
        session.tick()
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue()
    assert [line.split(" · ")[2].split()[0] for line in lines] == ["brace", "thrust", "descent"]


def test_rendering_progress_is_one_line_in_place_or_printed_once_per_change() -> None:
    screen = Terminal()
    on_terminal = Progress(screen)
    for text in ("Preparing voice: 0/2", "Preparing voice: 1/2", "Voice ready: 2 of 2"):
        on_terminal.status(text)
    on_terminal.finish()
    last = screen.getvalue().split("\r")[-1]
    # Padded over the longer line before it, then the line is closed.
    assert last == "Voice ready: 2 of 2" + " " * 1 + "\n"
    piped = io.StringIO()
    elsewhere = Progress(piped)
    for text in ("Preparing voice: 0/2", "Preparing voice: 0/2", "Voice ready: 2 of 2"):
        elsewhere.status(text)
    assert piped.getvalue().splitlines() == ["Preparing voice: 0/2", "Voice ready: 2 of 2"]


def test_an_event_log_that_is_a_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--headless", "--event-log", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"thrusttimer run: error: --event-log: cannot write '{tmp_path}': ")
    assert err.count("\n") == 1


def test_a_terminal_that_goes_away_stops_the_display_not_the_workout() -> None:
    session, _ = _session()
    screen = Terminal()
    progress = Progress(screen)
    screen.close()  # what a hung-up terminal does to each write: it fails
    progress.note("Sound: no audio output")
    progress.update(session)
    progress.finish()
    assert progress.gone


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM and SIGHUP as POSIX sends them")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_sigterm_or_sighup_mid_workout_ends_the_session_in_both_logs(
    tmp_path: Path, name: str
) -> None:
    number = getattr(signal, name)
    events = tmp_path / "events.jsonl"
    env = {
        **os.environ,
        DATA_DIR_ENV: str(tmp_path),
        "PULSE_SERVER": f"unix:{tmp_path}/no-server",  # no sound, whatever the machine has
        "PYTHONPATH": str(ROOT),
    }
    args = ["--headless", "--load", "60", "--sets", "3", "--reps", "2", "--tempo", "1-0-1-0"]
    args += ["--rest", "60", "--lead-in", "0", "--cue-mode", "tones", "--event-log", str(events)]
    process = subprocess.Popen(
        [sys.executable, "-m", "thrusttimer", "run", *args],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log_path = tmp_path / LOG_FILE_NAME
    try:
        deadline = time.monotonic() + 60
        while count_sets(log_path) == 0:  # set 1 is done: the 60 s rest has begun
            assert time.monotonic() < deadline, "no set was recorded in time"
            assert process.poll() is None, f"the run ended early ({process.returncode})"
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.05)
        process.send_signal(number)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 128 + number, err
    assert "Stopped: " in out
    assert "Traceback" not in err
    last = json.loads(events.read_text().splitlines()[-1])
    assert last["event"] == "session_end"
    assert last["completed"] is False
    with TrainingLog.open(log_path) as log:
        (session,) = log.sessions()
        assert [(s.set_number, s.load_kg, s.reps) for s in session.sets] == [(1, 60, 2)]
        assert session.ended_at is not None, "the session's end is in the training log"


def test_the_headless_coach_carries_the_form_points_on_like_the_windows(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    # The same memory as the window's (the saved settings), so a run on the command line
    # carries on with the form points where the last workout stopped, not from the first.
    # (`qapp`: the run uses the process's application, and must not make a bare one.)
    from thrusttimer.commands.run import HeadlessRun
    from thrusttimer.conductor import conductor as module
    from thrusttimer.store.settings import Settings

    class Built(Exception):
        pass

    seen: dict[str, object] = {}

    def capture(*args: object, **options: object) -> None:
        seen.update(options)
        raise Built

    monkeypatch.setattr(module, "WorkoutConductor", capture)
    run = HeadlessRun(Plan.build(None, sets=1, reps=1, lead_in_s=0), 0, None, io.StringIO())
    with pytest.raises(Built):
        run.run()
    assert isinstance(seen["memory"], Settings)


@pytest.mark.parametrize(
    ("loads", "expected"),
    [
        ("100", [100.0]),
        ("100,60,0", [100.0, 60.0, 0.0]),
        (" 100 , 62.5", [100.0, 62.5]),
    ],
)
def test_load_takes_one_load_an_exercise(loads: str, expected: list[float]) -> None:
    from thrusttimer.commands.run import block_loads_kg

    assert block_loads_kg(loads, 3, "thrusttimer run") == expected


@pytest.mark.parametrize(
    ("loads", "expected"),
    [
        ("100,60,0,20", "--load: 4 loads is not allowed for a workout of 3 exercises; allowed: "),
        ("100,heavy", "--load: 'heavy' is not allowed"),
        ("100,1200", "--load: '1200' is not allowed (out of range); allowed: a number from 0"),
    ],
)
def test_a_bad_load_list_is_one_line_naming_the_option(
    loads: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--headless", "--preset", "glute-day-a", "--load", loads]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert expected in err


@pytest.mark.slow
def test_each_exercise_of_a_headless_whole_session_is_logged_with_its_own_load(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "two.json"
    plan.write_text(
        json.dumps(
            {
                "format": 2,
                "name": "Two",
                "lead_in_s": 0,
                "block_rest_s": 1,
                "blocks": [
                    {"exercise": "hip-thrust", "sets": 1, "reps": 1, "tempo": "1-0-1-0"},
                    {
                        "exercise": "b-stance-hip-thrust",
                        "sets": 1,
                        "reps": 1,
                        "tempo": "1-0-1-0",
                        "switch_s": 1,
                    },
                    {"exercise": "frog-pump", "sets": 1, "reps": 1, "tempo": "1-0-1-0"},
                ],
            }
        )
    )
    env = dict(
        os.environ,
        PULSE_SERVER=f"unix:{tmp_path}/no-server",
        PYTHONPATH=str(ROOT),
        **{DATA_DIR_ENV: str(tmp_path / "data")},
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "thrusttimer",
            "run",
            "--headless",
            "--plan-file",
            str(plan),
            "--cue-mode",
            "tones",
            "--load",
            "100,60,0",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    with TrainingLog.open(tmp_path / "data" / LOG_FILE_NAME) as log:
        (session,) = log.sessions()
    assert [(s.side, s.load_kg) for s in session.sets] == [
        (None, 100.0),
        ("left", 60.0),
        ("right", 60.0),
        (None, 0.0),
    ]
