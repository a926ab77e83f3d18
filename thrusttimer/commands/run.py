"""`thrusttimer run --headless`: a whole workout with sound and a one-line progress display.

The audio output is opened first and given time to settle while the voice is prepared, so
the first cue is on time. Without an audio server the workout still runs on time, silently,
and says so. Ctrl-C stops it cleanly, and so do SIGTERM and SIGHUP (a shutdown, a closed
terminal): the session ends in the event log and the training log, and the exit status is
128 + the signal's number.
"""

from __future__ import annotations

import dataclasses
import math
import signal
import sys
import time
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any, TextIO

import numpy as np

from thrusttimer.audio.clips import AudioFormat, ClipSource, Samples, from_float
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
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Session
from thrusttimer.core.timeline import Cue, Timeline, Tone, compile_plan

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
        description="Run a workout with its voice and tones. --headless: no window, a "
        "one-line progress display in the terminal. Without a window there is no Ready "
        "key: each rest ends by itself, on time.",
    )
    add_plan_arguments(parser)
    parser.add_argument("--headless", action="store_true", help="no window (needed for now)")
    parser.add_argument("--event-log", metavar="FILE", help="write what happens as JSON lines")
    parser.add_argument(
        "--load",
        metavar="KG",
        help="record each completed set in the training log with this load (0 to 1000 kg)",
    )
    parser.add_argument(
        "--latency-offset",
        metavar="MS",
        help="extra output latency to make up for, such as a Bluetooth headset's "
        "(-500 to 500 ms; default: the saved setting)",
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
    if options.load is not None:
        from thrusttimer.store.recorder import LOAD_KG

        try:
            load_kg = LOAD_KG.check(options.load)
        except ValidationError as error:
            raise UsageError("--" + describe_error(error), prog) from None
    if not options.headless:
        raise UsageError(
            "only --headless is available yet; `thrusttimer [plan options]` opens the window",
            prog,
        )
    event_log = None
    if options.event_log is not None:
        event_log = open_event_log(options.event_log, prog)
    try:
        return HeadlessRun(plan, offset_ms, event_log, load_kg=load_kg).run()
    finally:
        if event_log is not None:
            event_log.close()


class TonesOnly:
    """A `ClipSource` with no speech: every cue sounds as a tone. Used when the speech
    renderer is not part of this build; spoken cues then play their tone (or a tick)."""

    def __init__(self) -> None:
        self._memo: dict[tuple[Tone, AudioFormat], Samples] = {}

    def clip_for(self, cue: Cue, fmt: AudioFormat) -> Samples | None:
        return self.tone(cue.tone or Tone.TICK, fmt)

    def tone(self, tone: Tone, fmt: AudioFormat) -> Samples:
        key = (tone, fmt)
        if key not in self._memo:
            self._memo[key] = synth_tone(tone, fmt.rate, fmt.channels)
        return self._memo[key]

    def duration_s(self, text: str) -> float | None:
        return None


def synth_tone(tone: Tone, rate: int, channels: int) -> Samples:
    """A sine at a pitch per tone, `tone.value` ms long, with 1 ms in and 5 ms out fades."""
    pitch = {Tone.TICK: 1200.0, Tone.BEEP: 880.0, Tone.FINAL: 660.0}[tone]
    n = int(rate * tone.value / 1000)
    t = np.arange(n, dtype=np.float64) / rate
    wave = 0.5 * np.sin(2 * math.pi * pitch * t)
    ramp_in = np.minimum(1.0, np.arange(n) / (rate * 0.001))
    ramp_out = np.minimum(1.0, (n - np.arange(n)) / (rate * 0.005))
    mono = from_float(wave * ramp_in * ramp_out)
    return np.repeat(mono[:, None], channels, axis=1)


def prepare_voice(
    plan: Plan,
    fmt: AudioFormat,
    voice: dict[str, Any],
    say: Callable[[str], None],
    status: Callable[[str], None],
) -> tuple[ClipSource, Timeline]:
    """The clip source and the timeline fitted to its clips, rendering every phrase first.

    Without the speech renderer's libraries (pydub, pyttsx3) the cues are tones.
    """
    try:
        from thrusttimer.audio.bank import VoiceBank
        from thrusttimer.audio.phrases import plan_phrases, plan_tones
        from thrusttimer.audio.settings import VoiceSettings
    except ImportError as error:
        say(f"Speech is not available ({error}): every cue is a tone.")
        return TonesOnly(), compile_plan(plan)
    bank = VoiceBank(VoiceSettings(cue_mode=plan.cues.mode, **voice), fmt=fmt)
    progress = bank.render_all(plan_phrases(plan), lambda p: status(p.line()), plan_tones(plan))
    status(progress.line())
    if bank.notice:
        say(bank.notice)
    return bank, bank.compile(plan)


class HeadlessRun:
    """Opens the output, prepares the voice, runs the session on a Qt event loop."""

    def __init__(
        self,
        plan: Plan,
        latency_offset_ms: float | None,
        event_log: Any,
        stream: TextIO | None = None,
        load_kg: float | None = None,
    ) -> None:
        self.plan = plan
        self.load_kg = load_kg
        """Record each completed set in the training log with this load (None: no log)."""
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
        from PySide6.QtCore import QCoreApplication, QTimer

        from thrusttimer.audio.output.facade import AudioOutput
        from thrusttimer.audio.player import START_DELAY_S, Player

        app = QCoreApplication.instance() or QCoreApplication([])
        voice, offset_ms = self._saved_voice()
        output = AudioOutput(offset_ms / 1000)
        output.notice.connect(lambda text: self.progress.note(f"Sound: {text}"))
        previous = {number: signal.getsignal(number) for number in STOP_SIGNALS}
        try:
            # A stop signal while the voice renders raises KeyboardInterrupt, as Ctrl-C
            # does by default; from the session's start on it stops the session cleanly.
            self._on_signals(self._stop_now)
            output.start()
            output.wait_opened(SETTLE_TIMEOUT_S)
            clips, timeline = prepare_voice(
                self.plan, output.fmt, voice, self.progress.note, self.progress.status
            )
            self.progress.finish()
            self._on_signals(self._on_interrupt)

            def settle_pump() -> None:
                app.processEvents()
                if self._interrupted:
                    raise KeyboardInterrupt

            if not output.silent and not output.wait_steady(SETTLE_TIMEOUT_S, settle_pump):
                self.progress.note("Sound: the audio output did not settle; cues may be dropped")
            app.processEvents()  # deliver any notice before the workout starts
            session = Session(self.plan, timeline=timeline, start_delay_s=START_DELAY_S)
            player = Player(session, output, clips, self.event_log)
            if self.event_log is not None:
                # After the player, so its last drops are logged before session_end.
                self.event_log.attach(session)
            if self.load_kg is not None:
                self._record(session, self.load_kg)
            output.restarted.connect(lambda: player.replan("audio output changed"))
            output.lost.connect(player.lost)
            finished_at: list[float] = []

            def step() -> None:
                if self._interrupted and session.active:
                    session.stop()
                session.tick()
                player.pump()
                if session.active:
                    self.progress.update(session)
                    return
                if not finished_at:
                    finished_at.append(time.monotonic())
                    self.progress.update(session)
                    self.progress.finish()
                ringing = output.mixer.pending() and not self._interrupted
                if not ringing or time.monotonic() - finished_at[0] > RING_OUT_S:
                    app.quit()

            timer = QTimer()
            timer.setInterval(TICK_MS)
            timer.timeout.connect(step)
            session.start()
            player.pump()
            timer.start()
            app.exec()
            timer.stop()
            player.close()
            completed = not self._interrupted
            # A cue placed and then taken back by a re-plan counts once, as dropped.
            taken_back = sum(1 for _, why in player.dropped if why.startswith("schedule changed"))
            dropped = len(player.dropped) - taken_back
            placed = len(player.heard) - taken_back
            self.progress.note(
                f"{'Workout complete' if completed else 'Stopped'}: {placed} cues played, "
                f"{dropped} dropped" + ("" if output.available else " (no sound)")
            )
            return 0 if completed else self._exit_status()
        except KeyboardInterrupt:
            self.progress.note("Stopped before the workout started")
            return self._exit_status()
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
            output.close()

    def _saved_voice(self) -> tuple[Any, float]:
        """The saved voice settings for the renderer, and the latency offset (ms) to use."""
        from thrusttimer.store.settings import Settings

        settings = Settings()
        prefs, problem = settings.load_voice()
        for text in (settings.notice, problem):
            if text:
                self.progress.note(text)
        offset_ms = prefs.latency_ms if self.latency_offset_ms is None else self.latency_offset_ms
        if offset_ms:
            self.progress.note(f"Latency offset: cues play {offset_ms:g} ms early")
        voice = {"voice_id": prefs.voice, "rate": prefs.rate_wpm, "volume": prefs.volume_pct / 100}
        return voice, float(offset_ms)

    def _record(self, session: Session, load_kg: float) -> None:
        from thrusttimer.store.recorder import Recorder

        recorder, notice = Recorder.open_for(session, load=load_kg)
        if notice:
            self.progress.note(notice)
        if recorder is not None:
            recorder.recorded.connect(
                lambda e: self.progress.note(
                    f"Logged set {e.row.set_number}: {e.row.load_kg:g} kg × {e.row.reps}"
                )
            )
            recorder.problems.connect(self.progress.note)

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
