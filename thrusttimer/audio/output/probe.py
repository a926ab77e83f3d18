"""Which sound server this process would reach, and so which stream feed the output uses."""

from __future__ import annotations

import os
import socket

from thrusttimer.audio.output import libpulse

BACKEND_ENV = "THRUSTTIMER_AUDIO_BACKEND"
"""`pulse` or `qt` to choose the output path (benchmarks compare them); unset: pulse when
the PulseAudio client library is there and a server (PulseAudio or PipeWire) answers."""


def pulse_socket() -> str | None:
    """The PulseAudio (or pipewire-pulse) server's socket this process would use, if local."""
    address = os.environ.get("PULSE_SERVER")
    if address:
        for part in address.split():
            if part.startswith("unix:"):
                return part[5:]
            if part.startswith("/"):
                return part
        return None
    runtime = os.environ.get("PULSE_RUNTIME_PATH")
    if not runtime and os.environ.get("XDG_RUNTIME_DIR"):
        runtime = os.path.join(os.environ["XDG_RUNTIME_DIR"], "pulse")
    return os.path.join(runtime, "native") if runtime else None


def socket_answers(path: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.2)
        try:
            probe.connect(path)
        except OSError:
            return False
    return True


def use_pulse_feed() -> bool:
    """True when the output should write to the sound server itself (`pulse_feed`); else
    the QAudioSink path (`qt_feed`), which is what Windows and macOS use."""
    choice = os.environ.get(BACKEND_ENV, "").strip().lower()
    if choice == "qt" or libpulse.load() is None:
        return False
    if choice == "pulse":
        return True
    path = pulse_socket()
    return path is not None and socket_answers(path)


def default_output_available() -> bool:
    """True when the system has an audio output to open (an audio server is running).
    Asks QtMultimedia, so it loads it: only where this is really wanted."""
    from PySide6.QtMultimedia import QMediaDevices

    return not QMediaDevices.defaultAudioOutput().isNull()
