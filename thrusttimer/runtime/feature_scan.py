"""PySide6 reads the source of every module imported after it: read the file instead.

PySide6 replaces `__import__` to support `from __feature__ import ...`, and then asks of
every module imported after it whether its source mentions "PySide6", through
`inspect.getsource` (shibokensupport/feature.py `_mod_uses_pyside`, PYSIDE-2029; napari#8584
found the same cost). Opening the window imports ~110 modules after PySide6. This asks the
same question by reading the module's file, and leaves any module without a plain .py file
to PySide6's own check. ThrustTimer never uses `__feature__`.

Affected: PySide6 6.x up to 6.11 (checked on 6.11.3). `tests/runtime/test_feature_scan.py`
fails when the installed PySide6 no longer reads sources (drop this module), or still does
on a version outside `AFFECTED` (widen it).
"""

from __future__ import annotations

import sys

AFFECTED = ((6, 0), (6, 12))
"""PySide6 versions from the first up to, not including, the second."""


def affected(version: tuple[int, ...]) -> bool:
    low, high = AFFECTED
    return low <= tuple(version[:2]) < high


def quicken_feature_scan() -> bool:
    """Make PySide6's check of each newly imported module cheap. Returns whether it did.

    Imports PySide6.QtCore, which installs the check: call it only for the window, before
    the window's modules load.
    """
    import PySide6
    import PySide6.QtCore  # installs the import hook this replaces

    if not affected((int(PySide6.__version_info__[0]), int(PySide6.__version_info__[1]))):
        return False
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
