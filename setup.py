"""Build steps that pyproject.toml cannot declare: ship the repository's assets/ in the wheel.

assets/ sits at the top of the repository because the PyInstaller spec, the Flatpak manifest
and a source checkout all read it there. Inside a wheel it travels as thrusttimer/_assets/,
the place `thrusttimer.paths.assets_dir()` looks in an installed package. Editable installs
skip the copy: they read the checkout's assets/ directly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
ASSETS = HERE / "assets"
PACKAGED_ASSETS = Path("thrusttimer") / "_assets"


class BuildPy(build_py):
    """build_py, then copy assets/ to <build_lib>/thrusttimer/_assets/."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        if not ASSETS.is_dir():
            raise SystemExit(f"{ASSETS} is missing: the wheel would ship without its assets")
        target = Path(self.build_lib) / PACKAGED_ASSETS
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ASSETS, target, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))


setup(cmdclass={"build_py": BuildPy})
