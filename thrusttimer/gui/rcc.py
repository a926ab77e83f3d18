"""Running Qt's resource compiler (pyside6-rcc) on resources.qrc, reproducibly.

The build (setup.py) uses it to generate ``thrusttimer/gui/_resources_rc.py``; a checkout
that was never built uses it at run time through `thrusttimer.gui.resources`. Standard
library only, and no package imports: setup.py loads this file by path before the package
can be imported.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Final

QRC_NAME: Final = "resources.qrc"
GENERATED_MODULE: Final = "_resources_rc.py"

SOURCE_DATE_EPOCH: Final = "1704067200"
"""2024-01-01 00:00 UTC. rcc stores every file's modification time in its output; with a
fixed SOURCE_DATE_EPOCH two builds of the same sources give the same bytes. A value the
builder already set (a distribution's reproducible build) wins."""

# pyside6-rcc is PySide6's own wrapper around the bundled rcc binary; calling it through the
# running interpreter needs no PATH and works the same on every platform.
_PYSIDE6_RCC: Final = (
    "import sys; from PySide6.scripts.pyside_tool import rcc; "  # i18n: not shown
    "sys.argv[0] = 'pyside6-rcc'; rcc()"
)
_PYSIDE6_LRELEASE: Final = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "  # i18n: not shown
    "sys.argv[0] = 'pyside6-lrelease'; lrelease()"
)


class RccError(RuntimeError):
    """pyside6-rcc could not run or rejected the .qrc; the message carries its output."""


def rcc_command(*args: str) -> list[str]:
    return [sys.executable, "-c", _PYSIDE6_RCC, *args]


def lrelease_command(*args: str) -> list[str]:
    return [sys.executable, "-c", _PYSIDE6_LRELEASE, *args]


def source_of(path: Path) -> Path:
    """The file a listed input is made from: a translation's .qm from its .ts (git keeps
    the .ts; the .qm is compiled, like this module's output); any other file is its own."""
    return path.with_suffix(".ts") if path.suffix == ".qm" else path


def qrc_inputs(qrc: Path) -> list[Path]:
    """The files `qrc` lists, resolved against its folder, in the order listed."""
    try:
        root = ET.parse(qrc).getroot()
    except (OSError, ET.ParseError) as error:
        raise RccError(f"cannot read {qrc}: {error}") from None  # i18n: not shown
    return [qrc.parent / (node.text or "").strip() for node in root.iter("file")]


def inputs_digest(qrc: Path) -> str:
    """A hash of the .qrc and every file it lists (the .ts of a .qm): names a compiled copy
    in a cache."""
    digest = hashlib.sha256(qrc.read_bytes())
    for path in map(source_of, qrc_inputs(qrc)):
        digest.update(path.as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def compile_qrc(qrc: Path, output: Path, *, binary: bool = False) -> Path:
    """Compile `qrc` to `output`: a Python module, or a binary .rcc with `binary`.

    The file appears whole or not at all (written beside, then renamed), so an interrupted
    build never leaves a half module that imports with missing icons.
    """
    missing = [str(path) for path in map(source_of, qrc_inputs(qrc)) if not path.is_file()]
    if missing:
        names = ", ".join(missing)
        raise RccError(f"{qrc} lists files that do not exist: {names}")  # i18n: not shown
    release_translations(qrc)
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
    args = ["--binary"] if binary else []
    _make(output, lambda part: rcc_command(*args, str(qrc), "-o", part), "pyside6-rcc", qrc, env)
    return output


def release_translations(qrc: Path) -> list[Path]:
    """Compile each .qm `qrc` lists from its .ts (pyside6-lrelease) where it is missing or
    older than its .ts; returns the ones compiled. Each appears whole or not at all."""
    compiled: list[Path] = []
    for qm in qrc_inputs(qrc):
        ts = source_of(qm)
        if qm == ts or (qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime):
            continue
        _make(qm, partial(_lrelease_into, ts), "pyside6-lrelease", ts)
        compiled.append(qm)
    return compiled


def _lrelease_into(ts: Path, part: str) -> list[str]:
    return lrelease_command("-silent", str(ts), "-qm", part)


def _make(
    output: Path,
    command: Callable[[str], list[str]],
    tool: str,
    source: Path,
    env: dict[str, str] | None = None,
) -> None:
    """Run `tool`'s `command`, which writes into the path it is given, so that `output`
    appears whole or not at all: written beside it, then renamed."""
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=output.name, suffix=".part", dir=output.parent)
    os.close(handle)
    try:
        result = subprocess.run(
            command(temporary), env=env, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            details = (result.stderr or result.stdout).strip()
            raise RccError(
                # i18n: not shown
                f"{tool} failed on {source} (exit {result.returncode}): {details}"
            )
        # mkstemp makes the file private (0600): a module installed system-wide that way
        # could not be read by the users who run the app.
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
