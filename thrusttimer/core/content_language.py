"""An exercise in another language: the English file with a translation's words laid over it.

A translation lives in ``exercises/<language>/<id>.toml`` and holds only words, under the
same ids as the English file: the name and summary, each phase's label, instruction and
breath words, the text and spoken wordings of each set-up check and form point (by id), and
the phrases (by key). Everything else (tempo, breath, shapes, order) is the English file's,
so a translation cannot change how the exercise runs. A key the English file does not have,
or an id it does not know, is refused with the file and the key; a word the translation
leaves out is said in English (`missing_words` lists them: the tests require none).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from thrusttimer.core.schema import Wrong, join, kind

WORDS_AT_TOP = ("name", "summary")
WORDS_OF_PHASE = ("label", "instruction", "breath_words")
WORDS_OF_POINT = ("text", "spoken")
POINT_LISTS = ("setup_checklist", "form_points")
ALLOWED_AT_TOP = ("format", "id", *WORDS_AT_TOP, "phases", *POINT_LISTS, "phrases")


def translation_file(folder: Path, exercise_id: str, language: str) -> Path:
    return folder / language / f"{exercise_id}.toml"


def overlay(english: Mapping[str, Any], words: Mapping[str, Any]) -> dict[str, Any]:
    """The English exercise data with the translation's `words` in place of its own.

    Raises Wrong (key path and what is wrong) for a translation whose shape does not match
    the English file; the result is checked as any exercise file is, afterwards.
    """
    merged = copy.deepcopy(dict(english))
    for key in words:
        if key not in ALLOWED_AT_TOP:
            allowed = ", ".join(ALLOWED_AT_TOP)
            # i18n: not shown
            raise Wrong(key, f"not a word of an exercise; a translation may hold {allowed}")
    for key in ("format", "id"):
        if key in words and words[key] != english.get(key):
            raise Wrong(
                key,
                # i18n: not shown
                f"must be the English file's {english.get(key)!r}, not {kind(words[key])}",
            )
    for key in WORDS_AT_TOP:
        if key in words:
            merged[key] = words[key]
    _overlay_phases(merged, words.get("phases", {}))
    for name in POINT_LISTS:
        _overlay_points(merged, name, words.get(name, []))
    _overlay_phrases(merged, words.get("phrases", {}))
    return merged


def _table(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise Wrong(where, f"must be a table, not {kind(value)}")  # i18n: not shown
    return value


def _overlay_phases(merged: dict[str, Any], phases: object) -> None:
    english = _table(merged.get("phases", {}), "phases")
    for phase, value in _table(phases, "phases").items():
        where = join("phases", phase)
        if phase not in english:
            # i18n: not shown
            raise Wrong(where, f"the English file has no such phase; it has {', '.join(english)}")
        target = dict(_table(english[phase], where))
        for key, text in _table(value, where).items():
            if key not in WORDS_OF_PHASE or key not in target:
                present = [k for k in WORDS_OF_PHASE if k in target]
                raise Wrong(
                    join(where, key),
                    # i18n: not shown
                    f"not a word of this phase; it has {', '.join(present)}",
                )
            target[key] = text
        merged["phases"] = {**merged["phases"], phase: target}


def _overlay_points(merged: dict[str, Any], name: str, points: object) -> None:
    if not isinstance(points, list):
        raise Wrong(name, f"must be a list ([[{name}]]), not {kind(points)}")  # i18n: not shown
    english = merged.get(name, [])
    by_id = {p.get("id"): index for index, p in enumerate(english) if isinstance(p, Mapping)}
    result = list(english)
    for index, value in enumerate(points):
        where = f"{name}[{index}]"
        point = _table(value, where)
        point_id = point.get("id")
        if point_id not in by_id:
            # i18n: not shown
            raise Wrong(join(where, "id"), f"{kind(point_id)} is not an id of the English {name}")
        target = dict(result[by_id[point_id]])
        for key, text in point.items():
            if key == "id":
                continue
            if key not in WORDS_OF_POINT:
                raise Wrong(
                    join(where, key),
                    # i18n: not shown
                    f"not a word of a point; it has {', '.join(WORDS_OF_POINT)}",
                )
            target[key] = text
        result[by_id[point_id]] = target
    merged[name] = result


def _overlay_phrases(merged: dict[str, Any], phrases: object) -> None:
    english = _table(merged.get("phrases", {}), "phrases")
    target = dict(english)
    for key, value in _table(phrases, "phrases").items():
        if key not in english:
            # i18n: not shown
            raise Wrong(join("phrases", key), "the English file has no such phrase")
        target[key] = value
    merged["phrases"] = target


def missing_words(english: Mapping[str, Any], words: Mapping[str, Any]) -> Iterator[str]:
    """The key paths of every word of `english` that the translation `words` leaves out."""
    for key in WORDS_AT_TOP:
        if key in english and key not in words:
            yield key
    translated_phases = words.get("phases", {})
    for phase, value in english.get("phases", {}).items():
        for key in WORDS_OF_PHASE:
            if key in value and key not in translated_phases.get(phase, {}):
                yield join(join("phases", phase), key)
    for name in POINT_LISTS:
        translated = {p.get("id"): p for p in words.get(name, []) if isinstance(p, Mapping)}
        for point in english.get(name, []):
            for key in WORDS_OF_POINT:
                if key not in translated.get(point.get("id"), {}):
                    yield f"{name}[id={point.get('id')}].{key}"
    translated_phrases = words.get("phrases", {})
    for key in english.get("phrases", {}):
        if key not in translated_phrases:
            yield join("phrases", key)
