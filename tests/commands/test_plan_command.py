from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.support.hostile_json import file_bytes
from thrusttimer import __version__
from thrusttimer.cli import main
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import PRESETS


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"thrusttimer {__version__}\n", "")


def test_plan_json_is_one_object_in_the_documented_shape(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "plan", "--sets", "2", "--reps", "3", "--tempo", "3-1-X-1",
                       "--rest", "60", "--lead-in", "10", "--json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["total_s"] == pytest.approx(10 + 2 * 3 + 2 * 3 * 5 + 2 * 2 * 1 + 60)
    assert data["segments"][0] == {
        "set": 1, "rep": None, "phase": "setup", "start_s": 0.0, "duration_s": 10.0, "breath": None,
    }  # fmt: skip
    thrust = data["segments"][2]
    assert (thrust["phase"], thrust["rep"], thrust["duration_s"], thrust["breath"]) == (
        "thrust", 1, 1.0, "exhale",
    )  # fmt: skip
    assert all(set(c) == {"at_s", "id", "text"} for c in data["cues"])
    assert sum(s["duration_s"] for s in data["segments"]) == pytest.approx(data["total_s"])


def test_a_zero_phase_gives_no_segment(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "plan", "--tempo", "2-0-1-0", "--json")
    phases = {s["phase"] for s in json.loads(out)["segments"]}
    # No squeeze (top pause 0); the only braces are the set openings.
    assert "squeeze" not in phases
    braces = [s for s in json.loads(out)["segments"] if s["phase"] == "brace"]
    assert all(s["rep"] == 1 for s in braces)


def test_preset_with_overrides(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "plan", "--preset", "strength", "--reps", "3", "--json")
    data = json.loads(out)
    reps = {s["rep"] for s in data["segments"] if s["phase"] == "thrust"}
    assert reps == {1, 2, 3}
    assert max(s["set"] for s in data["segments"]) == PRESETS["strength"].plan.sets


def test_table_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "--preset", "warm-up")
    assert code == 0
    assert "Light warm-up: 2 × 12, tempo 1-0-1-1" in out
    assert "one rep: up 1 s · squeeze 1 s · down 1 s · pause 0 s" in out
    assert "  Set up  ·" in out  # the phase by its label in the language, the breath's "·"
    assert "Set up for the hip thrust" in out


def test_plan_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.json"
    path.write_text(Plan.build(name="Mine", sets=1, reps=2).to_json())
    code, out, _ = run(capsys, "plan", "--plan-file", str(path))
    assert code == 0
    assert out.startswith("Mine: 1 × 2")


@pytest.mark.parametrize(
    ("start", "name"),
    [
        ([], "Hypertrophy squeeze"),  # no --preset: the default preset
        (["--preset", "strength"], "Heavy strength"),
        (["--plan-file", "{file}"], "Mine"),
        (["--plan-file", "{modified}"], "Mine"),  # already modified: not "(modified) (modified)"
        (["--plan-file", "{long}"], "L" * 49),  # cut to fit the 60-character limit
    ],
)
def test_overridden_plans_are_named_modified_whatever_they_start_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], start: list[str], name: str
) -> None:
    files = {
        "file": Plan.build(name="Mine"),
        "modified": Plan.build(name="Mine (modified)"),
        "long": Plan.build(name="L" * 60),
    }
    for key, plan in files.items():
        (tmp_path / f"{key}.json").write_text(plan.to_json())
    start = [arg.format(**{k: tmp_path / f"{k}.json" for k in files}) for arg in start]
    code, out, _ = run(capsys, "plan", *start, "--sets", "2", "--reps", "2")
    assert code == 0
    assert out.startswith(f"{name} (modified): 2 × 2")
    assert len(f"{name} (modified)") <= 60


def test_overrides_that_change_nothing_keep_the_name(capsys: pytest.CaptureFixture[str]) -> None:
    sets = PRESETS["strength"].plan.sets
    code, out, _ = run(capsys, "plan", "--preset", "strength", "--sets", str(sets))
    assert code == 0
    assert out.startswith(f"Heavy strength: {sets} × ")


def test_presets_lists_every_preset(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "presets")
    assert code == 0
    for key, item in PRESETS.items():
        assert key in out
        assert str(item.plan.tempo) in out
    code, out, _ = run(capsys, "presets", "--json")
    assert set(json.loads(out)) == set(PRESETS)


def test_presets_lists_a_whole_sessions_blocks_under_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "presets")
    assert code == 0
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("glute-day-a "))
    assert "3 blocks" in lines[at]
    assert " 150s " in lines[at]  # the rest between its exercises
    blocks = lines[at + 1 : at + 4]
    assert [line.split()[0] for line in blocks] == ["1.", "2.", "3."]
    assert blocks[0].endswith("Barbell hip thrust")
    assert blocks[1].split()[1:5] == ["3", "10", "2-0-1-1", "75s"]
    assert blocks[1].endswith("B-stance hip thrust each side")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--preset", "nope"],
            "--preset: 'nope' is not allowed (unknown preset); allowed: one of strength",
        ),
        (
            ["--reps", "0"],
            "--reps: '0' is not allowed (out of range); allowed: a whole number from 1 to 100",
        ),
        (
            ["--reps", "1000"],
            "--reps: '1000' is not allowed (out of range); allowed: a whole number from 1 to 100",
        ),
        (
            ["--tempo", "3-1-Z-1"],
            "--tempo: '3-1-Z-1' is not allowed (the concentric 'Z' is not a number",
        ),
        (["--tempo", ""], "--tempo: '' is not allowed (it is empty); allowed: E-P-C-P"),
        (
            ["--rest", "-5"],
            "--rest: '-5' is not allowed (out of range); allowed: a number from 0 to 900 s",
        ),
        (
            ["--rest", "abc"],
            "--rest: 'abc' is not allowed (not a number); allowed: a number from 0 to 900 s",
        ),
        (
            ["--sets", "21"],
            "--sets: '21' is not allowed (out of range); allowed: a whole number from 1 to 20",
        ),
        (
            ["--lead-in", "-1"],
            "--lead-in: '-1' is not allowed (out of range); allowed: a number from 0 to 300 s",
        ),
        (["--cue-mode", "loud"], "--cue-mode: 'loud' is not allowed; allowed: one of full, breath"),
        (
            ["--plan-file", "/no/such/plan.json"],
            "--plan-file: cannot read '/no/such/plan.json': No such file",
        ),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--reps"], "--reps: expected one argument"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    code, out, err = run(capsys, "plan", *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("thrusttimer plan: error: ")
    assert expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "--plan-file"),
        (
            '{"reps": 0}',
            "reps: 0 is not allowed (out of range); allowed: a whole number from 1 to 100",
        ),
        ('{"tempo": "fast"}', "tempo: 'fast' is not allowed"),
        ("[1, 2]", "a JSON object"),
    ],
)
def test_malformed_plan_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    path = tmp_path / "plan.json"
    path.write_text(content)
    code, _, err = run(capsys, "plan", "--plan-file", str(path))
    assert code == 2
    assert err.count("\n") == 1
    assert expected in err


def test_unreadable_plan_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "binary.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    code, _, err = run(capsys, "plan", "--plan-file", str(path))
    assert code == 2
    assert "cannot read" in err


def test_as_a_real_process_bad_input_never_prints_a_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "thrusttimer", "plan", "--tempo", "3-1-Z-1"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("thrusttimer plan: error: --tempo")
    assert "Traceback" not in result.stderr


def test_plan_command_does_not_load_qt() -> None:
    code = (
        "import sys, thrusttimer.cli as c; c.main(['plan', '--json']); "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().endswith("False")


# Files that are not plans, values that start with "-", names with escapes ------------------


@pytest.mark.parametrize("kind", ["device", "fifo", "folder", "huge"])
def test_a_plan_file_that_is_not_a_small_regular_file_is_refused_at_once(
    tmp_path: Path, kind: str
) -> None:
    if kind == "device":
        path = Path("/dev/zero")  # never ends: read to the end, it filled the memory
    elif kind == "fifo":
        path = tmp_path / "plan.fifo"  # no writer: opening it waited forever
        os.mkfifo(path)
    elif kind == "folder":
        path = tmp_path
    else:
        path = tmp_path / "huge.json"
        path.write_text('{"name": "' + "x" * 2_000_000 + '"}')
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "thrusttimer", "plan", "--plan-file", str(path)],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert time.monotonic() - started < 10  # Python's start-up; the refusal itself is instant
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"thrusttimer plan: error: --plan-file: cannot read '{path}'")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "plan: JSON nested too deeply is not allowed"),
        ('{"sets": ' + "9" * 5000 + "}", "a number 5000 characters long is not allowed"),
        ('{"exercise": "squat"}', "exercise: 'squat' is not allowed (unknown exercise)"),
        ('{"name": "a\\ud800b"}', "name: 'a\\ud800b' is not allowed (not valid Unicode text)"),
    ],
)
def test_hostile_plan_files_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    path = tmp_path / "plan.json"
    path.write_text(content)
    for command in ("plan", "run"):
        code, out, err = (
            run(capsys, command, "--headless", "--plan-file", str(path))
            if (command == "run")
            else run(capsys, command, "--plan-file", str(path))
        )
        assert (code, out) == (2, "")
        assert err.count("\n") == 1
        assert expected in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--sets", "-inf"],
            "--sets: '-inf' is not allowed (not a whole number); allowed: a whole number from 1",
        ),
        (["--tempo", "-0-0-1-0"], "--tempo: '-0-0-1-0' is not allowed (it has 5 phases"),
        (["--rest", "-1e9"], "--rest: '-1e9' is not allowed (out of range); allowed: a number"),
        (["--lead", "-x"], "--lead-in: '-x' is not allowed (not a number)"),
        (["--sets", "--reps", "3"], "--sets: expected one argument"),
        (["--sets", "-h"], "--sets: expected one argument"),
    ],
)
def test_values_starting_with_a_dash_reach_the_range_check(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    code, out, err = run(capsys, "plan", *args)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert expected in err


def test_a_name_with_terminal_escapes_is_printed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{"name": "evil\\u001b[2J\\u001b]0;pwned\\u0007\\u0000"}')
    code, out, _ = run(capsys, "plan", "--plan-file", str(path))
    assert code == 0
    assert out.splitlines()[0].startswith("evil\\x1b[2J\\x1b]0;pwned\\x07\\x00: ")
    assert not any(char in out for char in "\x1b\x07\x00")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=file_bytes)
def test_any_plan_file_is_a_plan_or_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(content)
    code, out, err = run(capsys, "plan", "--plan-file", str(path), "--json")
    assert path.read_bytes() == content  # read, never changed
    if code == 0:
        assert json.loads(out)["segments"]
        assert err == ""
    else:
        assert (code, out) == (2, "")
        assert err.count("\n") == 1
        assert err.startswith("thrusttimer plan: error: --plan-file")


def test_the_table_says_the_rests_wait_and_what_the_reminder_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["plan", "--preset", "warm-up"]) == 0
    out = capsys.readouterr().out
    assert "Each rest waits for Ready" in out
    assert "Still resting? Press Ready when you are set" in out
    assert "`run --headless` has no Ready key" in out


def test_plan_in_german_names_phases_and_says_cues_in_german(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "plan", "--language", "de", "--preset", "hypertrophy")
    assert code == 0
    assert out.startswith("Hypertrophie mit Halten: 4 × 10, Tempo 2-0-1-2")
    rows = out.splitlines()
    assert any(row.split()[4:6] == ["Drücken", "ausatmen"] for row in rows[5:20]), rows[5:20]
    assert "Aufbau für den Hip Thrust" in out
    code, out, _ = run(capsys, "plan", "--language", "de", "--preset", "hypertrophy", "--json")
    data = json.loads(out)
    # --json keeps its ids; only the texts are in the language.
    assert [s["phase"] for s in data["segments"][:3]] == ["setup", "brace", "thrust"]
    assert data["segments"][2]["breath"] == "exhale"
    assert data["cues"][0] == {
        "at_s": 0.0,
        "id": "setup.intro",
        "text": "Aufbau für den Hip Thrust",
    }
