"""The one way any part of ThrustTimer asks for a text in the lifter's language.

    translate("History", "Set {number} of {sets}").format(number=2, sets=4)

Every text a person reads goes through `translate` (or, inside a Qt class, `self.tr`) with a
context (the class, or the screen it belongs to) and the English source text. The source
text IS the English: with no catalogue installed, `translate` returns it unchanged. Texts
made before a catalogue can be installed (module constants) are marked with
`QT_TRANSLATE_NOOP` and translated where they are shown.

Qt's lupdate finds both calls by name (`pyside6-lupdate`, see `scripts/update_translations.py`)
and collects the texts into `assets/i18n/thrusttimer_<language>.ts`. The window installs
Qt's own translator and hands `translate` to it (`gui/translation.py`); the command line
and the speech worker, which load no Qt, read the same .ts files (`core/ts_catalog.py`).

Placeholders are named (`{sets}`), never positional, and whole sentences are translated,
never pieces joined: word order differs between languages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from thrusttimer.core.language import ENGLISH, decimal_text, is_singular

Translator = Callable[[str, str, "str | None"], str]
"""(context, source text, disambiguation) to the text in the installed language."""


def source_text(context: str, text: str, disambiguation: str | None = None) -> str:
    """The translator of the source language: every text is its own English."""
    return text


SPEECH: Final = "Speech"  # i18n: not shown
"""The context of everything the coach says that is made in code rather than read from the
exercise files ("Next exercise: {name}"). It is answered in the speech language, which may
differ from the interface's."""


class _Installed:
    def __init__(self) -> None:
        self.translator: Translator = source_text
        self.language = ENGLISH
        self.speech_translator: Translator = source_text
        self.speech_language = ENGLISH


_INSTALLED: Final = _Installed()


def install(translator: Translator, language: str) -> None:
    """Make `translator` answer every later `translate`, for texts in `language`: the
    interface, and the speech too until `install_speech` says otherwise."""
    _INSTALLED.translator = translator
    _INSTALLED.language = language
    install_speech(translator, language)


def install_speech(translator: Translator, language: str) -> None:
    """Make `translator` answer the `SPEECH` context, in `language` (the coach's)."""
    _INSTALLED.speech_translator = translator
    _INSTALLED.speech_language = language


def uninstall() -> None:
    """Back to English (the source texts): for tests, and after a failed load."""
    install(source_text, ENGLISH)


def language() -> str:
    """The interface's language ("en" when no catalogue is installed)."""
    return _INSTALLED.language


def speech_language() -> str:
    """The language the coach speaks."""
    return _INSTALLED.speech_language


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` (English) of `context` in the installed language; `text` itself if untranslated.

    The `SPEECH` context is answered in the speech language. `disambiguation` tells apart
    two uses of the same English words in one context (lupdate reads it as the message's
    comment): "Rest" the phase and "Rest" the time left.
    """
    if context == SPEECH:
        return _INSTALLED.speech_translator(context, text, disambiguation)
    return _INSTALLED.translator(context, text, disambiguation)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation where it is defined; returns it untouched. Translate it
    where it is shown: `translate(context, text)` with the same context."""
    return text


def singular(count: int) -> bool:
    """Whether `count` takes the singular form in the installed language."""
    return is_singular(count, _INSTALLED.language)


def number(value: float, places: int | None = None) -> str:
    """`value` written as the installed language writes numbers ("62,5" in German)."""
    return decimal_text(value, _INSTALLED.language, places)


def spoken_number(value: float) -> str:
    """`value` written for the speech engine of the coach's language to read ("62,5")."""
    return decimal_text(value, _INSTALLED.speech_language)
