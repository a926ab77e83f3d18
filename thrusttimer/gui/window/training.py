"""The window's part in the training log: the load asked before a workout, the quick entry
that amends each set as it is logged, and the load shown beside the counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from thrusttimer.conductor.conductor import WorkoutConductor
from thrusttimer.gui.window.screen import GymScreen

if TYPE_CHECKING:
    from thrusttimer.gui.load_prompt import LoadAsker
    from thrusttimer.gui.log_entry import LogEntry
    from thrusttimer.store.recorder import Recorder


class TrainingLogViews:
    """Made with the window; the entry and the prompt themselves are made on first use."""

    def __init__(
        self, conductor: WorkoutConductor, screen: GymScreen, start: Callable[[], object]
    ) -> None:
        self.conductor = conductor
        self.screen = screen
        self._start = start
        self._entry: LogEntry | None = None
        self._asker: LoadAsker | None = None
        conductor.recorder_changed.connect(self._recorder_changed)

    @property
    def entry(self) -> LogEntry:
        """The quick entry that amends each set as it is logged. Building it costs ~35 ms,
        so the app makes it just after the first frame (`prepare`), not before."""
        if self._entry is None:
            from thrusttimer.gui.log_entry import LogEntry
            from thrusttimer.gui.log_room import Room

            entry = LogEntry()
            # Never over the rest's buttons.
            Room.under(self.screen.stack, self.screen.rest_screen).add(entry)
            entry.failed.connect(self.screen.status.show_message)
            if self.conductor.recorder is not None:
                entry.attach(self.conductor.recorder)
            self._entry = entry
        return self._entry

    @property
    def asker(self) -> LoadAsker | None:
        """The load prompt, once it has been made."""
        return self._asker

    def prepare(self) -> None:
        """Open the training log and make the quick entry now, if sets are recorded."""
        if self.conductor.records:
            self.conductor.open_log()
            self.entry  # noqa: B018 - the property makes it

    def _recorder_changed(self, recorder: Recorder | None) -> None:
        if self._entry is not None and recorder is not None:
            self._entry.attach(recorder)

    def ask_load(self) -> bool:
        """Ask for the load of a workout whose sets are recorded; True while asking."""
        if not self.conductor.records:
            return False
        self.conductor.open_log()
        recorder = self.conductor.recorder
        if recorder is None:
            return False
        if self._asker is None:
            from thrusttimer.gui.load_prompt import LoadAsker

            self._asker = LoadAsker(self.screen.stack, self.screen.rest_screen, self._start)
        return self._asker.ask(recorder)

    def shown_load(self) -> str:
        """The load the running workout's sets are logged with ("100 kg"; "" for none)."""
        recorder = self.conductor.recorder
        if recorder is None or recorder.load_kg is None or not self.conductor.session.active:
            return ""
        from thrusttimer.gui.load_field import shown_load

        return shown_load(recorder.load_kg, recorder.unit)
