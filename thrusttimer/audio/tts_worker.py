"""Rendering speech in a separate process, watched by a watchdog that never blocks the caller.

pyttsx3 on espeak-ng runs one utterance per `runAndWait()`, holds the calling thread while it
synthesises, and a broken driver can hang or crash the whole process. So every phrase is
rendered in a worker *process* (spawn context, so no Qt state is forked), one
`save_to_file` + `runAndWait` per phrase, and the worker also trims, levels and resamples
the result and writes the finished clip to the cache; the app only ever loads the file.
The worker makes the tones too (levelled by pydub like speech), so that the app's own
process never loads pydub.

`Renderer` is the app's side. `poll()` never blocks: it reads the worker's messages, starts
or restarts the worker, and kills it when a phrase runs past its deadline (hung) or the
process has gone (crashed). A phrase is tried `max_attempts` times, then made from the
voice pack if the pack has it, else skipped; a worker that cannot start its engine switches
the rest of the job to the voice pack. `wait()` blocks on the worker for headless use.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Final, Protocol

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.core.clock import Clock
from thrusttimer.core.model import Tone

PHRASE_TIMEOUT_S: Final = 15.0
"""A phrase takes espeak-ng 10–50 ms; a worker silent this long on one phrase is hung."""
STARTUP_TIMEOUT_S: Final = 30.0
"""Starting a worker imports numpy, pydub and the engine: about 0.5 s, far more on a busy
machine; a worker that has not said it is ready by then is hung."""
MAX_ATTEMPTS: Final = 2
"""Tries per phrase before it is made from the voice pack or skipped."""
MAX_STARTUP_FAILURES: Final = 2
"""Workers that die or hang before they are ready, before rendering gives up."""
RENDER_TRIES: Final = 3
"""Renders of one phrase while the engine's output comes out empty or cut off."""
WORKER_NICENESS: Final = 10
"""How much the worker lowers its own scheduling priority (POSIX nice)."""
SEND_AHEAD: Final = 8
"""Phrases queued in the worker's pipe ahead of the one it is rendering, so it never waits
for the app's next poll (a GUI polls every ~20 ms; a phrase takes ~15 ms), while each send
stays far below the pipe's buffer and never blocks."""


class SpeechEngine(Protocol):
    """The part of a pyttsx3 engine the worker uses (tests pass fakes)."""

    def setProperty(self, name: str, value: object) -> None: ...
    def getProperty(self, name: str) -> Any: ...
    def save_to_file(self, text: str, filename: str) -> None: ...
    def runAndWait(self) -> None: ...


EngineFactory = Callable[[], SpeechEngine]
"""Builds the engine inside the worker; must be picklable (a module-level function)."""


def pyttsx3_engine() -> SpeechEngine:
    """The platform's pyttsx3 engine (espeak-ng on Linux)."""
    import pyttsx3

    engine: SpeechEngine = pyttsx3.init()
    return engine


def engine_name() -> str:
    """The cache key's engine part for clips this machine's pyttsx3 renders."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("pyttsx3")
    except PackageNotFoundError:
        release = "unknown"
    return f"pyttsx3-{release}-{sys.platform}"


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    """What a worker needs; sent to the spawned process, so everything is picklable."""

    engine_factory: EngineFactory | None
    """None: pack only, no engine is started."""
    voice_id: str
    rate: int
    volume: float
    fmt: AudioFormat
    scratch: str = ""
    """A folder for the engine's raw WAVs, made and removed by the app's side (a killed
    worker cannot clean up after itself); "" for the system's temporary folder."""


@dataclass(frozen=True, slots=True)
class Job:
    """One phrase to make: from the engine into `engine_path`, or from the pack's WAV
    `pack_wav` into `pack_path`; or one tone (`tone`), generated into `tone_path`."""

    text: str
    engine_path: Path | None
    pack_wav: Path | None = None
    pack_path: Path | None = None
    tone: Tone | None = None
    tone_path: Path | None = None

    @property
    def has_pack(self) -> bool:
        return self.pack_wav is not None and self.pack_path is not None


@dataclass(frozen=True, slots=True)
class Result:
    """A finished phrase: the clip's file and its length in frames, or why it failed."""

    text: str
    source: str
    """"engine", "pack", or "" when it failed."""
    path: Path | None
    frames: int
    render_s: float
    error: str = ""
    tone: Tone | None = None
    """The tone this result is for (None: a phrase). Progress counts phrases only."""


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
            text = f"Voice ready: {self.done - len(self.failed)} of {self.total} phrases"
        else:
            text = f"Preparing voice: {self.done}/{self.total}"
            if self.current:
                text += f" “{self.current}”"
        return text


# The worker process ---------------------------------------------------------------------


def worker_main(conn: Connection, config: WorkerConfig) -> None:
    """The worker: start the engine, then render the jobs the parent sends one by one."""
    # pyttsx3 prints "Audio saved to ..." for every file; the app's terminal is not for that.
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    # Rendering is background work: on a busy machine the app's GUI and audio come first.
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    from thrusttimer.audio import cache, processing, tones

    engine: SpeechEngine | None = None
    notice = None
    if config.engine_factory is not None:
        try:
            engine = config.engine_factory()
            engine.setProperty("rate", config.rate)
            # Full engine volume: processing levels every clip and then applies the user's.
            engine.setProperty("volume", 1.0)
        except Exception as error:  # any driver failure means: use the pack
            engine = None
            notice = f"{type(error).__name__}: {error}"
        if engine is not None and config.voice_id:
            try:
                engine.setProperty("voice", config.voice_id)
            except Exception as error:
                notice = f"voice {config.voice_id!r} is not available ({error}); default voice"
    wav = Path(config.scratch or tempfile.gettempdir()) / f"thrusttimer-tts-{os.getpid()}.wav"
    try:
        # Inside the try: an app that quit while the engine started is no error here.
        conn.send(("ready", engine is not None, notice))
        while True:
            message = conn.recv()
            if message is None:
                return
            if message[0] == "voices":
                conn.send(("voices", _voices(engine)))
                continue
            _, text, source, src, out = message
            conn.send(("started", text))
            started = time.perf_counter()
            try:
                if source == "engine":
                    if engine is None:
                        raise RuntimeError("the speech engine did not start")
                    data = render_phrase(engine, text, wav)
                    clip = processing.prepare(data, config.fmt, config.volume)
                elif source == "tone":
                    clip = tones.render_tone(Tone[src], config.fmt, config.volume)
                else:
                    segment = processing.load_wav(Path(src))
                    clip = processing.to_clip(segment, config.fmt, config.volume)
                if len(clip) == 0:
                    raise RuntimeError("the phrase came out silent")
                cache.write_clip(Path(out), clip)
                conn.send(("done", text, len(clip), time.perf_counter() - started))
            except Exception as error:
                conn.send(("failed", text, f"{type(error).__name__}: {error}"))
    except (EOFError, OSError):
        return  # the parent has gone
    finally:
        wav.unlink(missing_ok=True)


def render_phrase(engine: SpeechEngine, text: str, wav: Path) -> bytes:
    """`text` spoken into a WAV by its own `save_to_file` + `runAndWait`; the WAV's bytes.

    pyttsx3 2.99's espeak driver sometimes cancels the utterance it has just started (its
    `stop()` sees the previous one still "playing" in espeak's own thread): about one
    second phrase in five in a fresh process comes out empty. An empty WAV, or one that
    ends in sound rather than espeak's closing silence, is rendered again, up to
    RENDER_TRIES times; a last cut-off one is kept (better than nothing), an empty one
    raises RuntimeError.
    """
    from thrusttimer.audio import processing

    problem = ""
    data = b""
    for _ in range(RENDER_TRIES):
        wav.unlink(missing_ok=True)
        engine.save_to_file(text, str(wav))
        engine.runAndWait()
        data = wav.read_bytes() if wav.exists() else b""
        wav.unlink(missing_ok=True)
        problem = processing.recording_problem(data)
        if not problem:
            return data
    if problem == processing.CUT_OFF:
        return data
    raise RuntimeError(f"the engine wrote {problem} ({RENDER_TRIES} tries)")


def _voices(engine: SpeechEngine | None) -> list[tuple[str, str, list[str]]]:
    if engine is None:
        return []
    found = []
    for voice in engine.getProperty("voices"):
        languages = [str(lang) for lang in (getattr(voice, "languages", None) or [])]
        found.append((str(voice.id), str(getattr(voice, "name", voice.id)), languages))
    return found


# The app's side ---------------------------------------------------------------------------


@dataclass
class _State:
    queue: deque[Job]
    total: int
    results: list[Result] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    attempts: dict[str, int] = field(default_factory=dict)
    inflight: deque[tuple[Job, str]] = field(default_factory=deque)
    """Sent to the worker with their source ("engine"/"pack"), in the order it renders them."""
    restarts: int = 0
    startup_failures: int = 0
    engine_ok: bool | None = None
    notices: list[str] = field(default_factory=list)
    engine_error: str | None = None
    gave_up: bool = False
    fallbacks: list[tuple[str, str]] = field(default_factory=list)
    """(text, why) of phrases the engine could not make, made from the voice pack."""
    finished: bool = False

    @property
    def current(self) -> Job | None:
        return self.inflight[0][0] if self.inflight else None

    @property
    def phrases(self) -> list[Result]:
        """The results that count in progress: phrases (tones are quick and not shown)."""
        return [r for r in self.results if r.tone is None]

    def current_text(self) -> str:
        return self.inflight[0][0].text if self.inflight else ""


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
    ) -> None:
        self._config = config
        self._on_result = on_result
        self._on_progress = on_progress
        self._clock = clock
        self._phrase_timeout_s = phrase_timeout_s
        self._startup_timeout_s = startup_timeout_s
        self._max_attempts = max_attempts
        self._state = _State(deque(jobs), sum(1 for job in jobs if job.tone is None))
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
                self._drain()  # its last words, if any, before calling it a crash
                if self._conn is not None and not self._state.finished:
                    code = self._process.exitcode
                    self._lost(f"the speech worker crashed (exit code {code})")
                changed = True
            elif self._clock() > self._deadline:
                what = "starting" if not self._ready else f"on “{self._state.current_text()}”"
                self._kill()
                self._lost(f"the speech worker hung {what}")
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
        state = self._state
        notices = []
        if state.engine_error:
            notices.append(f"The speech engine could not start ({state.engine_error})")
        notices += state.notices
        if state.fallbacks and state.engine_ok:
            text, why = state.fallbacks[0]
            count = len(state.fallbacks)
            notices.append(
                f"{count} phrase{'s' if count > 1 else ''} (“{text}”…) use the built-in voice"
                f" because the speech engine failed on them ({why})"
            )
        current = state.current
        phrases = state.phrases
        return RenderProgress(
            total=state.total,
            done=len(phrases),
            rendered=sum(1 for r in phrases if r.source),
            failed=tuple(state.failed),
            current=current.text if current and current.tone is None else None,
            restarts=state.restarts,
            finished=state.finished,
            engine_ok=state.engine_ok,
            notice="; ".join(notices) or None,
            engine_error=state.engine_error,
            gave_up=state.gave_up,
        )

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
                target=worker_main, args=(child, config), name="thrusttimer-tts", daemon=True
            )
            process.start()
            child.close()
        except Exception as error:  # no processes, no pipes, an unpicklable factory...
            self._give_up(f"the speech worker could not start ({type(error).__name__}: {error})")
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
                message = self._conn.recv()
            except (EOFError, OSError):
                break
            changed = True
            self._handle(message)
        return changed

    def _handle(self, message: tuple[Any, ...]) -> None:
        state = self._state
        kind = message[0]
        if kind == "ready":
            self._ready = True
            _, engine_ok, notice = message
            if self._config.engine_factory is None:
                engine_ok = False
            if state.engine_ok is None or not engine_ok:
                state.engine_ok = engine_ok
            if notice and self._config.engine_factory is not None:
                if engine_ok:
                    state.notices.append(f"Speech engine: {notice}")
                else:
                    state.engine_error = notice
            self._fill()
        elif kind == "started":
            self._deadline = self._clock() + self._phrase_timeout_s
        elif kind == "done" and state.inflight:
            job, source = state.inflight.popleft()
            path = {"engine": job.engine_path, "pack": job.pack_path}.get(source, job.tone_path)
            frames, took = int(message[2]), float(message[3])
            self._record(Result(job.text, source, path, frames, took, tone=job.tone))
            self._deadline = self._clock() + self._phrase_timeout_s
            self._fill()
        elif kind == "failed" and state.inflight:
            job, source = state.inflight.popleft()
            self._failed(job, source, str(message[2]), retry=False)
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
            self._failed(job, source, reason, retry=True)
        if state.queue:
            self._spawn()
        else:
            self._finish()

    def _give_up(self, reason: str) -> None:
        """No worker can run: every phrase left fails (its cue falls back to a tone)."""
        state = self._state
        state.gave_up = True
        state.notices.append(f"No voice clips could be prepared ({reason})")
        while state.inflight:
            state.queue.appendleft(state.inflight.pop()[0])
        while state.queue:
            job = state.queue.popleft()
            if job.tone is None:
                state.failed.append(job.text)
            self._record(Result(job.text, "", None, 0, 0.0, reason, tone=job.tone))
        self._finish()

    def _failed(self, job: Job, source: str, reason: str, retry: bool) -> None:
        state = self._state
        key = f"{source}:{job.text}"
        state.attempts[key] = state.attempts.get(key, 0) + 1
        if retry and state.attempts[key] < self._max_attempts:
            state.queue.appendleft(job)
        elif job.tone is not None:
            # Not the user's concern: the app makes a tone the worker could not itself.
            self._record(Result(job.text, "", None, 0, 0.0, reason, tone=job.tone))
        elif source == "engine" and job.has_pack:
            state.fallbacks.append((job.text, reason))
            state.queue.appendleft(replace(job, engine_path=None))
        else:
            state.failed.append(job.text)
            state.notices.append(f"Could not voice “{job.text}” ({reason})")
            self._record(Result(job.text, "", None, 0, 0.0, reason))

    def _fill(self) -> None:
        """Send phrases until SEND_AHEAD are with the worker; finish when all are done."""
        state = self._state
        while state.queue and len(state.inflight) < SEND_AHEAD:
            message: tuple[str, ...]
            job = state.queue.popleft()
            if job.tone is not None and job.tone_path is not None:
                message = ("render", job.text, "tone", job.tone.name, str(job.tone_path))
                source = "tone"
            elif state.engine_ok and job.engine_path is not None:
                message = ("render", job.text, "engine", "", str(job.engine_path))
                source = "engine"
            elif job.has_pack:
                message = ("render", job.text, "pack", str(job.pack_wav), str(job.pack_path))
                source = "pack"
            else:
                reason = "no speech engine and not in the voice pack"
                state.failed.append(job.text)
                self._record(Result(job.text, "", None, 0, 0.0, reason))
                continue
            if not state.inflight:
                self._deadline = self._clock() + self._phrase_timeout_s
            state.inflight.append((job, source))
            try:
                assert self._conn is not None
                self._conn.send(message)
            except (OSError, ValueError):
                break  # the watchdog sees the dead worker on the next poll
        if not state.queue and not state.inflight:
            self._finish()

    def _record(self, result: Result) -> None:
        self._state.results.append(result)
        if self._on_result is not None:
            self._on_result(result)

    def _finish(self) -> None:
        state = self._state
        state.finished = True
        state.inflight.clear()
        if self._conn is not None:
            with contextlib.suppress(OSError, ValueError):
                self._conn.send(None)
            self._conn.close()
        if self._process is not None:
            self._retired.append(self._process)
        self._process, self._conn = None, None
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)


def query_voices(
    engine_factory: EngineFactory, timeout_s: float = STARTUP_TIMEOUT_S
) -> tuple[list[tuple[str, str, list[str]]], str | None]:
    """The engine's voices as (id, name, languages), asked of a worker process, and a notice
    when the engine could not be asked. Blocks up to `timeout_s` (call it off the GUI thread)."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    config = WorkerConfig(engine_factory, "", 175, 1.0, AudioFormat())
    process = context.Process(target=worker_main, args=(child, config), daemon=True)
    process.start()
    child.close()
    deadline = time.monotonic() + timeout_s
    try:
        voices: list[tuple[str, str, list[str]]] = []
        notice: str | None = "the speech engine did not answer"
        sent = False
        while (left := deadline - time.monotonic()) > 0:
            if not wait([parent, process.sentinel], timeout=left) or not parent.poll():
                if not process.is_alive():
                    notice = f"the speech worker crashed (exit code {process.exitcode})"
                    break
                continue
            message = parent.recv()
            if message[0] == "ready":
                if not message[1]:
                    notice = f"the speech engine could not start ({message[2]})"
                    break
                parent.send(("voices",))
                sent = True
            elif message[0] == "voices" and sent:
                voices, notice = message[1], None
                parent.send(None)
                break
        return voices, notice
    except (EOFError, OSError) as error:
        return [], f"the speech worker failed ({error})"
    finally:
        parent.close()
        process.join(timeout=2.0)
        if process.is_alive():
            process.kill()
            process.join(timeout=2.0)
