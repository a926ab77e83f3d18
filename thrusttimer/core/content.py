"""Exercise content as data: reading ``exercises/<id>.toml`` and checking it against its schema.

A wrong file is refused with one line naming the file, the key (``phases.thrust.breath``)
and what is wrong or allowed; the schema itself is the tables at the top of this module.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path

from thrusttimer.core import i18n
from thrusttimer.core.content_language import overlay, translation_file
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.language import ENGLISH
from thrusttimer.core.model import MOVEMENT_PHASES, Breath, Phase, Point
from thrusttimer.core.schema import Table, Wrong, join, kind

FORMAT = 1

TEMPO_PARTS = ("eccentric", "bottom_pause", "concentric", "top_pause")
SHAPES = ("up", "down", "circle", "square", "pause", "play", "check", "none")
"""The shapes a phase can be shown with (the GUI draws each)."""


class Stance(StrEnum):
    """Where the feet are: which leg works, and what the side view draws."""

    FEET_FLAT = "feet-flat"
    """Both feet flat, about shoulder-width apart."""
    SINGLE_LEG = "single-leg"
    """One foot planted, the other leg held up."""
    B_STANCE = "b-stance"
    """The working foot flat, the other ahead of it on its heel."""
    SOLES_TOGETHER = "soles-together"
    """Soles together, knees out (a frog pump)."""


ONE_SIDED = (Stance.SINGLE_LEG, Stance.B_STANCE)
"""Stances that load one leg at a time, so the exercise is done one side, then the other."""

PHRASE_VALUES: dict[str, tuple[str, ...]] = {
    "setup_intro": (),
    "countdown": ("n",),
    "brace_full": (),
    "brace_exhale": (),
    "thrust_full": (),
    "squeeze_full": ("n",),
    "descent_full": (),
    "descent_count": ("n",),
    "brace_breath": (),
    "thrust_breath": (),
    "squeeze_breath": (),
    "descent_breath": (),
    "count": ("n",),
    "last_rep": (),
    "rest_start": ("set", "rest"),
    "rest_warning": (),
    "get_ready": ("next", "sets"),
    "get_ready_wait": ("next", "sets"),
    "ready_reminder": (),
    "waiting": (),
    "done": ("sets", "reps", "tut"),
}
"""Every phrase every exercise has, with the {placeholders} the engine fills in for it."""
REQUIRED_PHRASES = tuple(PHRASE_VALUES)
SIDE_PHRASES: dict[str, tuple[str, ...]] = {"switch_sides": ()}
"""Phrases only a one-sided (`unilateral`) exercise has, and must have."""

TOP_REQUIRED = (
    *("format", "id", "name", "rep_order", "set_opening", "phases"),
    *("setup_checklist", "form_points", "phrases"),
)
TOP_OPTIONAL = ("summary", "unilateral", "bench", "bar", "stance")
MOVEMENT_KEYS = ("label", "tempo", "breath"), ("breath_words", "instruction", "shape")
OTHER_PHASE_KEYS = ("label",), ("instruction", "shape")
POINT_KEYS = ("id", "text", "spoken")
ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class ContentError(ValueError):
    """An exercise file is missing something or has the wrong shape."""


@dataclass(frozen=True, slots=True)
class PhaseInfo:
    """One phase of an exercise as the lifter sees it: its label, instruction, breath and shape."""

    phase: Phase
    label: str
    instruction: str
    tempo: str | None = None
    """Which tempo number sets this phase's length, for movement phases."""
    breath: Breath | None = None
    breath_words: str = ""
    shape: str = ""


SWITCH_INFO = PhaseInfo(
    Phase.SWITCH,
    QT_TRANSLATE_NOOP("ExerciseFile", "Switch"),
    QT_TRANSLATE_NOOP("ExerciseFile", "Switch sides: the other leg takes over"),
    shape="play",
)
"""The switch between a one-sided set's two sides, for a file without ``phases.switch``.
Its label is the phase word, one short word like the others: "Switch sides" could not keep
12 % of the window's height across a narrow window. Its words are translated (context
"ExerciseFile") when an exercise is read."""


@dataclass(frozen=True, slots=True)
class Exercise:
    """An exercise as data (one file in `exercises/`): its phases, words and coaching points."""

    id: str
    name: str
    summary: str
    rep_order: tuple[Phase, ...]
    set_opening: Phase
    phases: dict[Phase, PhaseInfo]
    setup_checklist: tuple[Point, ...]
    form_points: tuple[Point, ...]
    phrases: dict[str, tuple[str, ...]]
    unilateral: bool = False
    """Done one side at a time: each set once for the left leg and once for the right."""
    bench: bool = True
    """The upper back rests on a bench; False: the shoulders are on the floor."""
    bar: bool = True
    """Loaded with a barbell across the hips; False: bodyweight (or a weight held there)."""
    stance: Stance = Stance.FEET_FLAT

    def phrase(self, key: str) -> tuple[str, ...]:
        try:
            return self.phrases[key]
        except KeyError:
            raise ContentError(f"{self.id}: no phrase {key!r}") from None  # i18n: not shown

    def breath(self, phase: Phase) -> Breath | None:
        return self.phases[phase].breath


EXERCISES = Path(__file__).with_name("exercises")
"""The bundled exercise files. Read as plain files (a wheel, a checkout and the bundle all
unpack them): importlib.resources would add ~2 ms to the window's start-up."""


def available_exercises() -> list[str]:
    """The ids of the bundled exercises (the English files; translations are in subfolders)."""
    return sorted(entry.stem for entry in EXERCISES.glob("*.toml"))


def load_exercise(exercise_id: str = "hip-thrust", language: str | None = None) -> Exercise:
    """Load a bundled exercise by id, with its words in `language` (default: the interface's;
    the timeline asks for the coach's). A language without a translation of it reads English."""
    return _load_exercise(exercise_id, language or i18n.language())


@cache
def _load_exercise(exercise_id: str, language: str) -> Exercise:
    if exercise_id not in available_exercises():
        problem = translate(
            "ExerciseFile", "exercise: {exercise} is unknown; choose from {allowed}"
        )
        raise ContentError(
            problem.format(exercise=repr(exercise_id), allowed=", ".join(available_exercises()))
        )
    path = EXERCISES / f"{exercise_id}.toml"
    translated = translation_file(EXERCISES, exercise_id, language)
    if language == ENGLISH or not translated.is_file():
        return read_exercise(path)
    source = f"{language}/{translated.name}"
    try:
        english = tomllib.loads(path.read_text(encoding="utf-8"))
        words = tomllib.loads(translated.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{source}: not valid TOML: {error}") from None  # i18n: not shown
    try:
        data = overlay(english, words)
    except Wrong as wrong:
        raise ContentError(f"{source}: {wrong}") from None
    return exercise_from_data(data, source)


def read_exercise(path: Path, source: str | None = None) -> Exercise:
    """The exercise in the TOML file at `path`; its id must be the file's name."""
    source = source or path.name
    exercise = parse_exercise(path.read_text(encoding="utf-8"), source)
    if exercise.id != path.stem:
        problem = translate("ExerciseFile", "{file}: id: must be the file's name {name}, not {id}")
        raise ContentError(problem.format(file=source, name=repr(path.stem), id=repr(exercise.id)))
    return exercise


def parse_exercise(text: str, source: str = "<text>") -> Exercise:
    """The exercise in TOML `text`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problem = translate("ExerciseFile", "{file}: not valid TOML: {error}")
        raise ContentError(problem.format(file=source, error=error)) from None
    return exercise_from_data(data, source)


def exercise_from_data(data: Mapping[str, object], source: str = "<data>") -> Exercise:
    """The exercise in the parsed TOML `data`, or a ContentError naming `source` and the key."""
    try:
        if data.get("format") != FORMAT:
            problem = translate("ExerciseFile", "must be {format}, not {kind}")
            raise Wrong("format", problem.format(format=FORMAT, kind=kind(data.get("format"))))
        return _build(Table(data, "", TOP_REQUIRED, TOP_OPTIONAL))
    except Wrong as wrong:
        raise ContentError(f"{source}: {wrong}") from None


def _phase(phases: Table, phase: Phase) -> PhaseInfo:
    required, optional = MOVEMENT_KEYS if phase in MOVEMENT_PHASES else OTHER_PHASE_KEYS
    raw = phases.table(phase.value, required, optional)
    shape = raw.choice("shape", SHAPES, "none") if "shape" in raw.data else ""
    if phase not in MOVEMENT_PHASES:
        label, instruction = raw.text("label", empty=False), raw.text("instruction", "")
        return PhaseInfo(phase, label, instruction, shape=shape)
    return PhaseInfo(
        phase=phase,
        label=raw.text("label", empty=False),
        instruction=raw.text("instruction", ""),
        tempo=raw.choice("tempo", TEMPO_PARTS),
        breath=Breath(raw.choice("breath", [b.value for b in Breath])),
        breath_words=raw.text("breath_words", ""),
        shape=shape,
    )


def _rep_order(top: Table) -> tuple[Phase, ...]:
    raw = top.data["rep_order"]
    names = [p.value for p in MOVEMENT_PHASES]
    if not isinstance(raw, list):
        problem = translate("ExerciseFile", "must be a list of phases, not {kind}")
        raise Wrong("rep_order", problem.format(kind=kind(raw)))
    for index, name in enumerate(raw):
        if name not in names:
            raise Wrong(
                join("rep_order", index),
                translate(
                    "ExerciseFile", "{kind} is not a phase of a rep; must be one of {allowed}"
                ).format(kind=kind(name), allowed=", ".join(names)),
            )
    order = tuple(Phase(name) for name in raw)
    for phase in MOVEMENT_PHASES:
        if order.count(phase) != 1:
            raise Wrong(
                "rep_order",
                translate(
                    "ExerciseFile",
                    "must name brace, thrust, squeeze and descent once each; "
                    "{phase} is there {count} times",
                ).format(phase=phase.value, count=order.count(phase)),
            )
    return order


def _points(top: Table, key: str) -> tuple[Point, ...]:
    points: list[Point] = []
    for index, raw in enumerate(top.items(key)):
        item = Table(raw, top.at(key) + f"[{index}]", POINT_KEYS)
        point_id = item.text("id", empty=False)
        if any(p.id == point_id for p in points):
            problem = translate("ExerciseFile", "{id} is used twice in {key}; ids must differ")
            raise Wrong(item.at("id"), problem.format(id=repr(point_id), key=key))
        points.append(Point(point_id, item.text("text", empty=False), item.strings("spoken")))
    return tuple(points)


def _build(top: Table) -> Exercise:
    exercise_id = top.text("id")
    if not ID.fullmatch(exercise_id):
        problem = translate("ExerciseFile", "must be lowercase words joined by hyphens, not {id}")
        raise Wrong("id", problem.format(id=repr(exercise_id)))
    phases_table = top.table(
        "phases", [p.value for p in Phase if p is not Phase.SWITCH], ["switch"]
    )
    phases = {
        phase: _phase(phases_table, phase)
        for phase in Phase
        if phase is not Phase.SWITCH or "switch" in phases_table.data
    }
    phases.setdefault(
        Phase.SWITCH,
        replace(
            SWITCH_INFO,
            label=translate("ExerciseFile", SWITCH_INFO.label),
            instruction=translate("ExerciseFile", SWITCH_INFO.instruction),
        ),
    )
    owners: dict[str, Phase] = {}
    for phase in MOVEMENT_PHASES:
        tempo = str(phases[phase].tempo)
        if tempo in owners:
            raise Wrong(
                f"phases.{phase}.tempo",  # i18n: not shown
                translate(
                    "ExerciseFile",
                    "{tempo} already sets phases.{phase}; each tempo number sets one phase",
                ).format(tempo=tempo, phase=owners[tempo]),
            )
        owners[tempo] = phase
    rep_order = _rep_order(top)
    movement = [p.value for p in MOVEMENT_PHASES]
    set_opening = Phase(top.choice("set_opening", movement))
    unilateral = top.flag("unilateral", False)
    stance = Stance(top.choice("stance", [s.value for s in Stance], Stance.FEET_FLAT.value))
    if stance in ONE_SIDED and not unilateral:
        problem = translate("ExerciseFile", "must be true with stance {stance}: one leg works")
        raise Wrong("unilateral", problem.format(stance=repr(stance.value)))
    side_phrases = SIDE_PHRASES if unilateral else {}
    known = PHRASE_VALUES | side_phrases
    phrase_table = top.table("phrases", list(known))
    return Exercise(
        id=exercise_id,
        name=top.text("name", empty=False),
        summary=top.text("summary", ""),
        rep_order=rep_order,
        set_opening=set_opening,
        phases=phases,
        setup_checklist=_points(top, "setup_checklist"),
        form_points=_points(top, "form_points"),
        phrases={key: phrase_table.strings(key, values) for key, values in known.items()},
        unilateral=unilateral,
        bench=top.flag("bench", True),
        bar=top.flag("bar", True),
        stance=stance,
    )
