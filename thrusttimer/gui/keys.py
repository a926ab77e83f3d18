"""Every command the gym screen takes, with its keys: keyboard, presentation clicker and
headset media buttons all land here.

Clickers send PageDown/PageUp for next/previous and B (or '.') for "blank screen"; the blank
button pauses and resumes, since a paused workout is what a lifter wants from it mid-set.
Headset buttons send the media Play/Pause keys, which start, pause and resume.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

Key = Qt.Key


@dataclass(frozen=True, slots=True)
class Command:
    """One thing the lifter can do from the keyboard or a button: its keys and words."""

    name: str
    text: str
    """Button text."""
    does: str
    """What it does, for the tooltip and screen readers."""
    keys: tuple[QKeySequence | Key | str, ...]
    shown_keys: str
    """The keys as the tooltip names them."""


COMMANDS: tuple[Command, ...] = (
    Command(
        "toggle",
        "Start",
        "Start, pause or resume the workout",
        (
            Key.Key_Space,
            Key.Key_MediaPlay,
            Key.Key_MediaPause,
            Key.Key_MediaTogglePlayPause,
            Key.Key_B,
            Key.Key_Period,
        ),
        "Space, media Play/Pause, clicker B",
    ),
    Command(
        "restart_rep",
        "Redo rep",
        "Restart the current rep",
        (Key.Key_Left, Key.Key_PageUp),
        "←, PageUp",
    ),
    Command(
        "skip",
        "Skip",
        "Skip this phase, or the rest",
        (Key.Key_Right, Key.Key_PageDown),
        "→, PageDown",
    ),
    Command("rest_less", "−30 s", "Shorten the rest by 30 seconds", (Key.Key_Minus,), "−"),
    Command(
        "rest_more", "+30 s", "Lengthen the rest by 30 seconds", (Key.Key_Plus, Key.Key_Equal), "+"
    ),
    Command(
        "ready",
        "Ready",
        "End the rest now and count in the next set",
        (Key.Key_Return, Key.Key_Enter),
        "Enter (or Space while waiting)",
    ),
    Command("stop", "Stop", "Stop the workout (press twice to confirm)", (Key.Key_Escape,), "Esc"),
    Command("demo", "Demo", "Watch how a rep is done", (Key.Key_D,), "D"),
    Command("setup", "Workout…", "Choose and set up the workout", (Key.Key_W,), "W"),
    Command("history", "History", "Your training log and progress charts", (Key.Key_H,), "H"),
    Command("fullscreen", "Full screen", "Full screen on or off", (Key.Key_F11,), "F11"),
)

BY_NAME = {command.name: command for command in COMMANDS}


def command_for_key(key: int) -> str | None:
    """The command a key belongs to, whatever the modifiers: for key presses no shortcut took,
    such as Shift+= giving "+" on a US keyboard (listing Shift++ as a second shortcut would make
    Qt call the two ambiguous on layouts where both match, and run neither)."""
    for command in COMMANDS:
        if any(isinstance(k, Key) and k.value == key for k in command.keys):
            return command.name
    return None


def make_actions(parent: QObject, handlers: dict[str, Callable[[], object]]) -> dict[str, QAction]:
    """One QAction per command, with its shortcuts, tooltip and accessible text."""
    actions: dict[str, QAction] = {}
    for command in COMMANDS:
        action = QAction(command.text, parent)
        action.setObjectName(command.name)
        action.setShortcuts([QKeySequence(key) for key in command.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{command.does} ({command.shown_keys})")
        action.setStatusTip(command.does)
        action.setWhatsThis(command.does)
        handler = handlers[command.name]
        action.triggered.connect(lambda _checked=False, run=handler: run())
        actions[command.name] = action
    return actions
