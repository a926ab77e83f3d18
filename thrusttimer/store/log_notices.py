"""What `TrainingLog` says when its file fails it outside a row: a folder it cannot make, and
a log it cannot read (set aside at the next open if the file is damaged)."""

from __future__ import annotations

from pathlib import Path

from thrusttimer.core.i18n import translate
from thrusttimer.core.shown import printable
from thrusttimer.store.log_opening import describe, is_damage


def no_folder(folder: Path, error: OSError) -> str:
    """Why the log cannot be opened: its folder could not be made."""
    return translate("TrainingLog", "cannot create the folder {folder}: {reason}").format(
        folder=printable(str(folder)), reason=error.strerror or error
    )


def unreadable(error: BaseException, path: Path) -> tuple[str, str]:
    """The line for `read_problems` and the notice, when the log at `path` could not be read."""
    problem = translate("TrainingLog", "the log could not be read ({reason})").format(
        reason=describe(error)
    )
    if is_damage(error):
        notice = translate(
            "TrainingLog",
            "The training log {path} could not be read ({reason}); it will be set aside "
            "when it is next opened.",
        )
    else:
        notice = translate("TrainingLog", "The training log {path} could not be read ({reason}).")
    return problem, notice.format(path=printable(str(path)), reason=describe(error))
