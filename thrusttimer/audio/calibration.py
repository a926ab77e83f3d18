"""The latency offset setting and its calibration: the user taps along to ticks.

The output's own latency is measured and compensated already; what is left is what the app
cannot see, such as a Bluetooth headset's buffer (often 100–300 ms). The calibration plays
ticks at a steady interval; the user taps along; each tap is paired with the nearest tick,
and the median of tap − tick (robust to a missed or doubled tap) is how much later the user
hears the ticks than the app plans. Pure Python: a GUI or a terminal front end drives it.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from thrusttimer.audio.settings import FIELDS

LATENCY_OFFSET_MS = FIELDS["latency_offset_ms"]
"""The setting: added to the measured output latency; positive = the sound comes later,
so cues are played that much earlier."""

TICK_INTERVAL_S = 0.75
TICKS = 16
MIN_TAPS = 6
"""Fewer matched taps than this give no result: the median of a handful is not a measurement."""
OUTLIER_MS = 60.0
"""Taps this far from the median of all taps are left out (a missed beat, a stray tap)."""
LEAD_IN_TICKS = 3
"""The first ticks let the user find the beat; taps on them are not used."""


@dataclass(frozen=True, slots=True)
class CalibrationResult:
    offset_ms: float
    """How much later than planned the user hears the ticks (median of tap − tick)."""
    spread_ms: float
    """Half the range of the middle 50% of the taps used: how steady the tapping was."""
    used: int
    ignored: int

    def new_setting_ms(self, current_ms: float) -> float:
        """The latency offset to save: the current one corrected by what was measured,
        kept inside the setting's range."""
        value = round(current_ms + self.offset_ms)
        return float(min(max(value, LATENCY_OFFSET_MS.low), LATENCY_OFFSET_MS.high))


@dataclass
class Calibration:
    """One calibration run: the ticks' planned moments and the user's taps (monotonic s)."""

    start: float
    interval_s: float = TICK_INTERVAL_S
    count: int = TICKS
    taps: list[float] = field(default_factory=list)

    @property
    def ticks(self) -> list[float]:
        return [self.start + i * self.interval_s for i in range(self.count)]

    @property
    def end(self) -> float:
        """When the last tap can still count."""
        return self.start + (self.count - 0.5) * self.interval_s

    def tap(self, t_mono: float) -> None:
        self.taps.append(t_mono)

    def result(self) -> CalibrationResult | None:
        """The measured offset, or None when too few taps matched a tick."""
        half = self.interval_s / 2
        ticks = self.ticks[LEAD_IN_TICKS:]
        lags: list[float] = []
        used_ticks: set[int] = set()
        ignored = 0
        for tap in self.taps:
            index = round((tap - self.start) / self.interval_s)
            if index < LEAD_IN_TICKS or index >= self.count or index in used_ticks:
                ignored += 1
                continue
            lag = tap - self.ticks[index]
            if abs(lag) > half:
                ignored += 1
                continue
            used_ticks.add(index)
            lags.append(lag * 1000)
        if not ticks or len(lags) < MIN_TAPS:
            return None
        middle = statistics.median(lags)
        kept = [lag for lag in lags if abs(lag - middle) <= OUTLIER_MS]
        ignored += len(lags) - len(kept)
        if len(kept) < MIN_TAPS:
            return None
        quartiles = statistics.quantiles(kept, n=4)
        return CalibrationResult(
            offset_ms=statistics.median(kept),
            spread_ms=(quartiles[2] - quartiles[0]) / 2,
            used=len(kept),
            ignored=ignored,
        )


# Playing the ticks --------------------------------------------------------------------

PLACE_AHEAD_S = 0.3
"""A tick is handed to the output this long before it must leave the app: past the
stream's 100 ms buffer with room for a slow frame, yet close enough that an offset
changed on the slider applies from the very next tick."""
FLASH_S = 0.08
"""How long the circle stays lit for each tick in the tick-meets-flash mode."""


def sound_moment(tick: float, output_offset_ms: float, test_offset_ms: float) -> float:
    """The moment to hand the output's `play_at` so that a tick planned to be heard at
    `tick` is sent as the player would send it with `test_offset_ms` as the setting.

    The output already subtracts its own offset (the saved one, `output_offset_ms`), so
    only the difference is applied here: the output itself is left untouched while the
    user tries other values.
    """
    return tick + (output_offset_ms - test_offset_ms) / 1000


@dataclass
class TickTrack:
    """Steady ticks from `start` (planned moments, monotonic s), handed out one at a time
    just before each has to be placed. `count` None means ticks until stopped."""

    start: float
    interval_s: float = TICK_INTERVAL_S
    count: int | None = None
    next_index: int = 0

    def tick(self, index: int) -> float:
        return self.start + index * self.interval_s

    def due(self, now: float, offset_ms: float, ahead_s: float = PLACE_AHEAD_S) -> list[float]:
        """The ticks that must be placed now: each leaves the app `offset_ms` before its
        planned moment, and is placed `ahead_s` before that."""
        ticks: list[float] = []
        while self.count is None or self.next_index < self.count:
            tick = self.tick(self.next_index)
            if tick - offset_ms / 1000 - ahead_s > now:
                break
            ticks.append(tick)
            self.next_index += 1
        return ticks


def flash_lit(
    now: float, start: float, interval_s: float, flash_s: float = FLASH_S, lead_s: float = 0.0
) -> bool:
    """Whether the circle is lit at `now`: from each tick's planned moment for `flash_s`.

    `lead_s` lights it that much earlier, to make up for the frame that is drawn after the
    check (half a frame centres the error of polling once per frame).
    """
    since = now + lead_s - start
    # From the nearest tick rather than `since % interval_s`: a moment exactly on a tick
    # must not land a rounding error short of the next one.
    nearest = round(since / interval_s)
    return nearest >= 0 and -1e-9 <= since - nearest * interval_s < flash_s
