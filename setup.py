"""Build steps pyproject.toml cannot declare, both in build_py:

- compile resources.qrc with pyside6-rcc into thrusttimer/gui/_resources_rc.py. So
  ``pip install .``, ``pip install -e .`` and ``python -m build`` (sdist, then the wheel from
  it) all generate the module; it is never committed or edited by hand. The output is
  reproducible: thrusttimer/gui/rcc.py fixes SOURCE_DATE_EPOCH unless the builder set one.
- ship the repository's assets/ in the wheel as thrusttimer/_assets/. assets/ sits at the top
  of the repository because the PyInstaller spec, the Flatpak manifest and a source checkout
  all read it there; `thrusttimer.paths.assets_dir()` looks in thrusttimer/_assets/ in an
  installed package. Editable installs skip the copy: they read the checkout's assets/.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
ASSETS = ROOT / "assets"
PACKAGED_ASSETS = Path("thrusttimer") / "_assets"


def _rcc() -> ModuleType:
    # Loaded by path: the package itself is not importable while it is being built.
    spec = importlib.util.spec_from_file_location(
        "_thrusttimer_build_rcc", ROOT / "thrusttimer" / "gui" / "rcc.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPy(build_py):
    """build_py, then the compiled Qt resources and the assets, into the package."""

    def run(self) -> None:
        super().run()
        self._compile_resources()
        if not self.editable_mode:
            self._copy_assets()

    def _compile_resources(self) -> None:
        rcc = _rcc()
        # An editable install imports the package from the source tree, so the module goes
        # there (git ignores it); a normal build puts it in the tree the wheel is made from.
        base = ROOT if self.editable_mode else Path(self.build_lib)
        target = base / "thrusttimer" / "gui" / rcc.GENERATED_MODULE
        rcc.compile_qrc(ROOT / rcc.QRC_NAME, target)
        self.announce(f"compiled {rcc.QRC_NAME} -> {target}", level=2)

    def _copy_assets(self) -> None:
        if not ASSETS.is_dir():
            raise SystemExit(f"{ASSETS} is missing: the wheel would ship without its assets")
        target = Path(self.build_lib) / PACKAGED_ASSETS
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ASSETS, target, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))


setup(cmdclass={"build_py": BuildPy})
