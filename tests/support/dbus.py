"""A private D-Bus session bus and a fake screensaver service, for tests that must not touch
the desktop's own bus."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FAKE = Path(__file__).with_name("fake_screensaver.py")


@contextmanager
def private_bus() -> Iterator[str]:
    """Start `dbus-daemon --session` and yield its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it complains it may not raise its file limit: harmless
        text=True,
    )
    assert daemon.stdout is not None
    try:
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()


class FakeScreenSaver:
    """`fake_screensaver.py` on the bus at `address`, writing its calls to `log`."""

    def __init__(self, address: str, log: Path) -> None:
        self.log = log
        self._out = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(FAKE), address], stdout=self._out, stderr=subprocess.STDOUT
        )

    @property
    def ready(self) -> bool:
        return "ready" in self.log.read_text().splitlines()

    @property
    def calls(self) -> list[str]:
        return [line for line in self.log.read_text().splitlines() if line != "ready"]

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self._out.close()
