"""The gym window: renders what the workout conductor says and turns keys into commands.

The conductor owns the workout and its one tick; the window asks it for frames while
something on screen moves (`frame_ms`) and redraws on each tick. Paused, idle or waiting
for the lifter, nothing ticks at all. Everything shown comes from the session's clock, so
the tick's rate decides only how smooth the picture is.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from thrusttimer.conductor.conductor import WorkoutConductor
from thrusttimer.conductor.sound import Sound
from thrusttimer.core.clock import Clock
from thrusttimer.core.content import Exercise, load_exercise
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan, shown_name
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import (
    Event,
    Paused,
    PhaseStarted,
    Resumed,
    SessionFinished,
    SessionStarted,
)
from thrusttimer.core.session_states import Result, State
from thrusttimer.core.timers import TimerFactory
from thrusttimer.eventlog import EventLog
from thrusttimer.gui.inhibit import KeepAwake
from thrusttimer.gui.keys import BY_NAME, command_for_key, make_actions
from thrusttimer.gui.timers import qt_timers
from thrusttimer.gui.window.demo import Demo
from thrusttimer.gui.window.frames import frame_interval
from thrusttimer.gui.window.rooms import history_window, set_up
from thrusttimer.gui.window.screen import GymScreen, toggle_text
from thrusttimer.gui.window.training import TrainingLogViews, open_training_log
from thrusttimer.store.settings import Settings

if TYPE_CHECKING:
    from thrusttimer.gui.window.feedback import Feedback

STOP_CONFIRM_S = 5.0
"""How long a first Esc waits for the second one that confirms the stop."""


def sentence(text: str) -> str:
    """`text` with a capital first letter (and the rest as it was)."""
    return text[:1].upper() + text[1:]


class MainWindow(QMainWindow):
    def __init__(
        self,
        plan: Plan,
        clock: Clock = time.monotonic,
        *,
        timers: TimerFactory | None = None,
        keep_awake: KeepAwake | None = None,
        event_log: EventLog | None = None,
        settings: Settings | None = None,
        notices: Sequence[str] = (),
        sound: Sound | None = None,
        record: bool = False,
    ) -> None:
        super().__init__()
        self.clock = clock
        self.keep_awake = keep_awake if keep_awake is not None else KeepAwake()
        self.settings = settings
        self.setWindowTitle(shown_name(plan.name))  # Qt adds " — ThrustTimer"
        self.setMinimumSize(640, 480)
        self.timers = timers if timers is not None else qt_timers(self)
        """Every timer of the window's comes from here (fake ones in tests)."""
        self.conductor = WorkoutConductor(
            plan,
            self.timers,
            clock,
            event_log=event_log,
            memory=settings,
            open_log=open_training_log if record else None,
        )
        handlers: dict[str, Callable[[], object]] = {
            "toggle": self.toggle,
            "restart_rep": lambda: self._command(lambda s: s.restart_rep()),
            "skip": self.skip,
            "rest_less": lambda: self._command(lambda s: s.extend_rest(-30)),
            "rest_more": lambda: self._command(lambda s: s.extend_rest(30)),
            "ready": lambda: self._command(lambda s: s.advance()),
            "stop": self.request_stop,
            "demo": self.play_demo,
            "fullscreen": self.toggle_fullscreen,
            "setup": self.set_up_workout,
            "history": self.show_history,
        }
        self.commands = make_actions(self, handlers)
        # The rest screen's own "Skip rest" button: the keys belong to "skip" (one key, one
        # action, or Qt calls the shortcut ambiguous and runs neither).
        skip_rest = QAction(self.tr("Skip rest"), self)
        skip_rest.setObjectName("skip_rest")
        skip_rest.setToolTip(
            self.tr("End the rest now ({keys})").format(
                keys=translate("Keys", BY_NAME["skip"].shown_keys)
            )
        )
        skip_rest.triggered.connect(lambda: self._command(lambda s: s.skip_rest()))
        self.commands["skip_rest"] = skip_rest
        for action in self.commands.values():
            self.addAction(action)

        self.screen_view = GymScreen(load_exercise(plan.exercise), self.commands, self.timers)
        screen = self.screen_view
        self.counts, self.phase_display = screen.counts, screen.phase_display
        self.side_view, self.breathing = screen.side_view, screen.breathing
        self.next_cue, self.rest_screen = screen.next_cue, screen.rest_screen
        self.status, self.stack, self.buttons = screen.status, screen.stack, screen.buttons
        self.setCentralWidget(screen)
        self.resize(1024, 720)

        self._stop_armed_until: float | None = None
        self.demo: Demo | None = None
        self._notices = [notice for notice in notices if notice]
        self.training = TrainingLogViews(self.conductor, screen, self.toggle, settings)
        self.counts.load_text = self.training.shown_load
        self.feedback: Feedback | None = None
        self.history: QWidget | None = None

        conductor = self.conductor
        conductor.notices.connect(lambda text: self.status.show_message(text, ms=15000))
        conductor.events.connect(self._on_event)
        conductor.session_changed.connect(self._show_session)
        conductor.ticked.connect(lambda now: self._redraw())
        self._show_session(conductor.session)
        if sound is not None:
            self.attach_sound(sound)

    # The workout -----------------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self.conductor.plan

    @property
    def exercise(self) -> Exercise:
        """The first block's exercise: the workout opens with it (and the demo shows it)."""
        return load_exercise(self.plan.exercise)

    @property
    def session(self) -> Session:
        return self.conductor.session

    @property
    def sound(self) -> Sound | None:
        return self.conductor.sound

    @property
    def record(self) -> bool:
        return self.conductor.records

    def attach_sound(self, sound: Sound) -> None:
        """Speak through `sound` from now on (the app attaches it just after the first
        frame, so loading the audio code does not delay the window)."""
        from thrusttimer.gui.window.feedback import Feedback

        self.feedback = Feedback(sound.output)
        self.conductor.attach_sound(sound)

    def prepare_log_entry(self) -> None:
        """Open the training log and make the quick entry now, if sets are recorded: the
        app does this just after the first frame (together ~45 ms, and SQLite's import)."""
        self.training.prepare()

    def _show_session(self, session: Session) -> None:
        self.screen_view.bind(session, self.conductor.events)
        if self.demo is not None:
            self.breathing.bind(self.demo.session)
        self._on_event(None)

    def _on_event(self, event: Event | None) -> None:
        session = self.session
        if isinstance(event, PhaseStarted | Paused | SessionFinished) or event is None:
            self.screen_view.show_page(session)
        text = toggle_text(session)
        action = self.commands["toggle"]
        action.setText(text)
        action.setIconText(text)
        # Asked once per start or resume, so a desktop without a screensaver service hears
        # about it once, not at every phase.
        if isinstance(event, SessionStarted):
            self.training.prepare()  # if the app has not made it after the first frame
        if isinstance(event, SessionStarted | Resumed):
            if not self.keep_awake.hold():
                self.status.show_message(sentence(self.keep_awake.problem))
        elif isinstance(event, Paused | SessionFinished):
            self.keep_awake.release()
        self.status.set_detail(
            self.tr("Screen kept awake")
            if self.keep_awake.held
            else self.tr("Keys: Space · → · ← · Esc · F11")
        )
        if isinstance(event, SessionFinished):
            self._stop_armed_until = None
        self._ask_for_frames()

    # Frames ----------------------------------------------------------------------------------

    def frame(self) -> None:
        """Bring the workout to the clock's now and redraw (the conductor's tick)."""
        self.conductor.tick()

    def _redraw(self) -> None:
        self.screen_view.redraw()
        session = self.session
        if session.active:
            self.screen_view.show_pose(session)
        elif self.demo is not None and self._visible:
            self.demo.pose()  # a new round begins once one ends
            if self.breathing.session is not self.demo.session:
                self.breathing.bind(self.demo.session)  # a new round of the demo
            self.screen_view.show_still(session, self.demo.session)
        else:
            self.screen_view.show_still(session, None)
        self._ask_for_frames()

    @property
    def _visible(self) -> bool:
        return self.isVisible() and not self.isMinimized()

    @property
    def moving(self) -> bool:
        """Whether anything on screen changes with time (so frames are wanted)."""
        if self.session.running:
            return True
        return self.demo is not None and self._visible

    def _ask_for_frames(self) -> None:
        """Frames at the rate what is shown needs; none while hidden or still."""
        shown = self.session if self.session.running else None
        if shown is None and self.demo is not None:
            shown = self.demo.session
        if not self.moving or not self._visible or shown is None:
            self.conductor.want_frames(None)
            return
        self.conductor.want_frames(frame_interval(shown))

    @property
    def timer_running(self) -> bool:
        """Whether the workout's tick runs (nothing should while nothing moves)."""
        return self.conductor.ticking

    # Commands --------------------------------------------------------------------------------

    def _command(self, run: Callable[[Session], Result]) -> Result:
        result = self.conductor.command(run)
        self.report(result)
        return result

    def report(self, result: Result) -> None:
        """A refused command says why in the status area; with sound, each command is also
        heard: a click when taken during a workout, a low blip when refused."""
        if not result.accepted:
            self.status.show_message(sentence(result.reason))
        if self.feedback is not None and (not result.accepted or self.session.active):
            self.feedback.play(result.accepted)

    def toggle(self) -> Result:
        self.conductor.renew()
        starting = self.session.state is State.IDLE
        if starting and self.training.ask_load():
            return Result(True)  # Start again once the load is chosen (the load prompt)
        if starting:
            self._end_demo()
        result, wait = self.conductor.toggle()
        if wait is not None:
            # Space takes effect once the sound is ready (the conductor starts it then).
            self.status.show_message(wait, warning=False)
            return result
        self.report(result)
        return result

    def set_plan(self, plan: Plan) -> None:
        """Switch to another workout (only between workouts)."""
        self.setWindowTitle(shown_name(plan.name))  # Qt adds " — ThrustTimer"
        self._end_demo()
        self.conductor.set_plan(plan)

    def set_up_workout(self) -> Result:
        """Open the set-up dialog; Start there switches this window to the chosen workout."""
        if self.session.active:
            result = Result(
                False, self.tr("set up the next workout once this one is over (Esc stops it)")
            )
            self.report(result)
            return result
        return set_up(self)

    def show_history(self) -> Result:
        """The training log's table and charts, in a window of their own."""
        self.history = history_window(self, self.history)
        return Result(True)

    def skip(self) -> Result:
        session = self.session
        if session.active and session.current_segment.phase is Phase.REST:
            return self._command(lambda s: s.skip_rest())
        return self._command(lambda s: s.skip_phase())

    def request_stop(self) -> Result:
        """Stop on a second Esc within a few seconds: one stray press never ends a workout."""
        session = self.session
        if not session.active:
            if self.isFullScreen():
                # Between workouts Esc does what it does everywhere: leave full screen.
                self.showNormal()
                return Result(True)
            return self._command(lambda s: s.stop())
        now = self.clock()
        if self._stop_armed_until is not None and now <= self._stop_armed_until:
            self._stop_armed_until = None
            result = self._command(lambda s: s.stop())
            if result.accepted:
                self.status.show_message(self.tr("Workout stopped"), warning=False)
            return result
        self._stop_armed_until = now + STOP_CONFIRM_S
        self.status.show_message(
            self.tr("Stop the workout? Press Esc again (or click Stop) to confirm")
        )
        return Result(False, self.tr("waiting for a second Esc to confirm"))

    def play_demo(self) -> Result:
        """Loop the demo set until D again, Start, or the window is hidden; D again stops it.

        It never starts by itself: an idle window has nothing moving and no tick running."""
        if self.session.active:
            result = Result(False, self.tr("the demo plays when no workout is running"))
            self.report(result)
            return result
        if self.demo is not None:
            self._end_demo()
        else:
            self.demo = Demo(self.plan, self.clock)
            # The breathing indicator breathes with the demo rep too.
            self.breathing.bind(self.demo.session)
        self.frame()
        return Result(True)

    def _end_demo(self) -> None:
        self.demo = None
        if self.breathing.session is not self.session:
            self.breathing.bind(self.session, self.conductor.events)

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # Window ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        name = command_for_key(event.key())
        if name is None or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().keyPressEvent(event)
            return
        self.commands[name].trigger()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.screen_view.fit_bar(self.width())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._notices:
            # Startup problems (a damaged settings file, missing icons) stay up a while.
            self.status.show_message(" ".join(self._notices), ms=15000)
            self._notices = []
        self.frame()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._ask_for_frames()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._ask_for_frames()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._end_demo()
        self.conductor.close()
        self.keep_awake.release()
        if self.settings is not None:
            self.settings.save_window_geometry(self.saveGeometry())
            problem = self.settings.sync()
            if problem:
                print(f"thrusttimer: {problem}", file=sys.stderr)
        super().closeEvent(event)
