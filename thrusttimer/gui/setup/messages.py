"""The set-up room's messages, in labels that keep their room.

A message that appeared under a field and pushed the next field down would move it from
under the pointer, between two clicks on a spin box's arrows. So each message label holds,
shown or hidden, the room of the longest text it may show: the messages the field's own
rules give (`form.number_messages`, `form.tempo_messages`), and any longer one it has shown
since (the room grows, once, and never shrinks back under the pointer).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from thrusttimer.core.errors import ValidationError
from thrusttimer.gui.setup.form import inline


class SteadyLabel(QLabel):
    """A word-wrapped label as tall as the tallest of `room_for` and what it has shown,
    whether it is shown or hidden."""

    def __init__(self, room_for: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        # Measures the texts the room is for; never shown.
        self._measure = QLabel(self)
        self._measure.setWordWrap(True)
        self._measure.hide()
        self._room: list[str] = []
        self.keep_room_for(room_for)

    def keep_room_for(self, texts: Iterable[str]) -> None:
        """Make room for these texts, as well as what has been shown."""
        self._room = [*dict.fromkeys(texts)]
        self.updateGeometry()

    def room(self) -> list[str]:
        """The texts the label keeps room for."""
        return list(self._room)

    def say(self, text: str | None) -> None:
        """Show `text` (hide the label for None or ""); the room stays."""
        shown = text or ""
        if shown and shown not in self._room and self._needs_more_room(shown):
            self._room.append(shown)
        self.setText(shown)
        self.setVisible(bool(shown))
        self.updateGeometry()

    def _needs_more_room(self, text: str) -> bool:
        width = max(self.width(), 1)
        return self._height(text, width) > max(
            (self._height(t, width) for t in self._room), default=0
        )

    def _height(self, text: str, width: int) -> int:
        self._measure.setFont(self.font())
        self._measure.setContentsMargins(self.contentsMargins())
        self._measure.setText(text)
        return self._measure.heightForWidth(width)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width) if self.text() else 0
        return max([own, *(self._height(text, width) for text in self._room)])

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))


def field_message(room_for: Iterable[str]) -> SteadyLabel:
    """The message under a field, with room for `room_for` (`number_messages`…)."""
    label = SteadyLabel(room_for)
    label.setObjectName("fieldError")
    label.setProperty("role", "error")
    label.setVisible(False)
    # Bold and a ⚠ mark the message whatever the theme does with colour (QLabel[role="error"]).
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def show_error(label: SteadyLabel, error: ValidationError | None) -> None:
    label.say(None if error is None else inline(error))


def show_status(label: SteadyLabel, text: str | None, error: bool = False) -> None:
    """A line under the voice fields: what the voice list or "test voice" is doing."""
    label.setProperty("role", "error" if error else "notice")
    label.say(f"⚠ {text}" if text and error else text)
