"""The window's part in the training log: the load asked before a workout (from today's
suggestion, which the idle screen shows too), the plates and warm-ups it gives, the quick
entry that amends each set as it is logged, and the load shown beside the counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from thrusttimer.conductor.conductor import WorkoutConductor
from thrusttimer.core.session_events import Event, SessionFinished
from thrusttimer.gui.window.screen import GymScreen

if TYPE_CHECKING:
    from thrusttimer.gui.load_asker import LoadAsker
    from thrusttimer.gui.load_prompt import LoadChoice
    from thrusttimer.gui.log_entry import Entry, LogEntry
    from thrusttimer.gui.window.loads import LoadAdvice, PlateSettings
    from thrusttimer.store.log import TrainingLog
    from thrusttimer.store.log_records import Unit
    from thrusttimer.store.recorder import Recorder


class TrainingLogViews:
    """Made with the window; the entry and the prompt themselves are made on first use."""

    def __init__(
        self,
        conductor: WorkoutConductor,
        screen: GymScreen,
        start: Callable[[], object],
        settings: PlateSettings | None = None,
    ) -> None:
        self.conductor = conductor
        self.screen = screen
        self.settings = settings
        self._start = start
        self._entry: LogEntry | None = None
        self._asker: LoadAsker | None = None
        self._advice: tuple[object, LoadAdvice] | None = None
        """Today's suggestion, and the log, plan and workouts done it was worked out for."""
        self._workouts = 0
        conductor.recorder_changed.connect(self._recorder_changed)
        conductor.events.connect(self._on_event)

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
            entry.saved.connect(self._entry_saved)  # after the entry saved it
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
        if recorder is not None and not recorder.session.active:
            self.screen.phase_display.set_idle_note(self.advice(recorder).line)

    def advice(self, recorder: Recorder) -> LoadAdvice:
        """Today's suggestion for `recorder`'s workout (worked out once per workout and
        log state: a finished set changes it)."""
        from thrusttimer.gui.window.loads import load_advice, saved_plates

        plan = recorder.session.plan.with_loads(None, ())
        key = (recorder.log, plan, self._workouts)
        if self._advice is None or self._advice[0] != key:
            inventory, _ = saved_plates(self.settings)
            self._advice = (key, load_advice(recorder.log, plan, inventory))
        return self._advice[1]

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SessionFinished):
            self._workouts += 1  # its sets change the suggestion

    def _load_chosen(self, choice: LoadChoice) -> None:
        """Today's plates from the answer: shown and said, warm-ups first if chosen."""
        from thrusttimer.gui.window.loads import chosen_block_loads, chosen_loads

        loads = chosen_loads(choice.load, choice.unit, choice.warmup, self.settings)
        plan = self.conductor.plan
        more = chosen_block_loads(plan, choice.more, choice.unit, self.settings)
        self.conductor.set_loads(loads, more)

    def _entry_saved(self, entry: Entry) -> None:
        """A work set's load corrected: its block's sets to come take it (shown, and said
        in the rest if it can be)."""
        from thrusttimer.core.set_specs import block_loads
        from thrusttimer.gui.window.loads import amended_loads

        recorder = self.conductor.recorder
        if recorder is None or not self.conductor.session.active:
            return
        from thrusttimer.store.log_opening import FAILURES

        try:
            if recorder.log.get_set(entry.set_id).kind == "warmup":
                return  # a warm-up's load is its own: the work sets keep theirs
        except (KeyError, *FAILURES):
            return  # not saved (the entry said so): nothing changed
        first_side(recorder, entry)
        block = recorder.block_of(entry.set_id) or 0
        before = block_loads(self.conductor.workout_plan)[block]
        loads = amended_loads(before, entry.load, entry.unit, self.settings)
        if loads is not None:
            self.conductor.amend_loads(loads, block)

    def _count_warmups(self, load: float | None, unit: Unit) -> int:
        from thrusttimer.gui.window.loads import warmup_sets

        return warmup_sets(load, unit, self.settings)

    def ask_load(self) -> bool:
        """Ask for the load of a workout whose sets are recorded; True while asking."""
        if not self.conductor.records:
            return False
        self.conductor.open_log()
        recorder = self.conductor.recorder
        if recorder is None:
            return False
        if self._asker is None:
            from thrusttimer.gui.load_asker import LoadAsker

            self._asker = LoadAsker(
                self.screen.stack,
                self.screen.rest_screen,
                self._start,
                advise=self.advice,
                chosen=self._load_chosen,
                count_warmups=self._count_warmups,
            )
        return self._asker.ask(recorder)

    def shown_load(self) -> str:
        """The load of the sets now ("100 kg"; a warm-up's own; "" for none)."""
        recorder = self.conductor.recorder
        session = self.conductor.session
        if recorder is None or recorder.load_kg is None or not session.active:
            return ""
        from thrusttimer.core.loading.units import with_unit
        from thrusttimer.core.loading.wording import held_text
        from thrusttimer.core.set_specs import spec_of
        from thrusttimer.gui.load_field import shown_load

        spec = spec_of(session.plan, session.current_segment.set)
        if spec.block > 0 and spec.loading is None:
            return shown_load(None, recorder.unit)
        if spec.loading is not None and spec.loading.held:
            return held_text(spec.loading)
        if spec.loading is not None and (spec.warmup or spec.block > 0):
            return with_unit(spec.loading.load, spec.loading.unit)
        return shown_load(recorder.load_kg, recorder.unit)


def first_side(recorder: Recorder, entry: Entry) -> None:
    """A one-sided set's second side corrected: its first side was lifted with the same
    load (one bar across the hips), so it takes the load too; its reps, RPE and note stay."""
    from thrusttimer.core.set_specs import spec_of
    from thrusttimer.store.log_opening import FAILURES
    from thrusttimer.store.log_records import to_kg

    ids = recorder.set_ids
    number = next((n for n, row_id in ids.items() if row_id == entry.set_id), None)
    if number is None or number - 1 not in ids:
        return
    if not spec_of(recorder.session.plan, number - 1).switch_after:
        return
    load_kg = None if entry.load is None else to_kg(entry.load, entry.unit)
    try:
        row = recorder.log.get_set(ids[number - 1])
        if row.load_kg != load_kg:
            recorder.log.update_set(
                row.id, load_kg=load_kg, reps=row.reps, rpe=row.rpe, note=row.note, unit=entry.unit
            )
    except (KeyError, *FAILURES):
        return  # the side as recorded: the entry's own set is saved


def open_training_log() -> tuple[TrainingLog | None, str | None]:
    """The training log the window records into, and a problem opening it (the
    conductor's `open_log`: called once, just after the first frame)."""
    from thrusttimer.store.workout_log import open_log

    return open_log()
