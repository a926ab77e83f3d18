"""Keeping the user's files safe: atomic writes, and moving a broken file aside, never over it."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

Now = Callable[[], "datetime"]


def utc_now() -> datetime:
    # Imported here: only a file set aside needs the time, and the datetime module cost
    # ~2 ms of the window's start-up (the settings load this module).
    from datetime import UTC, datetime

    return datetime.now(UTC)


def aside_path(path: Path, now: Now = utc_now) -> Path:
    """A free name beside `path` that says when and why it was set aside."""
    stamp = now().strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.unreadable-{stamp}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.unreadable-{stamp}-{number}")
        number += 1
    return candidate


def move_aside(path: Path, now: Now = utc_now) -> Path:
    """Rename `path` (a file, or whatever sits at that name) out of the way; return its new name."""
    target = aside_path(path, now)
    os.replace(path, target)
    return target


def copy_aside(path: Path, now: Now = utc_now) -> Path:
    """Keep a copy of `path` as it is now, before the app rewrites it without the bad parts."""
    target = aside_path(path, now)
    shutil.copy2(path, target)
    return target


def write_atomic(path: Path, text: str) -> None:
    """Write `text` so that `path` holds either the old or the new content, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
