"""The blocks of a workout as the set-up form holds them, without Qt: their list, its order,
and what they make (a plan, or one error per field naming its block and allowed range).

A workout is an ordered list of blocks (core.blocks.Block): one exercise's sets, reps,
tempo, rest and progression each, and for a one-sided exercise the switch between sides
and the first side. The form shows one block's fields at a time (`BlockList.current`);
`BlockFields` is what they held when last shown, typed text and all, so choosing another
block loses nothing and a bad field in a block not shown still keeps the workout from
starting. `check_workout` turns the blocks and the workout's own fields (`WorkoutFields`:
lead-in, rest between blocks, cues) into a `Plan`, through the core's rules.

A workout of one block names its fields as the single-exercise form always did ("reps");
one of several names the block as the core does ("block 2 (frog-pump): reps"), which
`form.label` words as "Reps of block 2 (Frog pump)".

Nothing here imports Qt (an import-linter contract checks it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from thrusttimer.core.blocks import (
    BLOCK_FIELDS,
    DEFAULT_SWITCH_S,
    MAX_BLOCKS,
    Block,
    check_exercise,
    check_side,
    exercise_ids,
)
from thrusttimer.core.content import load_exercise
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import number as number_text
from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.plan import FIELDS, Plan, modified_name
from thrusttimer.core.tempo import Tempo, format_tempo, parse_tempo
from thrusttimer.gui.setup.form import (
    Entry,
    block_key,
    check_number,
    exercise_name,
    label,
    rule_of,
)

BLOCK_NUMBERS: Final = ("sets", "reps", "rest_s")
"""A block's fields held in spin boxes, in the form's order (the switch comes after)."""
WORKOUT_NUMBERS: Final = ("lead_in_s", "block_rest_s")


@dataclass(frozen=True, slots=True)
class BlockFields:
    """What the form shows for one block, field by field."""

    exercise: str
    sets: Entry
    reps: Entry
    rest_s: Entry
    tempo: str
    rep_low: Entry
    rep_high: Entry
    increment: Entry
    increment_unit: str = "kg"
    switch_s: Entry = DEFAULT_SWITCH_S
    first_side: str = "left"
    progression: Progression | None = None
    """The block's own rule when loaded: None keeps none while the default one is shown,
    and its RPE and deload are kept."""

    @classmethod
    def of(cls, block: Block) -> BlockFields:
        """The fields as they show `block` (a block without a rule shows the default one)."""
        rule = block.progression or Progression(block.reps, block.reps)
        return cls(
            exercise=block.exercise,
            sets=block.sets,
            reps=block.reps,
            rest_s=block.rest_s,
            tempo=format_tempo(block.tempo),
            rep_low=rule.rep_low,
            rep_high=rule.rep_high,
            increment=rule.increment,
            increment_unit=rule.unit,
            switch_s=block.switch_s,
            first_side=block.first_side,
            progression=block.progression,
        )

    @property
    def unilateral(self) -> bool:
        return self.exercise in exercise_ids() and load_exercise(self.exercise).unilateral


@dataclass(frozen=True, slots=True)
class WorkoutFields:
    """The workout's own fields: the lead-in, the rest between blocks and the cues."""

    lead_in_s: Entry
    block_rest_s: Entry
    cue_mode: str
    advance_when_ready: bool

    @classmethod
    def of(cls, plan: Plan) -> WorkoutFields:
        return cls(plan.lead_in_s, plan.block_rest_s, plan.cues.mode.value, plan.advance_when_ready)


@dataclass(frozen=True, slots=True)
class WorkoutCheck:
    """The plan the form describes, or (`plan` None) what keeps it from being one.

    `errors` holds every error in the form's order, a block's named by its block when there
    are several; `block_errors` each block's own by field name, for the fields beside them.
    """

    plan: Plan | None
    errors: Mapping[str, ValidationError] = field(default_factory=dict)
    block_errors: tuple[Mapping[str, ValidationError], ...] = ()
    blocks: tuple[Block | None, ...] = ()
    """Each block as checked, None while one of its fields is not allowed."""


def check_block(fields: BlockFields) -> tuple[Block | None, dict[str, ValidationError]]:
    """The block `fields` describe, or None and an error per field. Never raises for what a
    user can type."""
    errors: dict[str, ValidationError] = {}
    numbers: dict[str, float] = {}
    try:
        exercise = check_exercise(fields.exercise)
    except ValidationError as error:
        return None, {"exercise": error}
    for name in BLOCK_NUMBERS:
        try:
            numbers[name] = check_number(BLOCK_FIELDS[name], getattr(fields, name))
        except ValidationError as error:
            errors[name] = error
    tempo: Tempo | None = None
    try:
        tempo = parse_tempo(fields.tempo)
    except ValidationError as error:
        errors["tempo"] = error
    entries = (fields.rep_low, fields.rep_high, fields.increment)
    rule = rule_of(entries, fields.increment_unit, fields.progression or Progression(), errors)
    switch_s, side = DEFAULT_SWITCH_S, "left"
    if load_exercise(exercise).unilateral:
        try:
            switch_s = check_number(BLOCK_FIELDS["switch_s"], fields.switch_s)
        except ValidationError as error:
            errors["switch_s"] = error
        try:
            side = check_side(fields.first_side)
        except ValidationError as error:
            errors["first_side"] = error
    if errors or rule is None or tempo is None:
        return None, errors
    reps = int(numbers["reps"])
    # A block without a rule of its own keeps none while the form shows the default one.
    kept = fields.progression is None and rule == Progression(reps, reps)
    block = Block(
        *(exercise, int(numbers["sets"]), reps, tempo, numbers["rest_s"]),
        *(None if kept else rule, switch_s, check_side(side)),
    )
    return block, {}


def check_workout(
    workout: WorkoutFields, blocks: Sequence[BlockFields], base: Plan
) -> WorkoutCheck:
    """The plan the fields describe, changed from `base`: named "<base> (modified)" once it
    differs from it. Never raises for what a user can type."""
    several = len(blocks) > 1
    errors: dict[str, ValidationError] = {}
    checked: list[Block | None] = []
    block_errors: list[Mapping[str, ValidationError]] = []
    if not 1 <= len(blocks) <= MAX_BLOCKS:
        allowed = translate("BlocksForm", "1 to {most} exercises").format(most=MAX_BLOCKS)
        errors["blocks"] = ValidationError("blocks", len(blocks), allowed)
    for number, fields in enumerate(blocks, 1):
        block, found = check_block(fields)
        checked.append(block)
        block_errors.append(found)
        for name, error in found.items():
            key = block_key(number, fields.exercise, name) if several else name
            errors[key] = ValidationError(key, error.value, error.allowed, error.problem)
    numbers: dict[str, float] = {}
    # The rest between blocks is a workout of one block's only as saved: not shown, not checked.
    for name in WORKOUT_NUMBERS if several else WORKOUT_NUMBERS[:1]:
        try:
            numbers[name] = check_number(FIELDS[name], getattr(workout, name))
        except ValidationError as error:
            errors[name] = error
    done = tuple(block_errors), tuple(checked)
    if errors:
        return WorkoutCheck(None, errors, *done)
    try:
        plan = Plan.build(
            base,
            **numbers,
            cue_mode=workout.cue_mode,
            advance_when_ready=workout.advance_when_ready,
            blocks=[b for b in checked if b is not None],
        )
    except ValidationError as error:
        return WorkoutCheck(None, {error.field: error}, *done)
    if plan != base:
        plan = replace(plan, name=modified_name(base.name))
    return WorkoutCheck(plan, {}, *done)


# The list -------------------------------------------------------------------------------


class BlockList:
    """The blocks being edited, in order, and the one the form shows (`current`).

    At most MAX_BLOCKS; the last block cannot be removed. Every change keeps `current` on
    the block the user is working with: an added block, a moved one, or the one after a
    removed one.
    """

    def __init__(self, entries: Sequence[BlockFields]) -> None:
        if not entries:
            raise ValueError("a workout has at least one block")  # i18n: not shown
        self.entries: list[BlockFields] = list(entries)
        self.current = 0

    @classmethod
    def of(cls, plan: Plan) -> BlockList:
        return cls([BlockFields.of(block) for block in plan.blocks])

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def shown(self) -> BlockFields:
        return self.entries[self.current]

    def can_add(self) -> bool:
        return len(self.entries) < MAX_BLOCKS

    def can_remove(self) -> bool:
        return len(self.entries) > 1

    def can_move(self, step: int) -> bool:
        return 0 <= self.current + step < len(self.entries) and len(self.entries) > 1

    def select(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            raise IndexError(f"no block {index + 1}")  # i18n: not shown
        self.current = index

    def update(self, fields: BlockFields) -> None:
        """What the form now shows for the current block."""
        self.entries[self.current] = fields

    def add(self, exercise: str) -> bool:
        """A new block of `exercise` (the defaults: 3 × 10, 2-0-1-2, rest 90 s) after the
        current one, which it becomes; False (nothing added) at MAX_BLOCKS."""
        check_exercise(exercise)
        if not self.can_add():
            return False
        self.entries.insert(self.current + 1, BlockFields.of(Block(exercise)))
        self.current += 1
        return True

    def remove(self) -> bool:
        """Remove the current block (never the last one left); the next becomes current."""
        if not self.can_remove():
            return False
        del self.entries[self.current]
        self.current = min(self.current, len(self.entries) - 1)
        return True

    def move(self, step: int) -> bool:
        """Move the current block `step` places (-1 up, +1 down); it stays current."""
        if not self.can_move(step):
            return False
        here, there = self.current, self.current + step
        self.entries[here], self.entries[there] = self.entries[there], self.entries[here]
        self.current = there
        return True


# Words ----------------------------------------------------------------------------------


def block_summary(block: Block) -> str:
    """ "4 × 10, 2-0-1-2, rest 120 s"; "3 × 10 each side, …" for a one-sided exercise."""
    if block.unilateral:
        text = translate("BlocksForm", "{sets} × {reps} each side, {tempo}, rest {rest} s")
    else:
        text = translate("BlocksForm", "{sets} × {reps}, {tempo}, rest {rest} s")
    return text.format(
        sets=block.sets,
        reps=block.reps,
        tempo=format_tempo(block.tempo),
        rest=number_text(block.rest_s),
    )


def row_text(
    number: int, fields: BlockFields, block: Block | None, errors: Mapping[str, object]
) -> str:
    """A block's line in the list: its number, exercise and values, or what to fix."""
    name = exercise_name(fields.exercise)
    if block is None:
        return translate("BlocksForm", "{number}. {exercise} — ⚠ check {fields}").format(
            number=number, exercise=name, fields=", ".join(label(n) for n in errors)
        )
    return f"{number}. {name} — {block_summary(block)}"


def exercise_choices() -> list[tuple[str, str]]:
    """(id, name) of every exercise a block may be, by name; one-sided ones say so."""
    found = []
    for exercise in exercise_ids():
        loaded = load_exercise(exercise)
        name = loaded.name
        if loaded.unilateral:
            name = translate("BlocksForm", "{exercise} (each side)").format(exercise=name)
        found.append((exercise, name))
    return sorted(found, key=lambda pair: pair[1])
