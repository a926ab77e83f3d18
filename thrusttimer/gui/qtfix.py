"""Workarounds for two PySide6 problems: a reference-counting bug in 6.12 on Python 3.11,
and a slow check PySide6 makes of every module imported after it (`quicken_feature_scan`).

On CPython 3.11, every call to a PySide6 6.12.0 method that returns nothing (`setText`,
`update`, `setFont`, ...) drops one reference to `None` that it never took (measured:
1000 calls of `QObject.setObjectName` lower `sys.getrefcount(None)` by exactly 1000). `None`
starts with a few thousand references, so after a few thousand such calls the interpreter
aborts with "none_dealloc: deallocating None". The gym screen makes that many calls in under
a minute of a running set.

From Python 3.12 `None` is immortal and the bug is harmless. pyproject.toml keeps 6.12.0
off Python 3.11; this guard covers an environment where that pin was bypassed. When the
bad pair is installed it gives `None` a reserve of references large enough for years of
calls, once. `None` is never freed while the interpreter runs, so that costs nothing.
`thrusttimer.cli` applies it before any command runs, window or headless.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec
from pathlib import Path

AFFECTED = frozenset({"6.12.0"})

RESERVE = 1 << 40
"""About 10^12 references: a million void calls a second would take twelve days to use it."""


def needs_reserve() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    return installed_version() in AFFECTED


def installed_version() -> str | None:
    """PySide6-Essentials' version from its dist-info folder's name, without importing
    PySide6 or importlib.metadata (together ~100 ms: this runs for every command)."""
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        try:
            names = [p.name for p in Path(location).parent.iterdir()]
        except OSError:
            continue
        for name in names:
            package, _, rest = name.partition("-")
            if package.lower() == "pyside6_essentials" and rest.endswith(".dist-info"):
                return rest.removesuffix(".dist-info")
    return None


PROTECTED = (None, True, False)
"""Calls returning bool (`isActive`, `isVisible`...) drop references to True and False too."""


def protect_none() -> None:
    """Add RESERVE to the reference counts of None, True and False, at most once."""
    if not needs_reserve():
        return
    for singleton in PROTECTED:
        if sys.getrefcount(singleton) > RESERVE // 2:
            continue
        import ctypes  # only on the affected pair (~2 ms of every command's start-up)

        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += RESERVE


def quicken_feature_scan() -> bool:
    """Make PySide6's check of each newly imported module cheap. Returns whether it did.

    PySide6 replaces `__import__` to support `from __feature__ import ...`, and then asks of
    every module imported after it whether its source mentions "PySide6", through
    `inspect.getsource` (shibokensupport/feature.py, PYSIDE-2029; napari#8584 found the
    same cost). Opening the window imports ~110 modules after PySide6: measured 11-14 ms of
    its start-up. This asks the same question by reading the module's file, and leaves any
    module without a plain .py file to PySide6's own check. ThrustTimer never uses
    `__feature__`. Imports PySide6.QtCore, which installs the check: only for the window.
    """
    import PySide6.QtCore  # noqa: F401 - installs the import hook this replaces

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "quick", False):
        return False

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
