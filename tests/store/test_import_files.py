"""The import file: only a regular file under the size limit, in any common encoding."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from thrusttimer.store.csv_source import MAX_IMPORT_BYTES, decode
from thrusttimer.store.interchange import STRONG_COLUMNS, FileRefused, ImportFailed, import_csv
from thrusttimer.store.log import TrainingLog

HEADER = ",".join(STRONG_COLUMNS)


def strong_row(order: int, note: str, name: str = "Glutes") -> str:
    return f"2026-10-09 07:30:00,{name},45m,Hip Thrust (Barbell),{order},100,5,0,0,{note},,"


@pytest.fixture
def log(tmp_path: Path) -> Iterator[TrainingLog]:
    with TrainingLog.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def notes(log: TrainingLog) -> list[str]:
    return [s.note for session in log.sessions() for s in session.sets]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8-sig", b""),
        ("utf-16", b""),  # Python writes the BOM
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),  # no BOM: told by the NULs of the ASCII header
        ("cp1252", b""),
        ("latin-1", b""),
    ],
)
def test_the_encodings_spreadsheets_write_are_read(
    log: TrainingLog, tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    note = "Café, crème" if encoding == "latin-1" else "Café – ‘quoted’ €"
    text = "\r\n".join([HEADER, strong_row(1, f'"{note}"'), strong_row(2, "plain")]) + "\r\n"
    path = tmp_path / "export.csv"
    path.write_bytes(prefix + text.encode(encoding))
    report = import_csv(path, log)
    assert report.bad_rows == []
    assert notes(log) == [note, "plain"]


def test_tab_separated_unicode_text_from_a_spreadsheet(log: TrainingLog, tmp_path: Path) -> None:
    text = "\n".join(line.replace(",", "\t") for line in [HEADER, strong_row(1, "Größe")])
    path = tmp_path / "export.txt"
    path.write_bytes(text.encode("utf-16"))
    assert import_csv(path, log).sets_added == 1
    assert notes(log) == ["Größe"]


def test_one_latin1_byte_in_a_utf8_file_is_reported_by_its_line(
    log: TrainingLog, tmp_path: Path
) -> None:
    lines = [HEADER, strong_row(1, "5 × 5"), strong_row(2, "caf\xe9"), strong_row(3, "ok")]
    data = "\n".join(lines).encode("utf-8").replace("caf\xe9".encode(), b"caf\xe9")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    report = import_csv(path, log)
    assert [str(b) for b in report.bad_rows] == [
        "line 3: Notes: byte 0xE9 is not UTF-8 text; save the file as UTF-8 and import it again"
    ]
    assert notes(log) == ["5 × 5", "ok"]


def test_a_bad_byte_in_the_header_names_line_1(log: TrainingLog, tmp_path: Path) -> None:
    path = tmp_path / "bad-header.csv"
    path.write_bytes(b"Date \xe2\x80\x94 \xff," + HEADER.encode() + b"\n")
    with pytest.raises(ImportFailed, match=r"^line 1: byte 0xFF is not UTF-8 text"):
        import_csv(path, log)


def test_a_broken_utf16_file_names_the_line(log: TrainingLog, tmp_path: Path) -> None:
    text = "\n".join([HEADER, strong_row(1, "fine"), strong_row(2, "X")])
    data = text.encode("utf-16-le")
    broken = data.replace("X".encode("utf-16-le"), b"\x00\xdc")  # a lone low surrogate
    path = tmp_path / "broken16.csv"
    path.write_bytes(b"\xff\xfe" + broken)
    report = import_csv(path, log)
    assert [b.line for b in report.bad_rows] == [3]
    assert "is not UTF-16 text" in report.bad_rows[0].reason
    assert notes(log) == ["fine"]


def test_decoding_never_fails() -> None:
    for data in (b"\x81\x8d\x8f\x90\x9d", bytes(range(256)), b"\xff\xfe\x00", b"\xfe\xff\xd8"):
        assert isinstance(decode(data).text, str)


def quick(call: object) -> float:
    started = time.monotonic()
    with pytest.raises(FileRefused) as refused:
        call()  # type: ignore[operator]
    assert refused.value.args[0].count("\n") == 0
    return time.monotonic() - started


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev/zero are POSIX")
@pytest.mark.timeout(10)
def test_pipes_devices_and_folders_are_refused_at_once(log: TrainingLog, tmp_path: Path) -> None:
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    assert quick(lambda: import_csv(fifo, log)) < 1
    with pytest.raises(FileRefused, match="is not a file but a pipe; allowed: a CSV file"):
        import_csv(fifo, log)
    assert quick(lambda: import_csv("/dev/zero", log)) < 1
    with pytest.raises(FileRefused, match="'/dev/zero' is not a file but a device"):
        import_csv("/dev/zero", log)
    with pytest.raises(FileRefused, match="is not a file but a folder"):
        import_csv(tmp_path, log)
    assert log.sessions() == []


def test_a_file_over_the_limit_is_refused_without_reading_it(
    log: TrainingLog, tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as out:
        out.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no disk used, nothing to read
    assert quick(lambda: import_csv(big, log)) < 1
    with pytest.raises(FileRefused, match=r"big.csv' is over 50 MB; allowed: up to 50 MB$"):
        import_csv(big, log)
    with big.open("wb") as out:
        out.truncate(62_340_000)
    with pytest.raises(FileRefused, match=r"big.csv' is 62.3 MB; allowed: up to 50 MB$"):
        import_csv(big, log)
