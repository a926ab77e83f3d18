"""What the gym screen shows: the counts, the phase, the body, the breath, the rest and the
command bar, laid out for reading from the floor. It draws a session; it runs nothing."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.content import Exercise, load_exercise
from thrusttimer.core.events import Channel
from thrusttimer.core.gym_words import checklist_item, exercise_now, side_now
from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Phase
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event
from thrusttimer.core.session_states import State
from thrusttimer.core.timers import TimerFactory
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.block_line import BlockLineView
from thrusttimer.gui.widgets.breathing import BreathingIndicator
from thrusttimer.gui.widgets.button import GymButton, fit_bar
from thrusttimer.gui.widgets.counts import CountsBar, NextCueLabel
from thrusttimer.gui.widgets.phase_display import PhaseDisplay
from thrusttimer.gui.widgets.rest_screen import RestScreen
from thrusttimer.gui.widgets.side_view import SideView
from thrusttimer.gui.widgets.status_bar import StatusArea
from thrusttimer.gui.window.plates import PlatesLine

MOVEMENT_PAGE, REST_PAGE = 0, 1
BAR = ("toggle", "restart_rep", "skip", "stop", "demo", "setup", "history", "fullscreen")
"""The command bar's buttons, left to right."""
REST_COMMANDS = ("rest_less", "rest_more", "skip_rest", "ready")


def toggle_text(session: Session) -> str:
    """What Space does now, on the first button (in the "Keys" context, with the bar's
    other command names)."""
    if session.state is State.IDLE:
        return translate("Keys", "Start")
    if session.state is State.PAUSED:
        return translate("Keys", "Resume")
    if session.state is State.DONE:
        return translate("Keys", "Again")
    return translate("Keys", "Ready") if session.waiting_for_ready else translate("Keys", "Pause")


def toggle_texts() -> tuple[str, ...]:
    """Every text the first button can show, for its width."""
    return (
        translate("Keys", "Start"),
        translate("Keys", "Pause"),
        translate("Keys", "Resume"),
        translate("Keys", "Ready"),
        translate("Keys", "Again"),
    )


class GymScreen(QWidget):
    """The window's central widget: every view of the session and the command bar."""

    def __init__(
        self, exercise: Exercise, commands: dict[str, QAction], timers: TimerFactory
    ) -> None:
        super().__init__()
        self.setObjectName("central")
        self.exercise = exercise
        self.counts = CountsBar()
        self.block_line = BlockLineView()
        self.phase_display = PhaseDisplay(exercise)
        self.side_view = SideView()
        self.side_view.show_exercise(exercise)
        self.breathing = BreathingIndicator(exercise)
        self.next_cue = NextCueLabel()
        self.plates = PlatesLine()
        self.rest_screen = RestScreen(exercise, [commands[n] for n in REST_COMMANDS])
        self.status = StatusArea(timers=timers)
        movement = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.side_view, 3)
        row.addWidget(self.breathing, 1)
        column = QVBoxLayout(movement)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row, 6)
        column.addWidget(self.plates, 2)
        column.addWidget(self.next_cue, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(movement)
        self.stack.addWidget(self.rest_screen)
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

        self.buttons: list[GymButton] = []
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 0, 12, 0)
        for name in BAR:
            button = GymButton(commands[name])
            describe_button(button)
            self.buttons.append(button)
            bar.addWidget(button, 1)
        self._bar = bar
        self.buttons[0].texts = toggle_texts()
        for rest_button in self.rest_screen.buttons:
            describe_button(rest_button)
            rest_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        # Shares of the height; the bar and the status line take more where their words at
        # the readable size need it (their minimum heights), the others give it up.
        layout.addWidget(self.counts, 10)
        # Only in a workout of several exercises or a one-sided one (else hidden: no room).
        layout.addWidget(self.block_line, 6)
        layout.addWidget(self.phase_display, 36)
        layout.addWidget(self.stack, 39)
        layout.addLayout(bar, 7)
        layout.addWidget(self.status, 5)

    @property
    def session_views(self) -> list[SessionBinding]:
        return [
            self.counts,
            self.block_line,
            self.phase_display,
            self.breathing,
            self.next_cue,
            self.plates,
            self.rest_screen,
        ]

    def bind(self, session: Session, events: Channel[Event]) -> None:
        """Show `session`, hearing its events from the conductor."""
        for view in self.session_views:
            view.bind(session, events)

    def redraw(self) -> None:
        for view in self.session_views:
            view.on_frame()

    def show_page(self, session: Session) -> None:
        """The rest screen during a rest, the moving body otherwise."""
        rest = session.active and session.current_segment.phase is Phase.REST
        self.stack.setCurrentIndex(REST_PAGE if rest else MOVEMENT_PAGE)

    def show_pose(self, session: Session) -> None:
        """The body where the running session is, in the current block's exercise, seen
        from the working leg's side (with the checklist during set-up)."""
        segment = session.current_segment
        progress = session.segment_progress()
        caption = checklist_item(session) if segment.phase is Phase.SETUP else ""
        self.side_view.show_exercise(exercise_now(session))
        self.side_view.show_side(side_now(session))
        self.side_view.show_pose(segment.phase, progress, caption)

    def show_still(self, session: Session, demo: Session | None) -> None:
        """Between workouts: the demo rep of the first exercise while it plays, else its
        body at rest with how to start the demo."""
        first = load_exercise(session.plan.exercise)
        self.side_view.show_exercise(exercise_now(demo) if demo is not None else first)
        if demo is None:
            self.side_view.show_side(None)
            self.side_view.show_pose(None, 0.0, self.tr("Press D to watch how a rep is done"))
            return
        phase, progress = demo.current_segment.phase, demo.segment_progress()
        label = exercise_now(demo).phases[phase].label
        self.side_view.show_side(side_now(demo))
        self.side_view.show_pose(
            phase, progress, self.tr("Watch how it's done · {phase}").format(phase=label)
        )

    def fit_bar(self, width: int) -> None:
        """Every label at the readable size, its button as wide as it needs; two lines for
        those that must (1024×600), a smaller size only in narrower windows."""
        margins, bar = self.contentsMargins(), self._bar.contentsMargins()
        layout = self.layout()
        if layout is not None:
            margins = layout.contentsMargins()
        across = width - margins.left() - margins.right() - bar.left() - bar.right()
        fit_bar(self.buttons, across, max(0, self._bar.spacing()), theme.readable_px(self))


def describe_button(button: QToolButton) -> None:
    """What a screen reader says of a button: its action's tooltip and status tip."""
    action = button.defaultAction()
    button.setAccessibleName(action.toolTip())
    button.setAccessibleDescription(action.statusTip())
