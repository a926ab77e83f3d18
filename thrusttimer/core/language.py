"""The languages ThrustTimer speaks and shows, and what each writes differently.

A language is named by a code: "en", "de", "es", "fr" or "pt_BR" (Qt's and the file names'
form). `resolve` reads a locale or language tag as systems and users write it ("de_DE.UTF-8",
"pt-BR", "fr_CA") into one of them; `system_language` follows the environment the way
gettext does (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Numbers and dates are written as each
language writes them: a decimal comma outside English, the day before the month.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # not imported at run time: the window's first frame does not need it
    import datetime

ENGLISH: Final = "en"
LANGUAGES: Final = ("en", "de", "es", "fr", "pt_BR")
"""Every language shipped, English (the source) first."""

NATIVE_NAMES: Final[Mapping[str, str]] = {
    "en": "English",  # i18n: not shown
    "de": "Deutsch",  # i18n: not shown
    "es": "Español",  # i18n: not shown
    "fr": "Français",  # i18n: not shown
    "pt_BR": "Português (Brasil)",  # i18n: not shown
}
"""How each language names itself: what a language menu shows, whatever the interface's."""

_BY_PRIMARY: Final[Mapping[str, str]] = {code.split("_")[0]: code for code in LANGUAGES}
"""A tag's primary language to the code shipped for it: any Portuguese reads Brazilian."""

_DECIMAL_COMMA: Final = frozenset({"de", "es", "fr", "pt_BR"})
_DATE_PATTERNS: Final[Mapping[str, str]] = {
    "en": "{year:04d}-{month:02d}-{day:02d}",
    "de": "{day:02d}.{month:02d}.{year:04d}",
    "es": "{day:02d}/{month:02d}/{year:04d}",
    "fr": "{day:02d}/{month:02d}/{year:04d}",
    "pt_BR": "{day:02d}/{month:02d}/{year:04d}",
}
"""English keeps the ISO date the training log has always shown; the others write the day
first, as their calendars do."""


def resolve(tag: str | None) -> str | None:
    """The shipped language `tag` asks for, or None if it names none of them.

    Accepts POSIX locales ("de_DE.UTF-8", "pt_BR@euro"), BCP 47 tags ("pt-BR", "fr-CA") and
    bare codes, in any case. "C" and "POSIX" name no language.
    """
    if not tag:
        return None
    name = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not name or name.upper() in ("C", "POSIX"):
        return None
    primary = name.split("_")[0].lower()
    return _BY_PRIMARY.get(primary)


def system_language(environ: Mapping[str, str]) -> str:
    """The language the environment asks for, in gettext's order, or English.

    LANGUAGE may list several ("de:en"); the first shipped one wins. LC_ALL, LC_MESSAGES and
    LANG each name one locale; the first that is set decides, even if it is not shipped
    (then English), as for every other program on the system.
    """
    for tag in environ.get("LANGUAGE", "").split(":"):
        found = resolve(tag)
        if found is not None:
            return found
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(key, "")
        if value:
            return resolve(value) or ENGLISH
    return ENGLISH


def is_singular(count: int, language: str) -> bool:
    """Whether `count` takes the singular in `language`: French and Portuguese say 0 in
    the singular ("0 série"), English, German and Spanish only 1."""
    if language in ("fr", "pt_BR"):
        return count in (0, 1)
    return count == 1


def decimal_text(value: float, language: str, places: int | None = None) -> str:
    """`value` as `language` writes it: "62.5" in English, "62,5" elsewhere.

    With `places`, that many digits after the point; without, as few as show the value
    (62.5, 60, 0.25), never in exponent form.
    """
    text = f"{value:.{places}f}" if places is not None else _shortest(value)
    return text.replace(".", ",") if language in _DECIMAL_COMMA else text


def _shortest(value: float) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def parse_decimal(text: str) -> float:
    """A number as a lifter types it in any shipped language: "62.5" and "62,5" both read
    62.5. Raises ValueError for anything else (thousands separators included)."""
    cleaned = text.strip().replace(",", ".", 1)
    if "," in cleaned or not cleaned:
        raise ValueError(f"not a number: {text!r}")  # i18n: not shown
    return float(cleaned)


def date_text(day: datetime.date, language: str) -> str:
    """`day` as `language` writes a date in a table: 2026-12-06, 06.12.2026, 06/12/2026."""
    pattern = _DATE_PATTERNS.get(language, _DATE_PATTERNS[ENGLISH])
    return pattern.format(year=day.year, month=day.month, day=day.day)


_PREFERRED_REGION: Final[Mapping[str, str]] = {
    "en": "gb",
    "de": "de",
    "es": "es",
    "fr": "fr",
    "pt_BR": "br",
}
"""The region of a speech engine's voice that best speaks each language: espeak-ng's
British English (its default), and Brazilian, not European, Portuguese."""


def voice_fit(voice_languages: Sequence[str], language: str) -> int:
    """How well a voice that speaks `voice_languages` (engine tags: "de", "pt-br", "en_US")
    speaks `language`: 2 the language and its preferred region (or no region given),
    1 the language in another region, 0 not at all."""
    primary = language.split("_")[0]
    best = 0
    for tag in voice_languages:
        parts = tag.replace("_", "-").lower().split("-")
        if parts[0] != primary:
            continue
        region = parts[1] if len(parts) > 1 else ""
        best = max(best, 2 if region in ("", _PREFERRED_REGION.get(language, "")) else 1)
    if language == "pt_BR" and best == 2 and all("br" not in t.lower() for t in voice_languages):
        return 1  # a bare "pt" voice is European Portuguese
    return best


def mid_sentence(words: str, language: str) -> str:
    """`words` as they read inside a sentence: "Set 2 of 4" becomes "set 2 of 4", but German
    keeps the capital its nouns have ("Satz 2 von 4")."""
    if language == "de":
        return words
    return words[:1].lower() + words[1:]
