"""The set-up room's "Today" box: last time and today's load and reps, the plates and warm-up.

The training log is read once, off the GUI thread (`today.read_history` through a
`Background`); until it answers the box says so, and a log that cannot be read is one short
line. The suggestion is worded again whenever the workout, plates or warm-up change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.warmup import WarmupScheme
from thrusttimer.core.plan import Plan
from thrusttimer.core.timers import TimerFactory
from thrusttimer.gui.background import Background
from thrusttimer.gui.setup.today import READING, UNREADABLE, TodayText, today_text
from thrusttimer.store.log_records import LoggedSession

History = Callable[[], Sequence[LoggedSession]]
"""Reads the training log's sessions (blocking; run off the GUI thread)."""


class TodayPanel(QGroupBox):
    """Today's suggestion for the workout shown. `history` None: no log to read (none is
    read, and the box says what it would the first time)."""

    def __init__(
        self, history: History | None, timers: TimerFactory, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("TodayPanel", "Today"), parent)
        self.setObjectName("todayBox")
        self._sessions: Sequence[LoggedSession] | None = None if history else ()
        self._wanted: tuple[Plan, str, Inventory, WarmupScheme] | None = None
        self.background = Background(self, timers=timers)
        """Where the log is read."""
        self.suggestion = QLabel(translate("Today", READING) if history else "")
        self.suggestion.setObjectName("todaySuggestion")
        self.plates = QLabel()
        self.plates.setObjectName("todayPlates")
        self.warmup = QLabel()
        self.warmup.setObjectName("todayWarmup")
        self.blocks: list[QLabel] = []
        """A whole session's later exercises, a label each (a wrapped line stays apart)."""
        layout = QVBoxLayout(self)
        for label in (self.suggestion, self.plates, self.warmup):
            label.setWordWrap(True)
            layout.addWidget(label)
        self._layout = layout
        layout.addStretch(1)
        if history is not None:
            self.background.run(history, self._read)

    def show_for(
        self, plan: Plan, base_name: str, inventory: Inventory, scheme: WarmupScheme
    ) -> None:
        """Word the suggestion for `plan` (its sessions are those named `base_name`), now
        if the log has been read, else once it is."""
        self._wanted = (plan, base_name, inventory, scheme)
        self._show()

    def stop(self) -> None:
        """The dialog is closing: a late answer is not shown."""
        self.background.forget()

    def _read(self, future: Future[Sequence[LoggedSession]]) -> None:
        try:
            self._sessions = list(future.result())
        except Exception:  # any failure to read is one line, never a traceback
            self._sessions = None
            self._say(TodayText(translate("Today", UNREADABLE)))
            return
        self._show()

    def _show(self) -> None:
        if self._sessions is None or self._wanted is None:
            return
        try:
            text = today_text(self._sessions, *self._wanted)
        except (ValueError, ArithmeticError):  # a log with values the rules refuse
            text = TodayText(translate("Today", UNREADABLE))
        self._say(text)

    def _say(self, text: TodayText) -> None:
        for label, words in (
            (self.suggestion, text.suggestion),
            (self.plates, text.plates),
            (self.warmup, text.warmup),
        ):
            label.setText(words)
            label.setVisible(bool(words))
        while len(self.blocks) < len(text.blocks):
            label = QLabel()
            label.setObjectName("todayBlock")
            label.setWordWrap(True)
            self._layout.insertWidget(self._layout.count() - 1, label)
            self.blocks.append(label)
        for index, label in enumerate(self.blocks):
            words = text.blocks[index] if index < len(text.blocks) else ""
            # Units stay with their numbers where a line wraps ("60 kg", "3 × 10").
            label.setText(words.replace(" kg", "\u00a0kg").replace(" lb", "\u00a0lb"))
            label.setVisible(bool(words))
