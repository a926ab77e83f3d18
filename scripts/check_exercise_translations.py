"""Check the translated exercise files against the English ones.

For every English exercise file (thrusttimer/core/exercises/*.toml) and every language
folder (de, es, fr, pt_BR) this checks that the translation exists and parses, has the
same id, the same phases with the same translatable keys, the same checklist and form
point ids in the same order, exactly the English phrase keys, follows the placeholder
rules, has no empty strings, and keeps every phase label short. It holds only words:
no keys beyond the translatable ones.

Placeholder rules, for every translated string and each alternative of a spoken list:
- it may use only the placeholders its English counterpart uses (for a list: any of the
  English alternatives of that key);
- where every English alternative of a list uses a placeholder, every translated
  alternative must use it too (the rep count in squeeze_full must always be heard).

Prints one line per problem and exits 1, or a summary and exits 0. Stdlib only:
    python scripts/check_exercise_translations.py
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "thrusttimer" / "core" / "exercises"
LANGS = ("de", "es", "fr", "pt_BR")
LABEL_MAX = 12

TOP_KEYS = (
    "format",
    "id",
    "name",
    "summary",
    "phases",
    "setup_checklist",
    "form_points",
    "phrases",
)
PHASE_KEYS = ("label", "instruction", "breath_words")
POINT_KEYS = ("id", "text", "spoken")
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
NOT_SPOKEN = re.compile(r"[0-9%×*/+=#@&<>\[\]{}_|~^$]")
"""Characters a spoken alternative must not hold once its placeholders are taken out:
digits (numbers are written out or come from a placeholder) and symbols espeak-ng reads
oddly or not at all."""


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


class Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    # Single strings ---------------------------------------------------------------------

    def string(self, where: str, value: object, english: str | None = None) -> str | None:
        """A non-empty string using no placeholder its English counterpart lacks."""
        if not isinstance(value, str):
            self.problem(where, f"must be a string, not {type(value).__name__}")
            return None
        if not value.strip():
            self.problem(where, "is empty")
            return None
        self.braces(where, value)
        allowed = placeholders(english) if english is not None else set()
        for name in sorted(placeholders(value) - allowed):
            self.problem(where, f"uses {{{name}}}, which the English does not")
        return value

    def braces(self, where: str, value: str) -> None:
        rest = PLACEHOLDER.sub("", value)
        if "{" in rest or "}" in rest:
            self.problem(where, f"has a stray brace: {value!r}")

    # Spoken lists -----------------------------------------------------------------------

    def spoken(self, where: str, value: object, english: object) -> None:
        """A non-empty list of non-empty strings, following the placeholder rules."""
        if not isinstance(value, list) or not value:
            self.problem(where, "must be a non-empty list of strings")
            return
        en = [x for x in english if isinstance(x, str)] if isinstance(english, list) else []
        allowed = set().union(*(placeholders(x) for x in en)) if en else set()
        required = set.intersection(*(placeholders(x) for x in en)) if en else set()
        for index, alternative in enumerate(value):
            at = f"{where}[{index}]"
            if not isinstance(alternative, str):
                self.problem(at, f"must be a string, not {type(alternative).__name__}")
                continue
            if not alternative.strip():
                self.problem(at, "is empty")
                continue
            self.braces(at, alternative)
            used = placeholders(alternative)
            for name in sorted(used - allowed):
                self.problem(at, f"uses {{{name}}}, which no English alternative of it uses")
            for name in sorted(required - used):
                self.problem(at, f"lacks {{{name}}}: every English alternative says it")
            bad = sorted(set(NOT_SPOKEN.findall(PLACEHOLDER.sub("", alternative))))
            if bad:
                self.problem(at, f"is spoken but holds {' '.join(bad)}: {alternative!r}")

    # One file ---------------------------------------------------------------------------

    def file(self, english_path: Path, lang: str) -> bool:
        english = tomllib.loads(english_path.read_text(encoding="utf-8"))
        path = EXERCISES / lang / english_path.name
        where = f"{lang}/{english_path.name}"
        if not path.is_file():
            self.problem(where, "is missing")
            return False
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as error:
            self.problem(where, f"is not UTF-8: {error}")
            return False
        except tomllib.TOMLDecodeError as error:
            self.problem(where, f"is not valid TOML: {error}")
            return False

        for key in data:
            if key not in TOP_KEYS:
                self.problem(where, f"{key}: is not a translatable key")
        for key in TOP_KEYS:
            if key not in data:
                self.problem(where, f"{key}: is missing")
        if "format" in data and data["format"] != english.get("format"):
            self.problem(
                where, f"format: must be {english.get('format')!r}, not {data['format']!r}"
            )
        if "id" in data and data["id"] != english["id"]:
            self.problem(where, f"id: must be {english['id']!r}, not {data['id']!r}")
        for key in ("name", "summary"):
            if key in data:
                self.string(f"{where}: {key}", data[key], english.get(key, ""))

        self.phases(where, data.get("phases"), english["phases"])
        for table in ("setup_checklist", "form_points"):
            self.points(f"{where}: {table}", data.get(table), english[table])
        self.phrases(f"{where}: phrases", data.get("phrases"), english["phrases"])
        return True

    def phases(self, where: str, phases: object, english: dict) -> None:
        if not isinstance(phases, dict):
            if phases is not None:
                self.problem(f"{where}: phases", "must be a table")
            return
        if set(phases) != set(english):
            missing = ", ".join(sorted(set(english) - set(phases))) or "-"
            extra = ", ".join(sorted(set(phases) - set(english))) or "-"
            self.problem(
                f"{where}: phases", f"must be those of English (missing: {missing}; extra: {extra})"
            )
        for name, en_phase in english.items():
            phase = phases.get(name)
            at = f"{where}: phases.{name}"
            if not isinstance(phase, dict):
                continue
            wanted = {k for k in PHASE_KEYS if k in en_phase}
            for key in sorted(set(phase) - wanted):
                self.problem(f"{at}.{key}", "is not in the English phase, or is not language")
            for key in sorted(wanted - set(phase)):
                self.problem(f"{at}.{key}", "is missing")
            for key in sorted(wanted & set(phase)):
                value = self.string(f"{at}.{key}", phase[key], en_phase[key])
                if key == "label" and value is not None and len(value) > LABEL_MAX:
                    self.problem(
                        f"{at}.label", f"{value!r} has {len(value)} characters; at most {LABEL_MAX}"
                    )

    def points(self, where: str, points: object, english: list) -> None:
        if not isinstance(points, list):
            if points is not None:
                self.problem(where, "must be an array of tables")
            return
        ids = [p.get("id") if isinstance(p, dict) else None for p in points]
        en_ids = [p["id"] for p in english]
        if ids != en_ids:
            self.problem(where, f"ids must be {en_ids} in that order, not {ids}")
        en_by_id = {p["id"]: p for p in english}
        for index, point in enumerate(points):
            at = f"{where}[{index}]"
            if not isinstance(point, dict):
                self.problem(at, "must be a table")
                continue
            for key in sorted(set(point) - set(POINT_KEYS)):
                self.problem(f"{at}.{key}", "is not a translatable key")
            en = en_by_id.get(point.get("id"), {})
            if "text" not in point:
                self.problem(f"{at}.text", "is missing")
            else:
                self.string(f"{at}.text", point["text"], en.get("text", ""))
            if "spoken" not in point:
                self.problem(f"{at}.spoken", "is missing")
            else:
                self.spoken(f"{at}.spoken", point["spoken"], en.get("spoken", []))

    def phrases(self, where: str, phrases: object, english: dict) -> None:
        if not isinstance(phrases, dict):
            if phrases is not None:
                self.problem(where, "must be a table")
            return
        for key in sorted(set(english) - set(phrases)):
            self.problem(f"{where}.{key}", "is missing")
        for key in sorted(set(phrases) - set(english)):
            self.problem(f"{where}.{key}", "is not an English phrase key")
        for key in english:
            if key in phrases:
                self.spoken(f"{where}.{key}", phrases[key], english[key])


def main() -> int:
    english_files = sorted(EXERCISES.glob("*.toml"))
    if not english_files:
        print(f"no English exercise files in {EXERCISES}")
        return 1
    checker = Checker()
    parsed = sum(checker.file(path, lang) for path in english_files for lang in LANGS)
    for line in checker.problems:
        print(line)
    if checker.problems:
        print(f"{len(checker.problems)} problem(s)", file=sys.stderr)
        return 1
    print(
        f"ok: {parsed} translated files ({len(english_files)} exercises x {len(LANGS)} languages: "
        f"{', '.join(LANGS)}) match their English files"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
