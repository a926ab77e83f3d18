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
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from thrusttimer.audio.voicepack import VoicePack, default_pack_dir
from thrusttimer.commands.options import Parser, check_writable, parse
from thrusttimer.core.model import Cue
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.core.timeline import compile_plan
from thrusttimer.paths import assets_dir

if TYPE_CHECKING:
    from thrusttimer.conductor.ports import ClipBank
    from thrusttimer.conductor.sound import Sound

SPEECH_TIMEOUT_S = 30.0
"""The longest wait for the smoke plan's phrases (a first run renders ~20 of them)."""
PLAY_TIMEOUT_S = 10.0
"""A fresh stream on an idle PulseAudio server can stall ~2 s before it starts (see the
README's audio capture notes), so the wait is generous; it is a bound, not a tempo."""
WORKER_TIMEOUT_S = 20.0
"""A spawned process imports Python afresh (and unpacks nothing: the bundle is one folder)."""


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
        ok = play_first_cue(engine=options.voice == "engine") and ok
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
    from thrusttimer.gui.window.main_window import MainWindow

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


def smoke_plan() -> Plan:
    """The default workout cut to one rep: its first cue is the app's first cue, and its
    phrases are made in a few seconds (once; later runs find them in the clip cache)."""
    return Plan.build(preset(DEFAULT_PRESET), sets=1, reps=1, advance_when_ready=False)


def play_first_cue(engine: bool = True) -> bool:
    """Voice the workout's first cue and play it on the default output, through the same
    conductor, voice bank and output as a workout: the speech engine first; without one,
    the bundled voice pack; without that, a tone."""
    from PySide6.QtCore import QCoreApplication

    from thrusttimer.audio.output.facade import AudioOutput
    from thrusttimer.conductor.conductor import WorkoutConductor
    from thrusttimer.gui.sound import open_sound
    from thrusttimer.gui.timers import qt_timers
    from thrusttimer.store.settings import VoicePrefs

    app = QCoreApplication.instance() or QCoreApplication([])
    plan = smoke_plan()
    first = next(c for c in compile_plan(plan).cues if c.text)
    timers = qt_timers()
    conductor = WorkoutConductor(plan, timers)
    output = AudioOutput()
    output.start()
    sound = open_sound(VoicePrefs(), timers, output=output, engine=engine)
    deadline = time.monotonic() + SPEECH_TIMEOUT_S + PLAY_TIMEOUT_S
    heard: list[float] = []

    def on_ready(_: None) -> None:
        if output.available:
            conductor.toggle()
        else:
            app.quit()  # nothing to play on: said below

    def on_tick(now: float) -> None:
        player = conductor.player
        if player is not None and not heard:
            heard.extend(t for cue, t in player.heard if cue.text == first.text)
        played = heard and now > heard[0] + first_clip_s(sound, first) + 0.2
        if (played and not output.mixer.pending()) or now > deadline:
            app.quit()

    conductor.ready.connect(on_ready)
    conductor.ticked.connect(on_tick)
    try:
        conductor.want_frames(20)
        conductor.attach_sound(sound)
        app.exec()
        bank = sound.bank
        source = describe_source(bank.source_of(first.text) if bank is not None else None, bank)
        if not output.available:
            print("audio: no output device; skipped (the app runs on, visual only)")
            return True
        if not heard:
            why = "the voice was not ready" if not conductor.sound_ready else "it was not placed"
            print(f"audio: FAILED playing {first.text!r} ({source}): {why}")
            return False
        print(
            f"audio: played {first.text!r} ({source}), {first_clip_s(sound, first):.2f} s, "
            f"on {output.device!r}"
        )
        return True
    finally:
        conductor.close()


def first_clip_s(sound: Sound, cue: Cue) -> float:
    """How long the cue's clip sounds (0 until it is made)."""
    bank = sound.bank
    clip = bank.clip_for(cue, sound.output.fmt) if bank is not None else None
    return 0.0 if clip is None else len(clip) / sound.output.fmt.rate


def describe_source(source: str | None, bank: ClipBank | None) -> str:
    """Where the cue's voice came from, and a line about the speech engine."""
    if source == "engine":
        print(f"speech: pyttsx3 driver {speech_driver()}")
        return "speech by pyttsx3"
    why = bank.notice if bank is not None and bank.notice else "not asked for"
    print(f"speech: unavailable ({why})")
    return "bundled voice pack" if source == "pack" else "tone"


def speech_driver() -> str:
    """The name of the driver pyttsx3 uses on this platform ("espeak" on Linux)."""
    return {"darwin": "nsss", "win32": "sapi5"}.get(sys.platform, "espeak")
