"""Exercises in every shipped language: each translation complete, in the English file's shape."""

from __future__ import annotations

import string
import tomllib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.content import (
    EXERCISES,
    ContentError,
    available_exercises,
    load_exercise,
)
from thrusttimer.core.content_language import missing_words, overlay, translation_file
from thrusttimer.core.language import LANGUAGES
from thrusttimer.core.schema import Wrong

TRANSLATED = [code for code in LANGUAGES if code != "en"]


def english(exercise_id: str) -> dict[str, Any]:
    return tomllib.loads((EXERCISES / f"{exercise_id}.toml").read_text(encoding="utf-8"))


def words(exercise_id: str, language: str) -> dict[str, Any]:
    path = translation_file(EXERCISES, exercise_id, language)
    return tomllib.loads(path.read_text(encoding="utf-8"))


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("exercise_id", available_exercises())
def test_every_exercise_is_complete_in_every_language(exercise_id: str, language: str) -> None:
    assert translation_file(EXERCISES, exercise_id, language).is_file()
    assert list(missing_words(english(exercise_id), words(exercise_id, language))) == []
    translated, source = load_exercise(exercise_id, language), load_exercise(exercise_id, "en")
    assert translated.phrases.keys() == source.phrases.keys()
    assert [p.id for p in translated.form_points] == [p.id for p in source.form_points]
    assert [p.id for p in translated.setup_checklist] == [p.id for p in source.setup_checklist]
    # Only words change: how the exercise runs is the English file's.
    assert translated.rep_order == source.rep_order
    assert {p: i.tempo for p, i in translated.phases.items()} == {
        p: i.tempo for p, i in source.phases.items()
    }


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("exercise_id", available_exercises())
def test_a_placeholder_every_english_wording_says_is_said_in_every_translated_one(
    exercise_id: str, language: str
) -> None:
    source, translated = load_exercise(exercise_id, "en"), load_exercise(exercise_id, language)
    for key, wordings in source.phrases.items():
        always = set.intersection(*(fields(w) for w in wordings))
        for wording in translated.phrases[key]:
            assert always <= fields(wording), (key, wording)


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translation_is_used_and_english_stays_english(language: str) -> None:
    source = load_exercise("hip-thrust", "en")
    assert (
        load_exercise("hip-thrust", language).phrases["brace_full"] != source.phrases["brace_full"]
    )


def test_a_language_without_a_translation_reads_english() -> None:
    assert load_exercise("hip-thrust", "it") == load_exercise("hip-thrust", "en")


def test_a_translation_cannot_add_a_phrase_or_change_the_id() -> None:
    data = english("hip-thrust")
    with pytest.raises(Wrong, match=r"phrases\.shout: the English file has no such phrase"):
        overlay(data, {"phrases": {"shout": ["Go"]}})
    with pytest.raises(Wrong, match=r"id: must be the English file's 'hip-thrust'"):
        overlay(data, {"id": "frog-pump"})
    with pytest.raises(Wrong, match=r"phases\.thrust\.tempo: not a word of this phase"):
        overlay(data, {"phases": {"thrust": {"tempo": "eccentric"}}})
    with pytest.raises(Wrong, match=r"form_points\[0\]\.id: text \('nope'\) is not an id"):
        overlay(data, {"form_points": [{"id": "nope", "text": "x"}]})


def test_a_broken_shipped_translation_names_its_file(tmp_path: Any, monkeypatch: Any) -> None:
    from thrusttimer.core import content

    (tmp_path / "de").mkdir()
    for path in EXERCISES.glob("*.toml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "de" / "hip-thrust.toml").write_text('format = 1\n[phrases]\ncount = ["{x}"]\n')
    monkeypatch.setattr(content, "EXERCISES", tmp_path)
    content._load_exercise.cache_clear()
    try:
        with pytest.raises(ContentError, match=r"^de/hip-thrust.toml: phrases.count.*\{x\}"):
            load_exercise("hip-thrust", "de")
    finally:
        content._load_exercise.cache_clear()


VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
KEYS = st.sampled_from(["format", "id", "name", "phases", "form_points", "phrases", "x"])


@given(st.dictionaries(KEYS, VALUES, max_size=4))
def test_any_translation_overlays_cleanly_or_is_refused_with_its_key(data: dict[str, Any]) -> None:
    try:
        merged, problem = overlay(english("hip-thrust"), data), ""
    except Wrong as wrong:
        merged, problem = english("hip-thrust"), str(wrong)
    assert "\n" not in problem
    assert merged["rep_order"] == english("hip-thrust")["rep_order"]


def test_the_contributors_checker_finds_nothing_missing_or_too_long() -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "check_exercise_translations.py"
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
