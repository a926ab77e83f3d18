"""Where ThrustTimer finds the files it ships (the voice pack and other assets)."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def assets_dir() -> Path:
    """The folder that holds ``voice/`` and the other shipped assets.

    In order: a PyInstaller bundle's ``sys._MEIPASS/assets``; the installed package's own
    ``thrusttimer/_assets`` (the wheel ships ``assets/`` there as package data); the
    checkout's top-level ``assets/`` next to the ``thrusttimer`` package. The first folder
    that exists wins; the checkout's path is returned when none does, so an error message
    can name where it looked.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if isinstance(frozen, str):
        candidates.append(Path(frozen) / "assets")
    candidates.append(_PACKAGE / "_assets")
    checkout = _PACKAGE.parent / "assets"
    candidates.append(checkout)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return checkout


def catalogue_file(language: str) -> Path:
    """The interface's .ts catalogue of `language` (read without Qt: `core.ts_catalog`)."""
    return assets_dir() / "i18n" / f"thrusttimer_{language}.ts"  # i18n: not shown
