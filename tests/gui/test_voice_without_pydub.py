"""The window's process never loads pydub: speech and tones are made by the speech worker
and read from the clip cache, so pydub (and audioop) cost the app nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

# The window's sound path in a fresh process: the window's modules, a Sound preparing the
# default plan (the bundled voice pack speaks: no engine needed) polled in the app's event
# loop, every clip of the fitted timeline loaded as before a set, a UI sound and the
# calibration tick.
SCRIPT = r"""
import json, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from thrusttimer.gui import app as gui_app
from thrusttimer.gui.window import main_window
from thrusttimer.gui.setup import dialog as setup_dialog
from thrusttimer.gui.calibration import dialog as calibration_dialog
from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.tones import cached_tone
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.core.model import Tone
from thrusttimer.gui.sound import open_sound
from thrusttimer.gui.timers import qt_timers
from thrusttimer.gui.window.feedback import Feedback
from thrusttimer.store.settings import VoicePrefs

sound = open_sound(VoicePrefs(), qt_timers(), engine=False)
plan = preset(DEFAULT_PRESET)
sound.prepare(plan)
# The app's own event loop until the clips are made (or a minute has passed).
loop = QEventLoop()
check = QTimer()
check.timeout.connect(lambda: (sound.poll(), sound.timeline_for(plan) is not None and loop.quit()))
check.start(10)
QTimer.singleShot(60_000, loop.quit)
loop.exec()
check.stop()
timeline = sound.timeline_for(plan)
bank = sound.bank
clips = [bank.clip_for(cue, sound.output.fmt) for cue in timeline.cues]
tones = [bank.tone(tone, sound.output.fmt) for tone in Tone]
Feedback(sound.output).play(True)
tick = cached_tone(Tone.TICK, sound.output.fmt, 1.0, ClipCache())
print(json.dumps({
    "pydub": sorted(m for m in sys.modules if m.split(".")[0] in ("pydub", "audioop")),
    "worker_made": len(bank.results),
    "spoken": sum(1 for cue in timeline.cues if cue.text),
    "voiced": sum(1 for cue, clip in zip(timeline.cues, clips) if cue.text and clip is not None),
    "dtypes": sorted({str(c.dtype) for c in clips + tones + [tick] if c is not None}),
}))
sound.close()
"""


def run_window_sound(tmp_path: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "THRUSTTIMER_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "PULSE_SERVER": "unix:/nonexistent/thrusttimer-test/native",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def test_the_window_never_loads_pydub_on_a_first_launch_or_with_the_clips_cached(
    tmp_path: Path,
) -> None:
    first = run_window_sound(tmp_path)
    assert first["pydub"] == []
    assert first["worker_made"] > 0  # the worker made the clips and the tones
    assert first["voiced"] == first["spoken"] > 0
    assert first["dtypes"] == ["int16"]

    cached = run_window_sound(tmp_path)
    assert cached["pydub"] == []
    assert cached["worker_made"] == 0  # everything came from the cache
    assert cached["voiced"] == cached["spoken"]
