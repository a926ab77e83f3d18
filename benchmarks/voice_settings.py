"""The voice settings as a person uses them, measured: the real set-up dialog and the
calibration screen, with sound through a private PulseAudio null sink, recorded.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/voice_settings.py
        [--screenshots DIR]   (needs DISPLAY, an X server such as Xvfb, and ImageMagick)

Prints:
  - the event loop's longest gap (a 5 ms PreciseTimer) while the dialog waits for the
    engine's voice list and while "Test voice" renders, side by side with the same dialog
    idle (baseline). Target: under 50 ms;
  - the recorded onset of the "Test voice" sample against its planned moment;
  - tap along: each tick's recorded onset against its planned moment (16 ticks, simulated
    taps 60 ms late, and the offset the screen proposes);
  - tick meets flash at +100 ms: each tick's onset against 100 ms before its flash, and
    when the poll lit the circle against the flash's planned moment.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.e2e.pulse import (
    PulseServer,
    Recorder,
    find_onsets,
    match,
    pulse_server,
    tools_missing,
)

TICK_MS = 5
TAP_LAG_S = 0.060
FLASH_OFFSET_MS = 100


def figures(name: str, planned: list[float], heard: list[float]) -> None:
    pairs = match(planned, heard, 0.05)
    errors = sorted((h - p) * 1000 for p, h in pairs if h is not None)
    if not errors:
        print(f"{name}: nothing heard")
        return
    print(
        f"{name}: {len(errors)}/{len(planned)} heard; onset − plan median "
        f"{statistics.median(errors):+.2f} ms, min {errors[0]:+.2f}, max {errors[-1]:+.2f}"
    )


def run(server: PulseServer, shots: Path | None) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QScrollArea

    from thrusttimer.audio.output.facade import AudioOutput
    from thrusttimer.core.presets import DEFAULT_PRESET, preset
    from thrusttimer.gui.app import application
    from thrusttimer.gui.setup.dialog import SetupDialog
    from thrusttimer.gui.setup.voice_catalog import APP_VOICES
    from thrusttimer.store.presets import UserPresets
    from thrusttimer.store.settings import VoicePrefs

    app = application()
    gaps: list[float] = []
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(beat)

    def measure_from_now() -> None:
        gaps.clear()
        last[0] = time.monotonic()

    def pump(seconds: float, until: Callable[[], bool] = lambda: False) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.001)
        return until()

    def shot(name: str) -> None:
        if shots is not None:
            pump(0.3)
            subprocess.run(["import", "-window", "root", str(shots / name)], check=True)
            print(f"  screenshot {shots / name}")

    output = AudioOutput(0.0)
    output.start()
    if not output.wait_steady(10, app.processEvents):
        print("the audio output did not settle")
        return
    placed: dict[str, list[float]] = {}
    play_at = output.play_at

    def noting(tag, clip, t_mono, kind, spoken, asap=False):  # type: ignore[no-untyped-def]
        result = play_at(tag, clip, t_mono, kind, spoken, asap)
        if result.placed:
            placed.setdefault(tag.id, []).append(result.t_mono)
        return result

    output.play_at = noting  # type: ignore[method-assign]
    presets = UserPresets.load(Path(tempfile.mkdtemp()) / "presets.json")[0]
    recorder = Recorder(server)
    recorder.start()
    pump(0.5)
    ticker.start()

    started = time.monotonic()
    dialog = SetupDialog(
        preset(DEFAULT_PRESET),
        presets,
        VoicePrefs(voice="gmw/en"),
        output=output,
        voices=APP_VOICES,
    )
    dialog.show()
    pump(0.1)  # the first paint: its own cost, not waiting on the engine
    measure_from_now()
    pump(30, lambda: dialog.voice_panel.voice_choice.count() > 2)
    listing = list(gaps)
    voice_choice = dialog.voice_panel.voice_choice
    print(
        f"voice list: {voice_choice.count()} entries {time.monotonic() - started:.2f} s "
        f"after opening; chosen {voice_choice.currentText()!r}"
    )
    measure_from_now()
    pump(1.0)
    idle = list(gaps)
    area = dialog.findChild(QScrollArea, "setupForm")
    if area is not None:
        area.ensureWidgetVisible(dialog.voice_panel.calibrate_button)
    shot("setup.png")

    measure_from_now()
    dialog.voice_panel.test_voice()
    pump(30, lambda: dialog.voice_panel.voice_test_status.text().startswith(("Playing", "⚠")))
    testing = list(gaps)
    print(f"test voice: {dialog.voice_panel.voice_test_status.text()!r}")
    shot("setup-test-voice.png")
    pump(4, dialog.voice_panel.test_voice_button.isEnabled)
    ticker.stop()
    print(
        f"longest event-loop gap, {TICK_MS} ms timer: idle dialog (baseline) "
        f"{max(idle):.1f} ms; waiting for the voice list {max(listing):.1f} ms; "
        f"rendering the sample {max(testing):.1f} ms (target < 50 ms)"
    )

    screen = dialog.voice_panel.calibrate()
    shot("calibrate.png")
    screen.start_tapping()
    track = screen.track
    assert track is not None
    taps = [track.start + i * track.interval_s + TAP_LAG_S for i in range(16)]

    def tapping() -> bool:
        while taps and time.monotonic() >= taps[0]:
            taps.pop(0)
            screen.tap()
        return screen.running is None

    pump(25, tapping)
    tap_ticks = [tick for tick, _ in screen.placed]
    print(f"tap along with taps {TAP_LAG_S * 1000:.0f} ms late: {screen.tap_message.text()!r}")
    shot("calibrate-result.png")

    screen.tabs.setCurrentIndex(1)
    screen.offset.setValue(FLASH_OFFSET_MS)
    screen.toggle_flashing()
    flash_track = screen.track
    assert flash_track is not None
    lit_at: list[float] = []
    was_lit = [False]

    def watch() -> bool:
        if screen.circle.lit and not was_lit[0]:
            lit_at.append(time.monotonic())
            if len(lit_at) == 3:
                shot("calibrate-flash-lit.png")
        was_lit[0] = screen.circle.lit
        return False

    pump(5, watch)
    flash_ticks = [tick for tick, _ in screen.placed]
    screen.stop()
    pump(0.5)
    recording = recorder.stop()
    heard = [recording.time_of(i) for i in find_onsets(recording.samples)]

    figures("test voice sample", placed.get("test-voice", []), heard)
    figures("tap along ticks (heard at the planned tick)", tap_ticks, heard)
    figures(
        f"flash ticks at +{FLASH_OFFSET_MS} ms (heard that much before the flash)",
        [t - FLASH_OFFSET_MS / 1000 for t in flash_ticks],
        heard,
    )
    lit_errors = []
    for moment in lit_at:
        index = round((moment - flash_track.start) / flash_track.interval_s)
        lit_errors.append((moment - flash_track.tick(index)) * 1000)
    print(
        "flash: the poll that lit the circle − planned moment: "
        + ", ".join(f"{e:+.1f}" for e in lit_errors)
        + " ms (a 16 ms frame poll, lit half a frame early)"
    )
    screen.reject()
    dialog.reject()
    pump(0.3)
    output.close()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshots", type=Path, help="save screenshots here (needs X)")
    args = parser.parse_args()
    missing = tools_missing()
    if missing:
        print(f"needs PulseAudio: {', '.join(missing)} not installed")
        return 1
    if args.screenshots is not None:
        args.screenshots.mkdir(parents=True, exist_ok=True)
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A cold clip cache: "Test voice" starts the engine and renders, as on a first launch.
    os.environ.setdefault("THRUSTTIMER_CACHE_DIR", tempfile.mkdtemp(prefix="thrusttimer-clips-"))
    with pulse_server() as server:
        os.environ.update(server.env)
        run(server, args.screenshots)
    return 0


if __name__ == "__main__":
    sys.exit(main())
