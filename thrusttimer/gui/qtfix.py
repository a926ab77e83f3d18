"""A guard against a reference-counting bug in PySide6 6.12 on Python 3.11.

On CPython 3.11, every call to a PySide6 6.12.0 method that returns nothing (`setText`,
`update`, `setFont`, ...) drops one reference to `None` that it never took (measured:
1000 calls of `QObject.setObjectName` lower `sys.getrefcount(None)` by exactly 1000). `None`
starts with a few thousand references, so after a few thousand such calls the interpreter
aborts with "none_dealloc: deallocating None". The gym screen makes that many calls in under
a minute of a running set.

From Python 3.12 `None` is immortal and the bug is harmless. On 3.11 this module gives
`None` a reserve of references large enough for years of calls, once, at import. `None`
is never freed while the interpreter runs, so the extra references cost nothing.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
"""About 10^12 references: a million void calls a second would take twelve days to use it."""


def needs_reserve() -> bool:
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def protect_none() -> None:
    """Add RESERVE to None's reference count (CPython < 3.12 only), at most once."""
    if not needs_reserve() or sys.getrefcount(None) > RESERVE // 2:
        return
    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += RESERVE


protect_none()
