"""The gym screen: one window that shows a running session and takes its commands.

The window owns the session and one frame timer. The timer runs only while something on
screen moves (a running session, or the demo rep while it is visible): it calls
`session.tick()` and lets each widget read the position. Paused, idle or waiting for the
lifter, no timer runs at all. Everything shown comes from the session's clock, so the
timer's rate decides only how smooth the picture is.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.clock import Clock
from thrusttimer.core.content import load_exercise
from thrusttimer.core.model import Phase
from thrusttimer.core.plan import Plan
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
from thrusttimer.core.timeline import compile_plan
from thrusttimer.eventlog import EventLog
from thrusttimer.gui import theme
from thrusttimer.gui.inhibit import KeepAwake
from thrusttimer.gui.keys import BY_NAME, command_for_key, make_actions
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.breathing import BreathingIndicator
from thrusttimer.gui.widgets.button import GymButton, fit_bar
from thrusttimer.gui.widgets.counts import CountsBar, NextCueLabel
from thrusttimer.gui.widgets.phase_display import PhaseDisplay
from thrusttimer.gui.widgets.rest_screen import RestScreen
from thrusttimer.gui.widgets.side_view import SideView
from thrusttimer.gui.widgets.status_bar import StatusArea
from thrusttimer.store.settings import Settings

if TYPE_CHECKING:
    # Only for types: the voice (numpy, the renderer), the quick entry and the training
    # log (SQLite) load after the first frame.
    from thrusttimer.gui.load_prompt import LoadAsker
    from thrusttimer.gui.log_entry import LogEntry
    from thrusttimer.gui.voice import WindowVoice
    from thrusttimer.store.log import TrainingLog
    from thrusttimer.store.recorder import Recorder

MOVING_FRAME_MS = 40
"""At most 25 frames a second while the body moves: smooth from across a room, and half the
CPU of 60 (benchmarks/gui_cpu.py)."""
FRAMES_PER_PHASE = 30
"""A movement phase is drawn in about this many frames, whatever its length: the ring moves
~12° and the hips a few pixels a frame. A 1 s thrust gets 25 a second, a 2 s lowering 15,
a 3 s one 12 (`LONGEST_FRAME_MS`): a slower movement needs fewer frames to look as smooth.
(40 a phase measured ~0.6 % of a core more for the whole app during a set.)"""
LONGEST_FRAME_MS = 83
SLOW_FRAME_MS = 200
"""During set-up and rest only the ring and the countdown move."""
STOP_CONFIRM_S = 5.0
"""How long a first Esc waits for the second one that confirms the stop."""
DEMO_REPS = 3
MOVEMENT_PAGE, REST_PAGE = 0, 1


def sentence(text: str) -> str:
    """`text` with a capital first letter (and the rest as it was)."""
    return text[:1].upper() + text[1:]


def checklist_caption(session: Session) -> str:
    """The set-up checklist item for now: the one the coach read last (its cue is
    "setup.<id>"), else an even share of the lead-in each when no cues read them."""
    checklist = load_exercise(session.plan.exercise).setup_checklist
    if not checklist:
        return ""
    by_id = {f"setup.{item.id}": item.text for item in checklist}
    position = session.position_ms()
    spoken = [c for c in session.timeline.cues if c.id in by_id]
    if spoken:
        said = [c for c in spoken if c.at_ms <= position]
        return by_id[(said[-1] if said else spoken[0]).id]
    share = min(int(session.segment_progress() * len(checklist)), len(checklist) - 1)
    return checklist[share].text


def frame_ms(phase_ms: float) -> int:
    """The frame interval for a movement phase this long (see FRAMES_PER_PHASE)."""
    return round(min(LONGEST_FRAME_MS, max(MOVING_FRAME_MS, phase_ms / FRAMES_PER_PHASE)))


def demo_plan(plan: Plan) -> Plan:
    """One short set of the user's own tempo, for the "watch how it's done" loop."""
    return Plan.build(
        plan,
        name="Demo",
        sets=1,
        reps=DEMO_REPS,
        lead_in_s=0,
        set_brace_s=max(1.0, plan.tempo.bottom_pause),
        advance_when_ready=False,
    )


class MainWindow(QMainWindow):
    def __init__(
        self,
        plan: Plan,
        clock: Clock = time.monotonic,
        *,
        keep_awake: KeepAwake | None = None,
        event_log: EventLog | None = None,
        settings: Settings | None = None,
        notices: Sequence[str] = (),
        voice: WindowVoice | None = None,
        record: bool = False,
    ) -> None:
        super().__init__()
        self.plan = plan
        self.clock = clock
        self.exercise = load_exercise(plan.exercise)
        self.keep_awake = keep_awake if keep_awake is not None else KeepAwake()
        self.event_log = event_log
        self.setWindowTitle(plan.name)  # Qt adds " — ThrustTimer"
        self.setMinimumSize(640, 480)

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
        skip_rest = QAction("Skip rest", self)
        skip_rest.setObjectName("skip_rest")
        skip_rest.setToolTip(f"End the rest now ({BY_NAME['skip'].shown_keys})")
        skip_rest.triggered.connect(lambda: self._command(lambda s: s.skip_rest()))
        self.commands["skip_rest"] = skip_rest
        for action in self.commands.values():
            self.addAction(action)

        # Widgets --------------------------------------------------------------------------
        self.counts = CountsBar()
        self.phase_display = PhaseDisplay(self.exercise)
        self.side_view = SideView()
        self.breathing = BreathingIndicator(self.exercise)
        self.next_cue = NextCueLabel()
        self.rest_screen = RestScreen(
            self.exercise,
            [self.commands[n] for n in ("rest_less", "rest_more", "skip_rest", "ready")],
        )
        self.status = StatusArea()
        movement = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.side_view, 3)
        row.addWidget(self.breathing, 1)
        column = QVBoxLayout(movement)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row, 6)
        column.addWidget(self.next_cue, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(movement)
        self.stack.addWidget(self.rest_screen)
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

        self.buttons: list[GymButton] = []
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 0, 12, 0)
        for name in (
            "toggle", "restart_rep", "skip", "stop", "demo", "setup", "history", "fullscreen",
        ):  # fmt: skip
            bar.addWidget(self._button(self.commands[name]), 1)
        self._bar = bar
        self.buttons[0].texts = ("Start", "Pause", "Resume", "Ready", "Again")
        for button in self.rest_screen.buttons:
            self._describe_button(button)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        # Shares of the height; the bar and the status line take more where their words at
        # the readable size need it (their minimum heights), the others give it up.
        layout.addWidget(self.counts, 10)
        layout.addWidget(self.phase_display, 36)
        layout.addWidget(self.stack, 39)
        layout.addLayout(bar, 7)
        layout.addWidget(self.status, 5)
        self.setCentralWidget(central)
        self._central = central
        self.resize(1024, 720)

        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.frame)
        self._stop_armed_until: float | None = None
        self.preview: Session | None = None
        self.settings = settings
        self._notices = [notice for notice in notices if notice]
        # The training log: each set is recorded as it ends; the quick entry amends it.
        self.record = record
        self.recorder: Recorder | None = None
        self._log: TrainingLog | None = None
        """Opened (and checked) once, after the first frame or at the first Start; each
        session gets a Recorder."""
        self._log_opened = False
        self._log_entry: LogEntry | None = None
        self._load_asker: LoadAsker | None = None
        """Asks for the load before each recorded workout starts (made on first use)."""
        self.counts.load_text = self._shown_load
        """The quick entry over the rest screen, made on first use (see `log_entry`)."""
        self.voice: WindowVoice | None = None
        self.history: QWidget | None = None
        self._start_when_voice_ready = False
        self.voice_expected = False
        """A voice is on its way (`attach_voice` follows the first frame): a Start pressed
        before it comes waits for its clips, as it would for a voice still making them."""
        self.session = self._new_session(plan)
        self._bind(self.session)
        if voice is not None:
            self.attach_voice(voice)

    # Session ------------------------------------------------------------------------------

    @property
    def session_widgets(self) -> list[SessionBinding]:
        return [self.counts, self.phase_display, self.breathing, self.next_cue, self.rest_screen]

    @property
    def log_entry(self) -> LogEntry:
        """The quick entry that amends each set as it is logged. Building it costs ~35 ms,
        so the app makes it just after the first frame (`prepare_log_entry`), not before."""
        if self._log_entry is None:
            from thrusttimer.gui.log_entry import LogEntry
            from thrusttimer.gui.log_room import Room

            entry = LogEntry()
            Room.under(self.stack, self.rest_screen).add(entry)  # never over the rest's buttons
            entry.failed.connect(self.status.show_message)
            if self.recorder is not None:
                entry.attach(self.recorder)
            self._log_entry = entry
        return self._log_entry

    def prepare_log_entry(self) -> None:
        """Open the training log and make the quick entry now, if sets are recorded: the
        app does this just after the first frame (together ~45 ms, and SQLite's import)."""
        if self.record:
            self._open_log()
            self.log_entry  # noqa: B018 - the property makes it

    def _open_log(self) -> None:
        """Open (and check) the training log once, and record the current session."""
        if not self.record or self._log_opened:
            return
        from thrusttimer.store.recorder import open_log

        self._log_opened = True
        self._log, notice = open_log()
        if notice:
            self.status.show_message(notice, ms=15000)
        self._record(self.session)

    def _record(self, session: Session) -> None:
        if self._log is None:
            return
        from thrusttimer.store.recorder import Recorder

        self.recorder = Recorder(self._log, session)
        if self._log_entry is not None:
            self._log_entry.attach(self.recorder)
        self.recorder.problems.connect(self.status.show_message)

    def attach_voice(self, voice: WindowVoice) -> None:
        """Speak through `voice` from now on (the app attaches it just after the first
        frame, so loading the audio code does not delay the window)."""
        self.voice = voice
        self.voice_expected = False
        voice.notice.connect(lambda text: self.status.show_message(text, ms=15000))
        voice.ready.connect(self._voice_ready)
        voice.prepare(self.plan)
        if self.session.state is State.IDLE:
            self._bind(self._new_session(self.plan))

    @property
    def form_point_start(self) -> int:
        """Where this workout's form points start: where the last one left off."""
        return self.settings.form_point_start() if self.settings is not None else 0

    def _new_session(self, plan: Plan) -> Session:
        """A session on the timeline fitted to the voice's clips when they are ready."""
        if self.voice is None:
            silent = compile_plan(plan, form_point_start=self.form_point_start)
            return Session(plan, self.clock, timeline=silent)
        self.voice.form_point_start = self.form_point_start
        timeline = self.voice.timeline_for(plan)
        return Session(plan, self.clock, timeline=timeline, start_delay_s=self.voice.start_delay_s)

    def _bind(self, session: Session) -> None:
        self.session = session
        session.events.connect(self._on_event)
        if self.voice is not None:
            # Before the event log, so the player's last drops come before session_end.
            self.voice.attach(session)
        if self.event_log is not None:
            self.event_log.attach(session)
        if self.record:
            if self.recorder is not None:
                self.recorder.detach()
                self.recorder = None
            if self._log_opened:
                self._record(session)
        for widget in self.session_widgets:
            widget.bind(session)
        self._on_event(None)

    def _on_event(self, event: Event | None) -> None:
        session = self.session
        if isinstance(event, PhaseStarted | Paused | SessionFinished) or event is None:
            rest = session.active and session.current_segment.phase is Phase.REST
            self.stack.setCurrentIndex(REST_PAGE if rest else MOVEMENT_PAGE)
        self._update_toggle_text()
        # Asked once per start or resume, so a desktop without a screensaver service hears
        # about it once, not at every phase.
        if isinstance(event, SessionStarted):
            self.prepare_log_entry()  # if the app has not made it after the first frame
        if isinstance(event, SessionStarted | Resumed):
            if not self.keep_awake.hold():
                self.status.show_message(sentence(self.keep_awake.problem))
        elif isinstance(event, Paused | SessionFinished):
            self.keep_awake.release()
        self.status.set_detail(
            "Screen kept awake" if self.keep_awake.held else "Keys: Space · → · ← · Esc · F11"
        )
        if isinstance(event, SessionFinished):
            self._stop_armed_until = None
            self._carry_form_points_on(event)
        self._update_timer()

    def _carry_form_points_on(self, event: SessionFinished) -> None:
        """The next workout's coach starts from the form point after the last one given."""
        if self.settings is None or self.session.started_at is None:
            return
        reached = None if event.completed else self.session.current_index
        start = self.session.timeline.next_form_point(reached)
        self.settings.save_form_point_start(start)
        if self.voice is not None:
            self.voice.form_point_start = start

    def _update_toggle_text(self) -> None:
        session = self.session
        if session.state is State.IDLE:
            text = "Start"
        elif session.state is State.PAUSED:
            text = "Resume"
        elif session.state is State.DONE:
            text = "Again"
        elif session.waiting_for_ready:
            text = "Ready"
        else:
            text = "Pause"
        action = self.commands["toggle"]
        action.setText(text)
        action.setIconText(text)

    # Frames -------------------------------------------------------------------------------

    def frame(self) -> None:
        """Advance to the clock's now and redraw what moved."""
        session = self.session
        if session.active:
            session.tick()
        for widget in self.session_widgets:
            widget.on_frame()
        self._update_side_view()
        self._update_timer()

    def _update_side_view(self) -> None:
        session = self.session
        if session.active:
            segment = session.current_segment
            progress = session.segment_progress()
            caption = checklist_caption(session) if segment.phase is Phase.SETUP else ""
            self.side_view.show_pose(segment.phase, progress, caption)
            return
        preview = self.preview
        if preview is not None:
            preview.tick()
            if not preview.active:
                self._start_demo()  # round again, from the next frame's clock
                preview = self.preview
                assert preview is not None
            if preview.active:
                segment = preview.current_segment
                label = self.exercise.phases[segment.phase].label
                self.side_view.show_pose(
                    segment.phase,
                    preview.segment_progress(),
                    f"Watch how it's done · {label}",
                )
                return
        self._end_demo()
        self.side_view.show_pose(None, 0.0, "Press D to watch how a rep is done")

    @property
    def moving(self) -> bool:
        """Whether anything on screen changes with time (so the frame timer must run)."""
        if self.session.running:
            return True
        demo = self.preview is not None and self.preview.running
        return demo and self.isVisible() and not self.isMinimized()

    def _update_timer(self) -> None:
        if not self.moving:
            self._timer.stop()
            return
        session = self.session
        shown = session if session.running else self.preview
        interval = MOVING_FRAME_MS
        if shown is not None and shown.active:
            segment = shown.current_segment
            if segment.phase in (Phase.SETUP, Phase.REST):
                interval = SLOW_FRAME_MS
            else:
                interval = frame_ms(segment.duration_ms)
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)
        if not self._timer.isActive():
            self._timer.start()

    @property
    def timer_running(self) -> bool:
        return self._timer.isActive()

    # Commands -----------------------------------------------------------------------------

    def _command(self, run: Callable[[Session], Result]) -> Result:
        result = run(self.session)
        self.report(result)
        self.frame()
        return result

    def report(self, result: Result) -> None:
        """A refused command says why in the status area; with a voice, each command is
        also heard: a click when taken during a workout, a low blip when refused."""
        if not result.accepted:
            self.status.show_message(sentence(result.reason))
        if self.voice is not None and (not result.accepted or self.session.active):
            self.voice.feedback(result.accepted)

    def toggle(self) -> Result:
        if self.session.state is State.DONE:
            self._bind(self._new_session(self.plan))
        starting = self.session.state is State.IDLE
        if starting and self._ask_load():
            return Result(True)  # Start again once the load is chosen (`load_prompt`)
        wait = self._wait_for_voice(starting)
        if wait is not None:
            # Space takes effect once the voice is ready (`_voice_ready`).
            self._start_when_voice_ready = True
            self._end_demo()
            self.status.show_message(wait, warning=False)
            return Result(True)
        if starting:
            self._end_demo()
            # Normally open since the first frame; a set is never left unrecorded.
            self._open_log()
        result = self._command(lambda s: s.toggle_pause())
        if starting and result.accepted and self.settings is not None:
            # The workout actually done is the one to reopen next time.
            self.settings.save_last_plan(self.plan)
        return result

    def _ask_load(self) -> bool:
        """Ask for the load of a workout whose sets are recorded; True while asking."""
        if not self.record:
            return False
        self._open_log()
        if self.recorder is None:
            return False
        if self._load_asker is None:
            from thrusttimer.gui.load_prompt import LoadAsker

            self._load_asker = LoadAsker(self.stack, self.rest_screen, self.toggle)
        return self._load_asker.ask(self.recorder)

    def _shown_load(self) -> str:
        """The load the running workout's sets are logged with ("100 kg"; "" for none)."""
        recorder = self.recorder
        if recorder is None or recorder.load_kg is None or not self.session.active:
            return ""
        from thrusttimer.gui.load_field import shown_load

        return shown_load(recorder.load_kg, recorder.unit)

    def _wait_for_voice(self, starting: bool) -> str | None:
        """Why a Space must wait for the voice before it takes effect (None: it need not),
        waking a sleeping output on the way."""
        voice = self.voice
        if voice is None:
            # Pressed before the voice was attached: started now, the workout would keep
            # the silent timeline to its end.
            if starting and self.voice_expected:
                return "Getting the voice ready: the workout starts as soon as it is ready"
            return None
        if starting:
            voice.wake()
            if not voice.is_ready:
                # Every cue is made before the set starts; the start follows when they are.
                return f"{voice.progress_text()}: the workout starts as soon as it is ready"
            return None
        held = self.session.state is State.PAUSED or self.session.waiting_for_ready
        if held and (voice.output.asleep or (self._start_when_voice_ready and not voice.is_ready)):
            # A long break let the output sleep (`voice.HELD_SLEEP_AFTER_S`): the workout
            # goes on once it is awake, its next cue on time rather than dropped as late.
            voice.wake()
            return "Waking the sound: the workout goes on in a moment"
        return None

    def set_plan(self, plan: Plan) -> None:
        """Switch to another workout (only between workouts)."""
        self.plan = plan
        self.setWindowTitle(plan.name)  # Qt adds " — ThrustTimer"
        self._end_demo()
        if self.voice is not None:
            self.voice.prepare(plan)
        self._bind(self._new_session(plan))
        self.frame()

    def _voice_ready(self) -> None:
        """The clips are made (or the output is awake again): a workout not yet started
        takes the timeline fitted to them; a Space pressed meanwhile takes effect now."""
        if self.session.state is State.IDLE:
            self._bind(self._new_session(self.plan))
        if self._start_when_voice_ready:
            self._start_when_voice_ready = False
            if self.session.state is not State.DONE:
                self.toggle()

    def set_up_workout(self) -> Result:
        """Open the set-up dialog; Start there switches this window to the chosen workout."""
        if self.session.active:
            result = Result(False, "set up the next workout once this one is over (Esc stops it)")
            self.report(result)
            return result
        from thrusttimer.gui import setup_dialog
        from thrusttimer.store.presets import UserPresets

        settings = self.settings if self.settings is not None else Settings()
        self.settings = settings
        presets, notice = UserPresets.load()
        with self.voice.kept_awake() if self.voice is not None else nullcontext():
            # "Test voice" and the calibration play through the window's output.
            chosen = setup_dialog.run_setup(
                settings, presets, self.plan, notice, parent=self, voice=self.voice
            )
        if chosen is None:
            return Result(False, "the set-up was cancelled")
        if self.voice is not None:
            self.voice.set_prefs(chosen[1])
        self.set_plan(chosen[0])
        settings.save_last_plan(chosen[0])
        return Result(True)

    def show_history(self) -> Result:
        """The training log's table and charts, in a window of their own."""
        from thrusttimer.gui.history_view import HistoryView

        if self.history is not None:
            self.history.close()
            self.history.deleteLater()
        self.history = HistoryView.from_default_log()
        # Owned by this window (a parentless widget outlives QApplication at exit: a crash).
        self.history.setParent(self, Qt.WindowType.Window)
        self.history.setWindowTitle("History")
        self.history.resize(self.size())
        self.history.show()
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
                self.status.show_message("Workout stopped", warning=False)
            return result
        self._stop_armed_until = now + STOP_CONFIRM_S
        self.status.show_message("Stop the workout? Press Esc again (or click Stop) to confirm")
        return Result(False, "waiting for a second Esc to confirm")

    def play_demo(self) -> Result:
        """Loop the demo set until D again, Start, or the window is hidden; D again stops it.

        It never starts by itself: an idle window has nothing moving and no timer running."""
        if self.session.active:
            result = Result(False, "the demo plays when no workout is running")
            self.report(result)
            return result
        if self.preview is not None:
            self._end_demo()
            self.frame()
            return Result(True)
        self._start_demo()
        self.frame()
        return Result(True)

    def _start_demo(self) -> None:
        self.preview = Session(demo_plan(self.plan), self.clock)
        self.preview.start()
        # The breathing indicator breathes with the demo rep too.
        self.breathing.bind(self.preview)

    def _end_demo(self) -> None:
        self.preview = None
        if self.breathing.session is not self.session:
            self.breathing.bind(self.session)

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # Window -------------------------------------------------------------------------------

    def _button(self, action: QAction) -> GymButton:
        button = GymButton(action)
        self._describe_button(button)
        self.buttons.append(button)
        return button

    def _describe_button(self, button: QToolButton) -> None:
        action = button.defaultAction()
        button.setAccessibleName(action.objectName().replace("_", " "))
        button.setAccessibleName(action.toolTip())
        button.setAccessibleDescription(action.statusTip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        name = command_for_key(event.key())
        if name is None or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().keyPressEvent(event)
            return
        self.commands[name].trigger()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Every label at the readable size, its button as wide as it needs; two lines
        # for those that must (1024×600), a smaller size only in narrower windows.
        column = self._central.layout()
        assert column is not None
        margins, bar = column.contentsMargins(), self._bar.contentsMargins()
        across = self.width() - margins.left() - margins.right() - bar.left() - bar.right()
        fit_bar(self.buttons, across, max(0, self._bar.spacing()), theme.readable_px(self))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._notices:
            # Startup problems (a damaged settings file, missing icons) stay up a while.
            self.status.show_message(" ".join(self._notices), ms=15000)
            self._notices = []
        self.frame()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_timer()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._update_timer()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.active:
            self.session.stop()
        self._end_demo()
        self._timer.stop()
        self.keep_awake.release()
        if self.voice is not None:
            self.voice.close()
        if self.recorder is not None:
            self.recorder.detach()
        if self._log is not None:
            self._log.close()
        if self.settings is not None:
            self.settings.save_window_geometry(self.saveGeometry())
            problem = self.settings.sync()
            if problem:
                print(f"thrusttimer: {problem}", file=sys.stderr)
        super().closeEvent(event)
