"""The session's state machine as a plain transition table: what each state takes, and why not.

A session is idle, running, paused or done (its `Mode`); while it runs, its public `State`
is the phase it is in. `TRANSITIONS` says which commands each mode takes and the mode each
leads to; `ONLY_IN` narrows some commands to phases (a rest, a set in progress); a command
the table does not take is refused with its reason from `REFUSALS`. Nothing here reads a
clock or emits an event: the session asks, then acts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.model import MOVEMENT_PHASES, Phase


class State(StrEnum):
    IDLE = "idle"
    SETUP = "setup"
    BRACE = "brace"
    THRUST = "thrust"
    SQUEEZE = "squeeze"
    DESCENT = "descent"
    REST = "rest"
    SWITCH = "switch"
    PAUSED = "paused"
    DONE = "done"


RUNNING_STATES = frozenset(State(phase.value) for phase in Phase)
"""The states of a running session: one for each phase."""


class Mode(StrEnum):
    """Where a session is, apart from its phase."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"


def mode_of(state: State) -> Mode:
    return Mode.RUNNING if state in RUNNING_STATES else Mode(state.value)


def state_in(mode: Mode, phase: Phase) -> State:
    """The public state of a session in `mode` whose current segment is in `phase`."""
    return State(phase.value) if mode is Mode.RUNNING else State(mode.value)


class Command(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"
    FINISH = "finish"
    """The position reached the end of the timeline."""
    SKIP_PHASE = "skip phase"  # i18n: not shown
    SKIP_REST = "skip rest"  # i18n: not shown
    EXTEND_REST = "extend rest"  # i18n: not shown
    ADVANCE = "advance"
    RESTART_SET = "restart set"  # i18n: not shown
    RESTART_REP = "restart rep"  # i18n: not shown


MOVES: Final = (
    Command.SKIP_PHASE,
    Command.SKIP_REST,
    Command.EXTEND_REST,
    Command.ADVANCE,
    Command.RESTART_SET,
    Command.RESTART_REP,
)
"""The commands that move the position and leave the mode as it is."""

TRANSITIONS: Final[Mapping[Mode, Mapping[Command, Mode]]] = {
    Mode.IDLE: {Command.START: Mode.RUNNING},
    Mode.RUNNING: {
        Command.PAUSE: Mode.PAUSED,
        Command.STOP: Mode.DONE,
        Command.FINISH: Mode.DONE,
        **dict.fromkeys(MOVES, Mode.RUNNING),
    },
    Mode.PAUSED: {
        Command.RESUME: Mode.RUNNING,
        Command.STOP: Mode.DONE,
        Command.FINISH: Mode.DONE,
        **dict.fromkeys(MOVES, Mode.PAUSED),
    },
    Mode.DONE: {},
}

ONLY_IN: Final[Mapping[Command, frozenset[Phase]]] = {
    Command.SKIP_REST: frozenset({Phase.REST}),
    Command.EXTEND_REST: frozenset({Phase.REST}),
    Command.ADVANCE: frozenset({Phase.REST}),
    Command.RESTART_SET: frozenset(MOVEMENT_PHASES),
    Command.RESTART_REP: frozenset(MOVEMENT_PHASES),
}
"""Commands taken only while the current segment is in one of these phases."""

_STARTED = QT_TRANSLATE_NOOP("Session", "the session has already started")
_NOT_RUNNING = QT_TRANSLATE_NOOP("Session", "the session is not running")

REFUSALS: Final[Mapping[Command, str | Mapping[Mode, str]]] = {
    Command.START: {
        Mode.RUNNING: _STARTED,
        Mode.PAUSED: _STARTED,
        Mode.DONE: QT_TRANSLATE_NOOP("Session", "the session is over"),
    },
    Command.PAUSE: {
        Mode.IDLE: QT_TRANSLATE_NOOP("Session", "cannot pause: the session has not started"),
        Mode.PAUSED: QT_TRANSLATE_NOOP("Session", "cannot pause: the session is already paused"),
        Mode.DONE: QT_TRANSLATE_NOOP("Session", "cannot pause: the session is over"),
    },
    Command.RESUME: QT_TRANSLATE_NOOP("Session", "the session is not paused"),
    Command.STOP: _NOT_RUNNING,
    Command.FINISH: _NOT_RUNNING,
    Command.SKIP_PHASE: _NOT_RUNNING,
    Command.SKIP_REST: QT_TRANSLATE_NOOP(
        "Session", "there is no rest to skip: the session is not resting"
    ),
    Command.EXTEND_REST: QT_TRANSLATE_NOOP(
        "Session", "only a rest can be made longer or shorter: the session is not resting"
    ),
    Command.ADVANCE: QT_TRANSLATE_NOOP(
        "Session", "there is no rest to end: the session is not resting"
    ),
    Command.RESTART_SET: QT_TRANSLATE_NOOP("Session", "there is no set in progress to restart"),
    Command.RESTART_REP: QT_TRANSLATE_NOOP("Session", "there is no rep in progress to restart"),
}
"""Why a command is refused: one reason, or one for each mode that does not take it. English,
translated by `refusal` (context "Session")."""


def refusal(state: State, command: Command, phase: Phase | None) -> str | None:
    """Why `command` is refused in `state` with the current segment in `phase` (None before
    the start and after the end), or None if the table takes it."""
    mode = mode_of(state)
    phases = ONLY_IN.get(command)
    if command in TRANSITIONS[mode] and (phases is None or phase in phases):
        return None
    reason = REFUSALS[command]
    return translate("Session", reason if isinstance(reason, str) else reason[mode])


def state_after(state: State, command: Command, phase: Phase) -> State:
    """The state `command`, taken in `state`, leads to with the current segment in `phase`."""
    return state_in(TRANSITIONS[mode_of(state)][command], phase)


@dataclass(frozen=True, slots=True)
class Result:
    """What a command did: accepted, or refused with the reason (and nothing changed)."""

    accepted: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.accepted


ACCEPTED = Result(True)
