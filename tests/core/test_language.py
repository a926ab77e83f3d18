"""Languages: reading locale tags, the system's choice, and how each writes numbers and dates."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core import i18n
from thrusttimer.core.language import (
    LANGUAGES,
    date_text,
    decimal_text,
    is_singular,
    parse_decimal,
    resolve,
    system_language,
)


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("de_DE.UTF-8", "de"),
        ("de_AT", "de"),
        ("pt-BR", "pt_BR"),
        ("pt_PT.UTF-8", "pt_BR"),
        ("fr_CA@euro", "fr"),
        ("ES", "es"),
        ("en_GB", "en"),
        ("it_IT.UTF-8", None),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
        (None, None),
    ],
)
def test_a_locale_reads_as_a_shipped_language_or_none(tag: str | None, code: str | None) -> None:
    assert resolve(tag) == code


def test_the_system_language_follows_gettexts_order() -> None:
    assert system_language({"LANGUAGE": "it:de", "LANG": "fr_FR.UTF-8"}) == "de"
    assert system_language({"LC_ALL": "es_ES.UTF-8", "LANG": "fr_FR.UTF-8"}) == "es"
    assert system_language({"LC_MESSAGES": "pt_BR.UTF-8", "LANG": "de_DE"}) == "pt_BR"
    assert system_language({"LANG": "it_IT.UTF-8"}) == "en"  # set, not shipped: English
    assert system_language({}) == "en"


def test_numbers_and_dates_as_each_language_writes_them() -> None:
    assert [decimal_text(62.5, code) for code in LANGUAGES] == ["62.5", *["62,5"] * 4]
    assert decimal_text(60.0, "de") == "60"
    assert decimal_text(2, "fr", 1) == "2,0"
    day = datetime.date(2026, 12, 6)
    assert date_text(day, "en") == "2026-12-06"
    assert date_text(day, "de") == "06.12.2026"
    assert date_text(day, "pt_BR") == "06/12/2026"


def test_zero_is_singular_in_french_and_portuguese_only() -> None:
    assert [is_singular(0, code) for code in LANGUAGES] == [False, False, False, True, True]
    assert all(is_singular(1, code) for code in LANGUAGES)
    assert not any(is_singular(2, code) for code in LANGUAGES)


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.sampled_from(LANGUAGES))
def test_a_written_number_reads_back(value: float, language: str) -> None:
    assert parse_decimal(decimal_text(value, language)) == pytest.approx(value, abs=1e-6)


@given(st.text(max_size=12))
def test_any_typed_text_is_a_number_or_one_value_error(text: str) -> None:
    try:
        parse_decimal(text)
        problem = ""
    except ValueError as error:
        problem = str(error)
    assert "\n" not in problem


def test_translate_uses_the_installed_catalogue_and_speech_its_own() -> None:
    assert i18n.translate("Ctx", "Rest") == "Rest"
    i18n.install(lambda c, t, d=None: f"de:{t}", "de")
    assert (i18n.translate("Ctx", "Rest"), i18n.language(), i18n.speech_language()) == (
        "de:Rest",
        "de",
        "de",
    )
    i18n.install_speech(lambda c, t, d=None: f"fr:{t}", "fr")
    assert i18n.translate("Ctx", "Rest") == "de:Rest"
    assert i18n.translate(i18n.SPEECH, "Rest") == "fr:Rest"
    assert i18n.number(62.5) == "62,5"
    assert i18n.singular(0) is False  # the interface's rule (German)
    i18n.uninstall()
    assert (i18n.translate(i18n.SPEECH, "Rest"), i18n.language()) == ("Rest", "en")


def test_a_voice_fits_a_language_best_in_its_preferred_region() -> None:
    from thrusttimer.core.language import voice_fit

    assert voice_fit(["de"], "de") == 2
    assert voice_fit(["en-gb"], "en") == 2
    assert voice_fit(["en-us"], "en") == 1
    assert voice_fit(["pt-br"], "pt_BR") == 2
    assert voice_fit(["pt"], "pt_BR") == 1
    assert voice_fit(["fr-fr"], "fr") == 2
    assert voice_fit(["fr-be"], "fr") == 1
    assert voice_fit(["es-419"], "es") == 1
    assert voice_fit(["en-gb"], "de") == 0
    assert voice_fit([], "de") == 0


def test_a_fresh_process_translates_to_english_with_nothing_installed() -> None:
    import subprocess
    import sys

    code = "from thrusttimer.core.i18n import translate; print(translate('Ctx', 'Rest'))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "Rest\n"
