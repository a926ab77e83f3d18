"""A workout's sound before it plays: the plan's clips made ahead, and the output kept ready.

The clips are made in the bank's worker process; `poll` only looks at how far it got, so
nothing waits. The plan is ready to play once its timeline is fitted to the clips and the
output's clock is steady (or there is no output: the workout then goes on silently, and
says so). Between workouts the output sleeps after a while without a sound.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Protocol

from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.conductor.ports import ClipBank, Progress, SoundOutput
from thrusttimer.core import i18n
from thrusttimer.core.clock import Clock
from thrusttimer.core.events import Channel
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.plan import Plan
from thrusttimer.core.timeline import Timeline
from thrusttimer.core.timers import TimerFactory

SLEEP_AFTER_S = float(os.environ.get("THRUSTTIMER_SOUND_SLEEP_S", "15"))
"""Between workouts (before the first, after the last) the open output is suspended after
this long without a sound: an open stream costs ~2 % of a core even when silent (the sound
server asks for more every ~5 ms) and keeps the sound card awake. Start wakes it, which
takes ~0.5 s (the clock keeps the card's rate, `StreamClock.resume`); a paused workout keeps
it open longer (`HELD_SLEEP_AFTER_S`). The variables are for tests and benchmarks."""
HELD_SLEEP_AFTER_S = float(os.environ.get("THRUSTTIMER_HELD_SOUND_SLEEP_S", "60"))
"""A workout paused, or waiting for Ready after a rest, keeps the output open this long,
so a short break resumes at once; after it the output sleeps too, and the next command
wakes it first: the workout goes on ~0.5 s later."""
SETTLE_TIMEOUT_S = 12.0
"""The longest wait for the output's clock to settle before a workout may start without
it (cues may then be dropped as late, each one logged)."""
UNSETTLED = QT_TRANSLATE_NOOP("Sound", "the audio output did not settle; cues may be dropped")
"""English; shown through `translate("Sound", UNSETTLED)`."""

BankFactory = Callable[[VoiceSettings], ClipBank]


class VoiceChoice(Protocol):
    """The lifter's voice preferences (`store.settings.VoicePrefs`, which is Qt's to keep)."""

    @property
    def voice(self) -> str: ...

    @property
    def rate_wpm(self) -> int: ...

    @property
    def volume_pct(self) -> int: ...

    @property
    def latency_ms(self) -> int: ...


def voice_settings(prefs: VoiceChoice, plan: Plan) -> VoiceSettings:
    """The renderer's settings from the saved preferences and the plan's cue mode."""
    return VoiceSettings(
        voice_id=prefs.voice,
        rate=prefs.rate_wpm,
        volume=prefs.volume_pct / 100,
        cue_mode=plan.cues.mode,
        latency_offset_ms=prefs.latency_ms,
        language=i18n.speech_language(),
    )


class Sound:
    """The clips of the plan last prepared, and the output they will play on (started by
    whoever made it, so that it settles while the clips are made)."""

    def __init__(
        self,
        output: SoundOutput,
        prefs: VoiceChoice,
        bank_factory: BankFactory,
        timers: TimerFactory,
        clock: Clock,
        settle_timeout_s: float = SETTLE_TIMEOUT_S,
    ) -> None:
        self.output = output
        self.prefs = prefs
        self.notices: Channel[str] = Channel()
        self.progress: Channel[Progress] = Channel()
        """How far the clips have got, at each poll while they are being made."""
        self._bank_factory = bank_factory
        self._clock = clock
        self._settle_timeout_s = settle_timeout_s
        self.bank: ClipBank | None = None
        self._bank_key: VoiceSettings | None = None
        self._plan: Plan | None = None
        self._form_point_starts: dict[str, int] = {}
        self._timeline: Timeline | None = None
        self._last_progress: Progress | None = None
        self._extra: Progress | None = None
        """Words being made during a workout (`make_phrases`)."""
        self._waiting_since: float | None = None
        """When the clips were made but the output was not yet steady."""
        self._unsettled = False
        """The output did not settle in time: the plan plays anyway."""
        self._announced = False
        self._holds = 0
        """How many `kept_awake` blocks are running: the output does not sleep meanwhile."""
        self._sleep_timer = timers(self._sleep, single_shot=True)
        self._may_sleep: Callable[[], bool] = lambda: True
        output.notice.connect(lambda text: self.notices.emit(_sound_notice(text)))

    # Clips --------------------------------------------------------------------------------

    def prepare(self, plan: Plan, form_point_starts: Mapping[str, int] | None = None) -> None:
        """Make every clip `plan` can use, in the background (`poll` moves it on); its
        timeline gives each exercise's form points from its start in `form_point_starts`."""
        self._plan = plan
        self._form_point_starts = dict(form_point_starts or {})
        self._timeline = None
        self._announced = False
        settings = voice_settings(self.prefs, plan)
        if self.bank is None or self._bank_key != settings:
            if self.bank is not None:
                self.bank.cancel()
            self.bank = self._bank_factory(settings)
            self._bank_key = settings
        self._last_progress = self.bank.prepare_plan(plan)

    def make_phrases(self, phrases: Sequence[str]) -> None:
        """Make a few words known only now (a change of plates during a workout), in the
        background; `extra_made` says when they are."""
        if self.bank is not None:
            self._extra = self.bank.start(list(phrases))

    def extra_made(self) -> bool:
        """Move the making of `make_phrases`' words on; True once, when they are made."""
        if self._extra is None or self.bank is None:
            return False
        if not self._extra.finished:
            self._extra = self.bank.poll()
        if not self._extra.finished:
            return False
        self._extra = None
        return True

    def set_prefs(self, prefs: VoiceChoice) -> None:
        """New voice preferences: the offset applies at once, the clips are made again."""
        self.prefs = prefs
        self.output.latency_offset_s = prefs.latency_ms / 1000
        if self._plan is not None:
            self.prepare(self._plan, self._form_point_starts)

    def refit(self, form_point_starts: Mapping[str, int]) -> None:
        """Fit the timeline again (from the clips made) with each exercise's form points
        starting here."""
        starts = dict(form_point_starts)
        if starts == self._form_point_starts:
            return
        self._form_point_starts = starts
        if self._timeline is not None and self.bank is not None and self._plan is not None:
            self._timeline = self.bank.compile(self._plan, starts)

    def timeline_for(self, plan: Plan) -> Timeline | None:
        """`plan`'s timeline fitted to the made clips, once they are ready."""
        return self._timeline if plan == self._plan else None

    @property
    def making(self) -> bool:
        """Clips are being made, or made and waiting for the output to settle."""
        return self._plan is not None and not self._announced

    @property
    def is_ready(self) -> bool:
        """The plan's clips are made and the output can place cues: awake with its clock
        steady, missing altogether (the workout goes on silently), or given up on."""
        output = self.output
        settled = output.ready or not output.available or self._unsettled
        return self._timeline is not None and settled

    def poll(self) -> bool:
        """Move the making on; True once, when the plan has just become ready to play."""
        bank, plan = self.bank, self._plan
        if bank is not None and plan is not None and self._timeline is None:
            progress = self._last_progress = bank.poll()
            self.progress.emit(progress)
            if progress.finished:
                self._timeline = bank.compile(plan, self._form_point_starts)
                self._preload(bank, self._timeline)
                if bank.notice:
                    self.notices.emit(bank.notice)
        if self._timeline is not None and not self.is_ready and not self.output.asleep:
            now = self._clock()
            if self._waiting_since is None:
                self._waiting_since = now
            elif now - self._waiting_since > self._settle_timeout_s:
                self._unsettled = True
                self.notices.emit(_sound_notice(translate("Sound", UNSETTLED)))
        if self._announced or not self.is_ready:
            return False
        self._announced = True
        self._waiting_since = None
        return True

    def progress_text(self) -> str:
        """How far the making has got, as the last poll saw it."""
        if self._timeline is not None and not self.is_ready:
            return translate("Sound", "Getting the sound output ready")
        if self._last_progress is None:
            return translate("Sound", "Preparing the voice")
        return self._last_progress.line()

    def _preload(self, bank: ClipBank, timeline: Timeline) -> None:
        """Read every clip the timeline uses now, not from disk while the set runs."""
        for cue in timeline.cues:
            bank.clip_for(cue, self.output.fmt)

    def wait_reason(self, starting: bool, held: bool, pending: bool) -> str | None:
        """Why a Start (or a resume of a `held` workout) must wait for the sound, waking a
        sleeping output on the way; None when it need not. `pending`: one already waits."""
        if starting:
            self.wake()
            if not self.is_ready:
                return translate(
                    "Sound", "{progress}: the workout starts as soon as it is ready"
                ).format(progress=self.progress_text())
            return None
        if held and (self.output.asleep or (pending and not self.is_ready)):
            # A long break let the output sleep: the workout goes on once it is awake, its
            # next cue on time rather than dropped as late.
            self.wake()
            return translate("Sound", "Waking the sound: the workout goes on in a moment")
        return None

    # Sleeping while idle -----------------------------------------------------------------

    def wake(self) -> None:
        """Something may play soon: resume an output put to sleep. Ready follows once its
        clock is steady again (about 0.5 s); `making` is true until then."""
        self._sleep_timer.stop()
        if self.output.asleep:
            self.output.wake()
            self._announced = False
            self._waiting_since = None
            self._unsettled = False

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

    def busy(self) -> None:
        """Something plays: no sleep is pending."""
        self._sleep_timer.stop()

    def idle(self, held: bool, may_sleep: Callable[[], bool]) -> None:
        """Nothing moves: sleep after a while (longer if a workout is `held`: paused or
        waiting for Ready), if `may_sleep()` still says so then."""
        if self.output.asleep or self._holds or self._sleep_timer.active:
            return
        self._may_sleep = may_sleep
        delay_s = HELD_SLEEP_AFTER_S if held else SLEEP_AFTER_S
        self._sleep_timer.start(round(delay_s * 1000))

    def _sleep(self) -> None:
        if not self._holds and self._may_sleep():
            self.output.sleep()

    def close(self) -> None:
        self._sleep_timer.stop()
        if self.bank is not None:
            self.bank.cancel()
        self.output.close()


def _sound_notice(text: str) -> str:
    """ "Sound: …": a notice of the output or the voice, in the window's notice line."""
    return translate("Sound", "Sound: {notice}").format(notice=text)
