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

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate

Key = Qt.Key


@dataclass(frozen=True, slots=True)
class Command:
    """One thing the lifter can do from the keyboard or a button: its keys and words."""

    name: str
    text: str
    """Button text (English, marked: `translate("Keys", text)` where shown)."""
    does: str
    """What it does, for the tooltip and screen readers (marked like `text`)."""
    keys: tuple[QKeySequence | Key | str, ...]
    shown_keys: str
    """The keys as the tooltip names them (marked like `text`)."""


COMMANDS: tuple[Command, ...] = (
    Command(
        "toggle",
        QT_TRANSLATE_NOOP("Keys", "Start"),
        QT_TRANSLATE_NOOP("Keys", "Start, pause or resume the workout"),
        (
            Key.Key_Space,
            Key.Key_MediaPlay,
            Key.Key_MediaPause,
            Key.Key_MediaTogglePlayPause,
            Key.Key_B,
            Key.Key_Period,
        ),
        QT_TRANSLATE_NOOP("Keys", "Space, media Play/Pause, clicker B"),
    ),
    Command(
        "restart_rep",
        QT_TRANSLATE_NOOP("Keys", "Redo rep"),
        QT_TRANSLATE_NOOP("Keys", "Restart the current rep"),
        (Key.Key_Left, Key.Key_PageUp),
        QT_TRANSLATE_NOOP("Keys", "←, PageUp"),
    ),
    Command(
        "skip",
        QT_TRANSLATE_NOOP("Keys", "Skip"),
        QT_TRANSLATE_NOOP("Keys", "Skip this phase, or the rest"),
        (Key.Key_Right, Key.Key_PageDown),
        QT_TRANSLATE_NOOP("Keys", "→, PageDown"),
    ),
    Command(
        "rest_less",
        QT_TRANSLATE_NOOP("Keys", "−30 s"),
        QT_TRANSLATE_NOOP("Keys", "Shorten the rest by 30 seconds"),
        (Key.Key_Minus,),
        "−",
    ),
    Command(
        "rest_more",
        QT_TRANSLATE_NOOP("Keys", "+30 s"),
        QT_TRANSLATE_NOOP("Keys", "Lengthen the rest by 30 seconds"),
        (Key.Key_Plus, Key.Key_Equal),
        "+",
    ),
    Command(
        "ready",
        QT_TRANSLATE_NOOP("Keys", "Ready"),
        QT_TRANSLATE_NOOP("Keys", "End the rest now and count in the next set"),
        (Key.Key_Return, Key.Key_Enter),
        QT_TRANSLATE_NOOP("Keys", "Enter (or Space while waiting)"),
    ),
    Command(
        "stop",
        QT_TRANSLATE_NOOP("Keys", "Stop"),
        QT_TRANSLATE_NOOP("Keys", "Stop the workout (press twice to confirm)"),
        (Key.Key_Escape,),
        QT_TRANSLATE_NOOP("Keys", "Esc"),
    ),
    Command(
        "demo",
        QT_TRANSLATE_NOOP("Keys", "Demo"),
        QT_TRANSLATE_NOOP("Keys", "Watch how a rep is done"),
        (Key.Key_D,),
        "D",
    ),
    Command(
        "setup",
        QT_TRANSLATE_NOOP("Keys", "Workout…"),
        QT_TRANSLATE_NOOP("Keys", "Choose and set up the workout"),
        (Key.Key_W,),
        "W",
    ),
    Command(
        "history",
        QT_TRANSLATE_NOOP("Keys", "History"),
        QT_TRANSLATE_NOOP("Keys", "Your training log and progress charts"),
        (Key.Key_H,),
        "H",
    ),
    Command(
        "fullscreen",
        QT_TRANSLATE_NOOP("Keys", "Full screen"),
        QT_TRANSLATE_NOOP("Keys", "Full screen on or off"),
        (Key.Key_F11,),
        "F11",
    ),
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
        action = QAction(translate("Keys", command.text), parent)
        action.setObjectName(command.name)
        action.setShortcuts([QKeySequence(key) for key in command.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        does = translate("Keys", command.does)
        action.setToolTip(
            translate("Keys", "{does} ({keys})").format(
                does=does, keys=translate("Keys", command.shown_keys)
            )
        )
        action.setStatusTip(does)
        action.setWhatsThis(does)
        handler = handlers[command.name]
        action.triggered.connect(lambda _checked=False, run=handler: run())
        actions[command.name] = action
    return actions
