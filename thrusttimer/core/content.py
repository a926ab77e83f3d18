"""Exercise content as data: phases, breathing, checklist, form points and phrases.

The content lives in ``exercises/<id>.toml``; this module reads and checks it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from thrusttimer.core.model import MOVEMENT_PHASES, Breath, Phase, Point

FORMAT = 1


TEMPO_PARTS = ("eccentric", "bottom_pause", "concentric", "top_pause")


class ContentError(ValueError):
    """An exercise file is missing something or has the wrong shape."""


@dataclass(frozen=True, slots=True)
class PhaseInfo:
    phase: Phase
    label: str
    instruction: str
    tempo: str | None = None
    """Which tempo number sets this phase's length, for movement phases."""
    breath: Breath | None = None
    breath_words: str = ""
    shape: str = ""


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    summary: str
    rep_order: tuple[Phase, ...]
    set_opening: Phase
    phases: dict[Phase, PhaseInfo]
    setup_checklist: tuple[Point, ...]
    form_points: tuple[Point, ...]
    phrases: dict[str, tuple[str, ...]]

    def phrase(self, key: str) -> tuple[str, ...]:
        try:
            return self.phrases[key]
        except KeyError:
            raise ContentError(f"{self.id}: no phrase {key!r}") from None

    def breath(self, phase: Phase) -> Breath | None:
        return self.phases[phase].breath


REQUIRED_PHRASES = (
    "setup_intro",
    "countdown",
    "brace_full",
    "brace_exhale",
    "thrust_full",
    "squeeze_full",
    "descent_full",
    "descent_count",
    "brace_breath",
    "thrust_breath",
    "squeeze_breath",
    "descent_breath",
    "count",
    "last_rep",
    "rest_start",
    "rest_warning",
    "get_ready",
    "get_ready_wait",
    "ready_reminder",
    "waiting",
    "done",
)


EXERCISES = Path(__file__).with_name("exercises")
"""The bundled exercise files. Read as plain files (a wheel, a checkout and the bundle all
unpack them): importlib.resources would add ~2 ms to the window's start-up."""


def available_exercises() -> list[str]:
    return sorted(entry.stem for entry in EXERCISES.glob("*.toml"))


@cache
def load_exercise(exercise_id: str = "hip-thrust") -> Exercise:
    """Load a bundled exercise by id."""
    if exercise_id not in available_exercises():
        raise ContentError(
            f"exercise: {exercise_id!r} is unknown; choose from {', '.join(available_exercises())}"
        )
    return read_exercise(EXERCISES / f"{exercise_id}.toml", exercise_id)


def read_exercise(path: Path, source: str) -> Exercise:
    """The exercise in the TOML file at `path`."""
    return parse_exercise(path.read_text(encoding="utf-8"), source)


def parse_exercise(text: str, source: str = "<text>") -> Exercise:
    """The exercise in TOML `text`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{source}: not valid TOML: {error}") from None
    return _checked(data, source)


def _checked(data: dict[str, Any], source: str) -> Exercise:
    try:
        return _build(data)
    except (KeyError, TypeError, ValueError) as error:
        raise ContentError(f"{source}: {error}") from None


def _strings(value: Any, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ContentError(f"{what} must be a non-empty list of strings")
    return tuple(value)


def _build(data: dict[str, Any]) -> Exercise:
    if data.get("format") != FORMAT:
        raise ContentError(f"format must be {FORMAT}, not {data.get('format')!r}")
    phases: dict[Phase, PhaseInfo] = {}
    for phase in Phase:
        raw = data["phases"][phase.value]
        tempo = raw.get("tempo")
        if phase in MOVEMENT_PHASES and tempo not in TEMPO_PARTS:
            raise ContentError(f"phases.{phase}: tempo must be one of {', '.join(TEMPO_PARTS)}")
        breath = raw.get("breath")
        phases[phase] = PhaseInfo(
            phase=phase,
            label=str(raw["label"]),
            instruction=str(raw.get("instruction", "")),
            tempo=tempo,
            breath=Breath(breath) if breath else None,
            breath_words=str(raw.get("breath_words", "")),
            shape=str(raw.get("shape", "")),
        )
    rep_order = tuple(Phase(p) for p in data["rep_order"])
    if sorted(rep_order) != sorted(MOVEMENT_PHASES):
        raise ContentError("rep_order must name brace, thrust, squeeze and descent once each")
    tempos = sorted(str(phases[p].tempo) for p in MOVEMENT_PHASES)
    if tempos != sorted(TEMPO_PARTS):
        raise ContentError("each tempo number must belong to exactly one phase")

    def points(key: str) -> tuple[Point, ...]:
        return tuple(
            Point(str(item["id"]), str(item["text"]), _strings(item["spoken"], f"{key}.spoken"))
            for item in data[key]
        )

    phrases = {str(k): _strings(v, f"phrases.{k}") for k, v in data["phrases"].items()}
    missing = [key for key in REQUIRED_PHRASES if key not in phrases]
    if missing:
        raise ContentError(f"phrases missing: {', '.join(missing)}")
    return Exercise(
        id=str(data["id"]),
        name=str(data["name"]),
        summary=str(data.get("summary", "")),
        rep_order=rep_order,
        set_opening=Phase(data["set_opening"]),
        phases=phases,
        setup_checklist=points("setup_checklist"),
        form_points=points("form_points"),
        phrases=phrases,
    )
