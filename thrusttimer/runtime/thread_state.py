"""Keeps the Python thread state of a thread Qt started alive between its calls into Python.

Upstream: each call from Qt into Python (a slot, a virtual such as `QIODevice.readData`) is
bracketed by Shiboken in `PyGILState_Ensure`/`PyGILState_Release`. On a thread Python did
not start, CPython makes a fresh thread state (and frame stack) in the outermost Ensure and
frees it in the matching Release (PEP 311's design, unchanged through 3.14), so every call
pays for both: about 8 µs more a call (10 µs instead of 1.6 µs, a 0 ms QTimer on a QThread,
CPython 3.11, PySide6 6.11). The QAudioSink feed (`audio.output.qt_feed`) takes ~250 such
calls a second for as long as the stream is open: holding one Ensure for the thread's life
saved 0.21-0.50 % of a core (median 0.44 %, five paired 60 s runs of a silent stream through
a PulseAudio null sink, `benchmarks/thread_state.py`). The libpulse feed runs on a Python
thread and needs none of this.

`tests/runtime/test_thread_state.py` fails once the installed versions keep the state
themselves, or once the guard below no longer matches what they do.
"""

from __future__ import annotations

import ctypes
import sys

CHECKED_BELOW = (3, 15)
"""CPython versions before this keep PEP 311's per-call thread state (3.11 measured here;
3.12-3.14 read from their `pystate.c`). A later one is left alone until the test has run
on it."""


def needed() -> bool:
    """True when this interpreter frees a foreign thread's state after each call."""
    return sys.implementation.name == "cpython" and sys.version_info < CHECKED_BELOW


def hold() -> int | None:
    """Called on a thread Qt started, inside a call from Qt: keep this thread's Python thread
    state until `release`. Returns what `release` needs (None: nothing was held)."""
    if not needed():
        return None
    ensure = ctypes.pythonapi.PyGILState_Ensure
    ensure.restype = ctypes.c_int
    return int(ensure())


def release(state: int | None) -> None:
    """Let go of what `hold` kept; on the same thread, before it ends."""
    if state is not None:
        release_state = ctypes.pythonapi.PyGILState_Release
        release_state.argtypes = [ctypes.c_int]
        release_state(state)
