"""The mixer places clips on exact frames, mixes or drops overlaps, and refuses late cues."""

from __future__ import annotations

import numpy as np
import pytest

from thrusttimer.audio.clips import from_float, to_float
from thrusttimer.audio.mixer import FADE_FRAMES, Mixer
from thrusttimer.core.model import CueKind


def clip(frames: int, value: float = 0.5, channels: int = 2) -> np.ndarray:
    """An int16 clip of `frames` samples at `value` (1.0 = full scale)."""
    return from_float(np.full((frames, channels), value))


def test_a_clip_lands_on_its_exact_frame_across_blocks() -> None:
    mixer: Mixer[str] = Mixer(2)
    assert mixer.add("tick", clip(10), 1003, CueKind.COUNT).placed
    out = np.concatenate([mixer.render(256) for _ in range(8)])
    sounding = np.nonzero(out[:, 0])[0]
    assert sounding[0] == 1003
    assert sounding[-1] == 1012
    assert mixer.pending() == []


def test_overlapping_tone_and_speech_are_mixed() -> None:
    mixer: Mixer[str] = Mixer(2)
    assert mixer.add("word", clip(100, 0.25), 0, CueKind.PHASE, spoken=True).placed
    assert mixer.add("tick", clip(10, 0.5), 50, CueKind.COUNT, spoken=False).placed
    out = mixer.render(200)
    assert out[49, 0] == pytest.approx(0.25)
    assert out[50, 0] == pytest.approx(0.75)
    assert out[60, 0] == pytest.approx(0.25)
    assert out[100, 0] == 0.0


def test_two_tones_sum_and_the_sum_is_clipped() -> None:
    mixer: Mixer[str] = Mixer(1)
    mixer.add("a", clip(10, 0.7, 1), 0, CueKind.COUNT, spoken=False)
    mixer.add("b", clip(10, 0.7, 1), 5, CueKind.COUNT, spoken=False)
    out = mixer.render(20)[:, 0]
    assert out[4] == pytest.approx(0.7, abs=1e-4)
    assert out[5] == 1.0


def test_a_cue_that_would_start_late_is_refused_not_queued() -> None:
    mixer: Mixer[str] = Mixer(2)
    mixer.render(480)
    result = mixer.add("count", clip(10), 470, CueKind.COUNT)
    assert not result.placed
    assert result.reason == "late by 10 frames"
    assert mixer.pending() == []
    assert not mixer.render(100).any()


def test_the_lower_priority_word_is_dropped_when_words_overlap() -> None:
    mixer: Mixer[str] = Mixer(2)
    assert mixer.add("breath", clip(100), 1000, CueKind.BREATH).placed
    count = mixer.add("count", clip(100), 1050, CueKind.COUNT)
    assert count.placed
    assert count.displaced == ("breath",)
    tip = mixer.add("tip", clip(100), 1100, CueKind.TIP)
    assert not tip.placed
    assert tip.reason == "overlaps a count cue"
    assert mixer.pending() == ["count"]


def test_a_sounding_word_is_cut_with_a_fade_where_a_higher_one_starts() -> None:
    mixer: Mixer[str] = Mixer(1)
    mixer.add("tip", clip(1000, 0.5, 1), 0, CueKind.TIP)
    mixer.render(100)
    placed = mixer.add("count", clip(50, 0.25, 1), 400, CueKind.COUNT)
    assert placed.placed
    assert placed.displaced == ()
    out = mixer.render(600)[:, 0]
    # Frames 100.. of the block: the tip fades out over FADE_FRAMES before frame 400.
    assert out[400 - 100 - FADE_FRAMES - 1] == pytest.approx(0.5)
    assert 0.0 < out[400 - 100 - FADE_FRAMES // 2] < 0.5
    assert out[400 - 100] == pytest.approx(0.25)
    assert out[450 - 100] == 0.0


def test_cancel_drops_what_is_ahead_and_fades_what_sounds() -> None:
    mixer: Mixer[str] = Mixer(1)
    mixer.add("now", clip(1000, 0.5, 1), 0, CueKind.COUNT)
    mixer.add("later", clip(10, 0.5, 1), 5000, CueKind.COUNT)
    mixer.render(200)
    assert mixer.cancel() == ["later"]
    out = mixer.render(6000)[:, 0]
    assert out[0] > 0.0
    assert not out[FADE_FRAMES:].any()


def test_cancel_now_stops_what_sounds_dead_where_the_stream_takes_it_back() -> None:
    """On the PulseAudio path the stream fades a cut clip out earlier, over audio it has
    queued (`output.take_back`): the mixer adds no fade of its own after the cut frame."""
    mixer: Mixer[str] = Mixer(1)
    mixer.add("now", clip(1000, 0.5, 1), 0, CueKind.COUNT)
    mixer.add("later", clip(10, 0.5, 1), 5000, CueKind.COUNT)
    mixer.render(200)
    assert mixer.cancel_now() == (["later"], 200)
    assert not mixer.render(6000).any()
    assert mixer.pending() == []


def test_a_clip_of_the_wrong_channel_count_is_an_error() -> None:
    mixer: Mixer[str] = Mixer(2)
    with pytest.raises(ValueError, match="2 channels"):
        mixer.add("surround", clip(10, channels=6), 0, CueKind.COUNT)


def test_a_float_clip_is_an_error_not_a_blast_of_full_scale_noise() -> None:
    mixer: Mixer[str] = Mixer(2)
    with pytest.raises(ValueError, match="int16"):
        mixer.add("float", np.full((10, 2), 0.5, dtype=np.float32), 0, CueKind.COUNT)


def test_int16_clips_mix_to_float_blocks_at_their_level() -> None:
    mixer: Mixer[str] = Mixer(1)
    samples = np.array([[0], [16384], [-16384], [32767], [-32768]], dtype=np.int16)
    assert mixer.add("word", samples, 0, CueKind.PHASE).placed
    out = mixer.render(5)
    assert out.dtype == np.float32
    np.testing.assert_array_equal(out[:, 0], [0.0, 0.5, -0.5, 32767 / 32768, -1.0])


def test_shift_keeps_placed_clips_on_time_after_a_jump_and_drops_those_now_late() -> None:
    mixer: Mixer[str] = Mixer(1)
    mixer.add("soon", clip(10, 0.5, 1), 1100, CueKind.COUNT)
    mixer.add("later", clip(10, 0.5, 1), 3000, CueKind.COUNT)
    mixer.render(1000)
    # The stream now runs 200 frames late: everything ahead moves 200 frames earlier.
    assert mixer.shift(-200) == ["soon"]
    assert mixer.pending() == ["later"]
    out = mixer.render(3000)[:, 0]
    assert np.nonzero(out)[0][0] == 2800 - 1000


def test_render_sound_says_none_for_silence_and_keeps_the_frame_count() -> None:
    mixer: Mixer[str] = Mixer(2)
    assert mixer.add("tick", clip(10), 300, CueKind.COUNT).placed
    assert mixer.render_sound(256) is None
    assert mixer.frame == 256
    block = mixer.render_sound(256)
    assert block is not None
    assert np.nonzero(block[:, 0])[0].tolist() == list(range(300 - 256, 310 - 256))
    assert mixer.render_sound(256) is None
    assert mixer.pending() == []


def test_render_sound_and_render_give_the_same_stream() -> None:
    blocks = [97, 256, 1, 512, 300, 256]
    mixers: list[Mixer[str]] = [Mixer(2), Mixer(2)]
    for mixer in mixers:
        mixer.add("word", clip(200, 0.25), 150, CueKind.PHASE)
        mixer.add("tick", clip(10, 0.5), 700, CueKind.COUNT, spoken=False)
    plain = np.concatenate([mixers[0].render(n) for n in blocks])
    sparse = np.concatenate(
        [
            block if (block := mixers[1].render_sound(n)) is not None else np.zeros((n, 2))
            for n in blocks
        ]
    )
    np.testing.assert_array_equal(plain, sparse)


def test_a_one_channel_clip_plays_on_every_channel() -> None:
    mixer: Mixer[str] = Mixer(2)
    mono = from_float(np.linspace(0.1, 0.5, 50)[:, None])
    assert mixer.add("word", mono, 10, CueKind.PHASE).placed
    out = mixer.render(100)
    np.testing.assert_array_equal(out[10:60, 0], to_float(mono)[:, 0])
    np.testing.assert_array_equal(out[10:60, 1], to_float(mono)[:, 0])
    assert not out[:10].any()
    assert not out[60:].any()
