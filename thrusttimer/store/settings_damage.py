"""What may be wrong with the settings file, in words that follow "Your settings file … ":
found by reading it before Qt does (`damage`), or from Qt's status once it has read it
(`status_problem`)."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QSettings

from thrusttimer.core.i18n import translate
from thrusttimer.core.shown import shown_value

SETTINGS_FORMAT: Final = 1
MAX_SETTINGS_BYTES: Final = 1_000_000
"""A settings file is a few kilobytes; a larger one is not one this app wrote."""


def damage(path: Path) -> str | None:
    """What is wrong with the settings file at `path` (None: nothing, or there is none), in
    words that follow "Your settings file … ". Checked before Qt reads the file, which would
    skip what it cannot parse and then write the file back without it."""
    try:
        if not path.is_file():
            return None  # missing: a first start; a folder or device: Qt says it cannot read it
        with path.open("rb") as stream:
            data = stream.read(MAX_SETTINGS_BYTES + 1)
    except OSError:
        return translate("Settings", "could not be read or written")
    if len(data) > MAX_SETTINGS_BYTES:
        return translate("Settings", "is damaged (it is larger than {megabytes} MB)").format(
            megabytes=MAX_SETTINGS_BYTES // 1_000_000
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return translate("Settings", "is damaged (byte {byte} is not UTF-8 text)").format(
            byte=error.start + 1
        )
    if not text.endswith("\n"):
        return translate(
            "Settings", "is damaged (it is empty or was cut short: its last line is unfinished)"
        )
    found: str | None = None
    section = ""
    for number, line in enumerate(text.split("\n")[:-1], start=1):
        stripped = line.strip()
        if any((char < " " and char not in "\t\r") or char == "\x7f" for char in line):
            return translate(
                "Settings", "is damaged (line {line} holds a control character)"
            ).format(line=number)
        if not stripped or stripped.startswith((";", "#")):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
        elif "=" not in stripped:
            return translate(
                "Settings", "is damaged (line {line} is neither a [section] nor a key=value line)"
            ).format(line=number)
        elif section == "General" and stripped.split("=", 1)[0].strip() == "format":
            found = stripped.split("=", 1)[1].strip()
    if found is None:
        return translate(
            "Settings", "is damaged (it has no format line; it may have been cut short)"
        )
    if found != str(SETTINGS_FORMAT):
        return translate(
            "Settings",
            "was written by another version of ThrustTimer (format {found}; this one reads "
            "format {format})",
        ).format(found=shown_value(found), format=SETTINGS_FORMAT)
    return None


def status_problem(status: QSettings.Status) -> str | None:
    if status is QSettings.Status.AccessError:
        return translate("Settings", "could not be read or written")
    if status is QSettings.Status.FormatError:
        return translate("Settings", "is damaged (not a valid settings file)")
    return None
