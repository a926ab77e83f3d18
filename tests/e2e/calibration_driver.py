"""Runs the real calibration screen on the real audio output and writes, as JSON, the
moments each tick was planned to be heard: the end-to-end test records the sound and
compares. Usage: python -m tests.e2e.calibration_driver OUT.json (PULSE_SERVER set)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tests.e2e.drivers import pump, steady_output
from thrusttimer.gui.calibration.dialog import CalibrationDialog

TAP_TICKS = 8
FLASH_OFFSET_MS = 100
FLASH_S = 3.2


def main(out: Path) -> int:
    opened = steady_output(out)
    if opened is None:
        return 1
    app, output = opened

    screen = CalibrationDialog(0, output, ticks=TAP_TICKS)
    screen.show()
    screen.start_tapping()
    pump(app, 20, until=lambda: screen.running is None)
    tapped = [tick for tick, _ in screen.placed]
    tap_refused = list(screen.refused)

    screen.tabs.setCurrentIndex(1)
    screen.offset.setValue(FLASH_OFFSET_MS)
    screen.toggle_flashing()
    end = time.monotonic() + FLASH_S
    pump(app, FLASH_S + 1, until=lambda: time.monotonic() > end)
    flashed = [tick for tick, _ in screen.placed]
    screen.stop()
    # Let the last tick reach the sink before the output closes.
    pump(app, 0.4)
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
