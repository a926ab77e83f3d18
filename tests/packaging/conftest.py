"""Fixtures for the packaging tests: a private PulseAudio null sink, and the figures the tests
measure (sizes, build times) printed at the end of the run.

The null sink follows /work/shared/AUDIO-CAPTURE.md: a private socket, so nothing else on the
machine plays into the recording, and `-n` so no module suspends the sink when idle.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from packaging_support import FIGURES, NullSink

from tests.e2e.pulse import pulse_server, tools_missing


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("packaging figures")
        for name, value in FIGURES.items():
            terminalreporter.write_line(f"{name}: {value}")


@pytest.fixture(scope="session")
def null_sink() -> Iterator[NullSink | None]:
    """A running private null sink, or None where PulseAudio is not installed."""
    if tools_missing():
        yield None
        return
    with pulse_server() as server:
        yield NullSink(server.env["PULSE_SERVER"])
