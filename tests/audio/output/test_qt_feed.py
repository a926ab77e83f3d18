"""The QAudioSink feed's silence: made once, in the sink's own sample format."""

from __future__ import annotations

from unittest.mock import Mock

import numpy as np
import pytest

from thrusttimer.audio.output.qt_feed import _Stream


@pytest.mark.parametrize(
    ("dtype", "offset", "bytes_per_frame", "value"),
    [("<i2", 0.0, 4, 0), ("<f4", 0.0, 8, 0.0), ("u1", 128.0, 2, 128)],
)
def test_silence_is_the_formats_zero_and_exactly_as_long_as_asked(
    dtype: str, offset: float, bytes_per_frame: int, value: float
) -> None:
    stream = _Stream(Mock(), Mock(), Mock(), bytes_per_frame, dtype, 1.0, offset)
    for frames in (258, 1, 1000, 258):
        data = stream.silence(frames)
        assert len(data) == frames * bytes_per_frame
        assert set(np.frombuffer(data, dtype=dtype).tolist()) == {value}
