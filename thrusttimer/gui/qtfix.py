"""A guard against a reference-counting bug in PySide6 6.12 on Python 3.11.

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

import ctypes
import sys
from importlib import metadata

AFFECTED = frozenset({"6.12.0"})

RESERVE = 1 << 40
"""About 10^12 references: a million void calls a second would take twelve days to use it."""


def needs_reserve() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    try:
        return metadata.version("PySide6-Essentials") in AFFECTED
    except metadata.PackageNotFoundError:
        return False


def protect_none() -> None:
    """Add RESERVE to None's reference count (CPython < 3.12 only), at most once."""
    if not needs_reserve() or sys.getrefcount(None) > RESERVE // 2:
        return
    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += RESERVE
