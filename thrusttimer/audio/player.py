"""The player: turns the session's planned cues into clips placed ahead on the output stream.

It looks `HORIZON_S` ahead (`Session.planned_cues`) each time it is pumped and places every
cue not yet placed at the moment it must be heard. When the session says its schedule
changed (pause, resume, skip, a longer rest, a restart), everything placed ahead is dropped
and planned again from the new deadlines. Every cue ends up in the event log either as
``cue`` (with the moment its first sample is planned to be heard, output latency included)
or as ``cue_dropped`` with the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from thrusttimer.audio.clips import AudioFormat, ClipSource, Samples
from thrusttimer.core.clock import Clock
from thrusttimer.core.model import Cue, CueKind
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import (
    CueDue,
    Event,
    ScheduleChanged,
    SessionFinished,
    StateChanged,
)
from thrusttimer.core.session_states import State
from thrusttimer.eventlog import EventLog

log = logging.getLogger(__name__)

START_DELAY_S = 0.25
"""A session played by the player starts this long after Start is pressed, so that its very
first cue is placed ahead like every other one instead of played late (the stream has up to
100 ms buffered, and the player is pumped every 20-50 ms)."""
HORIZON_S = 1.5
"""How far ahead cues are placed: far beyond the stream's 30 ms buffer, short enough that a
command's re-plan has little to undo."""


# A drop reason, for the logs (as the others are).
LOST = "lost with its audio stream (an underrun, or the output changed)"  # i18n: not shown


@dataclass(frozen=True, slots=True)
class Scheduled:
    """What became of a clip handed to an output's `play_at`."""

    placed: bool
    t_mono: float
    """When its first sample will be heard (placed), or when it was wanted (refused)."""
    reason: str = ""
    displaced: tuple[Any, ...] = ()
    """Tags of clips placed earlier that this one pushed out (lower priority words)."""


class Placer(Protocol):
    """Anything that places a clip to be heard at a monotonic moment: `AudioOutput`
    (`output.facade`), or a fake in tests. The player needs `Output`; a screen that only
    plays needs this."""

    @property
    def fmt(self) -> AudioFormat: ...

    def play_at(
        self,
        tag: Any,
        clip: Samples,
        t_mono: float,
        kind: CueKind,
        spoken: bool,
        asap: bool = False,
    ) -> Scheduled: ...


class Output(Placer, Protocol):
    """Where the player places clips, and takes them back when the schedule changes."""

    def cancel(self) -> list[Any]: ...


@dataclass(frozen=True, slots=True)
class _Placed:
    cue: Cue
    t_heard: float


def _key(cue: Cue) -> tuple[str, int]:
    return cue.id, cue.at_ms


class Player:
    """Plays one session's cues through an `Output`."""

    def __init__(
        self,
        session: Session,
        output: Output,
        clips: ClipSource,
        event_log: EventLog | None = None,
        horizon_s: float = HORIZON_S,
        clock: Clock | None = None,
        on_drop: Callable[[Cue, str], None] | None = None,
        *,
        listen: bool = True,
    ) -> None:
        """`listen=False`: the caller hands it the session's events (`on_event`) in its
        own order, as the conductor does."""
        self.session = session
        self.output = output
        self.clips = clips
        self.event_log = event_log
        self.horizon_s = horizon_s
        self._clock = clock or session.now
        self._on_drop = on_drop
        self._placed: dict[tuple[str, int], _Placed] = {}
        self._refused: set[tuple[str, int]] = set()
        self.heard: list[tuple[Cue, float]] = []
        """Every placement: (cue, planned moment heard); a re-plan may place a cue again."""
        self.dropped: list[tuple[Cue, str]] = []
        self._unsubscribe = session.events.connect(self.on_event) if listen else None

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()

    # Driving ----------------------------------------------------------------------------

    def pump(self, now: float | None = None) -> None:
        """Place every cue that now falls within the horizon. Call it often (every 50 ms)."""
        now = self._clock() if now is None else now
        for cue, t_mono in self.session.planned_cues(self.horizon_s, now):
            key = _key(cue)
            if key not in self._placed and key not in self._refused:
                self._place(cue, t_mono, asap=False)

    def replan(self, reason: str, at: float | None = None) -> None:
        """Drop everything placed ahead and place it again from the session's deadlines.

        Cues that fall exactly on `at` (the moment a command moved the schedule, such as
        the phase a skip lands on) are played as soon as possible instead of dropped as late.
        """
        now = self._clock()
        self.output.cancel()
        for placed in self._placed.values():
            if placed.t_heard > now:
                # Drop reasons go to the logs; `run` counts these by their start.
                why = f"schedule changed ({reason})"  # i18n: not shown
                self._drop(placed.cue, why, placed.t_heard)
        self._placed.clear()
        self._refused.clear()
        jump = now if at is None else at
        for cue, t_mono in self.session.planned_cues(self.horizon_s, now):
            self._place(cue, t_mono, asap=t_mono <= jump + 1e-9)

    def lost(
        self,
        cues: list[Any],
        reason: str = LOST,
    ) -> None:
        """The output dropped these placed cues on its own."""
        for cue in cues:
            placed = self._placed.pop(_key(cue), None)
            if placed is not None:
                self._refused.add(_key(cue))
                self._drop(placed.cue, reason, placed.t_heard)

    # Internals --------------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        if isinstance(event, ScheduleChanged):
            if self.session.active:
                self.replan(event.reason, event.t_mono)
        elif isinstance(event, StateChanged) and event.old is State.IDLE:
            # `start` announces the new schedule before the session counts as active.
            self.replan("start", self.session.started_at)
        elif isinstance(event, SessionFinished) and not event.completed:
            # Stopped: silence now. (A completed session lets its final tone ring out.)
            self.replan("stopped")
        elif isinstance(event, CueDue):
            key = _key(event.cue)
            if key not in self._placed and key not in self._refused:
                # Reached before the player was pumped with it in view: too late to play.
                self._refused.add(key)
                late_ms = (self._clock() - event.t_mono) * 1000
                why = f"late by {late_ms:.0f} ms (never scheduled)"  # i18n: not shown
                self._drop(event.cue, why, event.t_mono)

    def _clip(self, cue: Cue) -> tuple[Samples, bool] | None:
        fmt = self.output.fmt
        if cue.text:
            clip = self.clips.clip_for(cue, fmt)
            if clip is not None:
                return clip, True
        # A tone cue, or a word this source cannot voice: its tone, which mixes with words.
        if cue.tone is not None:
            return self.clips.tone(cue.tone, fmt), False
        return None

    def _place(self, cue: Cue, t_mono: float, asap: bool) -> None:
        key = _key(cue)
        sound = self._clip(cue)
        if sound is None:
            self._refused.add(key)
            self._drop(cue, "no sound for it", t_mono)  # i18n: not shown
            return
        clip, spoken = sound
        result = self.output.play_at(cue, clip, t_mono, cue.kind, spoken, asap=asap)
        if not result.placed:
            self._refused.add(key)
            self._drop(cue, result.reason, t_mono)
            return
        for tag in result.displaced:
            other = self._placed.pop(_key(tag), None)
            if other is not None:
                self._refused.add(_key(tag))
                self._drop(other.cue, f"overlapped by {cue.id}", other.t_heard)  # i18n: not shown
        self._placed[key] = _Placed(cue, result.t_mono)
        self.heard.append((cue, result.t_mono))
        if self.event_log is not None:
            self.event_log.cue(cue, result.t_mono)

    def _drop(self, cue: Cue, reason: str, t_mono: float) -> None:
        self.dropped.append((cue, reason))
        log.info("cue %s at %.3f s dropped: %s", cue.id, cue.at_s, reason)
        if self.event_log is not None:
            self.event_log.cue_dropped(cue, reason, t_mono)
        if self._on_drop is not None:
            self._on_drop(cue, reason)
