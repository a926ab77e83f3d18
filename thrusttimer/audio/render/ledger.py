"""The supervisor's bookkeeping of one job: what is queued, with the worker, made or failed;
what becomes of a phrase that failed (retried, from the voice pack, given up); and the
`RenderProgress` it all adds up to."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Final

from thrusttimer.audio.render.jobs import Job, Result
from thrusttimer.audio.render.progress import RenderProgress
from thrusttimer.audio.render.protocol import Render, Source
from thrusttimer.core.i18n import translate

MAX_ATTEMPTS: Final = 2
"""Tries per phrase before it is made from the voice pack or skipped."""


@dataclass
class Ledger:
    queue: deque[Job]
    total: int
    results: list[Result] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    attempts: dict[str, int] = field(default_factory=dict)
    inflight: deque[tuple[Job, Source]] = field(default_factory=deque)
    """Sent to the worker with their source, in the order it renders them."""
    restarts: int = 0
    startup_failures: int = 0
    engine_ok: bool | None = None
    notices: list[str] = field(default_factory=list)
    engine_error: str | None = None
    gave_up: bool = False
    fallbacks: list[tuple[str, str]] = field(default_factory=list)
    """(text, why) of phrases the engine could not make, made from the voice pack."""
    finished: bool = False
    max_attempts: int = MAX_ATTEMPTS
    on_result: Callable[[Result], None] | None = None

    @property
    def current(self) -> Job | None:
        return self.inflight[0][0] if self.inflight else None

    @property
    def phrases(self) -> list[Result]:
        """The results that count in progress: phrases (tones are quick and not shown)."""
        return [r for r in self.results if r.tone is None]

    def current_text(self) -> str:
        return self.inflight[0][0].text if self.inflight else ""

    def request_for(self, job: Job) -> Render | None:
        """What to ask the worker for `job`; None when nothing can make it (recorded)."""
        if job.tone is not None and job.tone_path is not None:
            return Render(job.text, Source.TONE, job.tone_path, tone=job.tone)
        if self.engine_ok and job.engine_path is not None:
            return Render(job.text, Source.ENGINE, job.engine_path)
        if job.pack_clip is not None and job.pack_path is not None:  # job.has_pack
            return Render(job.text, Source.PACK, job.pack_path, pack_clip=job.pack_clip)
        reason = translate("Ledger", "no speech engine and not in the voice pack")
        self.failed.append(job.text)
        self.record(Result(job.text, "", None, 0, 0.0, reason))
        return None

    def fail(self, job: Job, source: Source, reason: str, retry: bool) -> None:
        """`job` failed from `source`: try it again, make it from the pack, or give it up."""
        key = f"{source}:{job.text}"
        self.attempts[key] = self.attempts.get(key, 0) + 1
        if retry and self.attempts[key] < self.max_attempts:
            self.queue.appendleft(job)
        elif job.tone is not None:
            # Not the user's concern: the app makes a tone the worker could not itself.
            self.record(Result(job.text, "", None, 0, 0.0, reason, tone=job.tone))
        elif source is Source.ENGINE and job.has_pack:
            self.fallbacks.append((job.text, reason))
            self.queue.appendleft(replace(job, engine_path=None))
        else:
            self.failed.append(job.text)
            self.notices.append(
                translate("Ledger", "Could not voice “{phrase}” ({reason})").format(
                    phrase=job.text, reason=reason
                )
            )
            self.record(Result(job.text, "", None, 0, 0.0, reason))

    def give_up(self, reason: str) -> None:
        """No worker can run: every phrase left fails (its cue falls back to a tone)."""
        self.gave_up = True
        self.notices.append(
            translate("Ledger", "No voice clips could be prepared ({reason})").format(reason=reason)
        )
        while self.inflight:
            self.queue.appendleft(self.inflight.pop()[0])
        while self.queue:
            job = self.queue.popleft()
            if job.tone is None:
                self.failed.append(job.text)
            self.record(Result(job.text, "", None, 0, 0.0, reason, tone=job.tone))

    def record(self, result: Result) -> None:
        self.results.append(result)
        if self.on_result is not None:
            self.on_result(result)

    def progress(self) -> RenderProgress:
        notices = []
        if self.engine_error:
            notices.append(
                translate("Ledger", "The speech engine could not start ({reason})").format(
                    reason=self.engine_error
                )
            )
        notices += self.notices
        if self.fallbacks and self.engine_ok:
            text, why = self.fallbacks[0]
            count = len(self.fallbacks)
            if count > 1:
                said = translate(
                    "Ledger",
                    "{count} phrases (“{phrase}”…) use the built-in voice because the speech "
                    "engine failed on them ({reason})",
                )
            else:
                said = translate(
                    "Ledger",
                    "{count} phrase (“{phrase}”…) use the built-in voice because the speech "
                    "engine failed on them ({reason})",
                )
            notices.append(said.format(count=count, phrase=text, reason=why))
        current = self.current
        phrases = self.phrases
        return RenderProgress(
            total=self.total,
            done=len(phrases),
            rendered=sum(1 for r in phrases if r.source),
            failed=tuple(self.failed),
            current=current.text if current and current.tone is None else None,
            restarts=self.restarts,
            finished=self.finished,
            engine_ok=self.engine_ok,
            notice="; ".join(notices) or None,
            engine_error=self.engine_error,
            gave_up=self.gave_up,
        )
