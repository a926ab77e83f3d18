"""Qt resources: the build compiles resources.qrc, and the installed package loads it.

The wheel is built and installed for real (no build isolation: this venv's PySide6 and
setuptools do the build), then imported from a fresh interpreter outside the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from thrusttimer.gui.rcc import QRC_NAME, compile_qrc, qrc_inputs, source_of

ROOT = Path(__file__).resolve().parents[1]
ICON = ROOT / "assets" / "icons" / "thrusttimer.svg"

# Prints where the package came from, how its resources were loaded and the icon's bytes.
PROBE = """
import json, pathlib, sys
import thrusttimer
from PySide6.QtCore import QFile, QIODevice
from thrusttimer.gui import resources
loaded = resources.ensure_loaded(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else None)
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
fonts = resources.load_fonts()
accepted = resources.sound("accepted")
icon = QFile(resources.APP_ICON)
data = b""
if icon.open(QIODevice.OpenModeFlag.ReadOnly):
    data = bytes(icon.readAll().data())
print(json.dumps({
    "package": thrusttimer.__file__,
    "source": loaded.source.value,
    "notice": loaded.notice,
    "exists": QFile(":/icons/thrusttimer.svg").exists(),
    "icon": data.decode("utf-8", "replace"),
    "fonts": fonts,
    "sound_rate": accepted.rate if accepted else None,
    "sound_frames": len(accepted.samples) // 2 if accepted else 0,
}))
"""


def probe(cwd: Path, pythonpath: str, *args: str, hide_generated: bool = False) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": pythonpath, "QT_QPA_PLATFORM": "offscreen"}
    code = PROBE
    if hide_generated:
        # What a checkout that was never built looks like: no generated module to import.
        code = "import sys; sys.modules['thrusttimer.gui._resources_rc'] = None\n" + code
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


def copy_sources(target: Path) -> Path:
    """The files a fresh clone has (no caches, no generated module)."""
    target.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "_resources_rc.py")
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "resources.qrc", "README.md"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    # packaging/ holds the desktop files pyproject's data-files put in the wheel.
    for folder in ("assets", "packaging", "thrusttimer"):
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    return target


def test_the_built_wheel_carries_its_resources_and_the_installed_package_loads_them(
    tmp_path: Path,
) -> None:
    source = copy_sources(tmp_path / "clone")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", "dist", str(source)],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=300,
    )
    # build makes the sdist, then the wheel from the unpacked sdist: both must carry what
    # the hook needs, and the wheel the compiled module.
    (sdist,) = (tmp_path / "dist").glob("*.tar.gz")
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert "thrusttimer/gui/_resources_rc.py" in archive.namelist()
    assert not (source / "thrusttimer" / "gui" / "_resources_rc.py").exists()

    site = tmp_path / "site"
    install = ["install", "--no-deps", "--no-index", "--target", str(site), str(wheel)]
    subprocess.run(
        [sys.executable, "-m", "pip", *install],
        check=True,
        capture_output=True,
        timeout=300,
    )
    answer = probe(tmp_path, str(site))

    assert Path(answer["package"]).is_relative_to(site)
    assert answer["source"] == "package"
    assert answer["exists"] is True
    assert answer["icon"] == ICON.read_text(encoding="utf-8")
    # The app's own fonts and its UI sounds come from the same compiled resources.
    assert answer["fonts"] is True
    assert answer["sound_rate"] == 48_000
    assert int(answer["sound_frames"]) > 1000
    assert sdist.stat().st_size > 0


def test_a_checkout_that_was_never_built_compiles_into_the_cache_once(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = probe(tmp_path, str(ROOT), str(cache), hide_generated=True)
    assert first["source"] == "compiled"
    assert first["exists"] is True
    assert first["icon"] == ICON.read_text(encoding="utf-8")
    (compiled,) = (cache / "resources").glob("*.rcc")
    stamp = compiled.stat().st_mtime_ns

    second = probe(tmp_path, str(ROOT), str(cache), hide_generated=True)
    assert second["source"] == "compiled"
    assert list((cache / "resources").glob("*.rcc")) == [compiled]
    assert compiled.stat().st_mtime_ns == stamp


def test_an_editable_checkout_with_an_older_module_recompiles_from_the_sources(
    tmp_path: Path,
) -> None:
    source = copy_sources(tmp_path / "clone")
    generated = source / "thrusttimer" / "gui" / "_resources_rc.py"
    compile_qrc(source / "resources.qrc", generated)
    icon = source / "assets" / "icons" / "thrusttimer.svg"
    os.utime(generated, (1_700_000_000, 1_700_000_000))
    for path in (source / "resources.qrc", *map(source_of, qrc_inputs(source / "resources.qrc"))):
        os.utime(path, (1_600_000_000, 1_600_000_000))
    fresh = probe(tmp_path, str(source), str(tmp_path / "cache"))
    assert fresh["source"] == "package"

    edited = icon.read_text(encoding="utf-8").replace("#ff8c1a", "#ff9933")
    icon.write_text(edited, encoding="utf-8")
    stale = probe(tmp_path, str(source), str(tmp_path / "cache"))
    assert stale["source"] == "compiled"
    assert stale["icon"] == edited


def test_without_module_or_qrc_the_app_runs_without_icons_and_says_so(tmp_path: Path) -> None:
    code = (
        "import sys, pathlib; sys.modules['thrusttimer.gui._resources_rc'] = None\n"
        "from thrusttimer.gui import resources\n"
        "print(resources.load(qrc=pathlib.Path(sys.argv[1])).notice)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "nothing.qrc")],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert "icons are missing" in result.stdout


def test_compiling_twice_gives_the_same_bytes_whatever_the_file_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    source = copy_sources(tmp_path / "clone")
    qrc = source / "resources.qrc"
    first = compile_qrc(qrc, tmp_path / "first.py").read_bytes()
    for path in qrc_inputs(qrc):
        os.utime(path, (1_800_000_000, 1_800_000_000))
    second = compile_qrc(qrc, tmp_path / "second.py").read_bytes()
    assert first == second
    assert b"qt_resource_data" in first
    # Readable by everyone, as a module installed system-wide must be.
    assert (tmp_path / "second.py").stat().st_mode & 0o777 == 0o644


def test_every_file_the_qrc_lists_exists() -> None:
    from thrusttimer.gui.resources import CHECKOUT_QRC

    assert CHECKOUT_QRC == ROOT / QRC_NAME
    listed = qrc_inputs(ROOT / "resources.qrc")
    assert ICON in listed
    # A translation's .qm is compiled from its .ts, which git keeps.
    assert all(source_of(path).is_file() for path in listed)
    assert {path.name for path in listed if path.suffix == ".qm"} == {
        f"thrusttimer_{code}.qm" for code in ("de", "es", "fr", "pt_BR")
    }


def test_a_translation_is_compiled_into_the_resources_and_loads(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    source = copy_sources(tmp_path / "clone")
    for stale in (source / "assets" / "i18n").glob("*.qm"):
        stale.unlink()
    compile_qrc(source / "resources.qrc", tmp_path / "resources.rcc", binary=True)
    assert (source / "assets" / "i18n" / "thrusttimer_de.qm").is_file()
    from PySide6.QtCore import QResource

    assert QResource.registerResource(str(tmp_path / "resources.rcc"), "/probe")
    try:
        assert QTranslator().load(":/probe/i18n/thrusttimer_de.qm")
    finally:
        QResource.unregisterResource(str(tmp_path / "resources.rcc"), "/probe")
