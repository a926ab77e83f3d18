"""The messages the presets panel shows under its list: why an action on a preset changed
nothing, and what an import or export did."""

from __future__ import annotations

from pathlib import Path

from thrusttimer.core.i18n import translate


def create_failed(reason: str) -> str:
    return translate(
        "PresetPanel", "Could not create the preset: {reason}. Nothing was changed."
    ).format(reason=reason)


def duplicate_failed(reason: str) -> str:
    return translate(
        "PresetPanel", "Could not duplicate the preset: {reason}. Nothing was changed."
    ).format(reason=reason)


def rename_failed(reason: str) -> str:
    return translate(
        "PresetPanel", "Could not rename the preset: {reason}. Nothing was changed."
    ).format(reason=reason)


def save_failed(reason: str) -> str:
    return translate(
        "PresetPanel", "Could not save the preset: {reason}. Nothing was changed."
    ).format(reason=reason)


def delete_failed(reason: str) -> str:
    return translate(
        "PresetPanel", "Could not delete the preset: {reason}. Nothing was changed."
    ).format(reason=reason)


def import_failed(file: str, reason: str) -> str:
    return translate(
        "PresetPanel", "Could not import {file}: {reason}. Nothing was changed."
    ).format(file=file, reason=reason)


def imported(name: str, file: str) -> str:
    return translate("PresetPanel", "Imported “{name}” from {file}.").format(name=name, file=file)


def export_failed(path: Path, reason: object) -> str:
    return translate("PresetPanel", "Could not export to {path}: {reason}.").format(
        path=path, reason=reason
    )


def exported(name: str, path: Path) -> str:
    return translate("PresetPanel", "Exported “{name}” to {path}.").format(name=name, path=path)
