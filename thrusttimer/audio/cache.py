"""The clip cache: prepared clips on disk, so a second launch renders nothing.

A clip is stored as a ``.npy`` int16 (frames, channels) array, or (frames, 1) when every
channel is the same (`clips.compact`: half the file, and nothing to undo on loading), under
a name that hashes
everything that changes its sound: text, voice, rate, volume, engine, the processing's
format version and the output format. Changing any of them is a different file, so
nothing is ever stale; files are written atomically, and one that does not read back as
a valid clip counts as missing (and is rendered again).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import platformdirs

from thrusttimer.audio.clips import AudioFormat, Samples, compact
from thrusttimer.audio.digest import hex_digest
from thrusttimer.core.i18n import translate

FORMAT_VERSION: Final = 2
"""Bump when processing changes what a clip sounds like, to retire every cached clip.
2: clips are int16 (1 stored float32)."""
CACHE_DIR_ENV: Final = "THRUSTTIMER_CACHE_DIR"
"""Overrides the platform cache folder (tests, portable installs)."""


def cache_dir() -> Path:
    """$THRUSTTIMER_CACHE_DIR, else the platform's cache folder for thrusttimer."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir("thrusttimer", appauthor=False))


@dataclass(frozen=True, slots=True)
class ClipKey:
    """Everything that decides what a cached clip sounds like."""

    text: str
    voice: str
    rate: int
    volume: float
    engine: str
    fmt: AudioFormat
    format_version: int = FORMAT_VERSION

    def digest(self) -> str:
        parts = [
            self.format_version,
            self.engine,
            self.voice,
            self.rate,
            round(self.volume, 4),
            self.fmt.rate,
            self.fmt.channels,
            self.text,
        ]
        return hex_digest(json.dumps(parts).encode("utf-8"))


@dataclass(frozen=True, slots=True)
class ClipFolder:
    """Where clips go this run, and why, when it is not the usual folder."""

    path: Path
    notice: str | None = None


_chosen: dict[Path, ClipFolder] = {}


def clip_folder(wanted: Path | None = None) -> ClipFolder:
    """`wanted` (default `cache_dir()/clips`) when clips can be written there; otherwise a
    private temporary folder for this run, removed at exit, with a notice saying why.

    A cache path that is a file, on a read-only disk or without permission would otherwise
    leave every phrase unvoiced although the speech engine works. Decided once per folder
    per process, so every clip of a run lands in the same place.
    """
    wanted = wanted if wanted is not None else cache_dir() / "clips"
    if wanted not in _chosen:
        _chosen[wanted] = _usable(wanted)
    return _chosen[wanted]


def _usable(wanted: Path) -> ClipFolder:
    try:
        wanted.mkdir(parents=True, exist_ok=True)
        probe = wanted / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
        return ClipFolder(wanted)
    except OSError as error:
        reason = error.strerror or type(error).__name__
    scratch = Path(tempfile.mkdtemp(prefix="thrusttimer-clips-"))
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    notice = translate(
        "VoiceCache",
        "The voice cache {folder} cannot be written ({reason}): voice clips are kept in a "
        "temporary folder for this run",
    ).format(folder=wanted, reason=reason)
    return ClipFolder(scratch, notice)


class ClipCache:
    """Clips on disk under `root` (default: `clip_folder()`, which falls back to a
    temporary folder when the usual one cannot be written; `notice` then says so)."""

    def __init__(self, root: Path | None = None) -> None:
        folder = clip_folder() if root is None else ClipFolder(root)
        self.root = folder.path
        self.notice = folder.notice

    def path(self, key: ClipKey) -> Path:
        digest = key.digest()
        return self.root / digest[:2] / f"{digest}.npy"

    def frames(self, key: ClipKey) -> int | None:
        """The stored clip's length in frames, or None when it is missing or unreadable.

        Reads only the file's header and size, so checking a whole plan is cheap.
        """
        try:
            with self.path(key).open("rb") as handle:
                version = np.lib.format.read_magic(handle)
                if version == (1, 0):
                    shape, fortran, dtype = np.lib.format.read_array_header_1_0(handle)
                elif version == (2, 0):
                    shape, fortran, dtype = np.lib.format.read_array_header_2_0(handle)
                else:
                    return None
                data_start = handle.tell()
                size = os.fstat(handle.fileno()).st_size
        except (OSError, ValueError, EOFError, SyntaxError):
            return None
        if fortran or dtype != np.int16 or len(shape) != 2 or shape[1] not in (1, key.fmt.channels):
            return None
        if shape[0] <= 0 or size != data_start + shape[0] * shape[1] * 2:
            return None
        return int(shape[0])

    def load(self, key: ClipKey) -> Samples | None:
        """The stored clip, or None when it is missing or not a valid clip."""
        if self.frames(key) is None:
            return None
        try:
            clip = np.load(self.path(key), allow_pickle=False)
        except (OSError, ValueError, EOFError):
            return None
        if not _valid(clip, key.fmt):
            return None
        return np.ascontiguousarray(clip, dtype=np.int16)

    def store(self, key: ClipKey, clip: Samples) -> Path:
        """Write `clip` atomically (a reader sees the old file or the new one, never half)."""
        path = self.path(key)
        write_clip(path, clip)
        return path


def write_clip(path: Path, clip: Samples) -> None:
    if clip.dtype != np.int16:
        raise TypeError(f"a clip is int16 samples, not {clip.dtype}")  # i18n: not shown
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    with partial.open("wb") as handle:
        np.save(handle, compact(np.ascontiguousarray(clip)), allow_pickle=False)
    os.replace(partial, path)


def _valid(clip: object, fmt: AudioFormat) -> bool:
    return (
        isinstance(clip, np.ndarray)
        and clip.dtype == np.int16
        and clip.ndim == 2
        and clip.shape[1] in (1, fmt.channels)
        and clip.shape[0] > 0
    )
