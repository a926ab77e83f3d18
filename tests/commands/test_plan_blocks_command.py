"""`plan --plan-file` and `run --headless --plan-file` with workouts of several blocks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thrusttimer.cli import main
from thrusttimer.core.presets import PRESETS

GOOD_FIRST = {"exercise": "hip-thrust", "sets": 2, "reps": 3, "tempo": "1-0-1-1", "rest_s": 10}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_whole_session_file_prints_its_blocks_sides_and_switches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "glute.json"
    path.write_text(PRESETS["glute-day-a"].plan.to_json())
    code, out, _ = run(capsys, "plan", "--plan-file", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    phases = [s["phase"] for s in data["segments"]]
    assert "switch" in phases
    assert {s.get("block", 0) for s in data["segments"]} == {0, 1, 2}
    sides = [s.get("side") for s in data["segments"] if s["phase"] == "thrust"]
    assert sides.count("left") == sides.count("right") > 0
    code, out, _ = run(capsys, "plan", "--plan-file", str(path))
    assert code == 0
    assert out.startswith("Glute day A: Barbell hip thrust 4 × 10")
    assert "B-stance hip thrust 3 × 10 each side" in out


def test_a_whole_sessions_table_names_each_segments_exercise_and_side(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "plan", "--preset", "glute-day-a")
    assert code == 0
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.lstrip().startswith("start"))
    assert lines[header].split()[-2:] == ["side", "exercise"]
    table = [line.split() for line in lines[header + 1 : lines.index("", header)]]
    assert table[0][-3:] == ["Barbell", "hip", "thrust"]
    # Phases by their labels ("Rest", "Switch"), as the language says them.
    between = next(r for r in table if r[4] == "Rest" and r[7] == "→")
    assert between[-3:] == ["B-stance", "hip", "thrust"]
    switch = next(r for r in table if r[4] == "Switch")
    assert switch[6] == "left"
    right = next(r for r in table if r[4] == "Thrust" and r[6] == "right")
    assert right[-3:] == ["B-stance", "hip", "thrust"]
    assert table[-1][-2:] == ["Frog", "pump"]
    # A one-exercise plan keeps the table it always had.
    code, out, _ = run(capsys, "plan", "--preset", "hypertrophy")
    assert "exercise" not in out.splitlines()[4]
    assert out.splitlines()[4].endswith("breath")


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            {"exercise": "deadlift", "sets": 3, "reps": 8},
            "block 2: exercise: 'deadlift' is not allowed (unknown exercise); allowed: one of",
        ),
        (
            {"exercise": "frog-pump", "reps": 20},
            "block 2 (frog-pump): sets: nothing is not allowed (missing); allowed: a whole "
            "number from 1 to 20",
        ),
        (
            {"exercise": "glute-bridge", "sets": 3, "reps": 8, "switch_s": 10},
            "block 2 (glute-bridge): switch_s: 10 is not allowed (glute-bridge works both legs "
            "at once: it has no sides); allowed: only on a one-sided exercise "
            "(b-stance-hip-thrust, single-leg-hip-thrust)",
        ),
    ],
)
@pytest.mark.parametrize("command", [["plan"], ["run", "--headless"]])
def test_a_bad_plan_file_exits_2_naming_the_block_the_field_and_what_is_allowed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    block: dict[str, object],
    expected: str,
    command: list[str],
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": 2, "blocks": [GOOD_FIRST, block]}))
    code, out, err = run(capsys, *command, "--plan-file", str(path))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"thrusttimer {command[0]}: error: --plan-file '{path}': {expected}")
