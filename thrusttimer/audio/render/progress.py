"""`RenderProgress`: how far a rendering job has got, and the line that tells the user."""

from __future__ import annotations

from dataclasses import dataclass

from thrusttimer.core.i18n import translate


@dataclass(frozen=True, slots=True)
class RenderProgress:
    total: int
    done: int
    """Phrases finished, made or failed."""
    rendered: int
    """Phrases the worker made (from the engine or the pack) in this job."""
    failed: tuple[str, ...]
    current: str | None
    restarts: int
    finished: bool
    engine_ok: bool | None
    """None until the worker has said whether its engine started."""
    notice: str | None
    """Everything that went wrong, joined, in the user's words; None when nothing did."""
    engine_error: str | None = None
    """Why the engine could not start (the phrases then come from the voice pack)."""
    gave_up: bool = False
    """No worker could run at all: nothing was made."""

    @property
    def fraction(self) -> float:
        return 1.0 if self.total == 0 else self.done / self.total

    def line(self) -> str:
        """One line for a terminal or a status bar."""
        if self.finished:
            return translate("RenderProgress", "Voice ready: {ready} of {total} phrases").format(
                ready=self.done - len(self.failed), total=self.total
            )
        if self.current:
            return translate("RenderProgress", "Preparing voice: {done}/{total} “{phrase}”").format(
                done=self.done, total=self.total, phrase=self.current
            )
        return translate("RenderProgress", "Preparing voice: {done}/{total}").format(
            done=self.done, total=self.total
        )
