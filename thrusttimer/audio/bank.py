"""The voice bank: every clip a plan needs, rendered ahead, cached, and handed to the player.

`VoiceBank` is the real `ClipSource`. Before a set starts, `start(phrases)` (GUI: then
`poll()` from a timer) or `render_all(phrases)` (headless) makes every phrase a plan can
say: from the clip cache when it is there, else through the speech worker, else from the
bundled voice pack. Afterwards `duration_s` gives real clip lengths for
`compile_plan(measure=...)`, and `clip_for`/`tone` give the prepared arrays. `notice`
says, in the user's words, anything that went wrong (no engine: the voice pack speaks).

Tones are made by the same worker into the same cache (they need pydub, which the app's
process does not load while the cache has what it needs); a tone the worker could not make
is made here as a last resort (`tones.cached_tone`).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from thrusttimer.audio.cache import ClipCache, ClipKey
from thrusttimer.audio.clips import AudioFormat, Samples, compact, convert
from thrusttimer.audio.phrases import plan_phrases, plan_tones
from thrusttimer.audio.render.engine import EngineFactory, engine_name, pyttsx3_engine
from thrusttimer.audio.render.jobs import Job, Result
from thrusttimer.audio.render.progress import RenderProgress
from thrusttimer.audio.render.protocol import WorkerConfig
from thrusttimer.audio.render.supervisor import PHRASE_TIMEOUT_S, STARTUP_TIMEOUT_S, Renderer
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.audio.tones import cached_tone, tone_key
from thrusttimer.audio.voicepack import VoicePack
from thrusttimer.core import i18n
from thrusttimer.core.clock import Clock
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.language import ENGLISH
from thrusttimer.core.model import Cue, Tone
from thrusttimer.core.plan import Plan
from thrusttimer.core.timeline import Timeline, compile_plan

STEP_BUDGET_S = 0.005
"""The most work one `start`/`poll` call does on the caller's (GUI) thread before it
returns; the event loop's stall budget is 50 ms."""
RUN_POLL_S = 0.25
"""How long `render_all` blocks on the worker between polls (it wakes on every message)."""

# Shown translated (`translate("VoiceBank", ...)`) where a notice is made.
PACK_NOTICE = QT_TRANSLATE_NOOP(
    "VoiceBank", "The speech engine is not available, so the built-in voice is speaking"
)
NO_VOICE_NOTICE = QT_TRANSLATE_NOOP(
    "VoiceBank", "No speech engine and no voice pack: cues are tones only"
)
TONES_NOTICE = QT_TRANSLATE_NOOP(
    "VoiceBank", "The voice could not be prepared: cues are tones only"
)


@dataclass(frozen=True, slots=True)
class _Entry:
    key: ClipKey
    frames: int


class VoiceBank:
    """Prepared clips for the phrases it has been asked to render, in one output format."""

    def __init__(
        self,
        settings: VoiceSettings | None = None,
        fmt: AudioFormat | None = None,
        *,
        cache: ClipCache | None = None,
        pack: VoicePack | None = None,
        use_pack: bool = True,
        engine_factory: EngineFactory | None = pyttsx3_engine,
        clock: Clock = time.monotonic,
        phrase_timeout_s: float = PHRASE_TIMEOUT_S,
        startup_timeout_s: float = STARTUP_TIMEOUT_S,
    ) -> None:
        self.settings = settings or VoiceSettings()
        self.fmt = fmt or AudioFormat()
        self.cache = cache or ClipCache()
        self.pack = (pack or VoicePack.load(language=self.settings.language)) if use_pack else None
        self._engine_factory = engine_factory
        self._engine = engine_name()
        self._clock = clock
        self._phrase_timeout_s = phrase_timeout_s
        self._startup_timeout_s = startup_timeout_s
        self._entries: dict[str, _Entry] = {}
        self._clips: dict[tuple[str, AudioFormat], Samples] = {}
        self._tones: dict[tuple[Tone, AudioFormat], Samples] = {}
        self._renderer: Renderer | None = None
        self._pending: deque[str] = deque()
        self._pending_tones: deque[Tone] = deque()
        self._jobs: list[Job] = []
        self._total = 0
        self._on_progress: Callable[[RenderProgress], None] | None = None
        self._cached = 0
        self._notice: str | None = None

    # Rendering ahead ----------------------------------------------------------------------

    def start(
        self,
        phrases: Sequence[str],
        on_progress: Callable[[RenderProgress], None] | None = None,
        tones: Sequence[Tone] = (),
    ) -> RenderProgress:
        """Begin making `phrases` (and `tones`) and return at once; then call `poll()` until
        the progress says finished.

        Each call does at most STEP_BUDGET_S of work on the caller's thread: looking tones
        and phrases up in the cache (a second launch finds them all there and starts no
        worker); the misses then go to the worker process.
        """
        self.cancel()
        self._pending = deque(dict.fromkeys(phrases))
        self._pending_tones = deque(dict.fromkeys(tones))
        self._total = len(self._pending)
        self._jobs = []
        self._cached = 0
        self._renderer = None
        self._on_progress = on_progress
        return self.poll()

    def poll(self) -> RenderProgress:
        """Progress so far; moves the work on. Never blocks (call it from a GUI timer)."""
        if self._renderer is not None:
            return self._update(self._renderer.poll())
        began = time.perf_counter()
        while self._pending_tones or self._pending:
            if self._pending_tones:
                self._look_up_tone(self._pending_tones.popleft())
            else:
                self._look_up(self._pending.popleft())
            more = self._pending_tones or self._pending
            if more and time.perf_counter() - began > STEP_BUDGET_S:
                progress = self._update(self._checking())
                if self._on_progress is not None:
                    self._on_progress(progress)
                return progress
        on_progress = self._on_progress
        self._renderer = Renderer(
            self._worker_config(),
            self._jobs,
            on_result=self._on_result,
            on_progress=(lambda p: on_progress(self._with_cached(p))) if on_progress else None,
            clock=self._clock,
            phrase_timeout_s=self._phrase_timeout_s,
            startup_timeout_s=self._startup_timeout_s,
        )
        progress = self._update(self._renderer.start())
        if on_progress is not None:
            on_progress(progress)
        return progress

    def wait(self, timeout_s: float) -> None:
        """Block up to `timeout_s` for the worker (headless or tests); then call `poll()`.
        Returns at once while there is work for `poll()` itself."""
        if self._renderer is not None:
            self._renderer.wait(timeout_s)

    def render_all(
        self,
        phrases: Sequence[str],
        on_progress: Callable[[RenderProgress], None] | None = None,
        tones: Sequence[Tone] = (),
    ) -> RenderProgress:
        """Make `phrases`, blocking until every one is made or given up (headless use)."""
        progress = self.start(phrases, on_progress, tones)
        while not progress.finished:
            self.wait(RUN_POLL_S)
            progress = self.poll()
        if self._renderer is not None:
            self._renderer.close()
        return progress

    def prepare_plan(
        self, plan: Plan, on_progress: Callable[[RenderProgress], None] | None = None
    ) -> RenderProgress:
        """`start` with every wording `plan` can speak and every tone it can play (so that
        nothing is made while the set runs)."""
        return self.start(plan_phrases(plan), on_progress, plan_tones(plan))

    def cancel(self) -> None:
        """Stop making clips (killing the worker if one runs); what is made stays made."""
        if self._renderer is not None:
            self._renderer.cancel()

    def compile(self, plan: Plan, form_point_starts: Mapping[str, int] | None = None) -> Timeline:
        """`plan`'s timeline, with each cue's wording fitted to its slot by real clip lengths
        and each exercise's form points from its start in `form_point_starts`."""
        return compile_plan(plan, measure=self.duration_s, form_point_starts=form_point_starts)

    @property
    def results(self) -> list[Result]:
        """What the worker made in the latest `start`, with each phrase's render time."""
        return self._renderer.results if self._renderer is not None else []

    @property
    def notice(self) -> str | None:
        """What the user should be told about the voice, or None when all is well."""
        return self._notice

    def source_of(self, text: str) -> str | None:
        """Where `text`'s clip came from: "engine", "pack", or None (not made: its cue
        plays as a tone)."""
        entry = self._entries.get(text)
        if entry is None:
            return None
        return (
            "pack" if self.pack is not None and entry.key.engine == self.pack.engine else "engine"
        )

    # ClipSource ---------------------------------------------------------------------------

    def duration_s(self, text: str) -> float | None:
        entry = self._entries.get(text)
        return entry.frames / entry.key.fmt.rate if entry else None

    def clip_for(self, cue: Cue, fmt: AudioFormat) -> Samples | None:
        if cue.is_tone:
            return self.tone(cue.tone, fmt) if cue.tone is not None else None
        memo = self._clips.get((cue.text, fmt))
        if memo is not None:
            return memo
        entry = self._entries.get(cue.text)
        if entry is None:
            return None
        clip = self.cache.load(entry.key)
        if clip is None:
            return None
        if fmt != entry.key.fmt:
            clip = convert(clip, entry.key.fmt, fmt)
        clip = compact(clip)
        self._clips[(cue.text, fmt)] = clip
        return clip

    def tone(self, tone: Tone, fmt: AudioFormat) -> Samples:
        memo = self._tones.get((tone, fmt))
        if memo is None:
            clip = cached_tone(tone, self.fmt, self.settings.volume, self.cache)
            if fmt != self.fmt:
                clip = convert(clip, self.fmt, fmt)
            memo = self._tones[(tone, fmt)] = compact(clip)
        return memo

    # Inside -------------------------------------------------------------------------------

    def _look_up_tone(self, tone: Tone) -> None:
        """Load `tone` from the cache, or queue it for the worker."""
        if (tone, self.fmt) in self._tones:
            return
        key = tone_key(tone, self.fmt, self.settings.volume)
        if self.cache.frames(key) is not None:
            self.tone(tone, self.fmt)
            return
        self._jobs.append(Job(key.text, None, tone=tone, tone_path=self.cache.path(key)))

    def _look_up(self, text: str) -> None:
        """Take `text` from the cache, or queue it for the worker."""
        if text in self._entries:
            self._cached += 1
            return
        engine_key = self._engine_key(text) if self._engine_factory else None
        pack_key = self._pack_key(text)
        # With an engine, only its own clips count as cached: a pack clip left from a
        # launch without one must not keep the engine from being tried again.
        key = engine_key or pack_key
        frames = self.cache.frames(key) if key is not None else None
        if key is not None and frames is not None:
            self._entries[text] = _Entry(key, frames)
            self._cached += 1
            return
        self._jobs.append(
            Job(
                text,
                self.cache.path(engine_key) if engine_key else None,
                self.pack.clip_path(text) if self.pack else None,
                self.cache.path(pack_key) if pack_key else None,
            )
        )

    def _checking(self) -> RenderProgress:
        """Progress while phrases are still being looked up in the cache."""
        return RenderProgress(
            total=self._total - self._cached,
            done=0,
            rendered=0,
            failed=(),
            current=None,
            restarts=0,
            finished=False,
            engine_ok=None,
            notice=None,
        )

    def _engine_key(self, text: str) -> ClipKey:
        s = self.settings
        # The same words said by the default voice of another language are another clip.
        voice = s.voice_id or "default"
        voice = voice if s.language == ENGLISH else f"{voice}@{s.language}"
        return ClipKey(text, voice, s.rate, s.volume, self._engine, self.fmt)

    def _pack_key(self, text: str) -> ClipKey | None:
        if self.pack is None or text not in self.pack:
            return None
        volume = self.settings.volume
        return ClipKey(text, self.pack.voice, 0, volume, self.pack.engine, self.fmt)

    def _worker_config(self) -> WorkerConfig:
        s = self.settings
        return WorkerConfig(
            self._engine_factory,
            s.voice_id,
            s.rate,
            s.volume,
            self.fmt,
            language=s.language,
            interface_language=i18n.language(),
        )

    def _on_result(self, result: Result) -> None:
        if result.tone is not None:
            # Into memory now, not from disk while a set runs (made here if it failed).
            self.tone(result.tone, self.fmt)
            return
        if not result.source:
            return
        key = self._engine_key(result.text) if result.source == "engine" else None
        if result.source == "pack":
            key = self._pack_key(result.text)
        if key is not None:
            self._entries[result.text] = _Entry(key, result.frames)

    def _with_cached(self, progress: RenderProgress) -> RenderProgress:
        without_engine = progress.engine_ok is False or self._engine_factory is None
        if progress.gave_up:
            lead: str | None = TONES_NOTICE
        elif without_engine and self.pack is None:
            lead = NO_VOICE_NOTICE
        elif without_engine:
            lead = PACK_NOTICE
        else:
            lead = None
        notice = progress.notice
        if lead is not None:
            lead = translate("VoiceBank", lead)
            if notice:
                notice = translate("VoiceBank", "{notice} ({detail})").format(
                    notice=lead, detail=notice
                )
            else:
                notice = lead
        if self.cache.notice is not None:
            notice = f"{self.cache.notice}; {notice}" if notice else self.cache.notice
        return replace(
            progress,
            total=progress.total + self._cached,
            done=progress.done + self._cached,
            notice=notice,
        )

    def _update(self, progress: RenderProgress) -> RenderProgress:
        progress = self._with_cached(progress)
        self._notice = progress.notice
        return progress
