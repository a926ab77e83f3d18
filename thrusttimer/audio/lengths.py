"""How long a phrase takes to say, known before anything is rendered.

The bundled voice pack holds real espeak-ng renders of every wording a preset can choose,
with their lengths; the default engine voice at the default rate says them in the same
time. Fitting a plan's words with these lengths (`spoken_length`) chooses what a workout
says on that voice; words the pack lacks (a custom plan's own numbers) fall back to the
core's syllable estimate. `thrusttimer plan` fits with them.
"""

from __future__ import annotations

from collections.abc import Callable

from thrusttimer.audio.voicepack import VoicePack
from thrusttimer.core.cues import estimate_speech_s
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP

SOURCE = QT_TRANSLATE_NOOP("SpeechLengths", "the bundled espeak-ng voice at 175 words a minute")
"""What the lengths are, in words for the user: shown as `translate("SpeechLengths", SOURCE)`."""


def spoken_length(pack: VoicePack | None = None) -> Callable[[str], float]:
    """A measure for `compile_plan`: the pack's clip length of a phrase, or its estimate
    when the pack (the bundled one by default) does not hold it or cannot be read."""
    loaded = pack if pack is not None else VoicePack.load()
    lengths = {text: entry.duration_s for text, entry in (loaded.entries if loaded else {}).items()}

    def measure(text: str) -> float:
        known = lengths.get(text)
        return known if known is not None else estimate_speech_s(text)

    return measure
