"""What the conductor needs of the pieces it is given: an output, a clip bank, a training log,
a memory between workouts.

Protocols only: the app hands in the real audio output (Qt, libpulse) and voice bank
(pyttsx3, pydub); tests hand in fakes. Nothing here imports Qt, numpy or an audio library
when the app runs: the window imports the conductor before its first frame, and numpy
(~50 ms, ~15 MB) loads after it, with the sound.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from thrusttimer.core.plan import Plan
from thrusttimer.core.timeline import Timeline

if TYPE_CHECKING:
    from thrusttimer.audio.clips import AudioFormat, Samples
    from thrusttimer.audio.player import Scheduled
    from thrusttimer.core.model import Cue, CueKind, Tone
    from thrusttimer.store.log import TrainingLog


class Subscribable(Protocol):
    """A signal to connect a callable to: a Qt signal of the output, or a core `Channel`."""

    def connect(self, slot: Callable[..., Any]) -> Any: ...


class SoundOutput(Protocol):
    """The audio output the workout plays on (`audio.output.facade.AudioOutput`); an
    `audio.player.Output`, and more."""

    @property
    def fmt(self) -> AudioFormat: ...

    def play_at(
        self,
        tag: Any,
        clip: Samples,
        t_mono: float,
        kind: CueKind,
        spoken: bool,
        asap: bool = False,
    ) -> Scheduled: ...

    def cancel(self) -> list[Any]: ...

    notice: Any
    """Subscribable with a str: something the lifter should know about the sound."""
    restarted: Any
    """Subscribable: the stream was opened again (what was placed is gone)."""
    lost: Any
    """Subscribable with the tags of placed clips the stream dropped on its own."""
    latency_offset_s: float
    asleep: bool
    """Suspended (`sleep`) until `wake`."""

    @property
    def available(self) -> bool: ...

    @property
    def ready(self) -> bool:
        """Open, with its clock steady enough to place cues on time."""

    def start(self) -> None: ...

    def sleep(self) -> None: ...

    def wake(self) -> None: ...

    def close(self) -> None: ...


class Progress(Protocol):
    """How far the making of a plan's clips has got."""

    @property
    def finished(self) -> bool: ...

    def line(self) -> str: ...


class ClipBank(Protocol):
    """Makes a plan's clips ahead (in the background) and fits its timeline to them; an
    `audio.clips.ClipSource`, and more."""

    def clip_for(self, cue: Cue, fmt: AudioFormat) -> Samples | None: ...

    def tone(self, tone: Tone, fmt: AudioFormat) -> Samples: ...

    def duration_s(self, text: str) -> float | None: ...

    def prepare_plan(self, plan: Plan) -> Progress: ...

    def start(self, phrases: Sequence[str]) -> Progress:
        """Begins making a few more phrases (words known only during a workout)."""

    def poll(self) -> Progress:
        """Moves the work on without blocking; the progress so far."""

    def compile(
        self, plan: Plan, form_point_starts: Mapping[str, int] | None = None
    ) -> Timeline: ...

    @property
    def notice(self) -> str | None: ...

    def source_of(self, text: str) -> str | None:
        """Where a phrase's clip came from ("engine", "pack"); None: not made."""

    def cancel(self) -> None: ...


class Memory(Protocol):
    """What the conductor keeps between workouts (`store.settings.Settings`)."""

    def form_point_starts(self) -> Mapping[str, int]:
        """Where each exercise's form points start next workout, by exercise id."""

    def save_form_point_starts(self, starts: Mapping[str, int]) -> None: ...

    def save_last_plan(self, plan: Plan) -> None: ...


LogOpener = Callable[[], "tuple[TrainingLog | None, str | None]"]
"""Opens the training log (and checks it): the log, or None, and a notice for the lifter."""
