"""The PulseAudio binding against a real private server: a stream opens, takes audio, and
its timing replies carry the server's clock and lie on one line (now and then one comes out
late, never early: the clock keeps the lower envelope); no server is one error."""

from __future__ import annotations

import time
from collections.abc import Iterator

import numpy as np
import pytest

from tests.e2e.pulse import needs_pulse, pulse_server
from thrusttimer.audio.output.libpulse import PlaybackStream, Position, PulseError

pytestmark = needs_pulse()

RATE = 48_000


@pytest.fixture
def server_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with pulse_server() as server:
        monkeypatch.setenv("PULSE_SERVER", server.env["PULSE_SERVER"])
        yield


def test_timing_replies_are_the_servers_own_and_lie_on_one_line(server_env: None) -> None:
    stream = PlaybackStream(RATE, 2, RATE // 10, RATE // 50, "test")
    try:
        positions: list[Position] = []
        block = bytes(RATE // 50 * 8)
        deadline = time.monotonic() + 6  # a fresh stream on an idle null sink waits ~2 s
        while time.monotonic() < deadline:
            stream.write(block)
            position = stream.position()
            if position is not None and position.heard > 0:
                positions.append(position)
    finally:
        stream.free()
    assert len(positions) > 50
    assert all(p.exact for p in positions)
    t = np.array([p.t_mono for p in positions])
    heard = np.array([p.heard for p in positions]) / RATE
    # The line through the readings, fitted again without the few that came in late.
    fit = np.polyfit(heard, t, 1)
    near = np.abs(t - np.polyval(fit, heard)) < 0.001
    slope, intercept = np.polyfit(heard[near], t[near], 1)
    residual_ms = (t - (intercept + slope * heard)) * 1000
    assert near.mean() > 0.9
    assert np.percentile(np.abs(residual_ms), 90) < 0.1
    assert residual_ms.min() > -0.1, "a reading came out early: the clock's envelope would take it"
    assert slope == pytest.approx(1.0, abs=500e-6)


def test_no_server_is_one_error_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/thrusttimer-test/native")
    started = time.monotonic()
    with pytest.raises(PulseError):
        PlaybackStream(RATE, 2, RATE // 10, RATE // 50, "test")
    assert time.monotonic() - started < 2
