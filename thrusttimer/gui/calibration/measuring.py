"""The calibration's measuring, without Qt: one run of ticks on the app's output, the taps
on them and the offset they give, read off an injected clock.

Ticks go to the output with `play_at`, each placed just ahead of time (`TickTrack`) with the
offset under test applied as the player would apply it; nothing is fired from a timer. The
screen (`calibration.dialog`) calls `poll` once a frame and shows what it answers; tests
call it on a fake clock. Also here: what the screen needs of the output (`SoundOutput`,
which the set-up room's "Test voice" uses too) and the screen's words for a result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal, Protocol

from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.calibration import (
    LEAD_IN_TICKS,
    MIN_TAPS,
    TICK_INTERVAL_S,
    Calibration,
    CalibrationResult,
    TickTrack,
    flash_lit,
    sound_moment,
)
from thrusttimer.audio.clips import Samples
from thrusttimer.audio.player import Placer
from thrusttimer.audio.tones import cached_tone
from thrusttimer.core.clock import Clock
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.model import Cue, CueKind, Tone

FRAME_MS: Final = 16
"""The poll that places ticks and lights the flash: once a frame."""
START_AFTER_S: Final = 1.0
"""The first tick comes this long after Start: time to put a hand on the key."""
NO_SOUND: Final = QT_TRANSLATE_NOOP(
    "Calibration",
    "⚠ No audio device: ThrustTimer can't play ticks here, so there is nothing to "
    "calibrate. Connect headphones or speakers, then open this again.",
)
"""Shown as `translate("Calibration", NO_SOUND)`."""
STILL_STARTING: Final = QT_TRANSLATE_NOOP(
    "Calibration", "The audio output is still starting: press Start again in a moment."
)

Mode = Literal["tap", "flash"]


class SoundOutput(Placer, Protocol):
    """What the calibration and "Test voice" need of the app's output
    (`audio.output.facade.AudioOutput`): its format and `play_at`, its saved latency offset,
    and whether it can play yet."""

    latency_offset_s: float

    @property
    def available(self) -> bool: ...

    @property
    def ready(self) -> bool: ...


def sound_usable(output: SoundOutput | None) -> bool:
    return output is not None and output.available


def describe_result(result: CalibrationResult, current_ms: int) -> str:
    """The tap-along result in the user's words."""
    lag = round(result.offset_ms)
    if lag > 0:
        heard = translate(
            "Calibration", "You hear the ticks {lag} ms later than the app plays them."
        ).format(lag=lag)
    elif lag < 0:
        heard = translate(
            "Calibration", "You hear the ticks {lag} ms earlier than the app plays them."
        ).format(lag=-lag)
    else:
        heard = translate("Calibration", "You hear the ticks right on time.")
    steady = translate(
        "Calibration", "Your taps were steady to ±{spread} ms ({used} used, {ignored} left out)."
    ).format(spread=f"{result.spread_ms:.0f}", used=result.used, ignored=result.ignored)
    new = round(result.new_setting_ms(current_ms))
    offset = translate("Calibration", "New latency offset: {new} ms (now {current} ms).").format(
        new=new, current=current_ms
    )
    return f"{heard} {steady}\n{offset}"


def not_enough_taps() -> str:
    return translate(
        "Calibration",
        "Not enough taps on the beat: at least {taps} steady taps after the first "
        "{ticks} ticks are needed. Press Try again and tap on every tick you hear.",
    ).format(taps=MIN_TAPS, ticks=LEAD_IN_TICKS)


@dataclass(frozen=True, slots=True)
class Frame:
    """What a poll found: the flash lit or not (flash runs), how far the tap run has got
    (0 to 1), and whether the tap run just ended."""

    lit: bool | None = None
    progress: float | None = None
    finished: bool = False


class Measuring:
    """The ticks of the calibration screen and the taps on them, one run at a time."""

    def __init__(self, output: SoundOutput | None, clock: Clock, ticks: int) -> None:
        self.output = output
        self.clock = clock
        self.ticks = ticks
        """Ticks in a tap run."""
        self.mode: Mode | None = None
        """"tap" or "flash" while ticks play, else None."""
        self.track: TickTrack | None = None
        self.measured: CalibrationResult | None = None
        """The last tap run's result, None until it gives one."""
        self.placed: list[tuple[float, float]] = []
        """(planned moment, moment handed to the output) for each tick of the last run."""
        self.refused: list[str] = []
        """Why ticks of the last run could not be played."""
        self._calibration: Calibration | None = None
        self._tick_clip: Samples | None = None

    @property
    def taps(self) -> list[float]:
        """The moments of this tap run's taps (none between runs)."""
        return list(self._calibration.taps) if self._calibration is not None else []

    def begin(self, mode: Mode) -> str | None:
        """Start ticks from a moment just ahead; None if they play, else why they can't."""
        self.stop()
        output = self.output
        if output is None or not output.available:
            return translate("Calibration", NO_SOUND)
        if not output.ready:
            return translate("Calibration", STILL_STARTING)
        if self._tick_clip is None:
            # The workout's own tick at full volume, from the clip cache (made there by the
            # speech worker; made here only if it is missing).
            self._tick_clip = cached_tone(Tone.TICK, output.fmt, 1.0, ClipCache())
        self.mode = mode
        self.placed = []
        self.refused = []
        count = self.ticks if mode == "tap" else None
        track = TickTrack(self.clock() + START_AFTER_S, TICK_INTERVAL_S, count)
        self.track = track
        if mode == "tap":
            self.measured = None
            self._calibration = Calibration(track.start, track.interval_s, self.ticks)
        return None

    def stop(self) -> Mode | None:
        """Stop any run (ticks already handed to the output still play); the mode it was."""
        was = self.mode
        self.mode = None
        self.track = None
        self._calibration = None
        return was

    def poll(self, offset_ms: int) -> Frame | None:
        """Place the ticks coming up with `offset_ms` under test, and say what to show:
        None between runs."""
        track = self.track
        if track is None:
            return None
        now = self.clock()
        for tick in track.due(now, offset_ms):
            self._place(tick, offset_ms)
        if self.mode == "flash":
            return Frame(lit=flash_lit(now, track.start, track.interval_s, lead_s=FRAME_MS / 2000))
        calibration = self._calibration
        if self.mode != "tap" or calibration is None:
            return Frame()
        total = calibration.end - calibration.start + START_AFTER_S
        done = (now - calibration.start + START_AFTER_S) / total
        progress = min(max(done, 0.0), 1.0)
        if now < calibration.end:
            return Frame(progress=progress)
        self.mode = None
        self.track = None
        self._calibration = None
        self.measured = calibration.result()
        return Frame(progress=progress, finished=True)

    def tap(self) -> int | None:
        """The user heard a tick: timestamped now, on the clock the ticks were planned on.
        The taps so far in this run, or None when no tap run is on."""
        calibration = self._calibration
        if self.mode != "tap" or calibration is None:
            return None
        calibration.tap(self.clock())
        return len(calibration.taps)

    def _place(self, tick: float, offset_ms: int) -> None:
        output = self.output
        assert output is not None
        assert self._tick_clip is not None
        at = sound_moment(tick, output.latency_offset_s * 1000, offset_ms)
        tag = Cue(len(self.placed) + len(self.refused), "calibration.tick", "", CueKind.COUNT,
                  tone=Tone.TICK)  # fmt: skip
        result = output.play_at(tag, self._tick_clip, at, CueKind.COUNT, spoken=False)
        if result.placed:
            self.placed.append((tick, at))
        else:
            self.refused.append(result.reason)
