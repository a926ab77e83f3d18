"""The PipeWire twin of `pulse.pulse_server()`: a private, headless PipeWire + wireplumber +
pipewire-pulse with its own XDG_RUNTIME_DIR and session D-Bus, and one null sink `cap`
(recipe: AUDIO-CAPTURE.md, "The same through PipeWire"). `pulse.Recorder` and every
PulseAudio client run with `server.env` use it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from tests.e2e.pulse import RATE, PulseServer

TOOLS = ("dbus-daemon", "pipewire", "wireplumber", "pipewire-pulse", "pactl", "parec")
START_TIMEOUT_S = 15.0
FIXED_QUANTUM = 2048
"""The graph period, in samples (42.7 ms), fixed: min = max = quantum. By default the graph
runs at the smallest period a client asks for, 256 samples (5.3 ms) for parec's 5 ms, and a
cycle that pipewire-pulse's data thread misses under load puts one period of digital
silence into the sink and delays the rest of the stream by that period: a reference click
came out 256 samples late. With 1024 this still happened about once a minute on a loaded
2-core VM; with 2048 (PipeWire's default max-quantum) and 4096, never in 60 s runs."""


def _conf(quantum: int | None) -> str:
    props = [f"default.clock.rate = {RATE}", f"default.clock.allowed-rates = [ {RATE} ]"]
    if quantum is not None:
        props += [
            f"default.clock.{k} = {quantum}" for k in ("quantum", "min-quantum", "max-quantum")
        ]
    return "context.properties = {\n    " + "\n    ".join(props) + "\n}\n"


def pipewire_missing() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass
class PipeWireServer(PulseServer):
    """Private PipeWire daemons with one null sink `cap`; `env` points clients at them. A
    `PulseServer` (runtime, env, pactl, stop), so `pulse.Recorder` takes it."""

    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def spawn(self, name: str, *args: str) -> None:
        log = (self.runtime / f"{name}.log").open("wb")
        with log:
            self.procs[name] = subprocess.Popen(
                [name, *args],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def logs(self) -> str:
        return "\n".join(
            f"--- {log.name}:\n{log.read_text(errors='replace')[-1500:]}"
            for log in sorted(self.runtime.glob("*.log"))
        )

    def stop(self) -> None:
        """Stop every daemon it started, last first, each with its own process group (they
        were started in new sessions): SIGTERM, then SIGKILL after 3 s."""
        for proc in reversed(self.procs.values()):
            for sig in (signal.SIGTERM, signal.SIGKILL):
                with suppress(ProcessLookupError):
                    os.killpg(proc.pid, sig)
                try:
                    proc.wait(3)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self.procs.clear()


def _until(what: str, server: PipeWireServer, ready: Callable[[], bool], deadline: float) -> None:
    while not ready():
        dead = [name for name, p in server.procs.items() if p.poll() is not None]
        if dead or time.monotonic() > deadline:
            why = f"{', '.join(dead)} exited" if dead else f"{START_TIMEOUT_S:.0f} s"
            raise RuntimeError(f"PipeWire did not start ({what}; {why})\n{server.logs()}")
        time.sleep(0.05)


def _answers(server: PipeWireServer, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["pactl", *args], env=server.env, capture_output=True, text=True, timeout=5
        )
    except subprocess.TimeoutExpired:
        return None
    return done.stdout if done.returncode == 0 else None


def _has_sink(server: PipeWireServer) -> bool:
    return "\tcap\t" in (_answers(server, "list", "short", "sinks") or "")


def _set_default(server: PipeWireServer, what: str, name: str) -> bool:
    """`pactl set-default-sink/source`, true once `pactl info` shows it."""
    _answers(server, f"set-default-{what}", name)
    return f"Default {what.title()}: {name}\n" in (_answers(server, "info") or "")


@contextmanager
def pipewire_server(quantum: int | None = FIXED_QUANTUM) -> Iterator[PipeWireServer]:
    """`quantum=None` leaves PipeWire's default, client-driven graph period (to reproduce
    the 256-sample slips); raises RuntimeError, with the daemons' logs, if it won't start."""
    runtime = Path(tempfile.mkdtemp(prefix="thrusttimer-pipewire-"))
    runtime.chmod(0o700)
    for daemon in ("pipewire", "pipewire-pulse"):
        conf_d = runtime / "config" / "pipewire" / f"{daemon}.conf.d"
        conf_d.mkdir(parents=True)
        (conf_d / "thrusttimer.conf").write_text(_conf(quantum))
    bus = runtime / "bus"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PULSE_", "PIPEWIRE_"))}
    env.update(
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(runtime / "config"),  # our drop-in, and no user config
        XDG_STATE_HOME=str(runtime / "state"),  # wireplumber restores no remembered defaults
        DBUS_SESSION_BUS_ADDRESS=f"unix:path={bus}",
        PULSE_SERVER=f"unix:{runtime / 'pulse' / 'native'}",
        PULSE_RUNTIME_PATH=str(runtime / "pulse"),
    )
    env.pop("DISPLAY", None)
    server = PipeWireServer(runtime, env)
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        server.spawn(
            "dbus-daemon",
            "--session",
            "--nofork",
            "--nopidfile",
            f"--address={env['DBUS_SESSION_BUS_ADDRESS']}",
        )
        _until("session bus", server, bus.exists, deadline)
        server.spawn("pipewire")
        _until("pipewire socket", server, (runtime / "pipewire-0").exists, deadline)
        server.spawn("wireplumber")
        server.spawn("pipewire-pulse")
        _until("pactl info", server, lambda: _answers(server, "info") is not None, deadline)
        _answers(
            server, "load-module", "module-null-sink", "sink_name=cap", f"rate={RATE}", "channels=2"
        )
        _until("sink cap", server, partial(_has_sink, server), deadline)
        for what, name in (("sink", "cap"), ("source", "cap.monitor")):
            _until(f"default {what}", server, partial(_set_default, server, what, name), deadline)
        yield server
    finally:
        server.stop()
        shutil.rmtree(runtime, ignore_errors=True)
