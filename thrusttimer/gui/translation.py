"""The window in the lifter's language: Qt's translators for our texts and for Qt's own.

The interface's language is the one saved in the settings, else the system's (the
environment as gettext reads it, else Qt's idea of the system locale); the coach's language
is the one saved for speech, else the interface's. Our catalogues are compiled into the
resources (``:/i18n/thrusttimer_<language>.qm``); Qt's own (the standard dialogs' buttons)
come with PySide6. Each is installed on the application, and `core.i18n` is pointed at Qt's
lookup, so the core's and the commands' texts come from the same catalogue. English is the
source: it needs no catalogue, and installs nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from thrusttimer.core import i18n
from thrusttimer.core.language import ENGLISH, LANGUAGES, resolve, system_language
from thrusttimer.gui import resources

LOCALE_KEYS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


class Languages(NamedTuple):
    interface: str
    speech: str


def system_choice(environ: Mapping[str, str] | None = None) -> str:
    """The system's language: the environment's if it names one, else Qt's system locale
    (Windows and macOS set no environment), else English."""
    environ = os.environ if environ is None else environ
    if any(environ.get(key) for key in LOCALE_KEYS):
        return system_language(environ)
    return resolve(QLocale.system().name()) or ENGLISH


def choose(
    interface: str | None, speech: str | None, environ: Mapping[str, str] | None = None
) -> Languages:
    """The languages to use: the saved ones where set, else the system's."""
    chosen = interface if interface in LANGUAGES else system_choice(environ)
    return Languages(chosen, speech if speech in LANGUAGES else chosen)


def catalogue_path(language: str) -> str:
    return f":/i18n/thrusttimer_{language}.qm"  # i18n: not shown


def install(app: QCoreApplication, languages: Languages) -> str | None:
    """Install the catalogues of `languages` on `app` and in `core.i18n`; a notice if one
    could not be loaded (the window then shows English there, and says so)."""
    interface, speech = languages
    problem = None
    if interface != ENGLISH:
        resources.ensure_loaded()
        ours = QTranslator(app)
        if ours.load(catalogue_path(interface)):
            app.installTranslator(ours)
        else:
            problem = interface
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{interface}", folder):
            app.installTranslator(qt_own)
    # Numbers in spin boxes, dates and months' names as the interface's language writes
    # them, whatever the system's locale (an English screen on a German system too).
    QLocale.setDefault(QLocale(interface))
    i18n.install(QCoreApplication.translate, interface)
    if speech != interface:
        if speech == ENGLISH:
            i18n.install_speech(i18n.source_text, ENGLISH)
        else:
            resources.ensure_loaded()
            spoken = QTranslator(app)
            if not spoken.load(catalogue_path(speech)):
                problem = problem or speech

            def speak(context: str, text: str, disambiguation: str | None = None) -> str:
                return spoken.translate(context, text, disambiguation) or text

            i18n.install_speech(speak, speech)
    if problem is None:
        return None
    return i18n.translate(
        "Translation", "The texts in {language} could not be loaded: they are shown in English."
    ).format(language=problem)
