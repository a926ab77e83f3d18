"""The opt-in clock trace: nothing without the variable, one line per event with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from thrusttimer.audio import clocktrace


def test_no_trace_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clocktrace.ENV, raising=False)
    assert clocktrace.from_env() is None


def test_the_trace_records_readings_jumps_and_placements(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "clock.trace"
    monkeypatch.setenv(clocktrace.ENV, str(path))
    trace = clocktrace.from_env()
    assert trace is not None
    trace.opened(48_000)
    trace.reading(812.25, 4_800)
    trace.jump(812.5, 0.0015)
    trace.placed(814.0, 0.016, 96_000)
    trace.close()
    trace.reading(813.0, 5_000)  # after close: ignored, not an error
    assert path.read_text().splitlines() == [
        "o 48000",
        "r 812.250000000 4800",
        "j 812.500000000 0.001500000",
        "p 814.000000000 0.016000000 96000",
    ]
