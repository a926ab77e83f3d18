"""`thrusttimer plan` prints the words the workout says, and the workout says every point.

The workout fits its words with the lengths of the clips it will play; without a speech
engine those are the bundled voice pack's, which is what `plan` fits with too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thrusttimer.audio.bank import VoiceBank
from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.lengths import spoken_length
from thrusttimer.audio.phrases import plan_phrases
from thrusttimer.audio.voicepack import VoicePack
from thrusttimer.cli import main
from thrusttimer.core.content import load_exercise
from thrusttimer.core.delivery import cue_block, delivered
from thrusttimer.core.model import Phase
from thrusttimer.core.presets import PRESETS
from thrusttimer.core.timeline import compile_plan

FMT = AudioFormat(48_000, 2)
EXERCISE = load_exercise("hip-thrust")


@pytest.mark.parametrize("preset", list(PRESETS))
def test_plan_json_says_the_words_the_workout_says(
    preset: str, cache: ClipCache, fake_tts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = VoiceBank(fmt=FMT, cache=cache, engine_factory=None)
    plan = PRESETS[preset].plan
    bank.render_all(plan_phrases(plan))
    workout = [(c.at_s, c.id, c.text) for c in bank.compile(plan).cues]
    assert main(["plan", "--preset", preset, "--json"]) == 0
    printed = [(c["at_s"], c["id"], c["text"]) for c in json.loads(capsys.readouterr().out)["cues"]]
    assert printed == workout


@pytest.mark.parametrize(
    ("preset", "block"),
    [
        pytest.param(p.id, index, id=f"{p.id}-{b.exercise}")
        for p in PRESETS.values()
        for index, b in enumerate(p.plan.blocks)
    ],
)
def test_on_the_bundled_voice_every_preset_says_the_checklist_and_breathing_in_full(
    preset: str, block: int
) -> None:
    plan = PRESETS[preset].plan
    exercise = load_exercise(plan.blocks[block].exercise)
    timeline = compile_plan(plan, measure=spoken_length())
    said = delivered(timeline, exercise, block)
    for item in exercise.setup_checklist:
        assert said.get(f"setup.{item.id}") == item.spoken[0], (preset, said)
    for phase in (Phase.BRACE, Phase.THRUST, Phase.DESCENT):
        assert f"breath.{phase}" in said, (preset, said)
    # Every set opens with the whole breath in, however short the rep's own braces are.
    openings = {
        c.text
        for c in timeline.cues
        if c.id == "phase.brace" and cue_block(timeline, c.at_ms) == block
    }
    assert openings == {exercise.phrases["brace_full"][0]}, preset


def test_the_lead_in_leaves_no_long_silence_before_the_countdown_on_the_bundled_voice() -> None:
    measure = spoken_length()
    for preset in PRESETS.values():
        timeline = compile_plan(preset.plan, measure=measure)
        countdown = next(c for c in timeline.cues if c.id == "countdown.3")
        last = [c for c in timeline.cues if c.at_ms < countdown.at_ms][-1]
        silence_s = countdown.at_s - last.at_s - measure(last.text)
        assert 0 < silence_s < 2.0, (preset.id, last.text, silence_s)


def test_words_the_pack_lacks_are_estimated() -> None:
    measure = spoken_length(VoicePack.load())
    assert measure("Breathe out") == pytest.approx(0.5, abs=0.1)
    assert measure("Set 17 of 19, get into position") > 1.5
