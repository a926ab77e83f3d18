"""The built-in whole glute sessions: several exercises in one workout, as plan-file blocks."""

from __future__ import annotations

from typing import Any, Final

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP

GLUTE_DAY_A: Final[tuple[dict[str, Any], ...]] = (
    {
        "exercise": "hip-thrust",
        "sets": 4,
        "reps": 10,
        "tempo": "2-0-1-2",
        "rest_s": 120,
        "progression": {"rep_low": 8, "rep_high": 12, "increment": 2.5},
    },
    {
        "exercise": "b-stance-hip-thrust",
        "sets": 3,
        "reps": 10,
        "tempo": "2-0-1-1",
        "rest_s": 75,
        "switch_s": 10,
    },
    {"exercise": "frog-pump", "sets": 2, "reps": 20, "tempo": "1-0-1-1", "rest_s": 60},
)
"""Heavy barbell hip thrusts, then B-stance for each side, then frog pumps to finish."""

GLUTE_DAY_B: Final[tuple[dict[str, Any], ...]] = (
    {
        "exercise": "glute-bridge",
        "sets": 4,
        "reps": 12,
        "tempo": "2-0-1-2",
        "rest_s": 90,
        "progression": {"rep_low": 10, "rep_high": 15, "increment": 2.5},
    },
    {
        "exercise": "single-leg-hip-thrust",
        "sets": 3,
        "reps": 10,
        "tempo": "2-0-1-1",
        "rest_s": 60,
        "switch_s": 10,
    },
    {"exercise": "frog-pump", "sets": 2, "reps": 25, "tempo": "1-0-1-1", "rest_s": 45},
)
"""Barbell glute bridges, single-leg hip thrusts for each side, then frog pumps."""


WHOLE_SESSIONS: Final[tuple[tuple[str, str, str, dict[str, Any]], ...]] = (
    (
        "glute-day-a",
        QT_TRANSLATE_NOOP("Presets", "Glute day A"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A whole glute session: hip thrusts 4 × 8–12, B-stance 3 × 10 each side, frog pumps.",
        ),
        {"blocks": GLUTE_DAY_A, "lead_in_s": 30, "block_rest_s": 150},
    ),
    (
        "glute-day-b",
        QT_TRANSLATE_NOOP("Presets", "Glute day B"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A whole glute session: glute bridges 4 × 10–15, single-leg 3 × 10 each side, frog pumps.",  # noqa: E501
        ),
        {"blocks": GLUTE_DAY_B, "lead_in_s": 30, "block_rest_s": 150},
    ),
)
"""The built-in presets of several blocks, as `core.presets.PRESETS` takes them: id, name,
description and the plan's values. Name and description are translated where shown, in the
context "Presets" like the other presets'."""
