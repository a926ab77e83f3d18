"""Starting the window: the application object, theme, settings, last workout and event log.

`run_app(plan)` is what `thrusttimer` with no subcommand calls. `load_last_plan()` is the one
place that decides which workout the window opens on: the last one used, from the settings
store (the default preset on a first launch, or when the saved one is unusable, with a
notice the window shows). SIGTERM, SIGHUP and Ctrl-C close the window as its close button
does, so the session ends in the logs (`stop_signals`).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from thrusttimer.core.clock import FakeClock
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.eventlog import EventLog
from thrusttimer.gui import resources, theme, translation
from thrusttimer.gui.stop_signals import StopOnSignals
from thrusttimer.gui.window.main_window import MainWindow
from thrusttimer.runtime.gc_pause import resume_collection
from thrusttimer.store.settings import Settings

APP_NAME = "ThrustTimer"
APP_ID = "io.github.thrusttimer.ThrustTimer"


class Startup(NamedTuple):
    """What the window starts from: the settings, the last workout, and anything to tell."""

    settings: Settings
    plan: Plan
    notices: tuple[str, ...]


def load_last_plan(settings: Settings | None = None) -> Startup:
    """Open the settings (a damaged file is moved aside) and read the last-used workout."""
    settings = settings or Settings()
    plan, notice = settings.load_last_plan()
    notices = tuple(text for text in (settings.notice, notice) if text)
    return Startup(settings, plan, notices)


class Screenshot(NamedTuple):
    """A test hook: a picture of the window `at_s` seconds into the workout."""

    at_s: float
    path: Path


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # The launcher entry's name (packaging/linux/APP_ID.desktop): Wayland compositors match
    # the window to its entry, icon and pinned launcher through it.
    app.setDesktopFileName(APP_ID)
    resources.load_fonts()
    theme.apply(app)
    return app


class AfterFirstPaint(QObject):
    """Runs `then` once the window has painted its first frame, so that loading the audio
    code (numpy, the renderer, QtMultimedia) never delays what the lifter first sees."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            QTimer.singleShot(0, then)
            # Done: every later event of the window would otherwise pass through Python.
            watched.removeEventFilter(self)
        return False


def run_app(
    plan: Plan | None = None,
    *,
    startup: Startup | None = None,
    event_log: str | Path | EventLog | None = None,
    window_size: tuple[int, int] | None = None,
    screenshots: Sequence[Screenshot] = (),
    language: str | None = None,
) -> int:
    """Open the window on `plan` (the last-used one if None) and run until it closes.

    `event_log` may be a path or an EventLog already open (the command opens it first, so
    a bad path is an error before any window); either way it is closed at the end. The
    result is the application's exit code, or 128 + the number of the signal that closed
    the window. `language` (the command line's) wins over the one saved in the settings.
    """
    app = application()
    log = EventLog(event_log) if isinstance(event_log, str | Path) else event_log
    try:
        if screenshots:
            translation.install(app, translation.choose(language, None))
            chosen = plan or preset(DEFAULT_PRESET)
            return _take_screenshots(app, chosen, screenshots, window_size, log)
        startup = startup or load_last_plan()
        saved_interface, saved_speech = startup.settings.languages()
        language_notice = translation.install(
            app, translation.choose(language or saved_interface, saved_speech)
        )
        loaded = resources.ensure_loaded()
        prefs, voice_problem = startup.settings.load_voice()
        notices = (
            *startup.notices,
            *((language_notice,) if language_notice else ()),
            *((loaded.notice,) if loaded.notice else ()),
            *((voice_problem,) if voice_problem else ()),
        )
        window = MainWindow(
            plan or startup.plan,
            event_log=log,
            settings=startup.settings,
            notices=notices,
            record=True,
        )
        window.conductor.sound_expected = True  # attached just after the first frame, below
        geometry = startup.settings.window_geometry()
        if window_size:
            window.resize(*window_size)
        elif geometry is not None:
            window.restoreGeometry(geometry)
        window.show()

        def after_first_frame() -> None:
            # The audio output opens now and stays open, so its clock has settled by the
            # time the lifter presses Start.
            resume_collection()
            from thrusttimer.gui.sound import open_sound
            from thrusttimer.gui.timers import qt_timers

            window.setWindowIcon(resources.icon())  # the taskbar's, not in the frame
            window.attach_sound(open_sound(prefs, qt_timers(window)))
            window.prepare_log_entry()

        after_first_paint = AfterFirstPaint(window, after_first_frame)
        window.installEventFilter(after_first_paint)
        # A window that starts hidden (minimised) may not paint for a long while.
        QTimer.singleShot(5000, resume_collection)
        stopped_by: list[int] = []

        def stop(number: int) -> None:
            # The close path of every window: the session stops (session_end in the event
            # log, its end in the training log) and the settings are saved. Closing the
            # last window ends the event loop.
            stopped_by.append(number)
            app.closeAllWindows()

        on_signals = StopOnSignals(stop)
        try:
            code = app.exec()
        finally:
            on_signals.remove()
        return 128 + stopped_by[0] if stopped_by else code
    finally:
        if log is not None:
            log.close()


def _take_screenshots(
    app: QApplication,
    plan: Plan,
    shots: Sequence[Screenshot],
    window_size: tuple[int, int] | None,
    log: EventLog | None,
) -> int:
    """Run the real window on a fake clock, jump to each moment, and save what the screen
    shows, with the phase word's geometry beside it (PATH.json) for the legibility check.
    Settings are neither read nor written: pictures must not depend on the machine."""
    from thrusttimer.gui.widgets.text import shown_texts

    resume_collection()
    clock = FakeClock()
    window = MainWindow(plan, clock, event_log=log)
    if window_size:
        window.resize(*window_size)
    window.show()
    result: list[int] = [0]

    def settle() -> None:
        # Let the window system map, lay out and paint before the grab.
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)

    def run() -> None:
        # Whatever happens, the loop ends: an error inside a slot would otherwise leave it
        # running, and the command would hang.
        try:
            shoot()
        except OSError as error:
            print(
                # i18n: not shown
                f"thrusttimer: --screenshot-at: cannot write a picture: {error.strerror or error}",
                file=sys.stderr,
            )
            result[0] = 2
        finally:
            window.close()
            app.quit()

    def shoot() -> None:
        settle()
        window.session.start()
        start = clock()
        for shot in sorted(shots, key=lambda s: s.at_s):
            target = start + shot.at_s
            if target > clock():
                clock.advance(target - clock())
            window.frame()
            window.repaint()
            settle()
            screen = window.screen()
            picture = screen.grabWindow(window.winId()) if screen is not None else None
            if picture is None or picture.isNull():
                picture = window.grab()
            shot.path.parent.mkdir(parents=True, exist_ok=True)
            if not picture.save(str(shot.path)):
                result[0] = 1
            display = window.phase_display
            word = display.word_rect().translated(display.mapTo(window, display.rect().topLeft()))
            facts = {
                "at_s": shot.at_s,
                "phase": window.session.current_segment.phase.value,
                "word": display.view.word,
                "colour": display.view.colour.name(),
                "window": [window.width(), window.height()],
                "device_pixel_ratio": picture.devicePixelRatio(),
                "word_rect": [word.x(), word.y(), word.width(), word.height()],
                "texts": shown_texts(window),
            }
            shot.path.with_suffix(".json").write_text(json.dumps(facts, indent=2) + "\n")

    QTimer.singleShot(0, run)
    app.exec()
    return result[0]
