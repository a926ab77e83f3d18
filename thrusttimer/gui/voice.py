"""The window's voice: one audio output for the app's lifetime, clips rendered ahead, a player.

The window asks for a plan's clips as soon as it knows the plan (`prepare`); rendering runs
in the bank's worker process, and a timer here only polls it, so the window never waits.
A workout starts once its clips are ready, on a timeline fitted to their real lengths. While
a session runs, a timer of this object's own (not the window's frame timer, which stops
when the window is hidden) ticks the session and places cues a horizon ahead.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.clips import AudioFormat, Samples, compact, convert
from thrusttimer.audio.output.facade import AudioOutput
from thrusttimer.audio.player import START_DELAY_S, Player
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.audio.tts_worker import RenderProgress
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Event, ScheduleChanged, Session
from thrusttimer.core.timeline import CueKind, Timeline
from thrusttimer.eventlog import EventLog
from thrusttimer.gui import resources
from thrusttimer.store.settings import VoicePrefs

FEEDBACK_S = 0.03
"""A UI sound is asked for this far ahead and placed as soon as the stream allows: what is
already in the sink's buffer (0.1 s) plays first, so it is heard ~0.1 s after the key
(measured through a null sink under Xvfb: 95-112 ms after xdotool's key press)."""
SLEEP_AFTER_S = float(os.environ.get("THRUSTTIMER_SOUND_SLEEP_S", "15"))
"""Between workouts (before the first, after the last) the open output is suspended after
this long without a sound: an open stream costs ~2 % of a core even when silent (the sound
server asks for more every ~5 ms; `sink.FILL_EVERY_S`) and keeps the sound card awake.
Start wakes it, which takes ~0.5 s (the clock keeps the card's rate, `StreamClock.resume`);
a paused workout keeps it open longer (`HELD_SLEEP_AFTER_S`). The variables are for tests
and benchmarks."""
HELD_SLEEP_AFTER_S = float(os.environ.get("THRUSTTIMER_HELD_SOUND_SLEEP_S", "60"))
"""A workout paused, or waiting for Space after a rest, keeps the output open this long,
so a short break resumes at once; after it the output sleeps too (an open stream costs
~2 % of a core, silent), and Space wakes it first: the workout goes on ~0.5 s later."""
POLL_MS = 50
"""How often rendering progress is polled while the clips are being made."""
PUMP_MS = 250
"""How often the player is pumped while a workout runs. It places cues up to 1.5 s ahead
(`player.HORIZON_S`) and every schedule change (start, pause, skip) re-plans at once, so
each cue is still placed more than a second before it is due."""


def _ui_clip(name: str, fmt: AudioFormat) -> Samples | None:
    """A UI sound from the resources, in the output's format."""
    found = resources.sound(name)
    if found is None:
        return None
    # The resource is 16-bit PCM already: a clip as it is (a copy, not a view of the bytes).
    clip = np.frombuffer(found.samples, dtype="<i2").astype(np.int16).reshape(-1, found.channels)
    source = AudioFormat(found.rate, found.channels)
    return compact(convert(clip, source, fmt) if source != fmt else clip)


def voice_settings(prefs: VoicePrefs, plan: Plan) -> VoiceSettings:
    """The renderer's settings from the saved preferences and the plan's cue mode."""
    return VoiceSettings(
        voice_id=prefs.voice,
        rate=prefs.rate_wpm,
        volume=prefs.volume_pct / 100,
        cue_mode=plan.cues.mode,
        latency_offset_ms=prefs.latency_ms,
    )


class WindowVoice(QObject):
    """Speech and tones for the window. `notice(text)` is for the status area."""

    notice = Signal(str)
    ready = Signal()
    """The clips of the plan last given to `prepare` are made, and the output can place
    them (`is_ready`)."""
    start_delay_s = START_DELAY_S
    """Sessions it plays start this long after Start, so the first cue is placed ahead."""

    def __init__(
        self,
        prefs: VoicePrefs,
        event_log: EventLog | None = None,
        *,
        output: AudioOutput | None = None,
        bank_factory: Callable[[VoiceSettings], VoiceBank] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.event_log = event_log
        self.output = output or AudioOutput(prefs.latency_ms / 1000)
        self.output.notice.connect(lambda text: self.notice.emit(f"Sound: {text}"))
        self._bank_factory = bank_factory or (lambda s: VoiceBank(s, fmt=self.output.fmt))
        self.bank: VoiceBank | None = None
        self._bank_key: VoiceSettings | None = None
        self._plan: Plan | None = None
        self._timeline: Timeline | None = None
        self._progress: RenderProgress | None = None
        self.player: Player | None = None
        self._ui_sounds: dict[str, Samples | None] = {}
        self._session: Session | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._announced = False
        """`ready` was emitted for the current clips and output (see `is_ready`)."""
        self._sleep_timer = QTimer(self)
        self._sleep_timer.setSingleShot(True)
        self._sleep_timer.setInterval(round(SLEEP_AFTER_S * 1000))
        self._sleep_timer.timeout.connect(self._sleep)
        self._holds = 0
        self._form_point_start = 0
        """How many `kept_awake` blocks are running: the output does not sleep meanwhile."""
        self.output.restarted.connect(self._output_restarted)
        self.output.lost.connect(self._output_lost)
        self.output.start()

    # Rendering ahead ------------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        """The plan's clips are made and the output can place cues: awake with its clock
        steady (the first ~2 s of a stream, ~0.5 s after `wake`), or missing altogether, when
        the workout goes on silently."""
        output_settled = self.output.ready or not self.output.available
        return self._timeline is not None and output_settled

    # Sleeping while idle -----------------------------------------------------------------

    def wake(self) -> None:
        """Something may play soon (Start, the set-up dialog): resume an output put to
        sleep. `ready` follows once its clock is steady again (about 0.5 s)."""
        self._sleep_timer.stop()
        if self.output.asleep:
            self.output.wake()
            self._announced = False
            self._timer.start(POLL_MS)  # to notice the output is ready within 50 ms

    @contextmanager
    def kept_awake(self) -> Iterator[None]:
        """Wake the output and keep it from sleeping while the block runs: the set-up
        dialog's Test voice and the calibration play through it, however long they take."""
        self._holds += 1
        self.wake()
        try:
            yield
        finally:
            self._holds -= 1
            if not self._holds:
                self._timer.start()  # the next idle poll starts the sleep delay again

    def _sleep(self) -> None:
        session = self._session
        if (session is None or not session.running) and not self._holds:
            self.output.sleep()

    def prepare(self, plan: Plan) -> None:
        """Make every clip `plan` can use, in the background. `ready` follows."""
        self._plan = plan
        self._timeline = None
        settings = voice_settings(self.prefs, plan)
        if self.bank is None or self._bank_key != settings:
            if self.bank is not None:
                self.bank.cancel()
            self.bank = self._bank_factory(settings)
            self._bank_key = settings
        self.bank.prepare_plan(plan)
        self._announced = False
        self._timer.start()
        self._poll()

    def set_prefs(self, prefs: VoicePrefs) -> None:
        """New voice preferences: the offset applies at once, the clips are made again."""
        self.prefs = prefs
        self.output.latency_offset_s = prefs.latency_ms / 1000
        if self._plan is not None:
            self.prepare(self._plan)

    @property
    def form_point_start(self) -> int:
        return self._form_point_start

    @form_point_start.setter
    def form_point_start(self, start: int) -> None:
        """Where the next workout's form points start: its timeline is fitted again (from
        the clips already made) when that changes."""
        if start != self._form_point_start:
            self._form_point_start = start
            if self._timeline is not None and self.bank is not None and self._plan is not None:
                self._timeline = self.bank.compile(self._plan, start)

    def timeline_for(self, plan: Plan) -> Timeline | None:
        """`plan`'s timeline fitted to the rendered clips, once they are ready."""
        return self._timeline if plan == self._plan else None

    def progress_text(self) -> str:
        """How far the rendering has got, as the last poll saw it."""
        if self._timeline is not None and not self.is_ready:
            return "Getting the sound output ready"
        if self._progress is None:
            return "Preparing the voice"
        return self._progress.line()

    # UI sounds ------------------------------------------------------------------------

    def feedback(self, accepted: bool) -> bool:
        """A short click for a command taken, a low double blip for one refused, heard
        FEEDBACK_S from now: the lifter on the floor knows the key or clicker did something
        without looking. Returns whether it was placed (not without a device)."""
        name = "accepted" if accepted else "refused"
        clip = self._ui_sounds.get(name)
        if clip is None:
            clip = self._ui_sounds[name] = _ui_clip(name, self.output.fmt)
        if clip is None or not self.output.ready:
            return False
        placed = self.output.play_at(
            ("ui", name), clip, time.monotonic() + FEEDBACK_S, CueKind.TIP, False, asap=True
        )
        return placed.placed

    # Playing --------------------------------------------------------------------------

    def attach(self, session: Session) -> None:
        """Play `session`'s cues (replacing any earlier session's player)."""
        if self.player is not None:
            self.player.close()
            self.output.cancel()
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._session = session
        self.player = None
        if self.bank is not None:
            self.player = Player(session, self.output, self.bank, self.event_log)
        # Idle, the timer stops; a start or resume wakes it.
        self._unsubscribe = session.events.connect(self._wake)
        self._timer.start()

    def _wake(self, event: Event) -> None:
        session = self._session
        moving = session is not None and session.running
        if isinstance(event, ScheduleChanged) and moving:
            self._sleep_timer.stop()
            if not self._timer.isActive():
                self._timer.start()

    def _poll(self) -> None:
        if self.bank is not None and self._timeline is None and self._plan is not None:
            progress = self._progress = self.bank.poll()
            if progress.finished:
                self._timeline = self.bank.compile(self._plan, self._form_point_start)
                self._preload(self._timeline)
                if self.bank.notice:
                    self.notice.emit(self.bank.notice)
        if not self._announced and self.is_ready:
            self._announced = True
            self.ready.emit()
        session = self._session
        if session is not None and session.active:
            self._sleep_timer.stop()
            session.tick()
            if self.player is not None:
                self.player.pump()
        rendering = self._plan is not None and self._timeline is None
        waiting = self._timeline is not None and not self._announced
        interval = POLL_MS if rendering or waiting else PUMP_MS
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)
        if not rendering and not waiting and (session is None or not session.running):
            # Nothing to make and nothing moving (idle, paused, waiting): no timer runs.
            # A start, resume or any schedule change wakes it (`_wake`).
            self._timer.stop()
            if not self.output.asleep and not self._holds:
                # The output sleeps after a while: soon between workouts (`SLEEP_AFTER_S`),
                # later in a paused or waiting workout (`HELD_SLEEP_AFTER_S`).
                idle = session is None or not session.active
                delay_s = SLEEP_AFTER_S if idle else HELD_SLEEP_AFTER_S
                self._sleep_timer.start(round(delay_s * 1000))

    def _preload(self, timeline: Timeline) -> None:
        """Read every clip the timeline uses now, not from disk while the set runs."""
        assert self.bank is not None
        for cue in timeline.cues:
            self.bank.clip_for(cue, self.output.fmt)

    def _output_restarted(self) -> None:
        if self.player is not None:
            self.player.replan("audio output changed")

    def _output_lost(self, cues: list[object]) -> None:
        if self.player is not None:
            self.player.lost(cues)

    def close(self) -> None:
        self._timer.stop()
        if self.player is not None:
            self.player.close()
        if self.bank is not None:
            self.bank.cancel()
        self.output.close()
