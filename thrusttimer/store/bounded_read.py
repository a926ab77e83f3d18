"""Reading a small text file the user named or the app keeps, never more than a bound.

A path may name a device (`/dev/zero` never ends), a FIFO (opening it waits for a writer),
a directory or a huge file. `read_small_text` opens without waiting, looks at what it got,
and reads at most the limit, so any of those is refused at once with a reason in the
user's words. The reason is an OSError's `strerror`, so callers that already catch OSError
show it as they show "No such file or directory".
"""

from __future__ import annotations

import errno
import os
import stat
from typing import Final

from thrusttimer.core.i18n import number, translate

MAX_FILE_BYTES: Final = 1_000_000
"""Plans and preset lists are a few kilobytes; a megabyte is thousands of them."""


class RefusedFile(OSError):
    """The file is not something the app reads: `strerror` says why, in the user's words."""

    def __init__(self, code: int, reason: str, path: str | os.PathLike[str]) -> None:
        super().__init__(code, reason, os.fspath(path))


def read_small_text(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of the regular file at `path`, if it holds at most `limit` bytes.

    Raises OSError (a RefusedFile for a device, FIFO, directory, a file over the limit or
    one that is not UTF-8), never blocks on a FIFO and never reads more than `limit` + 1
    bytes.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise RefusedFile(
                errno.EISDIR, translate("ReadingFile", "it is a folder, not a file"), path
            )
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFile(
                errno.EINVAL,
                translate("ReadingFile", "it is a device or pipe, not a regular file"),
                path,
            )
        if info.st_size > limit:
            raise RefusedFile(errno.EFBIG, _too_big(limit), path)
        data = _read_at_most(descriptor, limit + 1)
    finally:
        os.close(descriptor)
    if len(data) > limit:  # it grew after fstat
        raise RefusedFile(errno.EFBIG, _too_big(limit), path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RefusedFile(
            errno.EILSEQ,
            translate("ReadingFile", "it is not UTF-8 text (byte {byte} is not)").format(
                byte=error.start + 1
            ),
            path,
        ) from None


def _read_at_most(descriptor: int, count: int) -> bytes:
    chunks: list[bytes] = []
    left = count
    while left > 0:
        chunk = os.read(descriptor, min(left, 1 << 16))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _too_big(limit: int) -> str:
    if limit >= 1_000_000:
        size = translate("ReadingFile", "{megabytes} MB").format(
            megabytes=number(limit / 1_000_000)
        )
    else:
        size = translate("ReadingFile", "{bytes} bytes").format(bytes=limit)
    return translate("ReadingFile", "it is larger than {size}, the most allowed").format(size=size)
