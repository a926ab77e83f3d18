"""The training log as a workout opens it: `open_log` (and what to tell the lifter when it
cannot be opened) and `last_load`, the load the prompt starts from."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Final

from thrusttimer.core.i18n import translate
from thrusttimer.store.log import LogUnavailable, TrainingLog, Unit, default_log_path
from thrusttimer.store.log_opening import FAILURES
from thrusttimer.store.migrations import SchemaTooNew

OPEN_WAIT_S: Final = 0.5
"""How long opening waits for another program's lock before the sets wait instead (the
window opens the log on the thread that draws it)."""


def last_load(log: TrainingLog, name: str) -> tuple[float | None, Unit] | None:
    """The load last used with the workout called `name`, else the last one in the log."""
    try:
        return log.last_load(name) or log.last_load()
    except FAILURES:
        return None  # the first set's write will say what is wrong with the log


def open_log(path: str | Path | None = None) -> tuple[TrainingLog | None, str | None]:
    """The training log (the default one, or `path`) and a notice for the lifter: the log
    was replaced, it cannot be opened yet (busy, full disk: the sets wait and it is tried
    again), or it cannot be used (then None, and workouts run unrecorded)."""
    target = Path(path) if path is not None else default_log_path()
    try:
        log = TrainingLog.open(target, timeout_s=OPEN_WAIT_S, check_rows=False)
    except LogUnavailable as error:
        if not error.passing:
            return None, _not_recording(error)
        waiting = TrainingLog.waiting_for(target, str(error), timeout_s=OPEN_WAIT_S)
        return waiting, " ".join(
            text
            for text in (
                translate(
                    "WorkoutLog",
                    "Training log: {problem}. ThrustTimer keeps this session's sets and saves "
                    "them as soon as it can.",
                ).format(problem=error),
                waiting.notice,
            )
            if text
        )
    except (SchemaTooNew, sqlite3.Error, OSError) as error:
        return None, _not_recording(error)
    return log, log.notice


def _not_recording(error: Exception) -> str:
    return translate("WorkoutLog", "Training log: not recording this session ({problem})").format(
        problem=error
    )
