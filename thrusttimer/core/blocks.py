"""A block of a workout: one exercise's sets, reps, tempo and rest, and its sides if one-sided.

A plan is an ordered list of blocks run one after the other with a rest between them; a
plan of one block is the single-exercise plan every earlier version wrote. A block read
from a plan file is checked here, and a bad one is named by its number and exercise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Final

from thrusttimer.core import i18n
from thrusttimer.core.content import Exercise, available_exercises, load_exercise
from thrusttimer.core.errors import Described, NumberField, ValidationError
from thrusttimer.core.i18n import number as number_text
from thrusttimer.core.i18n import singular, translate
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.model import SIDES, Side
from thrusttimer.core.tempo import Tempo, format_tempo, parse_tempo

MAX_BLOCKS: Final = 12
BLOCK_FIELDS: Final = {
    "sets": NumberField("sets", 1, 20, integer=True),
    "reps": NumberField("reps", 1, 100, integer=True),
    "rest_s": NumberField("rest_s", 0, 900, "s"),
    "switch_s": NumberField("switch_s", 0, 60, "s"),
}
SIDE_KEYS: Final = ("switch_s", "first_side")
"""A block's fields that only a one-sided exercise has."""
REQUIRED: Final = ("exercise", "sets", "reps")
OPTIONAL: Final = ("tempo", "rest_s", "progression", *SIDE_KEYS)
DEFAULT_SWITCH_S: Final = 10.0


def _default_tempo() -> Tempo:
    return parse_tempo("2-0-1-2")


@dataclass(frozen=True, slots=True)
class Block:
    """One exercise's part of a workout."""

    exercise: str = "hip-thrust"
    sets: int = 3
    reps: int = 10
    """Reps per set, and per side of a one-sided exercise."""
    tempo: Tempo = field(default_factory=_default_tempo)
    rest_s: float = 90.0
    progression: Progression | None = None
    switch_s: float = DEFAULT_SWITCH_S
    """The switch between the two sides of a set (one-sided exercises only)."""
    first_side: Side = "left"

    @property
    def unilateral(self) -> bool:
        return load_exercise(self.exercise).unilateral

    @property
    def sides(self) -> tuple[Side | None, ...]:
        """The sides each set runs, in order: both (first side first), or None (both legs)."""
        if not self.unilateral:
            return (None,)
        return (self.first_side, other_side(self.first_side))

    def describe(self) -> str:
        """ "B-stance hip thrust 3 × 10 each side, tempo 2-0-1-1, rest 60 s"."""
        if self.unilateral:
            text = translate(
                "Blocks", "{exercise} {sets} × {reps} each side, tempo {tempo}, rest {rest} s"
            )
        else:
            text = translate("Blocks", "{exercise} {sets} × {reps}, tempo {tempo}, rest {rest} s")
        return text.format(
            exercise=load_exercise(self.exercise).name,
            sets=self.sets,
            reps=self.reps,
            tempo=format_tempo(self.tempo),
            rest=number_text(self.rest_s),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "exercise": self.exercise,
            "sets": self.sets,
            "reps": self.reps,
            "tempo": format_tempo(self.tempo),
            "rest_s": self.rest_s,
        }
        if self.progression is not None:
            data["progression"] = self.progression.to_dict()
        if self.unilateral:
            data["switch_s"] = self.switch_s
            data["first_side"] = self.first_side
        return data


def other_side(side: Side) -> Side:
    return "right" if side == "left" else "left"


def check_side(value: object) -> Side:
    for side in SIDES:
        if value == side:
            return side
    raise ValidationError("first_side", value, translate("Blocks", "left or right"))


@cache
def exercise_ids() -> tuple[str, ...]:
    return tuple(available_exercises())


def check_exercise(value: object) -> str:
    ids = exercise_ids()
    if not isinstance(value, str) or value not in ids:
        raise ValidationError(
            "exercise",
            value,
            translate("Blocks", "one of {allowed}").format(allowed=", ".join(ids)),
            translate("Blocks", "unknown exercise"),
        )
    return value


def one_sided_ids() -> str:
    return ", ".join(i for i in exercise_ids() if load_exercise(i).unilateral)


def reject_side_keys(data: Mapping[str, Any], exercise: str) -> None:
    """A side field (`switch_s`, `first_side`) given for an exercise done with both legs."""
    for key in SIDE_KEYS:
        if key in data and not load_exercise(exercise).unilateral:
            raise ValidationError(
                key,
                data[key],
                translate("Blocks", "only on a one-sided exercise ({exercises})").format(
                    exercises=one_sided_ids()
                ),
                translate("Blocks", "{exercise} works both legs at once: it has no sides").format(
                    exercise=exercise
                ),
            )


def block_from_mapping(data: object, number: int) -> Block:
    """Block `number` (from 1) of a plan file; a bad one raises ValidationError whose field
    names the block: "block 2 (glute-bridge): switch_s"."""
    where = translate("Blocks", "block {number}").format(number=number)
    if not isinstance(data, Mapping):
        allowed = translate("Blocks", "an object with {fields}").format(fields=", ".join(REQUIRED))
        raise ValidationError(where, data, allowed)
    exercise = data.get("exercise")
    try:
        if exercise is None:
            raise ValidationError(
                "exercise", _nothing(), translate("Blocks", "an exercise id"), _missing()
            )
        exercise = check_exercise(exercise)
        where = translate("Blocks", "block {number} ({exercise})").format(
            number=number, exercise=exercise
        )
        return _block(data, exercise)
    except ValidationError as error:
        raise ValidationError(
            f"{where}: {error.field}", error.value, error.allowed, error.problem
        ) from None


def _block(data: Mapping[str, Any], exercise: str) -> Block:
    known = (*REQUIRED, *OPTIONAL)
    for key in data:
        if key not in known:
            raise ValidationError(
                str(key),
                data[key],
                translate("Blocks", "block fields: {fields}").format(fields=", ".join(known)),
                translate("Blocks", "unknown field"),
            )
    for key in REQUIRED:
        if key not in data:
            if key in BLOCK_FIELDS:
                allowed = BLOCK_FIELDS[key].allowed
            else:
                allowed = translate("Blocks", "an exercise id")
            raise ValidationError(key, _nothing(), allowed, _missing())
    reject_side_keys(data, exercise)
    values: dict[str, Any] = {"exercise": exercise}
    for key, spec in BLOCK_FIELDS.items():
        if key in data:
            values[key] = spec.check(data[key])
    if "tempo" in data:
        tempo = data["tempo"]
        values["tempo"] = tempo if isinstance(tempo, Tempo) else parse_tempo(tempo)
    if data.get("progression") is not None:
        progression = data["progression"]
        if not isinstance(progression, Progression):
            progression = Progression.from_mapping(progression)
        values["progression"] = progression
    if "first_side" in data:
        values["first_side"] = check_side(data["first_side"])
    return Block(**values)


def blocks_from_list(data: object) -> tuple[Block, ...]:
    """The `blocks` of a plan file: 1 to MAX_BLOCKS block objects."""
    allowed = translate("Blocks", "a list of 1 to {most} blocks").format(most=MAX_BLOCKS)
    if not isinstance(data, list):
        raise ValidationError("blocks", data, allowed, translate("Blocks", "not a list"))
    if not 1 <= len(data) <= MAX_BLOCKS:
        count = len(data)
        if singular(count):
            given = translate("Blocks", "{count} block")
        else:
            given = translate("Blocks", "{count} blocks")
        raise ValidationError("blocks", Described(given.format(count=count)), allowed)
    return tuple(block_from_mapping(item, number) for number, item in enumerate(data, 1))


def block_exercises(blocks: Sequence[Block], first: Exercise | None = None) -> tuple[Exercise, ...]:
    """The exercise of each block, in order, in the coach's language (their words are
    spoken); `first` (if given) stands for block 1's."""
    speech = i18n.speech_language()
    return tuple(
        first if index == 0 and first is not None else load_exercise(block.exercise, speech)
        for index, block in enumerate(blocks)
    )


def _nothing() -> Described:
    return Described(translate("Blocks", "nothing"))


def _missing() -> str:
    return translate("Blocks", "missing")
