"""The Linux desktop files and the app icon: valid for the tools distributions use, and the
icon files really generated from the SVG at every size the launchers ask for."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from packaging_support import ROOT
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

APP_ID = "io.github.thrusttimer.ThrustTimer"
LINUX = ROOT / "packaging" / "linux"


def load_make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_is_valid() -> None:
    path = LINUX / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout
    entries = dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    assert entries["Exec"] == "thrusttimer"
    assert entries["Icon"] == APP_ID


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_metainfo_is_valid_and_names_the_launcher_and_a_screenshot() -> None:
    path = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = path.read_text()
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert '<screenshot type="default">' in text


def test_every_icon_size_is_committed_at_its_size() -> None:
    make_icons = load_make_icons()
    assert make_icons.SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in make_icons.SIZES:
        image = QImage(str(make_icons.png_path(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    scalable = ROOT / "assets" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "assets" / "icons" / "thrusttimer.svg").read_bytes()


def test_icons_are_what_the_script_renders_from_the_svg(qapp: QApplication, tmp_path: Path) -> None:
    # Pixels, not bytes: another Qt version may encode the same image differently. The qapp
    # fixture first, so the script reuses this QApplication instead of making its own.
    make_icons = load_make_icons()
    make_icons.render_all(make_icons.SOURCE, tmp_path)
    for size in make_icons.SIZES:
        fresh = QImage(str(make_icons.png_path(size, tmp_path)))
        committed = QImage(str(make_icons.png_path(size)))
        worst = max(
            abs(((fresh.pixel(x, y) >> shift) & 0xFF) - ((committed.pixel(x, y) >> shift) & 0xFF))
            for x in range(0, size, max(1, size // 32))
            for y in range(0, size, max(1, size // 32))
            for shift in (0, 8, 16, 24)
        )
        assert worst <= 8, f"{size}px icon differs from the SVG: run scripts/make_icons.py"


def test_windows_and_macos_icons_hold_every_size() -> None:
    from PySide6.QtGui import QImageReader

    for name, sizes in (
        ("thrusttimer.ico", {16, 24, 32, 48, 64, 128, 256}),
        ("thrusttimer.icns", {16, 32, 64, 128, 256, 512}),
    ):
        reader = QImageReader(str(ROOT / "assets" / "icons" / name))
        found = set()
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            found.add(reader.read().width())
        assert found == sizes, name


def test_the_window_names_the_launcher_entry_packaging_installs() -> None:
    # Wayland compositors (and GNOME/KDE on X11) match a window to its launcher entry and
    # icon by this name; it must be the .desktop file's name without the suffix. In a fresh
    # process, so the app's set-up (names, theme) does not leak into other tests.
    code = (
        "from thrusttimer.gui.app import application; app = application(); "
        "print(app.desktopFileName()); print(app.applicationName())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    desktop_name, app_name = result.stdout.split()
    assert desktop_name == APP_ID
    assert (LINUX / f"{desktop_name}.desktop").is_file()
    entry = (LINUX / f"{APP_ID}.desktop").read_text()
    assert f"StartupWMClass={app_name}" in entry.splitlines()
