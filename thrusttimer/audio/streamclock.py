"""Where the output stream is in monotonic time: a clock fitted to what the sink consumed.

Each time the sink asks for more audio we note ``now`` and how many frames it has consumed.
``now − frames/rate`` is then the monotonic moment of frame 0, plus however late this
reading came; its lower envelope is the true moment. The sound card's clock is not the
system's (a null sink ran ~100 ppm off, 6 ms a minute), so the minima of short buckets are
fitted with a line against the frame count over a sliding window, which tracks that rate.

The stream also steps: an underrun (silence Qt inserts without saying so) or a stall moves
the envelope by the lost time. On a 30-minute trace through PulseAudio it moved by 0.6-1.9 ms
five times and by 3-19 ms seven times, while the sink was fed steadily (benchmarks/
clock_replay.py replays such a trace). So:
- a jump (past `JUMP_S`) is acted on as soon as every reading of the last `QUICK_S` shows it,
  while what the mixer has not rendered yet can still be moved; the next whole bucket then
  settles the new offset;
- a bucket a little off (past `STEP_S`) is held out of the fit, and a second one off by
  about as much confirms a step. One late bucket is scheduler noise (every reading in it
  was late); two in a row that agree are not;
- after a re-anchor the line keeps the rate: one slope is fitted across the stretches of
  the window, each with its own offset, and cues are placed from the latest stretch's.
Pure Python, so it is tested with synthetic readings.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass

BUCKET_S = 0.25
"""Readings are reduced to one minimum per bucket of this length."""
WINDOW_S = 30.0
"""The line is fitted to the buckets of the last this many seconds of stream."""
JUMP_S = 0.003
"""A bucket this far off the fitted line is a jump (an underrun or a stream stall), and so are
all the readings of the last `QUICK_S` when each of them is."""
QUICK_S = 0.08
"""A jump is acted on as soon as every reading of this long is past `JUMP_S`, rather than when
its bucket closes: what the mixer has not rendered yet can still be moved. On a 30-minute
trace the minimum of 80 ms of readings never strayed more than 2.3 ms from the line."""
QUICK_READINGS = 4
"""...and there are at least this many of them (a stalled thread reads seldom, and late)."""
STEP_S = 0.0005
"""A bucket this far off the line is a suspected step, confirmed by the next bucket. The
bucket minima scatter ±0.15 ms around the line on a loaded 2-core machine."""
CONFIRM_BUCKETS = 2
"""Buckets in a row off the line by about the same amount that make a step."""
AGREE_S = 0.0003
"""Suspect buckets this close to each other measure the same step. Buckets late only because
every reading in them was late are late by different amounts."""
STEADY_BUCKETS = 8
"""Buckets a new stream needs before the clock is trusted to place cues (2 s)."""
RESUME_BUCKETS = 2
"""Buckets a resumed stream needs (0.5 s): its rate is known from before it slept, so only
where it now sits is new. Through a null sink the envelope was steady from the first 0.1 s
after a resume (a fresh stream stalls for ~1.2 s after its first chunk)."""
SLOPE_BUCKETS = 16
"""Below the spread of 16 buckets in a row (4 s) the rate is not fitted: a shorter span makes
a noisy slope (0.1 ms of jitter over 1 s is 100 ppm). The rate fitted before is kept, or the
nominal one."""


@dataclass(frozen=True, slots=True)
class _Bucket:
    x: float
    """Frames consumed at the minimum, in nominal seconds (frames / rate)."""
    e: float
    """The minimum of now − frames/rate in this bucket."""
    stretch: int = 0
    """Which stretch between re-anchors it belongs to."""


class StreamClock:
    """Maps stream frames to `time.monotonic()` moments and back."""

    def __init__(
        self,
        rate: int,
        bucket_s: float = BUCKET_S,
        window_s: float = WINDOW_S,
        jump_s: float = JUMP_S,
        steady_buckets: int = STEADY_BUCKETS,
        step_s: float = STEP_S,
        confirm_buckets: int = CONFIRM_BUCKETS,
    ) -> None:
        self.rate = rate
        self.bucket_s = bucket_s
        self.window_s = window_s
        self.jump_s = jump_s
        self.steady_buckets = steady_buckets
        self.step_s = step_s
        self.confirm_buckets = confirm_buckets
        self.reanchors = 0
        """How many times a jump or a step made the clock start a new stretch."""
        self._lock = threading.Lock()
        self._buckets: deque[_Bucket] = deque()
        self._suspects: list[tuple[_Bucket, float]] = []
        """Buckets off the line by more than `step_s`, held out of the fit, with how far."""
        self._stretch = 0
        self._open: tuple[float, float, float] | None = None
        """The bucket being filled: (its first reading's time, x at its minimum, minimum e)."""
        self._recent: deque[tuple[float, float, float]] = deque()
        """The readings of the last `QUICK_S`: (now, x, e)."""
        self._quick = False
        """The latest stretch starts on a quick jump's few readings, not on a whole bucket."""
        self._a = 0.0
        self._b = 0.0
        self._fitted = False
        self._established = False
        self._needed = steady_buckets
        """Buckets needed before `steady`: `steady_buckets`, or RESUME_BUCKETS after `resume`."""

    def reset(self) -> None:
        """Forget everything (a new stream starts at frame 0)."""
        with self._lock:
            self._forget()
            self._b = 0.0
            self._needed = self.steady_buckets

    def resume(self) -> None:
        """The stream was suspended and goes on from the frame it stopped at, while the
        system clock ran on: forget where it sat, keep its rate (the card's clock did not
        change while it slept), and trust it again after RESUME_BUCKETS."""
        with self._lock:
            self._forget()
            self._needed = min(RESUME_BUCKETS, self.steady_buckets)

    def _forget(self) -> None:
        self._buckets.clear()
        self._suspects.clear()
        self._recent.clear()
        self._quick = False
        self._open = None
        self._fitted = False
        self._established = False

    def observe(self, now: float, frames_consumed: float) -> float:
        """Record a reading taken right after the sink consumed audio. Returns 0.0, or how
        far the line moved in seconds (positive: the stream now runs later, as after an
        underrun) when this reading re-anchored the clock, or settled it after a quick jump."""
        x = frames_consumed / self.rate
        e = now - x
        with self._lock:
            jump = 0.0
            if self._open is not None and now - self._open[0] >= self.bucket_s:
                jump = self._close(self._open[1], self._open[2])
                self._open = None
            if self._open is None:
                self._open = (now, x, e)
            elif e < self._open[2]:
                self._open = (self._open[0], x, e)
            self._recent.append((now, x, e))
            while now - self._recent[0][0] > QUICK_S:
                self._recent.popleft()
            if jump or (self._fitted and abs(e - self._predict(x)) <= self.jump_s):
                # A reading on the line rules out a later stream (that needs every recent
                # reading late); an earlier one shows in the reading that first sees it.
                # The full check below scans the recent readings: most pulls skip it.
                return jump
            return self._quick_jump()

    def _quick_jump(self) -> float:
        """A jump seen in every reading of the last `QUICK_S`: re-anchor on their minimum now,
        and start a fresh bucket (the open one began before the jump)."""
        recent = self._recent
        if not self._fitted or len(recent) < QUICK_READINGS:
            return 0.0
        if recent[-1][0] - recent[0][0] < QUICK_S / 2:
            return 0.0  # just after a reset or a stall: too few readings to tell
        _, x, e = min(recent, key=lambda r: r[2])
        if abs(e - self._predict(x)) <= self.jump_s:
            return 0.0
        self._open = None
        jump = self._reanchor([_Bucket(x, e)])
        self._quick = True
        return jump

    def _close(self, x: float, e: float) -> float:
        if self._quick:
            return self._settle(x, e)
        if self._fitted:
            off = e - self._predict(x)
            if abs(off) > self.jump_s:
                return self._reanchor([_Bucket(x, e)])
            if abs(off) > self.step_s:
                if self._suspects and abs(self._suspects[-1][1] - off) > AGREE_S:
                    self._suspects.clear()
                self._suspects.append((_Bucket(x, e), off))
                if len(self._suspects) >= self.confirm_buckets:
                    return self._reanchor([b for b, _ in self._suspects])
                return 0.0
        # On the line: a lone suspect before it was noise, and stays out of the fit.
        self._suspects.clear()
        self._add(_Bucket(x, e, self._stretch))
        self._refit()
        return 0.0

    def _settle(self, x: float, e: float) -> float:
        """The first whole bucket after a quick jump: it places the stretch better than the
        few readings the jump was seen in (their minimum may sit a millisecond late), so it
        replaces them. Returns how far that moved the line, to move what is placed too."""
        off = e - self._predict(x)
        if abs(off) > self.jump_s:
            return self._reanchor([_Bucket(x, e)])
        self._quick = False
        self._buckets = deque(b for b in self._buckets if b.stretch != self._stretch)
        self._add(_Bucket(x, e, self._stretch))
        self._refit()
        return self._predict(x) - (e - off)

    def _reanchor(self, buckets: list[_Bucket]) -> float:
        """Start a new stretch on `buckets`; returns how far the line moved at the last."""
        x = buckets[-1].x
        before = self._predict(x)
        self._suspects.clear()
        self._quick = False
        self._stretch += 1
        self.reanchors += 1
        for bucket in buckets:
            self._add(_Bucket(bucket.x, bucket.e, self._stretch))
        self._refit()
        return self._predict(x) - before

    def _add(self, bucket: _Bucket) -> None:
        self._buckets.append(bucket)
        while self._buckets and bucket.x - self._buckets[0].x > self.window_s:
            self._buckets.popleft()

    def _refit(self) -> None:
        # One slope for all stretches (the card's rate did not change with a step), fitted
        # within each stretch: sums of squares about each stretch's own means.
        sums: dict[int, list[float]] = {}
        for b in self._buckets:
            s = sums.setdefault(b.stretch, [0.0, 0.0, 0.0])
            s[0] += 1
            s[1] += b.x
            s[2] += b.e
        sxx = sxe = 0.0
        for b in self._buckets:
            n, sum_x, sum_e = sums[b.stretch]
            dx = b.x - sum_x / n
            sxx += dx * dx
            sxe += dx * (b.e - sum_e / n)
        # Too little span to see the rate: keep the rate fitted before (the card's clock
        # did not change with an underrun), or the nominal one on a new stream.
        if sxx >= SLOPE_BUCKETS * (SLOPE_BUCKETS**2 - 1) / 12 * self.bucket_s**2:
            self._b = sxe / sxx
        n, sum_x, sum_e = sums[self._stretch]
        self._a = (sum_e - self._b * sum_x) / n
        self._fitted = True
        if len(self._buckets) >= self._needed:
            self._established = True

    def _predict(self, x: float) -> float:
        return self._a + self._b * x

    @property
    def steady(self) -> bool:
        """True once the stream has run steadily for `steady_buckets`; after an underrun
        it stays true, as one bucket on the far side of the jump places it exactly."""
        with self._lock:
            return self._established and bool(self._buckets)

    @property
    def rate_error_ppm(self) -> float:
        """How much slower than nominal the stream runs against the monotonic clock."""
        with self._lock:
            return self._b * 1e6

    def time_of(self, frame: float) -> float | None:
        """The monotonic moment the stream consumes `frame`, or None before any bucket."""
        with self._lock:
            if not self._fitted:
                return None
            x = frame / self.rate
            return self._predict(x) + x

    def frame_at(self, t_mono: float) -> float | None:
        """The (fractional) frame the stream consumes at `t_mono`, or None before any bucket."""
        with self._lock:
            if not self._fitted:
                return None
            return (t_mono - self._a) / (1.0 + self._b) * self.rate
