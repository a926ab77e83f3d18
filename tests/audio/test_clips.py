"""Clips with the same sound on every channel are kept once."""

from __future__ import annotations

import numpy as np

from thrusttimer.audio.clips import compact


def test_identical_channels_become_one() -> None:
    mono = np.linspace(-0.5, 0.5, 480, dtype=np.float32)[:, None]
    stereo = np.repeat(mono, 2, axis=1)
    kept = compact(stereo)
    assert kept.shape == (480, 1)
    assert kept.flags.c_contiguous
    np.testing.assert_array_equal(kept, mono)


def test_different_channels_and_one_channel_are_left_alone() -> None:
    stereo = np.zeros((480, 2), dtype=np.float32)
    stereo[10, 1] = 0.25
    assert compact(stereo) is stereo
    mono = np.zeros((480, 1), dtype=np.float32)
    assert compact(mono) is mono
