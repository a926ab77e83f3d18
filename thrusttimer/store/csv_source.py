"""An import file made into CSV rows: read safely, decoded, split, each row with its line.

The file must be a regular file of at most `MAX_IMPORT_BYTES` (a pipe, a device or a folder
is refused at once, without reading it). The text may be UTF-8 with or without a BOM,
UTF-16 with a BOM (a spreadsheet's "Unicode text"), or Windows-1252/Latin-1; a byte that is
not text in the file's encoding is kept as a marker (`BAD_BYTES`) so the row holding it can
be reported by its line. The delimiter (comma, semicolon or tab) is the one the header uses
most.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from thrusttimer.core.i18n import number, translate
from thrusttimer.core.shown import printable, shown_value

if TYPE_CHECKING:
    from _csv import Reader

MAX_IMPORT_BYTES: Final = 50_000_000
"""The largest import file read (50 MB): years of a lifter's log fit in a few."""
BAD_BYTES: Final = re.compile("[\ud800-\udfff]")
"""Where decoding met a byte that is not text: U+DC00 plus the byte (or a lone surrogate,
in text that did not come from `decode`)."""
_NOT_ASCII_TEXT: Final = re.compile("[^\x00-\x7f\udc00-\udcff]")
_MARK: Final = "thrusttimer-mark-bad-bytes"
_LATIN1: Final = "thrusttimer-latin-1-fallback"
DELIMITERS: Final = (",", ";", "\t")


class ImportFailed(Exception):
    """Nothing was imported: the file could not be read or the log could not be written."""


class FileRefused(ImportFailed):
    """The path names no file that can be imported: missing, not a regular file, too big."""


def _mark_bad_bytes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "".join(chr(0xDC00 + b) for b in error.object[error.start : error.end]), error.end


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    # The five bytes Windows-1252 leaves undefined are read as Latin-1 (C1 controls).
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_MARK, _mark_bad_bytes)
codecs.register_error(_LATIN1, _latin1_fallback)


def read_import_file(path: str | Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of `path`, or FileRefused/ImportFailed with one line naming the file."""
    shown = shown_value(str(path), 120)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise FileRefused(
            translate("ImportFile", "{file} is not a file: there is nothing by that name").format(
                file=shown
            )
        ) from None
    except OSError as error:
        raise FileRefused(_cannot_read(shown, error)) from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(
                translate(
                    "ImportFile", "{file} is not a file but {kind}; allowed: a CSV file"
                ).format(file=shown, kind=_kind(info.st_mode))
            )
        if info.st_size > limit:
            raise FileRefused(_too_big(shown, info.st_size, limit))
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise ImportFailed(_cannot_read(shown, error)) from None
    finally:
        os.close(handle)
    if len(data) > limit:  # it grew while we read it
        raise FileRefused(_too_big(shown, len(data), limit))
    return data


def _cannot_read(shown: str, error: OSError) -> str:
    return translate("ImportFile", "cannot read {file}: {reason}").format(
        file=shown, reason=_reason(error)
    )


def _too_big(shown: str, size: int, limit: int) -> str:
    return translate("ImportFile", "{file} is {size}; allowed: up to {limit}").format(
        file=shown, size=_size(size, limit), limit=_megabytes(limit)
    )


def _reason(error: OSError) -> str:
    return (error.strerror or type(error).__name__).lower()


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return translate("ImportFile", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("ImportFile", "a pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("ImportFile", "a device")
    if stat.S_ISSOCK(mode):
        return translate("ImportFile", "a socket")
    return translate("ImportFile", "something other than a file")


def _size(size: int, limit: int) -> str:
    shown = _megabytes(size)
    if shown == _megabytes(limit):
        return translate("ImportFile", "over {size}").format(size=shown)
    return shown


def _megabytes(size: int) -> str:
    places = 0 if f"{size / 1_000_000:.1f}".endswith(".0") else 1
    return translate("ImportFile", "{megabytes} MB").format(
        megabytes=number(size / 1_000_000, places)
    )


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    """How the file was read, as the lifter would name it: "UTF-8", "UTF-16", "Windows-1252"."""


def decode(data: bytes) -> Decoded:
    """`data` as text, in the encoding a spreadsheet or app most likely wrote it in.

    A file that is not valid UTF-8 but holds valid UTF-8 letters too (a mix) is read as
    UTF-8 with its bad bytes marked, so only the rows that hold them are refused.
    """
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", _MARK), "UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16", _MARK), "UTF-16")
    if len(data) >= 4 and data[0] and not data[1] and data[2] and not data[3]:
        return Decoded(data.decode("utf-16-le", _MARK), "UTF-16")
    if len(data) >= 4 and not data[0] and data[1] and not data[2] and data[3]:
        return Decoded(data.decode("utf-16-be", _MARK), "UTF-16")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    marked = data.decode("utf-8", _MARK)
    if _NOT_ASCII_TEXT.search(marked):
        return Decoded(marked, "UTF-8")
    return Decoded(data.decode("cp1252", _LATIN1), "Windows-1252")


def not_text(text: str, encoding: str) -> str | None:
    """Why `text` is not all text, if it is not: the first byte `decode` could not read."""
    found = BAD_BYTES.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if 0xDC00 <= code <= 0xDCFF:
        return translate(
            "ImportFile",
            "byte {byte} is not {encoding} text; save the file as UTF-8 and import it again",
        ).format(byte=f"0x{code - 0xDC00:02X}", encoding=encoding)
    return translate(
        "ImportFile", "{character} is half of a character (a lone surrogate), not text"
    ).format(character=printable(found.group()))


@dataclass(frozen=True, slots=True)
class Line:
    """One CSV record: the line it starts on, and its cells or why it could not be read."""

    number: int
    cells: list[str]
    problem: str = ""


@dataclass
class Table:
    header: list[str]
    delimiter: str
    lines: Iterator[Line]


def table(text: str) -> Table:
    """The header and the records of CSV `text`; ImportFailed if it has no header."""
    end = text.find("\n")
    first = text if end < 0 else text[:end]
    delimiter = max(DELIMITERS, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise ImportFailed(translate("ImportFile", "the file is empty")) from None
    except csv.Error as error:
        raise ImportFailed(
            translate("ImportFile", "line {line}: {problem}").format(
                line=1, problem=_csv_problem(error)
            )
        ) from None
    if not any(header):
        raise ImportFailed(
            translate(
                "ImportFile", "line 1: the header is empty; expected the names of the columns"
            )
        )
    return Table(header, delimiter, _records(reader, reader.line_num))


def _records(reader: Reader, line_num: int) -> Iterator[Line]:
    while True:
        start = line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            line_num = reader.line_num
            yield Line(start, [], _csv_problem(error))
            continue
        line_num = reader.line_num
        if cells and any(cell.strip() for cell in cells):
            yield Line(start, cells)


def _csv_problem(error: csv.Error) -> str:
    if "field larger than field limit" in str(error):
        return translate("ImportFile", "a cell is longer than {count} characters").format(
            count=csv.field_size_limit()
        )
    return translate("ImportFile", "not readable as CSV")


def shown_header(header: list[str], delimiter: str) -> str:
    return shown_value(delimiter.join(header), 60) if header else translate("ImportFile", "empty")
