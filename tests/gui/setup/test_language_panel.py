"""The set-up's language choice: shown from the settings, given back with Start."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from thrusttimer.gui.setup.language_panel import LanguagePanel
from thrusttimer.store.settings import Settings


def test_the_panel_shows_the_saved_choice_and_gives_the_new_one(qtbot: QtBot) -> None:
    panel = LanguagePanel()
    qtbot.addWidget(panel)
    assert panel.choice == (None, None)
    assert panel.screen_language.itemText(0) == "As the system: English"  # LANGUAGE=en
    panel.load(("de", None))
    assert panel.choice == ("de", None)
    assert panel.screen_language.currentText() == "Deutsch"
    panel.coach_language.setCurrentIndex(panel.coach_language.findData("pt_BR"))
    assert panel.choice == ("de", "pt_BR")
    assert panel.coach_language.currentText() == "Português (Brasil)"


def test_the_languages_are_saved_and_read_back(tmp_path: object) -> None:
    settings = Settings()
    assert settings.languages() == (None, None)
    settings.save_languages("fr", "es")
    assert Settings().languages() == ("fr", "es")
    settings.save_languages(None, "es")
    assert Settings().languages() == (None, "es")


def test_a_saved_value_that_names_no_language_follows_the_system() -> None:
    from PySide6.QtCore import QSettings

    settings = Settings()
    settings.save_languages("de", None)
    settings.sync()
    raw = QSettings(str(settings.path), QSettings.Format.IniFormat)
    raw.setValue("language/interface", "klingon")
    raw.sync()
    assert Settings().languages() == (None, None)
