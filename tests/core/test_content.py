from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from thrusttimer.core import content
from thrusttimer.core.content import (
    EXERCISES,
    REQUIRED_PHRASES,
    ContentError,
    available_exercises,
    load_exercise,
    parse_exercise,
    read_exercise,
)
from thrusttimer.core.model import Breath, Phase


def test_hip_thrust_content_carries_the_coaching_facts() -> None:
    exercise = load_exercise("hip-thrust")
    assert exercise.rep_order == (Phase.THRUST, Phase.SQUEEZE, Phase.DESCENT, Phase.BRACE)
    assert exercise.breath(Phase.BRACE) is Breath.INHALE
    assert exercise.breath(Phase.THRUST) is Breath.EXHALE
    assert exercise.breath(Phase.SQUEEZE) is Breath.HOLD
    assert exercise.breath(Phase.DESCENT) is Breath.INHALE
    assert exercise.phases[Phase.THRUST].tempo == "concentric"
    assert exercise.phases[Phase.DESCENT].tempo == "eccentric"
    # Every point of the seed's set-up: bench (and its height), bar, feet, head.
    assert [p.id for p in exercise.setup_checklist] == ["bench", "height", "bar", "feet", "head"]
    # Every point of its form and technique, and "repeat with full range".
    assert {p.id for p in exercise.form_points} >= {
        "neutral-spine", "heels", "lockout", "feet", "knees", "descent", "full-range",
    }  # fmt: skip
    assert all(p.spoken for p in exercise.form_points)
    assert set(REQUIRED_PHRASES) <= set(exercise.phrases)


def test_another_exercise_is_just_another_file() -> None:
    assert "hip-thrust" in available_exercises()
    with pytest.raises(ContentError, match="unknown"):
        load_exercise("bench-press")


def test_broken_content_is_reported_not_crashed_on() -> None:
    with pytest.raises(ContentError, match="not valid TOML"):
        parse_exercise("format = ")
    with pytest.raises(ContentError, match="format must be 1"):
        parse_exercise("format = 2")
    with pytest.raises(ContentError):
        parse_exercise("format = 1\nid = 'x'")


@pytest.fixture
def exercise_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # As installed (Python writes bytecode); this shell may forbid it.
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "hip-thrust.toml"
    shutil.copy(EXERCISES / "hip-thrust.toml", path)
    return path


def test_a_parsed_file_is_read_back_from_its_copy_without_parsing(
    exercise_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = read_exercise(exercise_file, "hip-thrust")
    copies = list((exercise_file.parent / "__pycache__").iterdir())
    assert [c.name.split(".")[:2] for c in copies] == [["hip-thrust", "toml"]]

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(content, "parse_exercise", no_parsing)
    assert read_exercise(exercise_file, "hip-thrust") == first


def test_an_edited_file_is_parsed_again(exercise_file: Path) -> None:
    read_exercise(exercise_file, "hip-thrust")
    text = exercise_file.read_text(encoding="utf-8")
    exercise_file.write_text(text.replace('label = "Thrust"', 'label = "Drive"'), "utf-8")
    assert read_exercise(exercise_file, "hip-thrust").phases[Phase.THRUST].label == "Drive"


def test_no_copy_where_python_keeps_no_bytecode(
    exercise_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert read_exercise(exercise_file, "hip-thrust").name == "Barbell hip thrust"
    assert not (exercise_file.parent / "__pycache__").exists()


def test_a_damaged_copy_or_nowhere_to_write_one_only_means_parsing(exercise_file: Path) -> None:
    expected = read_exercise(exercise_file, "hip-thrust")
    cache = exercise_file.parent / "__pycache__"
    copy = next(cache.iterdir())
    copy.write_bytes(b"not marshal data")
    assert read_exercise(exercise_file, "hip-thrust") == expected
    # No folder can be made for the copy (permissions would not stop root: a file does).
    shutil.rmtree(cache)
    cache.write_bytes(b"")
    exercise_file.touch()
    assert read_exercise(exercise_file, "hip-thrust") == expected
