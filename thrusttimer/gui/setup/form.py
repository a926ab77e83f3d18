"""The plan form as plain data, without Qt: its fields, their rules and what it makes of them.

`check_plan` turns what the form shows (`PlanFields`: each number as its spin box holds it,
the tempo as typed, the rep range and increment) into a `Plan`, or into one `ValidationError`
per field that names the field and its allowed range. The rules are the core's own
(core.plan FIELDS, parse_tempo, the progression rule's fields), the same as the command
line's. The words the form shows for them live here too: the field
labels, the inline messages, the reason Start gives and the one-line summary.

Nothing here imports Qt (an import-linter contract checks it), so all of it is tested
without a display.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

from thrusttimer.core.blocks import MAX_BLOCKS
from thrusttimer.core.content import ContentError, load_exercise
from thrusttimer.core.errors import NumberField, ValidationError
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.i18n import number as number_text
from thrusttimer.core.language import parse_decimal
from thrusttimer.core.loading.rule import RULE_FIELDS, Progression, increment_field
from thrusttimer.core.loading.units import unit_of
from thrusttimer.core.plan import FIELDS, CueMode, Plan, modified_name, shown_name
from thrusttimer.core.tempo import format_tempo, parse_tempo

LABELS: Final = {
    "sets": QT_TRANSLATE_NOOP("SetupForm", "Sets"),
    "reps": QT_TRANSLATE_NOOP("SetupForm", "Reps"),
    "rest_s": QT_TRANSLATE_NOOP("SetupForm", "Rest"),
    "lead_in_s": QT_TRANSLATE_NOOP("SetupForm", "Lead-in"),
    "tempo": QT_TRANSLATE_NOOP("SetupForm", "Tempo"),
    "cue_mode": QT_TRANSLATE_NOOP("SetupForm", "Cues"),
    "rate_wpm": QT_TRANSLATE_NOOP("SetupForm", "Speaking rate"),
    "volume_pct": QT_TRANSLATE_NOOP("SetupForm", "Volume"),
    "latency_ms": QT_TRANSLATE_NOOP("SetupForm", "Latency offset"),
    "voice": QT_TRANSLATE_NOOP("SetupForm", "Voice"),
    "name": QT_TRANSLATE_NOOP("SetupForm", "Name"),
    "rep_low": QT_TRANSLATE_NOOP("SetupForm", "Rep range (bottom)"),
    "rep_high": QT_TRANSLATE_NOOP("SetupForm", "Rep range (top)"),
    "rep range": QT_TRANSLATE_NOOP("SetupForm", "Rep range"),
    "increment": QT_TRANSLATE_NOOP("SetupForm", "Increment"),
    "increment unit": QT_TRANSLATE_NOOP("SetupForm", "Increment unit"),
    "exercise": QT_TRANSLATE_NOOP("SetupForm", "Exercise"),
    "switch_s": QT_TRANSLATE_NOOP("SetupForm", "Switch sides"),
    "first_side": QT_TRANSLATE_NOOP("SetupForm", "First side"),
    "block_rest_s": QT_TRANSLATE_NOOP("SetupForm", "Rest between exercises"),
    "blocks": QT_TRANSLATE_NOOP("SetupForm", "Exercises"),
    "bar": QT_TRANSLATE_NOOP("SetupForm", "Bar"),
    "collar": QT_TRANSLATE_NOOP("SetupForm", "Collar"),
    "unit": QT_TRANSLATE_NOOP("SetupForm", "Unit"),
    "plate": QT_TRANSLATE_NOOP("SetupForm", "Plate"),
    "plates": QT_TRANSLATE_NOOP("SetupForm", "Plates"),
    "warm-up": QT_TRANSLATE_NOOP("SetupForm", "Warm-up"),
}
"""Each field in the user's words, as its label says: shown as `label(name)` (translated)."""

PLAN_NUMBERS: Final = ("sets", "reps", "rest_s", "lead_in_s")
"""The plan's fields held in spin boxes, in the form's order."""
RULE_NUMBERS: Final = ("rep_low", "rep_high", "increment")
"""The progression's fields held in spin boxes, after the plan's."""

CUE_MODE_LABELS: Final = {
    CueMode.FULL: QT_TRANSLATE_NOOP("SetupForm", "Full coaching (phases, breathing, counts, tips)"),
    CueMode.BREATH: QT_TRANSLATE_NOOP("SetupForm", "Breathing words only"),
    CueMode.COUNTS: QT_TRANSLATE_NOOP("SetupForm", "Rep counts only"),
    CueMode.TONES: QT_TRANSLATE_NOOP("SetupForm", "Tones only, no words"),
    CueMode.SILENT: QT_TRANSLATE_NOOP("SetupForm", "Silent"),
}
"""Shown as `translate("SetupForm", text)`."""

NOT_READY: Final = QT_TRANSLATE_NOOP("SetupForm", "not ready: fix the fields marked ⚠")
"""The summary's words while a workout field is not allowed (translated where shown)."""
WORST_CASE: Final = {
    "sets": 20,
    "reps": 100,
    "tempo": "29.125-29.125-29.125-29.125",
    "rest_s": 899.5,
    "lead_in_s": 299.5,
}
"""The longest values a summary can show: its room is kept for them."""

TEMPO_SAMPLES: Final = (
    "",
    "3-1",
    "3-1-1-1-1",
    "X-1-1-1",
    "3-1-0-1",
    "31-0-1-0",
    "3-1-X-31",
    "3-1-abcdefgh-1",
)
"""Tempos that give each message the tempo field can show (a typed phase up to 8 long)."""

Entry = float | str
"""A number field as the form holds it: its number, or the text typed while it is none."""


# Checking -------------------------------------------------------------------------------


def check_number(spec: NumberField, entry: Entry) -> float:
    """`entry` as a number inside `spec`'s range, or ValidationError naming the field.

    Text that is no number at all is "not a number" (an emptied or half-typed spin box);
    a number, typed or not, is checked by `spec` (its range, whole or not).
    """
    if isinstance(entry, str):
        try:
            number = parse_decimal(entry)  # "62.5" or "62,5", as the language writes it
        except ValueError:
            problem = translate("Validation", "not a number")
            raise ValidationError(spec.name, entry, spec.allowed, problem) from None
        return spec.check(number)
    return spec.check(entry)


@dataclass(frozen=True, slots=True)
class PlanFields:
    """What the plan form shows, field by field."""

    sets: Entry
    reps: Entry
    rest_s: Entry
    lead_in_s: Entry
    tempo: str
    cue_mode: str
    advance_when_ready: bool
    rep_low: Entry = 8
    rep_high: Entry = 12
    increment: Entry = 2.5
    increment_unit: str = "kg"

    @classmethod
    def of(cls, plan: Plan) -> PlanFields:
        """The fields as they show `plan` (a plan without a rule shows the default one)."""
        rule = plan.progression_rule
        return cls(
            sets=plan.sets,
            reps=plan.reps,
            rest_s=plan.rest_s,
            lead_in_s=plan.lead_in_s,
            tempo=format_tempo(plan.tempo),
            cue_mode=plan.cues.mode.value,
            advance_when_ready=plan.advance_when_ready,
            rep_low=rule.rep_low,
            rep_high=rule.rep_high,
            increment=rule.increment,
            increment_unit=rule.unit,
        )


@dataclass(frozen=True, slots=True)
class PlanCheck:
    """The form's plan, or (with `plan` None) what keeps it from being one: an error per
    field, in the form's order."""

    plan: Plan | None
    errors: Mapping[str, ValidationError] = field(default_factory=dict)


def check_plan(fields: PlanFields, base: Plan) -> PlanCheck:
    """The plan `fields` describe, changed from `base`: named "<base> (modified)" once it
    differs from `base`. Never raises for what a user can type."""
    errors: dict[str, ValidationError] = {}
    numbers: dict[str, float] = {}
    for name in PLAN_NUMBERS:
        try:
            numbers[name] = check_number(FIELDS[name], getattr(fields, name))
        except ValidationError as error:
            errors[name] = error
    try:
        tempo = parse_tempo(fields.tempo)
    except ValidationError as error:
        errors["tempo"] = error
    rule = check_rule(fields, base, errors)
    if errors or rule is None:
        return PlanCheck(None, errors)
    try:
        plan = Plan.build(
            base,
            **numbers,
            tempo=tempo,
            cue_mode=fields.cue_mode,
            advance_when_ready=fields.advance_when_ready,
        )
    except ValidationError as error:
        return PlanCheck(None, {error.field: error})
    # A plan without a rule of its own keeps none while the form shows the default one.
    kept = base.progression is None and rule == plan.progression_rule
    plan = replace(plan, progression=None if kept else rule)
    if plan != base:
        plan = replace(plan, name=modified_name(base.name))
    return PlanCheck(plan)


def check_rule(
    fields: PlanFields, base: Plan, errors: dict[str, ValidationError]
) -> Progression | None:
    """The rep range and increment the fields give (the rest of `base`'s rule kept), or
    None with what is wrong added to `errors` by field."""
    entries = (fields.rep_low, fields.rep_high, fields.increment)
    return rule_of(entries, fields.increment_unit, base.progression_rule, errors)


def rule_of(
    entries: tuple[Entry, Entry, Entry],
    increment_unit: str,
    kept: Progression,
    errors: dict[str, ValidationError],
) -> Progression | None:
    """The rule of the rep range's two ends and the increment as the form holds them (the
    RPE and deload of `kept`), or None with what is wrong added to `errors` by field."""
    found: dict[str, float] = {}
    try:
        unit = unit_of(increment_unit, "increment unit")  # i18n: not shown
    except ValidationError as error:
        errors["increment unit"] = error
        unit = "kg"
    specs = {**RULE_FIELDS, "increment": increment_field(unit)}
    for name, value in zip(RULE_NUMBERS, entries, strict=True):
        try:
            found[name] = check_number(specs[name], value)
        except ValidationError as error:
            errors[name] = error
    if len(found) < len(RULE_NUMBERS) or "increment unit" in errors:
        return None
    try:
        return Progression(
            int(found["rep_low"]),
            int(found["rep_high"]),
            found["increment"],
            unit,
            kept.max_rpe,
            kept.deload_pct,
        )
    except ValidationError as error:
        # The core says what is allowed; the form says what is wrong with it too.
        problem = error.problem or translate("SetupForm", "the bottom is above the top")
        errors[error.field] = ValidationError(error.field, error.value, error.allowed, problem)
        return None


def rule_messages(unit: str = "kg") -> list[str]:
    """Every inline message the progression row can show, for its room."""
    spec = increment_field(unit_of(unit))
    crossed = [
        inline(error)
        for error in check_plan(
            PlanFields(1, 1, 0, 0, "1-0-1-0", "full", True, 9, 8), Plan()
        ).errors.values()
    ]
    return [*number_messages(RULE_FIELDS["rep_low"]), *number_messages(spec), *crossed]


BLOCK_KEY: Final = re.compile(r"block (\d+) \(([^)]*)\): (.+)")
"""A field of one block of several, as the core names it: "block 2 (frog-pump): reps"."""
ROW_KEY: Final = re.compile(r"(plate|warm-up step) (\d+)(?: (pairs|percent|reps))?")
"""A field of a row of the plates or the warm-up, as `loading_form` names it: "plate 3
pairs", "warm-up step 2 percent"."""
ROW_WORDS: Final = {
    ("plate", None): QT_TRANSLATE_NOOP("SetupForm", "Plate {number}"),
    ("plate", "pairs"): QT_TRANSLATE_NOOP("SetupForm", "Plate {number} pairs"),
    ("warm-up step", None): QT_TRANSLATE_NOOP("SetupForm", "Warm-up step {number}"),
    ("warm-up step", "percent"): QT_TRANSLATE_NOOP("SetupForm", "Warm-up step {number} percent"),
    ("warm-up step", "reps"): QT_TRANSLATE_NOOP("SetupForm", "Warm-up step {number} reps"),
}
"""Those fields in the user's words (translated where shown)."""


def block_key(number: int, exercise: str, name: str) -> str:
    return f"block {number} ({exercise}): {name}"  # i18n: not shown


def exercise_name(exercise: str) -> str:
    """ "frog-pump" -> "Frog pump" (the id itself if there is no such exercise)."""
    try:
        return load_exercise(exercise).name
    except (ContentError, OSError, ValueError):
        return exercise


def label(name: str) -> str:
    """A field in the user's words: its label, else its name as a label ("Plate 3 pairs");
    a block's field names its block: "Reps of block 2 (Frog pump)"."""
    found = BLOCK_KEY.fullmatch(name)
    if found is not None:
        number, exercise, field_name = found.groups()
        return translate("SetupForm", "{field} of block {number} ({exercise})").format(
            field=label(field_name), number=number, exercise=exercise_name(exercise)
        )
    if name in LABELS:
        return translate("SetupForm", LABELS[name])
    row = ROW_KEY.fullmatch(name)
    if row is not None and (row.group(1), row.group(3)) in ROW_WORDS:
        words = ROW_WORDS[row.group(1), row.group(3)]
        return translate("SetupForm", words).format(number=row.group(2))
    return f"{name[:1].upper()}{name[1:]}"


# Words ----------------------------------------------------------------------------------


def describe(error: ValidationError) -> str:
    """The inline message: what is wrong, then the allowed range."""
    if not error.problem:
        return translate("SetupForm", "Allowed: {allowed}.").format(allowed=error.allowed)
    problem = f"{error.problem[:1].upper()}{error.problem[1:]}"
    return translate("SetupForm", "{problem}. Allowed: {allowed}.").format(
        problem=problem, allowed=error.allowed
    )


def inline(error: ValidationError) -> str:
    # "⚠" as well as the theme's error colour: the message must not rely on colour alone.
    return f"⚠ {describe(error)}"


def start_reason(name: str, error: ValidationError) -> str:
    """Why Start is disabled: the field in the user's words, the problem and the range."""
    return fix_to_start(label(name), describe(error))


def fix_to_start(field: str, problem: str) -> str:
    """ "Fix Reps to start: Out of range. Allowed: …": `field` and `problem` in words."""
    return translate("SetupForm", "Fix {field} to start: {problem}").format(
        field=field, problem=problem
    )


def summary(plan: Plan | None, base: Plan) -> str:
    """The workout in a line: its name and values; while a workout field is not allowed,
    its name as changed and what keeps it from starting."""
    if plan is None:
        not_ready = translate("SetupForm", NOT_READY)
        name = shown_name(modified_name(base.name))
        return f"<b>{html.escape(name)}</b> — {not_ready}"
    return f"<b>{html.escape(shown_name(plan.name))}</b> — {describe_plan(plan)}"


def describe_plan(plan: Plan) -> str:
    """The plan in a line; a plan of several blocks in short, as its block list says the rest."""
    if not plan.more_blocks:
        return plan.describe()
    sets = sum(block.sets for block in plan.blocks)
    return translate(
        "SetupForm",
        "{exercises} exercises, {sets} sets, {rest} s between exercises, lead-in {lead_in} s",
    ).format(
        exercises=len(plan.blocks),
        sets=sets,
        rest=number_text(plan.block_rest_s),
        lead_in=number_text(plan.lead_in_s),
    )


def summary_room(base: Plan) -> list[str]:
    """The longest summaries a form on `base` can show, with one block or the most."""
    longest = replace(Plan.build(base, **WORST_CASE), name=modified_name(base.name))
    several = Plan.build(longest, block_rest_s=899.5, blocks=[longest.blocks[0]] * MAX_BLOCKS)
    return [summary(longest, base), summary(several, base), summary(None, base)]


def number_messages(spec: NumberField) -> list[str]:
    """Every inline message a spin box checked by `spec` can show: its value is always a
    number, out of range or not; an emptied or half-typed one is "not a number"."""
    problem = translate("Validation", "not a number")
    typed = inline(ValidationError(spec.name, "", spec.allowed, problem))
    return [*_messages(spec.check, (spec.low - 1, spec.high + 1)), typed]


def tempo_messages() -> list[str]:
    return _messages(parse_tempo, TEMPO_SAMPLES)


def _messages(check: Callable[[Any], object], samples: Iterable[object]) -> list[str]:
    found: list[str] = []
    for sample in samples:
        try:
            check(sample)
        except ValidationError as error:
            found.append(inline(error))
    return found
