from __future__ import annotations

import json
import math
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from fake_tts import broken_engine
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.hostile_json import deep_nesting, file_bytes, huge_numbers, values
from thrusttimer.audio import processing
from thrusttimer.audio.bank import PACK_NOTICE, VoiceBank
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.phrases import PACK_COUNTS, pack_phrases, plan_phrases
from thrusttimer.audio.voicepack import (
    INDEX_NAME,
    LANGUAGES,
    PACK_RATE_HZ,
    PackError,
    VoicePack,
    decode_clip,
    default_pack_dir,
    encode_clip,
    load_clip,
    resample,
)
from thrusttimer.core.model import Cue, CueKind
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import PRESETS
from thrusttimer.paths import assets_dir

FMT = AudioFormat(48_000, 2)


@pytest.fixture(scope="module")
def pack() -> VoicePack:
    loaded = VoicePack.load()
    assert loaded is not None, f"no voice pack in {default_pack_dir()}"
    return loaded


def test_the_pack_holds_exactly_what_the_script_renders(pack):
    assert list(pack.entries) == pack_phrases()


@pytest.mark.parametrize("preset", list(PRESETS))
@pytest.mark.parametrize("mode", list(CueMode))
def test_the_pack_voices_every_wording_of_every_preset_in_every_mode(pack, preset, mode):
    plan = Plan.build(PRESETS[preset].plan, cue_mode=mode)
    assert [text for text in plan_phrases(plan) if text not in pack] == []


def test_the_pack_has_every_count_and_the_countdown(pack):
    assert all(str(n) in pack for n in PACK_COUNTS)
    assert {"1", "2", "3", "Workout complete", "Ten seconds", "Get ready"} <= set(pack.entries)


def bundled_packs() -> list[Path]:
    return sorted(path.parent for path in (assets_dir() / "voice").glob(f"*/{INDEX_NAME}"))


def test_the_packs_are_in_their_language_folders():
    assert [path.name for path in bundled_packs()] == sorted(
        language for language in LANGUAGES if (assets_dir() / "voice" / language).is_dir()
    )
    assert "en" in [path.name for path in bundled_packs()]


@pytest.mark.parametrize("root", bundled_packs(), ids=lambda path: path.name)
def test_every_clip_of_every_pack_decodes_to_its_indexed_length_and_is_not_silent(root):
    pack = VoicePack.read(root)
    assert {entry.file for entry in pack.entries.values()} == {
        path.name for path in root.iterdir() if path.name != INDEX_NAME
    }, "files the index does not name, or names it lacks"
    for text, entry in pack.entries.items():
        clip = decode_clip(root / entry.file)
        assert clip.dtype == np.int16, text
        assert len(clip) == entry.samples, text  # exactly: no priming or padding samples
        assert 0.1 < entry.duration_s < 6.0, text
        peak = int(np.abs(clip.astype(np.int32)).max())
        assert peak > 0.25 * 32768, f"{text!r} is (almost) silent: peak {peak}"


def test_the_pack_clips_are_trimmed_and_read_as_segments_of_their_length(pack):
    for text in ["Up", "Workout complete", "Shoulder blades on the edge of the bench"]:
        entry = pack.entries[text]
        segment = load_clip(pack.root / entry.file)
        assert (segment.frame_rate, segment.channels, segment.sample_width) == (24_000, 1, 2)
        assert len(segment) == pytest.approx(entry.duration_s * 1000, abs=1)
        assert len(segment) - len(processing.trim(segment)) <= 2 * processing.TRIM_CHUNK_MS


def test_a_whole_pack_decodes_in_well_under_a_second_of_work_per_clip(pack):
    started = time.process_time()
    for entry in pack.entries.values():
        decode_clip(pack.root / entry.file)
    per_clip = (time.process_time() - started) / len(pack.entries)
    assert per_clip < 0.02  # about 3 ms here; the app decodes a clip when it prepares it


def test_a_missing_language_falls_back_to_the_english_pack():
    assert default_pack_dir() == assets_dir() / "voice" / "en"
    assert default_pack_dir("en") == default_pack_dir()
    assert default_pack_dir("xx") == default_pack_dir()
    assert default_pack_dir("../en") == default_pack_dir()
    for language in LANGUAGES:
        own = assets_dir() / "voice" / language
        expected = own if (own / INDEX_NAME).is_file() else default_pack_dir()
        assert default_pack_dir(language) == expected
        assert VoicePack.load(language=language) is not None


def speech_like(seconds: float, rate: int) -> np.ndarray:
    """A voiced, vowel-like sound: a 120 Hz buzz through two formants, gliding in pitch."""
    t = np.arange(round(seconds * rate)) / rate
    pitch = 120 + 30 * np.sin(2 * math.pi * 1.5 * t)
    phase = 2 * math.pi * np.cumsum(pitch) / rate
    sound = sum(
        np.sin(k * phase)
        * (np.exp(-(((k * 120 - 700) / 200) ** 2)) + 0.5 * np.exp(-(((k * 120 - 1800) / 300) ** 2)))
        for k in range(1, 40)
    )
    envelope = np.minimum(1, np.minimum(t, t[-1] - t) * 20)
    return np.round(20_000 * envelope * sound / np.abs(sound).max()).astype(np.int16)


@pytest.mark.parametrize("seconds", [0.01, 0.3, 1.234567])
def test_an_encoded_clip_decodes_to_the_same_length_and_close_to_the_same_sound(seconds):
    original = speech_like(seconds, 22_050)
    samples = resample(original, 22_050)
    assert len(samples) == round(len(original) * PACK_RATE_HZ / 22_050)
    data = encode_clip(samples)
    assert data[:4] == b"OggS"
    assert b"OpusHead" in data[:100]
    decoded = decode_clip(data)
    assert len(decoded) == len(samples)
    if seconds >= 0.3:
        error = decoded.astype(np.float64) - samples
        snr = 10 * np.log10(np.sum(samples.astype(np.float64) ** 2) / np.sum(error**2))
        assert snr > 15
        assert len(data) < len(samples) * 2 / 4  # at least 4x smaller than 16-bit samples


def test_decoding_to_an_indexed_length_cuts_or_pads_and_garbage_is_a_pack_error():
    data = encode_clip(speech_like(0.2, PACK_RATE_HZ))
    assert len(decode_clip(data, samples=4000)) == 4000
    assert len(decode_clip(data, samples=6000)) == 6000
    assert not decode_clip(data, samples=6000)[4800:].any()
    with pytest.raises(PackError):
        decode_clip(b"OggS not really")


def test_resampling_keeps_a_tone_and_its_loudness():
    rate = 22_050
    tone = np.round(10_000 * np.sin(2 * math.pi * 1000 * np.arange(rate) / rate)).astype(np.int16)
    up = resample(tone, rate, PACK_RATE_HZ)
    assert len(up) == PACK_RATE_HZ
    middle = up[1000:-1000].astype(np.float64)
    expected = 10_000 * np.sin(
        2 * math.pi * 1000 * np.arange(1000, PACK_RATE_HZ - 1000) / PACK_RATE_HZ
    )
    assert np.abs(middle - expected).max() < 60


def test_a_missing_or_broken_pack_loads_as_none(tmp_path):
    assert VoicePack.load(tmp_path) is None
    (tmp_path / "index.json").write_text(json.dumps({"format": 99}))
    assert VoicePack.load(tmp_path) is None
    (tmp_path / "index.json").write_text(json.dumps({"format": 1, "phrases": {}}))
    assert VoicePack.load(tmp_path) is None


def good_index() -> dict[str, object]:
    return json.loads((default_pack_dir() / INDEX_NAME).read_text(encoding="utf-8"))


def test_a_good_index_survives_its_checks_and_each_bad_field_is_named(tmp_path):
    pack = VoicePack.from_index(tmp_path, good_index())
    assert pack.sample_rate == PACK_RATE_HZ
    assert all(entry.samples > 0 for entry in pack.entries.values())
    for key, value, words in [
        ("codec", "vorbis", "codec"),
        ("sample_rate", 22_050, "sample rate"),
        ("phrases", [], "no phrases"),
        ("phrases", {"Up": {"file": "../../up.opus", "samples": 10}}, "not a clip"),
        ("phrases", {"Up": {"file": "up.opus", "samples": 1.5}}, "not a sample count"),
        ("phrases", {"Up": {"file": "up.opus", "samples": True}}, "not a sample count"),
    ]:
        with pytest.raises(PackError, match=words):
            VoicePack.from_index(tmp_path, {**good_index(), key: value})


def mutated_indexes() -> st.SearchStrategy[object]:
    """A good index with one field replaced, one entry replaced, or nothing like one."""
    good = good_index()
    keys = st.sampled_from([*good, "extra"])
    texts = st.sampled_from(list(good["phrases"])[:5])  # type: ignore[call-overload]
    field = st.builds(lambda key, value: {**good, key: value}, keys, values)
    entry = st.builds(
        lambda text, value: {**good, "phrases": {**good["phrases"], text: value}},  # type: ignore[dict-item]
        texts,
        st.one_of(values, st.fixed_dictionaries({"file": values, "samples": values})),
    )
    return st.one_of(field, entry, values)


@settings(max_examples=150, deadline=None)
@given(mutated_indexes())
def test_any_parsed_index_gives_a_pack_or_one_pack_error(data):
    try:
        pack: VoicePack | None = VoicePack.from_index(Path("/pack"), data)
    except PackError as error:
        pack, problem = None, str(error)
    if pack is None:
        assert problem
        return
    for entry in pack.entries.values():
        assert entry.file.endswith(".opus")
        assert Path(entry.file).name == entry.file
        assert entry.samples > 0


@settings(max_examples=100, deadline=None)
@given(st.one_of(file_bytes, deep_nesting().map(str.encode), huge_numbers().map(str.encode)))
def test_any_index_file_gives_a_pack_or_one_pack_error_and_load_gives_none(tmp_path_factory, raw):
    root = tmp_path_factory.mktemp("pack")
    (root / INDEX_NAME).write_bytes(raw)
    problem = ""
    try:
        VoicePack.read(root)
    except PackError as error:
        problem = str(error) or "(no message)"
    assert (VoicePack.load(root) is None) == bool(problem)
    assert problem != "(no message)"
    shutil.rmtree(root)


def test_without_an_engine_the_pack_speaks_and_the_user_is_told(cache, fake_tts, pack):
    bank = VoiceBank(fmt=FMT, cache=cache, engine_factory=broken_engine)
    plan = Plan.build(PRESETS["warm-up"].plan)
    progress = bank.prepare_plan(plan)
    while not progress.finished:
        bank.wait(5.0)
        progress = bank.poll()
    assert progress.failed == ()
    assert bank.notice is not None
    assert bank.notice.startswith(PACK_NOTICE)
    assert "libespeak-ng.so.1" in bank.notice
    for text in plan_phrases(plan):
        assert bank.duration_s(text) == pytest.approx(pack.entries[text].duration_s, abs=0.002)
    clip = bank.clip_for(Cue(0, "x", "Drive up, breathe out", CueKind.PHASE), FMT)
    assert clip is not None
    assert clip.shape[1] == 1  # the same on both channels: kept once (clips.compact)
    assert len(clip) / FMT.rate == pytest.approx(
        pack.entries["Drive up, breathe out"].duration_s, abs=0.002
    )


def test_a_custom_number_the_pack_lacks_falls_back_to_a_shorter_wording(cache, fake_tts):
    bank = VoiceBank(fmt=FMT, cache=cache, engine_factory=None)
    plan = Plan.build(reps=27, sets=2, rest_s=85, tempo="2-0-1-2")
    bank.render_all(plan_phrases(plan))
    assert bank.duration_s("27, squeeze") is None
    assert bank.duration_s("Rest 85 seconds") is None
    timeline = bank.compile(plan)
    said = {cue.id: cue.text for cue in timeline.cues}
    assert said["count.27"] == "27"
    assert said["rest.start"] == "Rest"
