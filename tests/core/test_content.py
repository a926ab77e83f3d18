from __future__ import annotations

import re
from pathlib import Path

import pytest

from thrusttimer.core.content import (
    EXERCISES,
    REQUIRED_PHRASES,
    ContentError,
    Stance,
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
    with pytest.raises(ContentError, match="format: must be 1"):
        parse_exercise("format = 2")
    with pytest.raises(ContentError):
        parse_exercise("format = 1\nid = 'x'")


def test_an_exercise_file_is_read_as_its_text_parses(tmp_path: Path) -> None:
    path = tmp_path / "hip-thrust.toml"
    text = (EXERCISES / "hip-thrust.toml").read_text(encoding="utf-8")
    path.write_text(text.replace('label = "Thrust"', 'label = "Drive"'), "utf-8")
    assert read_exercise(path, "hip-thrust").phases[Phase.THRUST].label == "Drive"


@pytest.mark.parametrize("exercise_id", available_exercises())
def test_every_exercise_file_passes_the_schema(exercise_id: str) -> None:
    """Every file in the folder, so a new exercise is checked as soon as it is added."""
    path = EXERCISES / f"{exercise_id}.toml"
    exercise = read_exercise(path)
    assert exercise == load_exercise(exercise_id)
    assert exercise.id == path.stem
    assert set(exercise.phrases) >= set(REQUIRED_PHRASES)
    assert ("switch_sides" in exercise.phrases) is exercise.unilateral
    # The fullest cue of each movement phase says its breath, so the breathing is coached.
    for phase in (Phase.BRACE, Phase.THRUST, Phase.SQUEEZE, Phase.DESCENT):
        fullest = exercise.phrase(f"{phase}_full")[0].lower()
        assert exercise.phrase(f"{phase}_breath")[0].lower() in fullest, phase


@pytest.mark.parametrize("exercise_id", available_exercises())
def test_an_exercise_only_mentions_the_kit_it_uses(exercise_id: str) -> None:
    exercise = load_exercise(exercise_id)
    words = [exercise.name, exercise.summary]
    words += [p.instruction for p in exercise.phases.values()]
    for point in (*exercise.setup_checklist, *exercise.form_points):
        words += [point.text, *point.spoken]
    words += [w for variants in exercise.phrases.values() for w in variants]
    said = " ".join(words).lower()
    if not exercise.bench:
        assert re.search(r"\bbench\b", said) is None
    if not exercise.bar:
        assert re.search(r"\b(bar|barbell|plates?)\b", said) is None


def test_the_glute_session_exercises_say_what_they_need() -> None:
    kit = {
        e: (x.unilateral, x.bench, x.bar, x.stance)
        for e in available_exercises()
        for x in [load_exercise(e)]
    }
    assert kit == {
        "hip-thrust": (False, True, True, Stance.FEET_FLAT),
        "single-leg-hip-thrust": (True, True, False, Stance.SINGLE_LEG),
        "b-stance-hip-thrust": (True, True, True, Stance.B_STANCE),
        "glute-bridge": (False, False, True, Stance.FEET_FLAT),
        "frog-pump": (False, False, False, Stance.SOLES_TOGETHER),
    }


def test_the_new_keys_default_when_an_older_file_leaves_them_out() -> None:
    text = (EXERCISES / "hip-thrust.toml").read_text(encoding="utf-8")
    for line in ("unilateral = false", "bench = true", "bar = true", 'stance = "feet-flat"'):
        assert line in text
        text = text.replace(line, "")
    exercise = parse_exercise(text)
    assert (exercise.unilateral, exercise.bench, exercise.bar) == (False, True, True)
    assert exercise.stance is Stance.FEET_FLAT


def test_a_file_whose_id_is_not_its_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "glute-bridge.toml"
    path.write_text((EXERCISES / "hip-thrust.toml").read_text(encoding="utf-8"), "utf-8")
    with pytest.raises(ContentError, match=r"^glute-bridge\.toml: id: must be the file's name"):
        read_exercise(path)
