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
from thrusttimer.core.i18n import speech_language, translate
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
    parser = Parser(
        prog=prog,
        description=translate(
            "SmokeTest", "prove an installed or frozen build can draw, speak and play."
        ),
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help=translate("SmokeTest", "also save the rendered frame here"),
    )
    parser.add_argument(
        "--no-audio", action="store_true", help=translate("SmokeTest", "skip speech and playback")
    )
    parser.add_argument(
        "--voice",
        choices=("engine", "pack"),
        default="engine",
        help=translate(
            "SmokeTest",
            "speak with the speech engine, falling back to the bundled voice pack "
            "(default), or with the voice pack only",
        ),
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
    print("smoke-test: ok" if ok else "smoke-test: FAILED")  # i18n: not shown
    return 0 if ok else 1


def report_build() -> None:
    from PySide6 import __version__ as pyside_version

    frozen = getattr(sys, "frozen", False)
    if frozen:
        where = translate("SmokeTest", "frozen, bundle {path}").format(
            path=getattr(sys, "_MEIPASS", "?")
        )
    else:
        where = translate("SmokeTest", "python package")
    print(
        translate("SmokeTest", "build: {where}; Python {python}; PySide6 {pyside}").format(
            where=where, python=sys.version.split()[0], pyside=pyside_version
        )
    )
    # thrusttimer.paths and the compiled Qt resources come from other parts of the build;
    # report them when this build has them instead of failing a build that predates them.
    print(f"assets: {assets_dir()}")


def check_voice_pack() -> VoicePack | None:
    """The bundled voice pack of the coach's language, the voice when no speech engine
    works; None if missing."""
    language = speech_language()
    pack = VoicePack.load(language=language)
    if pack is None:
        print(
            translate("SmokeTest", "voice pack: FAILED, missing or unreadable in {folder}").format(
                folder=default_pack_dir(language)
            )
        )
    else:
        print(
            translate(
                "SmokeTest", "voice pack: {count} phrases, voice {voice}, in {folder}"
            ).format(count=len(pack.entries), voice=pack.voice, folder=pack.root)
        )
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
        print(
            translate(
                "SmokeTest", "modules: FAILED to import {failed} of {count}: {errors}"
            ).format(failed=len(failed), count=len(names), errors="; ".join(failed))
        )
        return False
    print(translate("SmokeTest", "modules: imported all {count}").format(count=len(names)))
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
            translate(
                "SmokeTest", "worker process: FAILED, no answer in {seconds} s (exit {code})"
            ).format(seconds=f"{WORKER_TIMEOUT_S:g}", code=process.exitcode)
        )
        return False
    print(
        translate("SmokeTest", "worker process: spawned and answered (exit {code})").format(
            code=process.exitcode
        )
    )
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
    if has_icon:
        line = translate("SmokeTest", "qt resources: {source}, app icon found{notice}")
    else:
        line = translate("SmokeTest", "qt resources: {source}, app icon MISSING{notice}")
    print(line.format(source=loaded.source, notice=notice))
    window = MainWindow(preset(DEFAULT_PRESET))
    window.show()
    app.processEvents()
    image = window.grab().toImage()
    window.close()
    if image.isNull() or image.width() == 0:
        print(
            translate("SmokeTest", "frame: FAILED, nothing rendered (platform {platform})").format(
                platform=QGuiApplication.platformName()
            )
        )
        return False
    # A real frame has text on a background: more than one colour. A blank grab has one.
    small = image.scaled(64, 48)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    print(
        translate(
            "SmokeTest",
            "frame: {width}x{height} on {platform}, {colours} colours in a 64x48 sample",
        ).format(
            width=image.width(),
            height=image.height(),
            platform=QGuiApplication.platformName(),
            colours=len(colours),
        )
    )
    saved = True
    if screenshot:
        saved = image.save(screenshot)
        if saved:
            line = translate("SmokeTest", "frame: saved {path}")
        else:
            line = translate("SmokeTest", "frame: FAILED to save {path}")
        print(line.format(path=screenshot))
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
            print(
                translate(
                    "SmokeTest", "audio: no output device; skipped (the app runs on, visual only)"
                )
            )
            return True
        if not heard:
            if not conductor.sound_ready:
                why = translate("SmokeTest", "the voice was not ready")
            else:
                why = translate("SmokeTest", "it was not placed")
            print(
                translate("SmokeTest", "audio: FAILED playing {cue} ({source}): {why}").format(
                    cue=repr(first.text), source=source, why=why
                )
            )
            return False
        print(
            translate(
                "SmokeTest", "audio: played {cue} ({source}), {seconds} s, on {device}"
            ).format(
                cue=repr(first.text),
                source=source,
                seconds=f"{first_clip_s(sound, first):.2f}",
                device=repr(output.device),
            )
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
        print(
            translate("SmokeTest", "speech: pyttsx3 driver {driver}").format(driver=speech_driver())
        )
        return translate("SmokeTest", "speech by pyttsx3")
    if bank is not None and bank.notice:
        why = bank.notice
    else:
        why = translate("SmokeTest", "not asked for")
    print(translate("SmokeTest", "speech: unavailable ({why})").format(why=why))
    if source == "pack":
        return translate("SmokeTest", "bundled voice pack")
    return translate("SmokeTest", "tone")


def speech_driver() -> str:
    """The name of the driver pyttsx3 uses on this platform ("espeak" on Linux)."""
    return {"darwin": "nsss", "win32": "sapi5"}.get(sys.platform, "espeak")
