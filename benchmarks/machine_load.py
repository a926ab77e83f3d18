"""Other work on the machine while a benchmark runs: a gym laptop also runs a browser, a
music player and a sync client. `machine_load()` keeps one core busy with a Python loop and
writes a file to disk with fsync in a loop beside it (the pure-Python equivalents of
`stress-ng --cpu 1` and a `dd` loop), and stops both when the block ends.

    python benchmarks/machine_load.py --seconds 60     # the same load, on its own
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

CPU_HOG = "while True: pass"
DISK_WRITER = """
import os, sys
block = os.urandom(1 << 20)
path = sys.argv[1]
while True:
    with open(path, "wb") as f:
        for _ in range(64):
            f.write(block)
        f.flush()
        os.fsync(f.fileno())
    os.remove(path)
"""


@contextmanager
def machine_load(enabled: bool = True) -> Iterator[None]:
    """One busy core and a disk writer for the duration of the block (nothing if not
    `enabled`)."""
    if not enabled:
        yield
        return
    folder = Path(tempfile.mkdtemp(prefix="thrusttimer-load-"))
    procs = [
        subprocess.Popen([sys.executable, "-c", CPU_HOG]),
        subprocess.Popen([sys.executable, "-c", DISK_WRITER, str(folder / "load.bin")]),
    ]
    try:
        yield
    finally:
        for proc in procs:
            with suppress(ProcessLookupError):
                proc.send_signal(signal.SIGKILL)
            proc.wait()
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    options = parser.parse_args()
    with machine_load():
        time.sleep(options.seconds)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
