"""`Renderer`, the app's side of rendering: spawn the worker, feed it, watch it, restart it
or give up, and say how far the job has got. Never blocks the caller."""

from __future__ import annotations

import contextlib
import multiprocessing
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import replace
from multiprocessing.connection import Connection, wait
from typing import Any, Final

from thrusttimer.audio.render.jobs import Job, Result
from thrusttimer.audio.render.ledger import MAX_ATTEMPTS, Ledger
from thrusttimer.audio.render.progress import RenderProgress
from thrusttimer.audio.render.protocol import (
    Done,
    Failed,
    ProtocolError,
    Ready,
    Reply,
    Source,
    Started,
    Stop,
    WorkerConfig,
    read_reply,
)
from thrusttimer.audio.render.worker import worker_main
from thrusttimer.core.clock import Clock
from thrusttimer.core.i18n import translate

PHRASE_TIMEOUT_S: Final = 15.0
"""A phrase takes espeak-ng 10–50 ms; a worker silent this long on one phrase is hung."""
STARTUP_TIMEOUT_S: Final = 30.0
"""Starting a worker imports numpy, pydub and the engine: about 0.5 s, far more on a busy
machine; a worker that has not said it is ready by then is hung."""
MAX_STARTUP_FAILURES: Final = 2
"""Workers that die or hang before they are ready, before rendering gives up."""
SEND_AHEAD: Final = 8
"""Phrases queued in the worker's pipe ahead of the one it is rendering, so it never waits
for the app's next poll (a GUI polls every ~20 ms; a phrase takes ~15 ms), while each send
stays far below the pipe's buffer and never blocks."""

WorkerBody = Callable[[Connection, WorkerConfig], None]
"""What the spawned process runs; picklable (a module-level function)."""


class Renderer:
    """Renders `jobs` in a watched worker process. Call `poll()` often (a GUI timer), or
    alternate `wait()` and `poll()` (headless); `on_result` and `on_progress` are called
    from `poll()`, on the caller's thread."""

    def __init__(
        self,
        config: WorkerConfig,
        jobs: Sequence[Job],
        *,
        on_result: Callable[[Result], None] | None = None,
        on_progress: Callable[[RenderProgress], None] | None = None,
        clock: Clock = time.monotonic,
        phrase_timeout_s: float = PHRASE_TIMEOUT_S,
        startup_timeout_s: float = STARTUP_TIMEOUT_S,
        max_attempts: int = MAX_ATTEMPTS,
        worker: WorkerBody = worker_main,
    ) -> None:
        self._config = config
        self._on_progress = on_progress
        self._clock = clock
        self._phrase_timeout_s = phrase_timeout_s
        self._startup_timeout_s = startup_timeout_s
        self._worker = worker
        total = sum(1 for job in jobs if job.tone is None)
        self._state = Ledger(deque(jobs), total, max_attempts=max_attempts, on_result=on_result)
        self._context = multiprocessing.get_context("spawn")
        self._process: Any = None
        self._conn: Connection | None = None
        self._ready = False
        self._deadline = 0.0
        self._retired: list[Any] = []
        self._started = False
        self._scratch = ""

    # Public ---------------------------------------------------------------------------

    def start(self) -> RenderProgress:
        """Start rendering (returns at once); nothing to render finishes immediately."""
        if not self._started:
            self._started = True
            if self._state.queue:
                self._scratch = tempfile.mkdtemp(prefix="thrusttimer-tts-")
                self._spawn()
            else:
                self._finish()
        return self.progress()

    def poll(self) -> RenderProgress:
        """Handle whatever the worker has said and run the watchdog. Never blocks."""
        if not self._started:
            self.start()
        self._reap()
        if self._state.finished:
            return self.progress()
        changed = self._drain()
        if not self._state.finished and self._conn is not None:
            if not self._process.is_alive():
                process = self._process
                self._drain()  # its last words, if any, before calling it a crash
                # A garbled last word has already had the worker replaced.
                same = self._process is process and self._conn is not None
                if same and not self._state.finished:
                    code = process.exitcode
                    self._lost(
                        translate(
                            "Renderer", "the speech worker crashed (exit code {code})"
                        ).format(code=code)
                    )
                changed = True
            elif self._clock() > self._deadline:
                if not self._ready:
                    hung = translate("Renderer", "the speech worker hung starting")
                else:
                    hung = translate("Renderer", "the speech worker hung on “{phrase}”").format(
                        phrase=self._state.current_text()
                    )
                self._kill()
                self._lost(hung)
                changed = True
        progress = self.progress()
        if changed and self._on_progress is not None:
            self._on_progress(progress)
        return progress

    def wait(self, timeout_s: float) -> None:
        """Block up to `timeout_s` for the worker to say something or die (headless use)."""
        if self._conn is None or self._state.finished:
            return
        wait([self._conn, self._process.sentinel], timeout=max(0.0, timeout_s))

    def cancel(self) -> None:
        """Stop rendering; what is already done stays done."""
        if not self._state.finished:
            self._kill()
            self._state.queue.clear()
            self._state.inflight.clear()
            self._finish()

    def close(self) -> None:
        """Let finished workers exit, and kill any that will not."""
        for process in self._retired:
            process.join(timeout=2.0)
            if process.is_alive():
                process.kill()
                process.join(timeout=2.0)
        self._retired.clear()

    def progress(self) -> RenderProgress:
        return self._state.progress()

    @property
    def results(self) -> list[Result]:
        return list(self._state.results)

    # Worker management ------------------------------------------------------------------

    def _spawn(self) -> None:
        config = replace(self._config, scratch=self._scratch)
        if self._state.engine_ok is False:
            config = replace(config, engine_factory=None)
        try:
            parent, child = self._context.Pipe()
            process = self._context.Process(
                target=self._worker, args=(child, config), name="thrusttimer-tts", daemon=True
            )
            process.start()
            child.close()
        except Exception as error:  # no processes, no pipes, an unpicklable factory...
            self._give_up(
                translate("Renderer", "the speech worker could not start ({error})").format(
                    error=f"{type(error).__name__}: {error}"
                )
            )
            return
        self._process, self._conn = process, parent
        self._ready = False
        self._deadline = self._clock() + self._startup_timeout_s

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._retired.append(self._process)
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn = None, None

    def _reap(self) -> None:
        self._retired = [p for p in self._retired if p.is_alive()]

    def _drain(self) -> bool:
        changed = False
        while self._conn is not None and not self._state.finished:
            try:
                if not self._conn.poll():
                    break
                reply = read_reply(self._conn)
            except (EOFError, OSError):
                break
            except ProtocolError as error:
                # A worker that says what it should not cannot be trusted with the rest.
                self._lost(str(error))
                return True
            changed = True
            self._handle(reply)
        return changed

    def _handle(self, reply: Reply) -> None:
        state = self._state
        match reply:
            case Ready(engine_ok=engine_ok, notice=notice):
                self._ready = True
                if self._config.engine_factory is None:
                    engine_ok = False
                if state.engine_ok is None or not engine_ok:
                    state.engine_ok = engine_ok
                if notice and self._config.engine_factory is not None:
                    if engine_ok:
                        state.notices.append(
                            translate("Renderer", "Speech engine: {notice}").format(notice=notice)
                        )
                    else:
                        state.engine_error = notice
                self._fill()
            case Started():
                self._deadline = self._clock() + self._phrase_timeout_s
            case Done(frames=frames, render_s=took) if state.inflight:
                job, source = state.inflight.popleft()
                path = {Source.ENGINE: job.engine_path, Source.PACK: job.pack_path}.get(
                    source, job.tone_path
                )
                state.record(Result(job.text, source.value, path, frames, took, tone=job.tone))
                self._deadline = self._clock() + self._phrase_timeout_s
                self._fill()
            case Failed(error=error) if state.inflight:
                job, source = state.inflight.popleft()
                state.fail(job, source, error, retry=False)
                self._deadline = self._clock() + self._phrase_timeout_s
                self._fill()

    def _lost(self, reason: str) -> None:
        """The worker crashed or hung: retry its phrase or give it up, and start another."""
        state = self._state
        state.restarts += 1
        self._kill()
        if not self._ready:
            state.startup_failures += 1
            if state.engine_ok is not False and self._config.engine_factory is not None:
                state.engine_ok = False
                state.engine_error = reason
            elif state.startup_failures >= MAX_STARTUP_FAILURES:
                self._give_up(reason)
                return
        elif state.inflight:
            # The worker renders in order, so the first phrase sent is the one it died on;
            # the others go back to the queue untried.
            job, source = state.inflight.popleft()
            while state.inflight:
                state.queue.appendleft(state.inflight.pop()[0])
            state.fail(job, source, reason, retry=True)
        if state.queue:
            self._spawn()
        else:
            self._finish()

    def _give_up(self, reason: str) -> None:
        self._state.give_up(reason)
        self._finish()

    def _fill(self) -> None:
        """Send phrases until SEND_AHEAD are with the worker; finish when all are done."""
        state = self._state
        while state.queue and len(state.inflight) < SEND_AHEAD:
            job = state.queue.popleft()
            request = state.request_for(job)
            if request is None:
                continue
            if not state.inflight:
                self._deadline = self._clock() + self._phrase_timeout_s
            state.inflight.append((job, request.source))
            try:
                assert self._conn is not None
                self._conn.send(request)
            except (OSError, ValueError):
                break  # the watchdog sees the dead worker on the next poll
        if not state.queue and not state.inflight:
            self._finish()

    def _finish(self) -> None:
        state = self._state
        state.finished = True
        state.inflight.clear()
        if self._conn is not None:
            with contextlib.suppress(OSError, ValueError):
                self._conn.send(Stop())
            self._conn.close()
        if self._process is not None:
            self._retired.append(self._process)
        self._process, self._conn = None, None
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)
