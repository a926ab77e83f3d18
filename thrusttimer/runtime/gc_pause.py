"""No garbage collection while the window starts: CPython's young-generation collections
run every 700 new container objects and, during start-up, find nothing to free.

Measured on CPython 3.11 (`thrusttimer`, default workout, to the first frame): 50
collections, 5.3-5.6 ms, against 0.06 ms with collection paused. What the start-up makes
lives as long as the window, so `resume_collection` (just after the first frame) also keeps
it out of later collections (`gc.freeze`).

Affected: CPython before 3.14 (`AFFECTED_BELOW`), whose generational collector has that
fixed threshold; 3.14's incremental collector works differently and is not measured here.
`tests/runtime/test_gc_pause.py` fails once an import-heavy start-up no longer triggers
such collections on the installed interpreter.
"""

from __future__ import annotations

import gc
import sys

AFFECTED_BELOW = (3, 14)


def affected(version: tuple[int, ...] = tuple(sys.version_info[:2])) -> bool:
    return sys.implementation.name == "cpython" and tuple(version[:2]) < AFFECTED_BELOW


def pause_collection() -> bool:
    """Pause collection until `resume_collection`. Returns whether it did."""
    if not affected():
        return False
    gc.disable()
    return True


def resume_collection() -> None:
    """Collect garbage again, if `pause_collection` paused it, with what the start-up made
    kept out of later collections, which then have less to look through during a set."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
