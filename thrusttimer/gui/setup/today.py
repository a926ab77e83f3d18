"""Today's suggestion for the chosen workout, without Qt: the log read read-only, and its words.

The set-up dialog reads the training log once, off the GUI thread (`read_history`), and
words the suggestion again (`today_text`) whenever the workout, the plates or the warm-up
change: the reading is slow and may fail, the wording is quick and never does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from thrusttimer.core.content import load_exercise
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.units import with_unit
from thrusttimer.core.loading.warmup import WarmupScheme, ramp
from thrusttimer.core.loading.wording import loading_text
from thrusttimer.core.plan import MODIFIED, Plan
from thrusttimer.store.log_opening import check_readable
from thrusttimer.store.log_progression import suggest_next
from thrusttimer.store.log_reading import read_sessions
from thrusttimer.store.log_records import LoggedSession, default_log_path

READ_WAIT_S: Final = 1.0
"""How long the reading waits for a program writing to the log (off the GUI thread)."""
READING: Final = QT_TRANSLATE_NOOP("Today", "Reading the training log…")
"""Shown as `translate("Today", READING)`, as is UNREADABLE."""
LATER_SHOWN: Final = 3
"""The most lines the box gives a whole session's later exercises (the last may say how
many more there are): it shares a 600 px screen with the presets list."""
UNREADABLE: Final = QT_TRANSLATE_NOOP(
    "Today", "No suggestion today: the training log can't be read now."
)


def read_history(path: Path | None = None, timeout_s: float = READ_WAIT_S) -> list[LoggedSession]:
    """Every session of the log, read through a read-only connection (nothing is created,
    migrated or moved aside); none when there is no log yet.

    Raises what opening or reading raised (a damaged, busy, newer or unreadable log): the
    dialog then says so in one line, and the workout still starts.
    """
    target = default_log_path() if path is None else path
    if not target.exists():
        return []
    check_readable(target, timeout_s)
    db = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout_s)
    try:
        sessions, _ = read_sessions(db)
    finally:
        db.close()
    return sessions


@dataclass(frozen=True, slots=True)
class TodayText:
    """What the "Today" box says: last time and today's load and reps, the plates for
    that load, and the warm-up before it (empty when there is no load to say)."""

    suggestion: str
    plates: str = ""
    warmup: str = ""
    blocks: tuple[str, ...] = ()
    """A whole session's later exercises, a line each: "2 · B-stance hip thrust: Last
    time: 3 × 10 at 60 kg. Today: 62.5 kg × 10. (62.5 kg: 20 + …)"."""


def today_text(
    sessions: Sequence[LoggedSession],
    plan: Plan,
    base_name: str,
    inventory: Inventory,
    scheme: WarmupScheme,
) -> TodayText:
    """Today's suggestion for `plan`, from its sessions under `base_name` (or its
    "(modified)" name: a workout changed in the form keeps its history)."""
    name = base_name.removesuffix(MODIFIED).rstrip() or base_name
    named = replace(plan, name=name)
    suggestion = suggest_next(sessions, named, inventory)
    later = range(1, len(plan.blocks))
    if len(later) > LATER_SHOWN:  # a long plan's box would squeeze the list above it away
        shown = range(1, LATER_SHOWN)
        left = len(later) - len(shown)
        more: tuple[str, ...] = (
            translate(
                "Today", "+ {count} more exercises: each one's load is asked before the start"
            ).format(count=left),
        )
    else:
        shown, more = later, ()
    blocks = (*(block_line(sessions, named, inventory, b) for b in shown), *more)
    if suggestion.loading is None or suggestion.load is None:
        return TodayText(suggestion.reasoning, blocks=blocks)
    # A held first exercise (a frog pump) warms up with no plates to ramp.
    held = not load_exercise(plan.exercise).bar
    sets = () if held else ramp(inventory, suggestion.load, scheme)
    warmup = ", ".join(f"{with_unit(s.load, inventory.unit)} × {s.reps}" for s in sets)
    return TodayText(
        suggestion.reasoning,
        loading_text(suggestion.loading),
        translate("Today", "Warm-up: {sets}").format(sets=warmup) if warmup else "",
        blocks,
    )


def block_line(
    sessions: Sequence[LoggedSession], plan: Plan, inventory: Inventory, block: int
) -> str:
    """Block `block` (from 0) in one line, from its own exercise's sets: its number and
    exercise, last time and today, and how it is loaded (plates on a bar, or held)."""
    chosen = plan.blocks[block]
    suggestion = suggest_next(sessions, plan, inventory, block)
    logged = suggestion.load is not None
    words = suggestion.line if logged else translate("Today", "no sets of it logged yet")
    if suggestion.loading is not None and suggestion.load is not None:
        words += f" ({loading_text(suggestion.loading)})"
    return f"{block + 1} · {load_exercise(chosen.exercise).name}: {words}"
