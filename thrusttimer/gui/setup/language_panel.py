"""The set-up's language choice: the screen's language, and the coach's.

Each list offers the system's language first ("As the system: Deutsch"; for the coach, "As
the screen"), then every shipped language by its own name. The choice is saved with Start
and takes effect at the next start of ThrustTimer: the texts already on screen, the voice's
clips and the plan's fitted words were all made in the language of this start.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from thrusttimer.core.i18n import translate
from thrusttimer.core.language import LANGUAGES, NATIVE_NAMES
from thrusttimer.gui.translation import system_choice

Choice = tuple[str | None, str | None]
"""(the screen's language, the coach's); None follows the system, or the screen."""


class LanguagePanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("LanguagePanel", "Language"), parent)
        self.setObjectName("languagePanel")
        self.screen_language = QComboBox()
        self.screen_language.setObjectName("screenLanguage")
        system = NATIVE_NAMES[system_choice()]
        self.screen_language.addItem(
            translate("LanguagePanel", "As the system: {language}").format(language=system), None
        )
        self.coach_language = QComboBox()
        self.coach_language.setObjectName("coachLanguage")
        self.coach_language.addItem(translate("LanguagePanel", "As the screen"), None)
        for code in LANGUAGES:
            self.screen_language.addItem(NATIVE_NAMES[code], code)
            self.coach_language.addItem(NATIVE_NAMES[code], code)
        note = QLabel(
            translate("LanguagePanel", "A new language is used from the next start of ThrustTimer.")
        )
        note.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(translate("LanguagePanel", "Screen"), self.screen_language)
        layout.addRow(translate("LanguagePanel", "Coach"), self.coach_language)
        layout.addRow(note)

    def load(self, choice: Choice) -> None:
        for box, code in zip((self.screen_language, self.coach_language), choice, strict=True):
            index = box.findData(code)
            box.setCurrentIndex(max(index, 0))

    @property
    def choice(self) -> Choice:
        screen, coach = self.screen_language.currentData(), self.coach_language.currentData()
        return (screen if screen in LANGUAGES else None, coach if coach in LANGUAGES else None)
