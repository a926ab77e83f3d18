"""`thrusttimer smoke-test`: prove an installed or frozen build can draw, speak and play.

It checks the assets and the bundled voice pack are there, imports every module, starts a
worker process the way the speech worker starts, opens the main window offscreen and renders
one frame with grab(), voices the workout's first cue (the platform's speech engine, else the
bundled voice pack, else a tone) and plays it through the default audio output, then exits.
One line per check goes to stdout, so a packaging test (or a user on a new machine) sees what
worked. Exit 0 when everything passed, or when only the audio output is missing: the app
runs without sound then, and so does this. Exit 1 when something the app needs is missing
or broken.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import pkgutil
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from thrusttimer.audio.voicepack import VoicePack, default_pack_dir
from thrusttimer.commands.options import Parser, check_writable, parse
from thrusttimer.core.plan import DEFAULT_PRESET, preset
from thrusttimer.core.timeline import compile_plan
from thrusttimer.paths import assets_dir

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioDevice

RATE = 48_000
CHANNELS = 2
SPEECH_TIMEOUT_S = 15.0
# A fresh stream on an idle PulseAudio server can stall ~2 s before it starts (see
# /work/shared/AUDIO-CAPTURE.md), so the wait is generous; it is a bound, not a tempo.
PLAY_TIMEOUT_S = 10.0
# A spawned process imports Python afresh (and unpacks nothing: the bundle is one folder).
WORKER_TIMEOUT_S = 20.0

FloatClip = npt.NDArray[np.float32]
"""Its own float clips, played straight to a QAudioSink (not `audio.clips.Samples`, the
mixer's int16 clips): the smoke test checks each piece apart from the app's pipeline."""


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(prog=prog, description=__doc__.splitlines()[0].split(": ", 1)[1])
    parser.add_argument("--screenshot", metavar="PNG", help="also save the rendered frame here")
    parser.add_argument("--no-audio", action="store_true", help="skip speech and playback")
    parser.add_argument(
        "--voice",
        choices=("engine", "pack"),
        default="engine",
        help="speak with the speech engine, falling back to the bundled voice pack "
        "(default), or with the voice pack only",
    )
    options = parse(parser, args)
    if options.screenshot:
        check_writable(Path(options.screenshot), "--screenshot", prog)
    # Offscreen unless the caller chose a platform: the check must run on a headless machine.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    report_build()
    pack = check_voice_pack()
    ok = pack is not None
    ok = import_every_module() and ok
    ok = start_worker_process() and ok
    ok = render_frame(options.screenshot) and ok
    if not options.no_audio:
        ok = play_first_cue(pack, engine=options.voice == "engine") and ok
    print(f"smoke-test: {'ok' if ok else 'FAILED'}")
    return 0 if ok else 1


def report_build() -> None:
    from PySide6 import __version__ as pyside_version

    frozen = getattr(sys, "frozen", False)
    where = f"frozen, bundle {getattr(sys, '_MEIPASS', '?')}" if frozen else "python package"
    print(f"build: {where}; Python {sys.version.split()[0]}; PySide6 {pyside_version}")
    # thrusttimer.paths and the compiled Qt resources come from other parts of the build;
    # report them when this build has them instead of failing a build that predates them.
    print(f"assets: {assets_dir()}")


def check_voice_pack() -> VoicePack | None:
    """The bundled voice pack, the voice when no speech engine works; None if missing."""
    pack = VoicePack.load()
    if pack is None:
        print(f"voice pack: FAILED, missing or unreadable in {default_pack_dir()}")
    else:
        print(f"voice pack: {len(pack.entries)} phrases, voice {pack.voice}, in {pack.root}")
    return pack


def import_every_module() -> bool:
    """Import each module of the app: a module, Qt binding or library a build left out fails
    here, not when the user first opens the screen that needs it."""
    import thrusttimer

    names = [
        module.name
        for module in pkgutil.walk_packages(thrusttimer.__path__, prefix="thrusttimer.")
        if not module.name.endswith("__main__")  # runs the app when imported
    ]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as error:  # report every module that cannot load, then fail
            failed.append(f"{name} ({type(error).__name__}: {error})")
    if failed:
        print(f"modules: FAILED to import {len(failed)} of {len(names)}: {'; '.join(failed)}")
        return False
    print(f"modules: imported all {len(names)}")
    return True


def start_worker_process() -> bool:
    """Start and hear back from a "spawn" process, the way the speech worker starts.

    A frozen app starts it by re-running its own executable, which only works when the
    entry point calls multiprocessing.freeze_support() (packaging/launcher.py does).
    """
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_worker_answer, args=(send,), daemon=True)
    process.start()
    send.close()
    try:
        answer = receive.recv() if receive.poll(WORKER_TIMEOUT_S) else None
    except EOFError:  # the process ended without answering
        answer = None
    process.join(WORKER_TIMEOUT_S)
    if process.is_alive():
        process.kill()
    if answer != "ready":
        print(
            f"worker process: FAILED, no answer in {WORKER_TIMEOUT_S:g} s (exit {process.exitcode})"
        )
        return False
    print(f"worker process: spawned and answered (exit {process.exitcode})")
    return process.exitcode == 0


def _worker_answer(send: Connection) -> None:
    send.send("ready")
    send.close()


def render_frame(screenshot: str | None) -> bool:
    from PySide6.QtGui import QGuiApplication

    from thrusttimer.gui import resources
    from thrusttimer.gui.app import application
    from thrusttimer.gui.main_window import MainWindow

    app = application()  # the app's own set-up: names, desktop entry, theme
    # The window's icons come from the compiled resources a build must carry.
    loaded = resources.ensure_loaded()
    has_icon = resources.exists(resources.APP_ICON)
    notice = f" ({loaded.notice})" if loaded.notice else ""
    print(f"qt resources: {loaded.source}, app icon {'found' if has_icon else 'MISSING'}{notice}")
    window = MainWindow(preset(DEFAULT_PRESET))
    window.show()
    app.processEvents()
    image = window.grab().toImage()
    window.close()
    if image.isNull() or image.width() == 0:
        print(f"frame: FAILED, nothing rendered (platform {QGuiApplication.platformName()})")
        return False
    # A real frame has text on a background: more than one colour. A blank grab has one.
    small = image.scaled(64, 48)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    print(
        f"frame: {image.width()}x{image.height()} on {QGuiApplication.platformName()}, "
        f"{len(colours)} colours in a 64x48 sample"
    )
    saved = True
    if screenshot:
        saved = image.save(screenshot)
        print(f"frame: {'saved' if saved else 'FAILED to save'} {screenshot}")
    return len(colours) > 1 and has_icon and saved


def play_first_cue(pack: VoicePack | None, engine: bool = True) -> bool:
    """Voice the workout's first cue as the app would and play it on the default output.

    The speech engine first; without one, the bundled voice pack; without that, a tone.
    """
    from PySide6.QtMultimedia import QMediaDevices

    device = QMediaDevices.defaultAudioOutput()
    if device.isNull():
        print("audio: no output device; skipped (the app runs on, visual only)")
        return True
    cue = next(c for c in compile_plan(preset(DEFAULT_PRESET)).cues if c.text)
    clip, source = speak(cue.text) if engine else (None, "")
    pack_wav = pack.wav_path(cue.text) if pack is not None else None
    if clip is None and pack_wav is not None:
        clip, source = read_wav(pack_wav), "bundled voice pack"
    if clip is None:
        clip, source = beep(), "tone"
    return play(clip, f"{cue.text!r} ({source})", device)


def speak(text: str) -> tuple[FloatClip | None, str]:
    """The text rendered by pyttsx3's default driver, or (None, why not)."""
    result: dict[str, FloatClip | str] = {}

    def render() -> None:
        try:
            import pyttsx3

            engine = pyttsx3.init()
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "cue.wav"
                engine.save_to_file(text, str(path))
                engine.runAndWait()
                result["clip"] = read_wav(path)
            result["driver"] = str(engine)
        except Exception as error:  # any engine failure means "use a tone", reported below
            result["error"] = f"{type(error).__name__}: {error}"

    if sys.platform == "darwin":
        render()  # NSSpeechSynthesizer wants the main thread
    else:
        worker = threading.Thread(target=render, name="smoke-speech", daemon=True)
        worker.start()
        worker.join(SPEECH_TIMEOUT_S)
        if worker.is_alive():
            result["error"] = f"no answer from the speech engine in {SPEECH_TIMEOUT_S:g} s"
    clip = result.get("clip")
    if isinstance(clip, np.ndarray):
        print(f"speech: pyttsx3 driver {result['driver']}, {len(clip) / RATE:.2f} s")
        return clip, f"speech by pyttsx3 {result['driver']}"
    print(f"speech: unavailable ({result.get('error', 'no audio written')})")
    return None, ""


def read_wav(path: Path) -> FloatClip:
    """A 16-bit PCM WAV as float32 (frames, CHANNELS) at RATE, by linear resampling."""
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise ValueError(f"expected 16-bit speech, got {8 * wav.getsampwidth()}-bit")
        rate, channels = wav.getframerate(), wav.getnchannels()
        pcm = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    mono = pcm.reshape(-1, channels).mean(axis=1).astype(np.float32) / 32768
    if mono.size == 0:
        raise ValueError("the speech engine wrote an empty file")
    times = np.arange(int(len(mono) * RATE / rate)) / RATE
    resampled = np.interp(times, np.arange(len(mono)) / rate, mono).astype(np.float32)
    return np.repeat(resampled[:, None], CHANNELS, axis=1)


def beep(freq_hz: float = 880.0, seconds: float = 0.2) -> FloatClip:
    t = np.arange(int(RATE * seconds)) / RATE
    # 10 ms fades so the tone starts and stops without a click.
    envelope = np.clip(np.minimum(t, seconds - t) / 0.01, 0, 1)
    mono = (0.5 * np.sin(2 * np.pi * freq_hz * t) * envelope).astype(np.float32)
    return np.repeat(mono[:, None], CHANNELS, axis=1)


def play(clip: FloatClip, what: str, device: QAudioDevice) -> bool:
    """Play the clip once through a QAudioSink on `device`; True once it all went out."""
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
    from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QtAudio

    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(CHANNELS)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    pcm = (np.clip(clip, -1, 1) * 32767).astype("<i2").tobytes()
    data = QByteArray(pcm)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    sink = QAudioSink(device, fmt)
    sink.start(buffer)
    # stateChanged cannot be connected from Python in PySide6 6.12, so poll the state.
    deadline = time.monotonic() + PLAY_TIMEOUT_S + len(clip) / RATE
    while sink.state() == QtAudio.State.ActiveState or (
        sink.state() == QtAudio.State.IdleState and buffer.pos() < len(pcm)
    ):
        if time.monotonic() > deadline:
            break
        QCoreApplication.processEvents()
        time.sleep(0.005)
    played_s = sink.processedUSecs() / 1e6
    error = sink.error()
    sink.stop()
    if error != QtAudio.Error.NoError or buffer.pos() < len(pcm):
        print(
            f"audio: FAILED playing {what} on {device.description()!r}: {error.name}, "
            f"{played_s:.2f} of {len(clip) / RATE:.2f} s sent"
        )
        return False
    print(f"audio: played {what}, {played_s:.2f} s, on {device.description()!r}")
    return True
