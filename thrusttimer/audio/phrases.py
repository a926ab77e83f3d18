"""Which words must be rendered: every wording a plan may choose, and what the pack holds."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from thrusttimer.core import i18n
from thrusttimer.core.blocks import block_exercises
from thrusttimer.core.content import Exercise, available_exercises, load_exercise
from thrusttimer.core.cues import plan_cues, ready_reminders
from thrusttimer.core.model import Tone
from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.presets import PRESETS
from thrusttimer.core.timeline import compile_segments

PACK_COUNTS: Final = range(1, 101)
"""Rep counts the bundled pack says on their own ("1" … "100": any plan's reps)."""
SAMPLE_PHRASE: Final = "Drive up, breathe out"  # i18n: not shown
"""What "test voice" says."""


def plan_phrases(plan: Plan, exercise: Exercise | None = None) -> list[str]:
    """Every wording of every cue `plan` can speak, in first-use order, without repeats.

    Taken from the unfitted cues, so that fitting with real clip lengths can choose any
    variant, including cues a rough estimate would have dropped.
    """
    exercise = exercise or load_exercise(plan.exercise, i18n.speech_language())
    segments = compile_segments(plan, exercise)
    cues = [*plan_cues(plan, exercise, segments), *ready_reminders(plan, exercise, segments)]
    texts = [text for cue in cues for text in (cue.variants or (cue.text,)) if text]
    if any(cue.id.startswith("form.") for cue in cues):
        # The rests' form points carry on from session to session: any may come round.
        for each in block_exercises(plan.blocks, exercise):
            texts += [text for point in each.form_points for text in point.spoken]
    return _unique(texts)


def plan_tones(plan: Plan, exercise: Exercise | None = None) -> list[Tone]:
    """The tones `plan` can play: its tone cues, and each spoken cue's fallback tone."""
    exercise = exercise or load_exercise(plan.exercise, i18n.speech_language())
    segments = compile_segments(plan, exercise)
    cues = [*plan_cues(plan, exercise, segments), *ready_reminders(plan, exercise, segments)]
    return sorted({cue.tone for cue in cues if cue.tone is not None})


def pack_phrases() -> list[str]:
    """What the bundled voice pack holds: every wording each preset (the whole glute
    sessions too) needs in every cue mode, the counts 1–100 and the countdown, and every
    exercise's fixed announcements, checklist items and form points. A custom plan's other
    numbers ("15, squeeze", "Rest 75 seconds") fall back to a shorter wording the pack has."""
    texts: list[str] = []
    for exercise_id in available_exercises():
        exercise = load_exercise(exercise_id, i18n.speech_language())
        for point in (*exercise.setup_checklist, *exercise.form_points):
            texts += point.spoken
        for variants in exercise.phrases.values():
            texts += [text for text in variants if "{" not in text]
    for preset in PRESETS.values():
        for mode in CueMode:
            texts += plan_phrases(Plan.build(preset.plan, cue_mode=mode))
    texts += [str(n) for n in PACK_COUNTS]
    return _unique(texts)


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(texts))
