"""A logged set in words: the RPE choices as the lifter's language writes them (and back to
a number), and the quick entry's titles ("Set 2 of 4 logged", shorter ones for a narrow
window)."""

from __future__ import annotations

from typing import Final

from thrusttimer.core.i18n import number as number_text
from thrusttimer.core.i18n import translate
from thrusttimer.core.language import parse_decimal

RPE_CHOICES: Final = ("—", *(f"{value / 2:g}" for value in range(12, 21)))
"""No RPE, then 6 to 10 in half steps (as English writes them: `rpe_choices` for the
lifter's language)."""
NO_RPE: Final = "—"


def rpe_choices() -> tuple[str, ...]:
    """No RPE, then 6 to 10 in half steps, as the lifter's language writes numbers."""
    return (NO_RPE, *(number_text(value / 2) for value in range(12, 21)))


def rpe_text(rpe: float | None) -> str:
    """An RPE as its choice says it ("8.5"; "—" for none)."""
    return NO_RPE if rpe is None else number_text(rpe)


def rpe_value(text: str) -> float | None:
    """The RPE a choice stands for (None for "—")."""
    return None if text == NO_RPE else parse_decimal(text)


def set_title(number: int, set_count: int | None, partial: bool, label: str = "") -> str:
    """ "Set 2 of 4 logged", or "Set 2 of 4: partial" (the reps say "3 of 5"); `label`
    ("Warm-up 1 of 3") in place of "Set 2 of 4" when given."""
    return set_titles(number, set_count, partial, label)[0]


def set_titles(
    number: int, set_count: int | None, partial: bool, label: str = ""
) -> tuple[str, ...]:
    """The title, then shorter ones for a narrow window ("Set 2 of 4", "Set 2/4"): the
    entry shows the longest that fits whole, never one cut off."""
    if label:
        name, short = label, label.replace(" of ", "/")
    elif set_count:
        name = translate("LogEntry", "Set {number} of {sets}").format(number=number, sets=set_count)
        short = translate("LogEntry", "Set {number}/{sets}").format(number=number, sets=set_count)
    else:
        name = short = translate("LogEntry", "Set {number}").format(number=number)
    if partial:
        return (
            translate("LogEntry", "{set}: partial").format(set=name),
            translate("LogEntry", "{set}: partial").format(set=short),
            translate("LogEntry", "{set} partial").format(set=short),
        )
    return (translate("LogEntry", "{set} logged").format(set=name), name, short)
