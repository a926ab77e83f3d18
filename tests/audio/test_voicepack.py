from __future__ import annotations

import json
import wave

import pytest
from fake_tts import broken_engine

from thrusttimer.audio import processing
from thrusttimer.audio.bank import PACK_NOTICE, VoiceBank
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.phrases import PACK_COUNTS, pack_phrases, plan_phrases
from thrusttimer.audio.voicepack import VoicePack, default_pack_dir
from thrusttimer.core.model import Cue, CueKind
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import PRESETS

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


def test_the_pack_files_are_small_trimmed_wavs_of_their_stated_length(pack):
    for text, entry in pack.entries.items():
        with wave.open(str(pack.root / entry.file)) as handle:
            assert (handle.getframerate(), handle.getnchannels(), handle.getsampwidth()) == (
                22_050,
                1,
                2,
            ), text
            seconds = handle.getnframes() / handle.getframerate()
        assert seconds == pytest.approx(entry.duration_s, abs=0.002), text
        assert 0.1 < seconds < 6.0, text
        segment = processing.load_wav(pack.root / entry.file)
        assert len(segment) - len(processing.trim(segment)) <= 2 * processing.TRIM_CHUNK_MS, text


def test_a_missing_or_broken_pack_loads_as_none(tmp_path):
    assert VoicePack.load(tmp_path) is None
    (tmp_path / "index.json").write_text(json.dumps({"format": 99}))
    assert VoicePack.load(tmp_path) is None


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
