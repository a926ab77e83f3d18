"""The window's side of the load prompt (`load_prompt.LoadPrompt`): when to ask for the load,
and what to do with the answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from thrusttimer.core.content import load_exercise
from thrusttimer.core.plan import shown_name
from thrusttimer.gui.load_prompt import LoadChoice, LoadPrompt, WarmupCounter
from thrusttimer.gui.log_room import Room
from thrusttimer.store.recorder import Recorder
from thrusttimer.store.workout_log import last_load

if TYPE_CHECKING:
    from thrusttimer.gui.window.loads import LoadAdvice


class LoadAsker:
    """The window's side of the prompt: ask once per workout, before it starts, when its
    sets are recorded; then give the recorder the load, tell `chosen` (today's plates are
    worked out from it) and start (`start`)."""

    def __init__(
        self,
        below: QWidget,
        keeping: QWidget,
        start: Callable[[], object],
        advise: Callable[[Recorder], LoadAdvice] | None = None,
        chosen: Callable[[LoadChoice], object] | None = None,
        count_warmups: WarmupCounter | None = None,
    ) -> None:
        self.prompt = LoadPrompt()
        if count_warmups is not None:
            self.prompt.count_warmups = count_warmups
        Room.under(below, keeping).add(self.prompt)
        self._start = start
        self._advise = advise
        self._chosen_hook = chosen
        self._recorder: Recorder | None = None
        self._asked: Recorder | None = None
        self._warmup: dict[str, bool] = {}
        """The warm-up toggle as the lifter last left it, by workout, while the window is
        open."""
        self.prompt.chosen.connect(self._chosen)

    def ask(self, recorder: Recorder) -> bool:
        """Ask for `recorder`'s workout unless that was done; True while the prompt is up
        (the start waits for it). Asked again while up (Start clicked), it accepts."""
        if self._asked is recorder or recorder.load_chosen:
            return False
        if self.prompt.isVisible() and self._recorder is recorder:
            self.prompt.accept_load()
            return True
        self._recorder = recorder
        plan = recorder.session.plan
        name = plan.name
        shown = shown_name(name)  # the log keeps the name; the lifter reads it translated
        if self._advise is None:
            self.prompt.ask(shown, last_load(recorder.log, name))
            return True
        advice = self._advise(recorder)
        warmup = self._warmup.get(name, advice.warmup)
        first = f"{shown}: 1 · {load_exercise(plan.exercise).name}" if advice.more else shown
        self.prompt.ask(first, advice.default, advice.line, warmup, advice.more)
        return True

    def _chosen(self, choice: LoadChoice) -> None:
        recorder = self._recorder
        if recorder is None:
            return
        recorder.choose_load(choice.load, choice.unit)
        self._asked = recorder
        if choice.load is not None:
            self._warmup[recorder.session.plan.name] = self.prompt.warmup_button.isChecked()
        if self._chosen_hook is not None:
            self._chosen_hook(choice)
        self._start()
