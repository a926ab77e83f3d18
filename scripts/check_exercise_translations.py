"""Check the translated exercise files against the English ones, for a contributor.

    python scripts/check_exercise_translations.py

For every English exercise file (thrusttimer/core/exercises/*.toml) and every shipped
language but English (`thrusttimer.core.language.LANGUAGES`), the translation must exist
and load as the app loads it (`content.load_exercise`: laid over the English file, so a
key the English lacks, a wrong id or a placeholder a phrase may not use is refused by the
app's own checks), and leave out no word (`content_language.missing_words`). On top of
what the app refuses, a translation must keep to what a lifter hears and reads:

- where every English wording of a spoken list says a placeholder, every translated one
  says it too (the rep count in squeeze_full must always be heard);
- a spoken wording holds no digits or symbols once its placeholders are taken out
  (numbers are written out or come from a placeholder; espeak-ng reads symbols oddly);
- a phase label, the gym screen's big word, has at most LABEL_MAX characters.

Prints one line per problem and exits 1, or a summary and exits 0.
"""

from __future__ import annotations

import re
import string
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from thrusttimer.core.content import (  # noqa: E402
    EXERCISES,
    ContentError,
    Exercise,
    available_exercises,
    load_exercise,
)
from thrusttimer.core.content_language import missing_words, translation_file  # noqa: E402
from thrusttimer.core.language import ENGLISH, LANGUAGES  # noqa: E402

LABEL_MAX = 12
NOT_SPOKEN = re.compile(r"[0-9%×*/+=#@&<>\[\]_|~^$]")
"""Characters a spoken wording must not hold once its placeholders are taken out."""


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def spoken_lists(exercise: Exercise) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(key path, wordings) of everything `exercise` can say."""
    yield from ((f"phrases.{key}", words) for key, words in exercise.phrases.items())
    for kind, points in (
        ("setup_checklist", exercise.setup_checklist),
        ("form_points", exercise.form_points),
    ):
        yield from ((f"{kind}[id={point.id}].spoken", point.spoken) for point in points)


def problems(exercise_id: str, language: str) -> Iterator[str]:
    where = f"{language}/{exercise_id}.toml"
    path = translation_file(EXERCISES, exercise_id, language)
    if not path.is_file():
        yield f"{where}: is missing"
        return
    try:
        translated = load_exercise(exercise_id, language)
        words = tomllib.loads(path.read_text(encoding="utf-8"))
    except (ContentError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        yield f"{where}: {error}"
        return
    english_data = tomllib.loads((EXERCISES / f"{exercise_id}.toml").read_text(encoding="utf-8"))
    yield from (f"{where}: {key}: is missing" for key in missing_words(english_data, words))
    english = dict(spoken_lists(load_exercise(exercise_id, ENGLISH)))
    for key, wordings in spoken_lists(translated):
        always = set.intersection(*map(fields, english.get(key, ("",))))
        for index, wording in enumerate(wordings):
            for name in sorted(always - fields(wording)):
                yield f"{where}: {key}[{index}]: lacks {{{name}}}: every English wording says it"
            bad = sorted(set(NOT_SPOKEN.findall(re.sub(r"\{\w+\}", "", wording))))
            if bad:
                yield f"{where}: {key}[{index}]: is spoken but holds {' '.join(bad)}: {wording!r}"
    for phase, info in translated.phases.items():
        if len(info.label) > LABEL_MAX:
            yield f"{where}: phases.{phase}.label: {info.label!r} is over {LABEL_MAX} characters"


def main() -> int:
    languages = [code for code in LANGUAGES if code != ENGLISH]
    exercises = available_exercises()
    found = [line for e in exercises for code in languages for line in problems(e, code)]
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem(s)", file=sys.stderr)
        return 1
    print(
        f"ok: {len(exercises) * len(languages)} translated files ({len(exercises)} exercises x "
        f"{len(languages)} languages: {', '.join(languages)}) match their English files"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
