"""What the drivers of the real audio output share (`calibration_driver`, `sleep_driver`,
`take_back_driver`): the output opened and steady, and Qt's events pumped while time passes.
Each driver runs in its own process on a private null sink (`pulse.recorded_driver`)."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from thrusttimer.audio.output.facade import AudioOutput

STEADY_WITHIN_S = 10.0


def steady_output(out: Path) -> tuple[QApplication, AudioOutput] | None:
    """The application and the real audio output, started and steady; None, with the
    error written to `out` as the driver's JSON, if it does not settle in time."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    output = AudioOutput(0.0)
    output.start()
    if not output.wait_steady(STEADY_WITHIN_S, app.processEvents):
        out.write_text(json.dumps({"error": "the audio output did not settle"}))
        return None
    return app, output


def pump(
    app: QApplication,
    seconds: float,
    until: Callable[[], bool] = lambda: False,
    step_s: float = 0.002,
) -> None:
    """Handle Qt's events every `step_s` for `seconds`, or until `until()` holds."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not until():
        app.processEvents()
        time.sleep(step_s)
