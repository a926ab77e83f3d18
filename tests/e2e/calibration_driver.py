"""Runs the real calibration screen on the real audio output and writes, as JSON, the
moments each tick was planned to be heard: the end-to-end test records the sound and
compares. Usage: python -m tests.e2e.calibration_driver OUT.json (PULSE_SERVER set)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from thrusttimer.audio.output.facade import AudioOutput
from thrusttimer.gui.calibration.dialog import CalibrationDialog

TAP_TICKS = 8
FLASH_OFFSET_MS = 100
FLASH_S = 3.2


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    output = AudioOutput(0.0)
    output.start()
    if not output.wait_steady(10, app.processEvents):
        out.write_text(json.dumps({"error": "the audio output did not settle"}))
        return 1

    def pump_until(done: object, limit_s: float) -> None:
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline and not done():  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.002)

    screen = CalibrationDialog(0, output, ticks=TAP_TICKS)
    screen.show()
    screen.start_tapping()
    pump_until(lambda: screen.running is None, 20)
    tapped = [tick for tick, _ in screen.placed]
    tap_refused = list(screen.refused)

    screen.tabs.setCurrentIndex(1)
    screen.offset.setValue(FLASH_OFFSET_MS)
    screen.toggle_flashing()
    end = time.monotonic() + FLASH_S
    pump_until(lambda: time.monotonic() > end, FLASH_S + 1)
    flashed = [tick for tick, _ in screen.placed]
    screen.stop()
    # Let the last tick reach the sink before the output closes.
    pump_until(lambda: False, 0.4)
    screen.close()
    output.close()
    out.write_text(
        json.dumps(
            {
                "tap_ticks": tapped,
                "tap_refused": tap_refused,
                "flash_ticks": flashed,
                "flash_offset_ms": FLASH_OFFSET_MS,
                "flash_refused": screen.refused,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
