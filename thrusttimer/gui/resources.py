"""The app's icons and images in Qt's resource system, so the GUI loads them by ':/' paths.

An installed package (wheel, ``pip install .`` or ``pip install -e .``) carries
``_resources_rc.py``, which setup.py compiles from resources.qrc at build time. A checkout
that was never built has no such module: then resources.qrc is compiled on the fly with
pyside6-rcc into a binary ``.rcc`` file in the user cache folder, named by a hash of its
inputs (so an edited icon is recompiled and an unchanged one is reused), and registered with
QResource. The same happens in an editable install whose generated module is older than the
.qrc or a file it lists. If nothing works the app still runs, without its icons, and says
why.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import os
import re
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from PySide6.QtCore import QFile, QIODevice, QResource
from PySide6.QtGui import QFontDatabase

from thrusttimer.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

APP_ICON: Final = ":/icons/thrusttimer.svg"
GENERATED: Final = "thrusttimer.gui._resources_rc"

CHECKOUT_QRC: Final = Path(__file__).resolve().parents[2] / "resources.qrc"
"""Where resources.qrc sits in a source checkout; absent in an installed wheel."""


class Source(StrEnum):
    PACKAGE = "package"
    """The build's generated module."""
    COMPILED = "compiled"
    """Compiled from the checkout's resources.qrc into the cache at run time."""
    MISSING = "missing"


class Loaded(NamedTuple):
    """How the resources were registered."""

    source: Source
    notice: str | None = None
    """What to tell the user when the icons could not be loaded."""


_loaded: Loaded | None = None


def ensure_loaded(cache_dir: Path | None = None, qrc: Path = CHECKOUT_QRC) -> Loaded:
    """Register the resources once per process; later calls return the first answer."""
    global _loaded
    if _loaded is None:
        _loaded = load(cache_dir, qrc)
    return _loaded


def load(cache_dir: Path | None = None, qrc: Path = CHECKOUT_QRC) -> Loaded:
    """Register the resources: the generated module, else a compiled copy of the .qrc."""
    if not _stale(qrc):
        try:
            importlib.import_module(GENERATED)
        except ModuleNotFoundError as error:
            if error.name != GENERATED:
                raise
        else:
            return Loaded(Source.PACKAGE)
    if not qrc.is_file():
        return Loaded(
            Source.MISSING,
            translate(
                "Resources",
                "The app's icons are missing from this installation (no compiled resources); "
                "reinstall ThrustTimer to get them back.",
            ),
        )
    # Only a never-built checkout gets here: keep the compiler's imports off the usual path.
    import platformdirs

    from thrusttimer.gui.rcc import RccError, compile_qrc, inputs_digest

    folder = cache_dir or Path(platformdirs.user_cache_dir("ThrustTimer", "ThrustTimer"))
    try:
        compiled = folder / "resources" / f"{inputs_digest(qrc)}.rcc"
        if not compiled.is_file():
            compile_qrc(qrc, compiled, binary=True)
    except (OSError, RccError) as error:
        return Loaded(
            Source.MISSING,
            translate("Resources", "The app's icons could not be compiled: {error}").format(
                error=error
            ),
        )
    if not QResource.registerResource(str(compiled)):
        return Loaded(
            Source.MISSING,
            translate("Resources", "The app's icons could not be loaded from {path}.").format(
                path=compiled
            ),
        )
    return Loaded(Source.COMPILED)


def _stale(qrc: Path) -> bool:
    """In a checkout (an editable install), is the generated module older than its sources?

    An icon edited or pulled after the last install would otherwise show its old self.
    """
    if not qrc.is_file():
        return False  # an installed package: the build made the module from its sources
    spec = importlib.util.find_spec(GENERATED)
    if spec is None or spec.origin is None or not os.path.exists(spec.origin):
        return False
    try:
        listed: list[str] = _QRC_FILE.findall(qrc.read_text(encoding="utf-8"))
        sources = [qrc.parent / re.sub(r"\.qm$", ".ts", f) for f in listed]
        newest = max(path.stat().st_mtime for path in [qrc, *sources])
    except (OSError, ValueError):
        return False  # let the normal path report what is missing
    return newest > os.stat(spec.origin).st_mtime


_QRC_FILE = re.compile(r"<file(?:\s[^>]*)?>\s*([^<]+?)\s*</file>")
"""A file a .qrc lists. This check runs before every first frame of a checkout, so it reads
the names with a pattern instead of loading the compiler's XML parser and subprocess
(~10 ms); `rcc.qrc_inputs` parses properly when something is compiled."""


def exists(path: str) -> bool:
    return QFile.exists(path)


def icon(path: str = APP_ICON) -> QIcon:
    """The icon at a ':/' path (an empty icon if the resources are missing). The window
    sets its icon just after its first frame: QIcon's set-up and the SVG image plugin are
    not needed to draw it."""
    from PySide6.QtGui import QIcon

    ensure_loaded()
    return QIcon(path)


FONTS: Final = (":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf")
"""The app's own faces (theme.FONT_FAMILY), so the gym screen reads the same on every
platform; Windows and macOS do not ship DejaVu."""
_fonts_loaded: bool | None = None


def load_fonts() -> bool:
    """Register the app's fonts with Qt once per process; False if one could not be read
    (Qt then uses the system's sans, and the screen still works)."""
    global _fonts_loaded
    if _fonts_loaded is None:
        ensure_loaded()
        _fonts_loaded = all(QFontDatabase.addApplicationFont(path) >= 0 for path in FONTS)
    return _fonts_loaded


class Sound(NamedTuple):
    """A UI sound as read from its WAV: 16-bit samples, interleaved."""

    rate: int
    channels: int
    samples: bytes


def sound(name: str) -> Sound | None:
    """The UI sound `:/sounds/<name>.wav`, or None if the resources lack it."""
    import wave  # UI sounds load after the first frame

    ensure_loaded()
    file = QFile(f":/sounds/{name}.wav")  # i18n: not shown
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    data = bytes(file.readAll().data())
    file.close()
    try:
        with wave.open(io.BytesIO(data)) as wav:
            if wav.getsampwidth() != 2:
                return None
            return Sound(wav.getframerate(), wav.getnchannels(), wav.readframes(wav.getnframes()))
    except (wave.Error, EOFError):
        return None
