"""`thrusttimer run --headless`: a whole workout with sound and a one-line progress display.

The audio output is opened first and given time to settle while the voice is prepared, so
the first cue is on time. Without an audio server the workout still runs on time, silently,
and says so. Ctrl-C stops it cleanly, and so do SIGTERM and SIGHUP (a shutdown, a closed
terminal): the session ends in the event log and the training log, and the exit status is
128 + the signal's number.
"""

from __future__ import annotations

import dataclasses
import signal
import sys
import time
from collections.abc import Callable, Sequence
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO

from thrusttimer.commands import UsageError
from thrusttimer.commands.options import (
    Parser,
    add_plan_arguments,
    describe_error,
    open_event_log,
    parse,
    plan_from_args,
)
from thrusttimer.commands.progress import Progress
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import number as number_text
from thrusttimer.core.i18n import singular, translate
from thrusttimer.core.plan import Plan

if TYPE_CHECKING:
    from thrusttimer.conductor.ports import LogOpener
    from thrusttimer.core.loading.today import Loads
    from thrusttimer.store.log import TrainingLog
    from thrusttimer.store.recorder import Recorder
    from thrusttimer.store.settings import Settings, VoicePrefs

TICK_MS = 20
"""How often the session is ticked and the player pumped (cues are placed 1.5 s ahead, so
this only sets how soon the progress line and the end are noticed)."""
SETTLE_TIMEOUT_S = 12.0
"""The longest wait for the audio clock to settle before the workout starts without it."""
RING_OUT_S = 1.0
"""After the last cue, the final tone is let ring this long before the command exits."""
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
"""Signals that stop the workout cleanly, as Ctrl-C does."""


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(
        prog=prog,
        description=translate(
            "RunCommand",
            "Run a workout with its voice and tones. --headless: no window, a "
            "one-line progress display in the terminal. Without a window there is no Ready "
            "key: each rest ends by itself, on time.",
        ),
    )
    add_plan_arguments(parser)
    parser.add_argument(
        "--headless",
        action="store_true",
        help=translate("RunCommand", "no window (needed for now)"),
    )
    parser.add_argument(
        "--event-log",
        metavar="FILE",
        help=translate("RunCommand", "write what happens as JSON lines"),
    )
    parser.add_argument(
        "--load",
        metavar="KG[,KG…]",
        help=translate(
            "RunCommand",
            "record each completed set in the training log with this load (0 to 1000 kg); "
            "a workout of several exercises takes one a exercise, in order (100,60,0)",
        ),
    )
    parser.add_argument(
        "--latency-offset",
        metavar="MS",
        help=translate(
            "RunCommand",
            "extra output latency to make up for, such as a Bluetooth headset's "
            "(-500 to 500 ms; default: the saved setting)",
        ),
    )
    options = parse(parser, args)
    # No window, no Ready key: a rest that waited for one would wait for ever.
    plan = dataclasses.replace(plan_from_args(options, prog), advance_when_ready=False)
    from thrusttimer.audio.calibration import LATENCY_OFFSET_MS

    offset_ms: float | None = None
    if options.latency_offset is not None:
        try:
            offset_ms = LATENCY_OFFSET_MS.check(options.latency_offset)
        except ValidationError as error:
            message = describe_error(error).replace("latency_offset_ms", "--latency-offset")
            raise UsageError(message, prog) from None
    load_kg: float | None = None
    more_kg: tuple[float, ...] = ()
    if options.load is not None:
        load_kg, *rest = block_loads_kg(options.load, len(plan.blocks), prog)
        more_kg = tuple(rest)
    if not options.headless:
        raise UsageError(
            translate(
                "RunCommand",
                "only --headless is available yet; `thrusttimer [plan options]` opens the window",
            ),
            prog,
        )
    event_log = None
    if options.event_log is not None:
        event_log = open_event_log(options.event_log, prog)
    try:
        return HeadlessRun(plan, offset_ms, event_log, load_kg=load_kg, more_kg=more_kg).run()
    finally:
        if event_log is not None:
            event_log.close()


def block_loads_kg(text: str, blocks: int, prog: str) -> list[float]:
    """`--load`'s kilograms, one an exercise in order ("100,60,0"): each 0–1000 kg, and no
    more of them than the workout has exercises (fewer: the later ones are not logged
    with a load)."""
    from thrusttimer.store.recorder import LOAD_KG

    loads: list[float] = []
    for part in text.split(","):
        try:
            loads.append(LOAD_KG.check(part.strip()))
        except ValidationError as error:
            raise UsageError("--" + describe_error(error), prog) from None
    if len(loads) > blocks:
        if singular(blocks):
            problem = translate(
                "RunCommand",
                "{flag}: {count} loads is not allowed for a workout of {blocks} exercise; "
                "allowed: one load an exercise, in order, separated by commas",
            )
        else:
            problem = translate(
                "RunCommand",
                "{flag}: {count} loads is not allowed for a workout of {blocks} exercises; "
                "allowed: one load an exercise, in order, separated by commas",
            )
        raise UsageError(problem.format(flag="--load", count=len(loads), blocks=blocks), prog)
    return loads


class HeadlessRun:
    """Opens the output, prepares the voice, runs the session on a Qt event loop."""

    def __init__(
        self,
        plan: Plan,
        latency_offset_ms: float | None,
        event_log: Any,
        stream: TextIO | None = None,
        load_kg: float | None = None,
        more_kg: Sequence[float] = (),
    ) -> None:
        self.plan = plan
        self.load_kg = load_kg
        """Record each completed set in the training log with this load (None: no log)."""
        self.more_kg = tuple(more_kg)
        """The later exercises' loads, in order (blocks 2, 3…; fewer: not logged)."""
        self.latency_offset_ms = latency_offset_ms
        """None: the saved setting."""
        self.event_log = event_log
        self.progress = Progress(stream or sys.stdout)
        self.stopped_by: int | None = None
        """The signal that stopped the workout (SIGINT for Ctrl-C), if one did."""

    @property
    def _interrupted(self) -> bool:
        return self.stopped_by is not None

    def run(self) -> int:
        from PySide6.QtCore import QCoreApplication

        from thrusttimer.audio.output.facade import AudioOutput
        from thrusttimer.conductor.conductor import WorkoutConductor
        from thrusttimer.gui.sound import open_sound
        from thrusttimer.gui.timers import qt_timers

        app = QCoreApplication.instance() or QCoreApplication([])
        settings, prefs, offset_ms = self._saved_voice()
        output = AudioOutput(offset_ms / 1000)
        timers = qt_timers()
        conductor = WorkoutConductor(
            self.plan,
            timers,
            event_log=self.event_log,
            # The same coach as the window's: the form points carry on from the last workout.
            memory=settings,
            open_log=self._log_opener(),
            load_kg=self.load_kg,
        )
        if self.more_kg:
            conductor.set_loads(None, self._more_loads())
        conductor.notices.connect(self.progress.note)
        previous = {number: signal.getsignal(number) for number in STOP_SIGNALS}
        finished_at: list[float] = []
        started: list[bool] = []

        def on_ready(_: None) -> None:
            # The clips are made and the output settled (or given up on): go.
            if not started and not self._interrupted:
                started.append(True)
                self.progress.finish()
                conductor.toggle()

        def on_tick(now: float) -> None:
            session = conductor.session
            if self._interrupted and session.active:
                session.stop()
            if not started:
                if self._interrupted:
                    app.quit()
                return
            if session.active:
                self.progress.update(session)
                return
            if not finished_at:
                finished_at.append(time.monotonic())
                self.progress.update(session)
                self.progress.finish()
                conductor.want_frames(TICK_MS)  # keep ticking while the last tone rings
            ringing = output.mixer.pending() and not self._interrupted
            if not ringing or time.monotonic() - finished_at[0] > RING_OUT_S:
                app.quit()

        conductor.recorder_changed.connect(self._tell_sets)
        try:
            # A stop signal while the output opens raises KeyboardInterrupt, as Ctrl-C
            # does by default; from then on the conductor's tick sees it and stops cleanly.
            self._on_signals(self._stop_now)
            output.start()
            output.wait_opened(SETTLE_TIMEOUT_S)
            self._on_signals(self._on_interrupt)
            sound = open_sound(prefs, timers, output=output)
            sound.progress.connect(lambda p: self.progress.status(p.line()))
            conductor.ready.connect(on_ready)
            conductor.ticked.connect(on_tick)
            conductor.want_frames(TICK_MS)
            conductor.attach_sound(sound)
            app.exec()
            conductor.want_frames(None)
            if not started:
                self.progress.finish()
                self.progress.note(_stopped_before())
                return self._exit_status()
            player = conductor.player
            completed = not self._interrupted
            heard = player.heard if player is not None else []
            dropped_all = player.dropped if player is not None else []
            # A cue placed and then taken back by a re-plan counts once, as dropped.
            taken_back = sum(1 for _, why in dropped_all if why.startswith("schedule changed"))
            dropped = len(dropped_all) - taken_back
            placed = len(heard) - taken_back
            if completed and output.available:
                text = translate(
                    "RunCommand", "Workout complete: {played} cues played, {dropped} dropped"
                )
            elif completed:
                text = translate(
                    "RunCommand",
                    "Workout complete: {played} cues played, {dropped} dropped (no sound)",
                )
            elif output.available:
                text = translate("RunCommand", "Stopped: {played} cues played, {dropped} dropped")
            else:
                text = translate(
                    "RunCommand", "Stopped: {played} cues played, {dropped} dropped (no sound)"
                )
            self.progress.note(text.format(played=placed, dropped=dropped))
            return 0 if completed else self._exit_status()
        except KeyboardInterrupt:
            self.progress.note(_stopped_before())
            return self._exit_status()
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
            conductor.close()

    def _saved_voice(self) -> tuple[Settings, VoicePrefs, float]:
        """The settings, the saved voice preferences, and the latency offset (ms) to use."""
        from thrusttimer.store.settings import Settings

        settings = Settings()
        prefs, problem = settings.load_voice()
        for text in (settings.notice, problem):
            if text:
                self.progress.note(text)
        offset_ms = prefs.latency_ms if self.latency_offset_ms is None else self.latency_offset_ms
        if offset_ms:
            self.progress.note(
                translate("RunCommand", "Latency offset: cues play {offset} ms early").format(
                    offset=number_text(offset_ms)
                )
            )
        prefs = dataclasses.replace(prefs, latency_ms=round(offset_ms))
        return settings, prefs, float(offset_ms)

    def _more_loads(self) -> list[Loads | None]:
        """The later blocks' loads as the window's prompt gives them: plates for a bar
        exercise (shown and said in the rest before it), a held load for one without."""
        from thrusttimer.commands.loading import open_settings, saved_loading
        from thrusttimer.core.content import load_exercise
        from thrusttimer.core.loading.today import todays_loads

        inventory, _ = saved_loading(open_settings())
        return [
            todays_loads(kg, "kg", inventory, bar=load_exercise(block.exercise).bar)
            for kg, block in zip(self.more_kg, self.plan.blocks[1:], strict=False)
        ]

    def _log_opener(self) -> LogOpener | None:
        """With --load, each completed set goes to the training log; else none is opened."""
        if self.load_kg is None:
            return None

        def open_log() -> tuple[TrainingLog | None, str | None]:
            from thrusttimer.store.workout_log import open_log

            return open_log()

        return open_log

    def _tell_sets(self, recorder: Recorder | None) -> None:
        if recorder is not None:
            recorder.recorded.connect(lambda e: self.progress.note(_logged_set(e.row)))

    def _on_signals(self, handler: Callable[[int, FrameType | None], None]) -> None:
        for number in STOP_SIGNALS:
            signal.signal(number, handler)

    def _stop_now(self, signum: int, frame: FrameType | None) -> None:
        self.stopped_by = signum
        raise KeyboardInterrupt

    def _on_interrupt(self, signum: int, frame: FrameType | None) -> None:
        self.stopped_by = signum

    def _exit_status(self) -> int:
        """128 + the signal's number, as a shell reports a process the signal ended."""
        return 128 + (self.stopped_by or signal.SIGINT)


def _stopped_before() -> str:
    return translate("RunCommand", "Stopped before the workout started")


def _logged_set(row: Any) -> str:
    """ "Logged set 2: 62.5 kg × 10": a set `run --load` wrote to the training log."""
    load = "—" if row.load_kg is None else number_text(row.load_kg)
    return translate("RunCommand", "Logged set {number}: {load} kg × {reps}").format(
        number=row.set_number, load=load, reps=row.reps
    )
