"""The session's transition table: complete, and the same answers a session gives."""

from __future__ import annotations

import pytest

from thrusttimer.core.model import MOVEMENT_PHASES, Phase
from thrusttimer.core.session_states import (
    ONLY_IN,
    REFUSALS,
    RUNNING_STATES,
    TRANSITIONS,
    Command,
    Mode,
    State,
    mode_of,
    refusal,
    state_after,
)


def test_a_running_state_for_each_phase_and_a_mode_for_every_other_state() -> None:
    assert {state.value for state in RUNNING_STATES} == {phase.value for phase in Phase}
    assert {mode_of(state) for state in State} == set(Mode)


@pytest.mark.parametrize("mode", list(Mode))
@pytest.mark.parametrize("command", list(Command))
def test_every_command_a_mode_refuses_has_its_reason(mode: Mode, command: Command) -> None:
    if command in TRANSITIONS[mode]:
        return
    reason = REFUSALS[command]
    assert isinstance(reason, str) or mode in reason


def test_a_command_for_one_kind_of_phase_is_refused_in_any_other() -> None:
    running = State.THRUST
    assert refusal(running, Command.SKIP_REST, Phase.THRUST) == (
        "there is no rest to skip: the session is not resting"
    )
    assert refusal(running, Command.RESTART_SET, Phase.REST) == (
        "there is no set in progress to restart"
    )
    assert ONLY_IN[Command.RESTART_REP] == frozenset(MOVEMENT_PHASES)
    # Before the start there is no phase, so the phase's reason is given.
    assert refusal(State.IDLE, Command.ADVANCE, None) == (
        "there is no rest to end: the session is not resting"
    )


def test_pausing_keeps_the_phase_for_resuming() -> None:
    assert state_after(State.SQUEEZE, Command.PAUSE, Phase.SQUEEZE) is State.PAUSED
    assert state_after(State.PAUSED, Command.RESUME, Phase.SQUEEZE) is State.SQUEEZE
    assert state_after(State.PAUSED, Command.SKIP_PHASE, Phase.DESCENT) is State.PAUSED
    assert refusal(State.PAUSED, Command.PAUSE, Phase.SQUEEZE) == (
        "cannot pause: the session is already paused"
    )
    assert refusal(State.DONE, Command.START, None) == "the session is over"
