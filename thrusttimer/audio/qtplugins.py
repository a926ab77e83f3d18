"""Play through QtMultimedia's own audio layer without loading its media backend.

On Linux, `QAudioSink` and `QMediaDevices` talk to PulseAudio or PipeWire from
libQt6Multimedia itself. Yet the first time `QMediaDevices` is touched, Qt also loads its
media backend plugin (FFmpeg, for players, cameras and recording: nothing this app uses), and
with it FFmpeg, Qt Quick, QML and Qt Network: measured, 17 MB more memory in the app.
When Qt finds no backend it keeps its audio-only layer ("Only QMediaDevices, QAudioDevice,
QSoundEffect, QAudioSink, and QAudioSource are available"), so the app's plugin path becomes
a folder of links to each of Qt's plugin folders except `multimedia`.

Call `skip_media_backend()` before anything touches QtMultimedia. Elsewhere than Linux the
backend is also how Qt reaches the sound card, so nothing changes there.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QMessageLogContext,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)

from thrusttimer.audio.cache import cache_dir
from thrusttimer.audio.digest import hex_digest

log = logging.getLogger(__name__)

KEEP_BACKEND_ENV = "THRUSTTIMER_MEDIA_BACKEND"
"""Set to 1 to let Qt load its media backend as usual (to compare, or if a system needs it)."""
SKIPPED = "multimedia"


def skip_media_backend(folder: Path | None = None) -> bool:
    """Point Qt's plugin path at every plugin folder but `multimedia`. Returns whether it
    did (only on Linux, once per process, and unless KEEP_BACKEND_ENV is 1)."""
    if sys.platform != "linux" or os.environ.get(KEEP_BACKEND_ENV) == "1":
        return False
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    if not (plugins / SKIPPED).is_dir():
        return False
    paths = [Path(p) for p in QCoreApplication.libraryPaths()]
    if plugins not in paths:
        return False  # already pointed elsewhere (by us, or by whoever set the paths)
    try:
        linked = _linked_folder(plugins, folder)
    except OSError as error:
        log.info("keeping Qt's media backend: %s", error)
        return False
    QCoreApplication.setLibraryPaths([str(linked) if p == plugins else str(p) for p in paths])
    _quiet_missing_backend()
    return True


NO_BACKEND_MESSAGE = "No QtMultimedia backends found."  # i18n: not shown


def _quiet_missing_backend() -> None:
    """The missing backend is what we want, not a warning for the user's terminal. Qt
    writes it without a category, so a message handler drops that one line; every other
    message goes on as before."""
    previous = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(NO_BACKEND_MESSAGE):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")

    previous = qInstallMessageHandler(handler)


def _linked_folder(plugins: Path, folder: Path | None) -> Path:
    """A folder of links to each of `plugins`' subfolders but SKIPPED, made once per Qt."""
    digest = hex_digest(str(plugins).encode())[:16]
    target = folder or cache_dir() / "qt-plugins" / digest
    wanted = {p.name for p in plugins.iterdir() if p.is_dir() and p.name != SKIPPED}
    if target.is_dir() and _links_ok(target, plugins, wanted):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # Made aside and renamed into place, so two launches at once never see half a folder.
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=target.parent))
    try:
        for name in sorted(wanted):
            (staging / name).symlink_to(plugins / name, target_is_directory=True)
        if target.exists():
            shutil.rmtree(target, ignore_errors=True)
        os.replace(staging, target)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        if target.is_dir() and _links_ok(target, plugins, wanted):
            return target  # another launch made it first
        raise
    return target


def _links_ok(target: Path, plugins: Path, wanted: set[str]) -> bool:
    try:
        entries = {p.name: p for p in target.iterdir()}
    except OSError:
        return False
    if set(entries) != wanted:
        return False
    return all(
        entry.is_symlink() and Path(os.readlink(entry)) == plugins / name
        for name, entry in entries.items()
    )
