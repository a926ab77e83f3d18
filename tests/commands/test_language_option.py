"""`--language` on the command line: read before any command, refused in one line if unknown."""

from __future__ import annotations

import pytest

from thrusttimer.commands import UsageError
from thrusttimer.commands.language import chosen, install, requested
from thrusttimer.core import i18n


def test_the_option_is_found_anywhere_and_read_as_a_shipped_language() -> None:
    assert requested(["--sets", "3", "--language", "de"]) == "de"
    assert requested(["--language=pt-BR"]) == "pt_BR"
    assert requested(["--sets", "3"]) is None
    assert requested(["--", "--language", "de"]) is None


def test_an_unknown_or_missing_language_is_one_line() -> None:
    with pytest.raises(
        UsageError, match=r"^--language: 'xx' is not a language ThrustTimer speaks; choose en, de"
    ):
        requested(["--language", "xx"])
    with pytest.raises(UsageError, match=r"^--language: expected a language code"):
        requested(["--language"])


def test_without_the_option_the_system_language_is_spoken() -> None:
    assert chosen([], environ={"LANG": "fr_FR.UTF-8"}) == "fr"
    assert chosen(["--language", "es"], environ={"LANG": "fr_FR.UTF-8"}) == "es"


def test_installing_english_needs_no_catalogue_and_another_reads_it_lazily() -> None:
    install("en")
    assert i18n.language() == "en"
    install("de")
    assert i18n.language() == "de"
    assert i18n.translate("NoSuchContext", "Some text") == "Some text"
