"""Build hook: compile resources.qrc with pyside6-rcc into thrusttimer/gui/_resources_rc.py.

Everything else about the package is declared in pyproject.toml. The hook runs in build_py,
so ``pip install .``, ``pip install -e .`` and ``python -m build`` (sdist, then the wheel
from it) all generate the module; it is never committed or edited by hand. The output is
reproducible: thrusttimer/gui/rcc.py fixes SOURCE_DATE_EPOCH unless the builder set one.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


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


class BuildPyWithResources(build_py):
    """build_py that also writes the compiled Qt resources into the package."""

    def run(self) -> None:
        super().run()
        rcc = _rcc()
        # An editable install imports the package from the source tree, so the module goes
        # there (git ignores it); a normal build puts it in the tree the wheel is made from.
        base = ROOT if self.editable_mode else Path(self.build_lib)
        target = base / "thrusttimer" / "gui" / rcc.GENERATED_MODULE
        rcc.compile_qrc(ROOT / rcc.QRC_NAME, target)
        self.announce(f"compiled {rcc.QRC_NAME} -> {target}", level=2)


setup(cmdclass={"build_py": BuildPyWithResources})
