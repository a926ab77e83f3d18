"""Where the output stream is in monotonic time: a clock fitted to what the sink consumed.

Each time the sink asks for more audio we note ``now`` and how many frames it has consumed.
``now − frames/rate`` is then the monotonic moment of frame 0, plus however late this
reading came; its lower envelope is the true moment. The sound card's clock is not the
system's (a null sink ran ~100 ppm off, 6 ms a minute), so the minima of short buckets are
fitted with a line against the frame count over a sliding window, which tracks that rate.
An underrun (silence Qt inserts without saying so) or a stall makes the envelope jump by
the lost time; a bucket far off the line re-anchors the fit from that bucket on.
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
"""A bucket this far off the fitted line is a jump (an underrun or a stream stall)."""
STEADY_BUCKETS = 8
"""Buckets a new stream needs before the clock is trusted to place cues (2 s)."""
SLOPE_BUCKETS = 16
"""Below this many buckets (4 s) the rate is not fitted: a shorter span makes a noisy slope
(0.1 ms of jitter over 1 s is 100 ppm). The rate fitted before is kept, or the nominal one."""


@dataclass(frozen=True, slots=True)
class _Bucket:
    x: float
    """Frames consumed at the minimum, in nominal seconds (frames / rate)."""
    e: float
    """The minimum of now − frames/rate in this bucket."""


class StreamClock:
    """Maps stream frames to `time.monotonic()` moments and back."""

    def __init__(
        self,
        rate: int,
        bucket_s: float = BUCKET_S,
        window_s: float = WINDOW_S,
        jump_s: float = JUMP_S,
        steady_buckets: int = STEADY_BUCKETS,
    ) -> None:
        self.rate = rate
        self.bucket_s = bucket_s
        self.window_s = window_s
        self.jump_s = jump_s
        self.steady_buckets = steady_buckets
        self.reanchors = 0
        """How many times a jump made the clock start over (underruns, stalls)."""
        self._lock = threading.Lock()
        self._buckets: deque[_Bucket] = deque()
        self._open: tuple[float, float, float] | None = None
        """The bucket being filled: (its first reading's time, x at its minimum, minimum e)."""
        self._a = 0.0
        self._b = 0.0
        self._fitted = False
        self._established = False

    def reset(self) -> None:
        """Forget everything (a new stream starts at frame 0)."""
        with self._lock:
            self._buckets.clear()
            self._open = None
            self._fitted = False
            self._established = False
            self._b = 0.0

    def observe(self, now: float, frames_consumed: int) -> float:
        """Record a reading taken right after the sink consumed audio. Returns 0.0, or the
        size of a jump in seconds (positive: the stream now runs later, as after an
        underrun) when this reading closed a bucket that re-anchored the clock."""
        x = frames_consumed / self.rate
        e = now - x
        with self._lock:
            jump = 0.0
            if self._open is not None and now - self._open[0] >= self.bucket_s:
                jump = self._close(_Bucket(self._open[1], self._open[2]))
                self._open = None
            if self._open is None:
                self._open = (now, x, e)
            elif e < self._open[2]:
                self._open = (self._open[0], x, e)
            return jump

    def _close(self, bucket: _Bucket) -> float:
        jump = 0.0
        if self._fitted:
            off = bucket.e - self._predict(bucket.x)
            if abs(off) > self.jump_s:
                self._buckets.clear()
                self.reanchors += 1
                jump = off
        self._buckets.append(bucket)
        while self._buckets and bucket.x - self._buckets[0].x > self.window_s:
            self._buckets.popleft()
        self._refit()
        return jump

    def _refit(self) -> None:
        n = len(self._buckets)
        xs = [b.x for b in self._buckets]
        es = [b.e for b in self._buckets]
        mean_x = sum(xs) / n
        mean_e = sum(es) / n
        sxx = sum((x - mean_x) ** 2 for x in xs)
        # Too few buckets to see the rate: keep the rate fitted before (the card's clock
        # did not change with an underrun), or the nominal one on a new stream.
        slope = self._b
        if n >= SLOPE_BUCKETS and sxx > 0:
            slope = sum((x - mean_x) * (e - mean_e) for x, e in zip(xs, es, strict=True)) / sxx
        self._b = slope
        self._a = mean_e - slope * mean_x
        self._fitted = True
        if n >= self.steady_buckets:
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
