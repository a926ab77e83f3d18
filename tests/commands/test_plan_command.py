from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from thrusttimer import __version__
from thrusttimer.cli import main
from thrusttimer.core.plan import PRESETS, Plan


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
    assert "  setup    ·" in out
    assert "Set up for the hip thrust" in out


def test_plan_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.json"
    path.write_text(Plan.build(name="Mine", sets=1, reps=2).to_json())
    code, out, _ = run(capsys, "plan", "--plan-file", str(path))
    assert code == 0
    assert out.startswith("Mine: 1 × 2")


def test_presets_lists_every_preset(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "presets")
    assert code == 0
    for key, item in PRESETS.items():
        assert key in out
        assert str(item.plan.tempo) in out
    code, out, _ = run(capsys, "presets", "--json")
    assert set(json.loads(out)) == set(PRESETS)


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
