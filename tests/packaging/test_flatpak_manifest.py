"""The Flatpak manifest (untested as a build here: flatpak-builder cannot fetch runtimes on this
machine) still has to agree with the project: the same app ID, command and files, every Python
dependency pyproject.toml declares, espeak-ng built in and PulseAudio allowed."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging_support import ROOT

yaml = pytest.importorskip("yaml", reason="PyYAML is in the test extra")

APP_ID = "io.github.thrusttimer.ThrustTimer"
MANIFEST = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(MANIFEST.read_text())
    return loaded


def modules(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {module["name"]: module for module in manifest["modules"]}


def test_runs_the_app_on_the_pyside_base_app_with_sound(manifest: dict[str, Any]) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert manifest["id"] == APP_ID
    assert manifest["command"] in pyproject["project"]["gui-scripts"]
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]
    assert "--socket=pulseaudio" in manifest["finish-args"]
    espeak = modules(manifest)["espeak-ng"]
    assert espeak["sources"][0]["url"].endswith("espeak-ng.git")


def test_ships_every_python_dependency_except_pyside(manifest: dict[str, Any]) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    needed = set()
    for requirement in pyproject["project"]["dependencies"]:
        name = re.split(r"[<>=!~; \[]", requirement, maxsplit=1)[0].lower().replace("-", "_")
        # PySide6 comes with the BaseApp; audioop-lts only on Python >= 3.13.
        if not name.startswith("pyside6") and "python_version>='3.13'" not in requirement:
            needed.add(name)
    sources = modules(manifest)["python3-dependencies"]["sources"]
    shipped = {Path(source["url"]).name.split("-")[0].lower() for source in sources}
    assert needed <= shipped
    assert all(len(source["sha256"]) == 64 for source in sources)


def test_installs_files_that_exist(manifest: dict[str, Any]) -> None:
    commands = "\n".join(modules(manifest)["thrusttimer"]["build-commands"])
    paths = re.findall(r"((?:packaging|assets)/\S+)", commands.replace("${FLATPAK_ID}", APP_ID))
    assert paths
    for path in paths:
        if "${size}" in path:
            for size in (16, 24, 32, 48, 64, 128, 256, 512):
                assert (ROOT / path.replace("${size}", str(size))).is_file()
        else:
            assert (ROOT / path).is_file(), path
