from __future__ import annotations

from pathlib import Path

import pytest

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


def test_an_exercise_file_is_read_as_its_text_parses(tmp_path: Path) -> None:
    path = tmp_path / "hip-thrust.toml"
    text = (EXERCISES / "hip-thrust.toml").read_text(encoding="utf-8")
    path.write_text(text.replace('label = "Thrust"', 'label = "Drive"'), "utf-8")
    assert read_exercise(path, "hip-thrust").phases[Phase.THRUST].label == "Drive"
