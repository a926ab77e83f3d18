"""Reading a plan or presets file: a regular UTF-8 file under the limit, or a refusal at once."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from thrusttimer.store.bounded_read import RefusedFile, read_small_text


def read_within(path: Path, limit: int, seconds: float = 5.0) -> str | OSError:
    """`read_small_text` in a thread, so a blocking open fails the test instead of hanging."""
    outcome: list[str | OSError] = []

    def read() -> None:
        try:
            outcome.append(read_small_text(path, limit))
        except OSError as error:
            outcome.append(error)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, f"reading {path} did not return within {seconds} s"
    return outcome[0]


def test_a_small_utf_8_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{"name": "Hüftstoß"}', encoding="utf-8")
    assert read_within(path, 100) == '{"name": "Hüftstoß"}'


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("fifo", "it is a device or pipe, not a regular file"),
        ("device", "it is a device or pipe, not a regular file"),
        ("folder", "it is a folder, not a file"),
        ("over the limit", "it is larger than 100 bytes, the most allowed"),
        ("not utf-8", "it is not UTF-8 text (byte 3 is not)"),
    ],
)
def test_anything_else_is_refused_at_once_with_a_reason(
    tmp_path: Path, kind: str, reason: str
) -> None:
    path = tmp_path / "plan.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path = Path("/dev/zero")
    elif kind == "folder":
        path = tmp_path
    elif kind == "over the limit":
        path.write_bytes(b"x" * 101)
    else:
        path.write_bytes(b"ab\xff")
    error = read_within(path, 100)
    assert isinstance(error, RefusedFile)
    assert error.strerror == reason
    assert error.filename == str(path)


def test_a_missing_file_is_the_usual_oserror(tmp_path: Path) -> None:
    error = read_within(tmp_path / "none.json", 100)
    assert isinstance(error, FileNotFoundError)
