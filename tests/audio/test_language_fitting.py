"""In every language, the coach's words fit their slots by the lengths they really take.

German and French run longer than English; on a 1-1-1-1 tempo each cue must still end
before the next begins, so a long wording gives way to a shorter one (or a tone). Fitted
with each language's bundled pack: espeak-ng's real renders of those words.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from thrusttimer.audio.lengths import spoken_length
from thrusttimer.audio.voicepack import VoicePack
from thrusttimer.commands.language import install
from thrusttimer.core.content import load_exercise
from thrusttimer.core.cues import GUARD_MS
from thrusttimer.core.language import LANGUAGES
from thrusttimer.core.model import Tone
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import PRESETS
from thrusttimer.core.timeline import compile_plan


@pytest.mark.parametrize("mode", [CueMode.FULL, CueMode.BREATH])
@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_1_1_1_1_tempo_no_cue_spills_into_the_next_in_any_language(
    language: str, mode: CueMode
) -> None:
    install(language)
    pack = VoicePack.load(language=language)
    assert pack is not None
    assert pack.root.name == language  # its own pack, not the English fallback
    measure = spoken_length(pack)
    plan = Plan.build(PRESETS["hypertrophy"].plan, tempo="1-1-1-1", cue_mode=mode)
    cues = compile_plan(plan, measure=measure).cues
    spoken = [cue for cue in cues if not cue.is_tone]
    # Real lengths: nearly every wording said is one the pack rendered.
    assert sum(cue.text in pack for cue in spoken) >= 0.9 * len(spoken)
    for cue, following in pairwise(cues):
        length_ms = Tone(cue.tone).value if cue.is_tone and cue.tone else measure(cue.text) * 1000
        assert cue.at_ms + length_ms + GUARD_MS <= following.at_ms, (cue, following)
    # Said in the language: the exercise's own words in it.
    words = {w for ws in load_exercise("hip-thrust", language).phrases.values() for w in ws}
    assert any(cue.text in words for cue in spoken)


def test_a_long_wording_gives_way_to_a_shorter_one_in_german() -> None:
    install("de")
    pack = VoicePack.load(language="de")
    assert pack is not None
    plan = Plan.build(PRESETS["hypertrophy"].plan, tempo="1-1-1-1")
    fitted = compile_plan(plan, measure=spoken_length(pack)).cues
    shortened = [cue for cue in fitted if cue.variants and cue.text != cue.variants[0]]
    assert shortened, "on a 1-1-1-1 tempo some cue must take a shorter wording"
