"""The window's languages: chosen from the settings or the system, installed from the resources."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import InstallLanguage
from thrusttimer.core import i18n
from thrusttimer.core.i18n import SPEECH, translate
from thrusttimer.gui.translation import Languages, choose, install, system_choice


@pytest.fixture
def app(qapp: QApplication, install_language: InstallLanguage) -> QApplication:
    """The application, English again after the test (`install_language`'s clean-up)."""
    return qapp


def test_the_saved_languages_win_and_the_coach_follows_the_screen() -> None:
    assert choose("fr", None, {"LANG": "de_DE.UTF-8"}) == Languages("fr", "fr")
    assert choose(None, None, {"LANG": "de_DE.UTF-8"}) == Languages("de", "de")
    assert choose(None, "es", {"LANGUAGE": "pt_BR"}) == Languages("pt_BR", "es")
    assert choose("klingon", None, {"LANG": "C"}) == Languages("en", "en")
    assert system_choice({"LC_ALL": "fr_CA.UTF-8"}) == "fr"


def test_german_is_installed_from_the_resources_with_qts_own_words(app: QApplication) -> None:
    assert install(app, Languages("de", "de")) is None
    assert translate("Keys", "Ready") == "Bereit"
    assert QCoreApplication.translate("Keys", "Ready") == "Bereit"
    # Qt's own texts (the standard dialogs' buttons) come in German too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().decimalPoint() == ","
    assert (i18n.language(), i18n.speech_language()) == ("de", "de")


def test_the_coach_may_speak_another_language_than_the_screen(app: QApplication) -> None:
    assert install(app, Languages("en", "fr")) is None
    assert translate("Keys", "Ready") == "Ready"
    set_word = "the word before a work set's number: Set {next}"
    assert translate(SPEECH, "Set", set_word) == "Série"
    assert (i18n.language(), i18n.speech_language()) == ("en", "fr")
    assert app.findChildren(QTranslator) != []  # the coach's catalogue, not installed


def test_english_installs_no_translator(app: QApplication) -> None:
    assert install(app, Languages("en", "en")) is None
    assert app.findChildren(QTranslator) == []
    assert translate("Keys", "Ready") == "Ready"
    assert QLocale().decimalPoint() == "."
