"""The plan form's fields as data: the spin boxes of an exercise and of the workout (range,
step, unit, tooltip), the first-side choices and the progression rows' templates, with the
helpers that put them in the user's language (`PlanPanel` lays them out)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.gui.setup.rows import SpinSpec

BLOCK_SPINS: Final[tuple[SpinSpec, ...]] = (
    ("sets", (0, 99), 1, "", None, QT_TRANSLATE_NOOP("PlanPanel", "How many sets")),
    (
        "reps",
        (0, 999),
        1,
        "",
        None,
        QT_TRANSLATE_NOOP("PlanPanel", "Reps in each set (each side of a one-sided exercise)"),
    ),
    ("rest_s", (0, 9999), 5, " s", 1, QT_TRANSLATE_NOOP("PlanPanel", "Rest between sets, seconds")),
)
"""The tooltips are translated where shown (`shown_spec`), as are all the spin boxes' below."""
SWITCH_SPIN: Final[SpinSpec] = (
    "switch_s",
    (0, 999),
    5,
    " s",
    1,
    QT_TRANSLATE_NOOP("PlanPanel", "Time to change sides between the two sides of a set"),
)
WORKOUT_SPINS: Final[tuple[SpinSpec, ...]] = (
    (
        "lead_in_s",
        (0, 9999),
        5,
        " s",
        1,
        QT_TRANSLATE_NOOP("PlanPanel", "Time to get under the bar before the first set"),
    ),
    (
        "block_rest_s",
        (0, 9999),
        5,
        " s",
        1,
        QT_TRANSLATE_NOOP("PlanPanel", "Rest between one exercise and the next"),
    ),
)
SIDE_WORDS: Final = {
    "left": QT_TRANSLATE_NOOP("PlanPanel", "Left side first"),
    "right": QT_TRANSLATE_NOOP("PlanPanel", "Right side first"),
}
"""Shown as `translate("PlanPanel", words)`."""
RULE_SPINS: Final[tuple[SpinSpec, ...]] = (
    (
        "rep_low",
        (0, 999),
        1,
        "",
        None,
        QT_TRANSLATE_NOOP("PlanPanel", "The fewest reps a work set should reach at a load"),
    ),
    (
        "rep_high",
        (0, 999),
        1,
        "",
        None,
        QT_TRANSLATE_NOOP("PlanPanel", "Once every work set reaches this, the load goes up"),
    ),
    (
        "increment",
        (0, 9999),
        1,
        "",
        2,
        QT_TRANSLATE_NOOP("PlanPanel", "How much the load goes up at a time"),
    ),
)
REP_RANGE_ROW: Final = QT_TRANSLATE_NOOP("PlanPanel", "{low} to {high} reps")
"""The rep range's row: its two spin boxes in their words (translated where shown)."""
INCREMENT_ROW: Final = QT_TRANSLATE_NOOP("PlanPanel", "+ {increment} {unit}")
"""The increment's row: its spin box and unit."""
RULE_SPIN_WIDTH: Final = 130
INCREMENT_STEP: Final = 0.5


def shown_spec(spec: SpinSpec) -> SpinSpec:
    """`spec` with its tooltip in the user's language."""
    name, widget_range, step, suffix, decimals, tip = spec
    return name, widget_range, step, suffix, decimals, translate("PlanPanel", tip)


def row_parts(template: str, fields: Mapping[str, object]) -> list[str]:
    """A row's words around its fields, in the user's language: "{low} to {high} reps" ->
    ["{low}", "to", "{high}", "reps"] (empty pieces left out). A translation that lost or
    added a field gives the English row: every field must be there once."""
    for text in (translate("PlanPanel", template), template):
        pieces = [p.strip() for p in re.split(r"(\{\w+\})", text) if p.strip()]
        placed = [p for p in pieces if p.startswith("{")]
        if sorted(placed) == sorted(f for f in fields if f in template):
            return pieces
    raise AssertionError(template)  # the English row always has its fields
