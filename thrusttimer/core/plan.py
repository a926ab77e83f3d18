"""A workout plan: sets, reps, tempo, rest and cue options, validated, with JSON and presets."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final

from thrusttimer.core.blocks import (
    BLOCK_FIELDS,
    DEFAULT_SWITCH_S,
    SIDE_KEYS,
    Block,
    block_from_mapping,
    blocks_from_list,
    check_exercise,
    check_side,
    reject_side_keys,
)
from thrusttimer.core.cue_options import CueMode as CueMode
from thrusttimer.core.cue_options import CueOptions
from thrusttimer.core.errors import NumberField, ValidationError
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, number, translate
from thrusttimer.core.jsontext import MAX_DIGITS as MAX_DIGITS
from thrusttimer.core.jsontext import load_json as load_json
from thrusttimer.core.jsontext import reject_unknown
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.model import Side
from thrusttimer.core.tempo import Tempo, format_tempo, parse_tempo

if TYPE_CHECKING:
    # Today's plates: loaded with the load prompt, not before the first frame.
    from thrusttimer.core.loading.today import Loads

PLAN_FORMAT: Final = 1
"""The form of a single-exercise plan, as every version writes it."""
BLOCKS_FORMAT: Final = 2
"""The form of a plan of several blocks: shared fields and a `blocks` list."""
SHARED: Final = (
    *("name", "lead_in_s", "set_brace_s", "explosive_s", "advance_when_ready", "cues"),
    "block_rest_s",
)
"""The fields a plan of several blocks holds besides its `blocks`."""
NAME_MAX: Final = 60
"""The longest plan name, in characters."""
CUSTOM: Final = QT_TRANSLATE_NOOP("Presets", "Custom")
"""The name of a plan that came from no preset; saved in English, shown by `shown_name`."""
MODIFIED: Final = QT_TRANSLATE_NOOP("Presets", " (modified)")
"""What a plan's name ends with once its values differ from the preset or plan it came from.
Saved in English (the log and plan files keep it), shown by `shown_name`."""
TODAYS: Final = ("loads", "more_loads")
"""The fields that hold today's loads: known once asked, never saved."""


FIELDS: Final = {
    **BLOCK_FIELDS,
    "block_rest_s": NumberField("block_rest_s", 0, 900, "s"),
    "lead_in_s": NumberField("lead_in_s", 0, 300, "s"),
    "set_brace_s": NumberField("set_brace_s", 0.5, 30, "s"),
    "explosive_s": NumberField("explosive_s", 0.3, 3, "s"),
}


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything that decides a workout's timeline. Construct through `Plan.build`."""

    name: str = CUSTOM
    exercise: str = "hip-thrust"
    sets: int = 3
    reps: int = 10
    tempo: Tempo = field(default_factory=lambda: parse_tempo("2-0-1-2"))
    rest_s: float = 90.0
    lead_in_s: float = 20.0
    set_brace_s: float = 3.0
    """The brace before the first rep of every set."""
    explosive_s: float = 1.0
    """How long an explosive (X) concentric lasts."""
    advance_when_ready: bool = True
    """End each rest on the lifter's command instead of the clock."""
    cues: CueOptions = field(default_factory=CueOptions)
    progression: Progression | None = None
    """The rep range and load increment `next` suggests from (None: the plan's reps, and
    +2.5 kg once every set reaches them)."""
    loads: Loads | None = None
    """Today's plates, and the warm-up sets run before the work sets: known once the
    lifter says what is on the bar (`with_loads`), never saved with the plan."""
    switch_s: float = DEFAULT_SWITCH_S
    """Block 1's switch between sides (a one-sided exercise)."""
    first_side: Side = "left"
    block_rest_s: float = 120.0
    """The rest between two blocks."""
    more_blocks: tuple[Block, ...] = ()
    """The blocks after the first (whose fields are the plan's own: `exercise`, `sets`…)."""
    more_loads: tuple[Loads | None, ...] = ()
    """Today's loads of the blocks after the first (None: not known, or not logged)."""

    def __post_init__(self) -> None:
        for name, spec in FIELDS.items():
            object.__setattr__(self, name, spec.check(getattr(self, name)))
        if not isinstance(self.tempo, Tempo):
            raise ValidationError(
                "tempo", self.tempo, translate("PlanFields", "a tempo such as 3-1-X-1")
            )
        allowed = translate("PlanFields", "1 to {most} characters").format(most=NAME_MAX)
        if not isinstance(self.name, str) or not self.name.strip() or len(self.name) > NAME_MAX:
            raise ValidationError("name", self.name, allowed)
        if not _encodable(self.name):
            # A lone surrogate (JSON's "\\ud800") cannot be written to a file or a terminal.
            raise ValidationError(
                "name", self.name, allowed, translate("PlanFields", "not valid Unicode text")
            )
        if not isinstance(self.advance_when_ready, bool):
            raise ValidationError(
                "advance_when_ready",
                self.advance_when_ready,
                translate("PlanFields", "true or false"),
            )
        if self.progression is not None and not isinstance(self.progression, Progression):
            raise ValidationError(
                "progression",
                self.progression,
                translate("PlanFields", "a rep range and increment"),
            )
        for loads in (self.loads, *self.more_loads):
            if loads is not None and not _is_loads(loads):
                raise ValidationError(
                    "loads", loads, translate("PlanFields", "the plates of today's sets")
                )
        check_side(self.first_side)
        if not all(isinstance(b, Block) for b in self.more_blocks):
            raise ValidationError(
                "blocks", self.more_blocks, translate("PlanFields", "blocks of a workout")
            )

    @classmethod
    def build(cls, base: Plan | None = None, **changes: Any) -> Plan:
        """A plan from `base` (the defaults if None) with `changes`, all of which may be text.

        Raises ValidationError naming the first bad field.
        """
        plan = base or cls()
        values: dict[str, Any] = {}
        blocks = changes.pop("blocks", None)
        for name, value in changes.items():
            if name == "tempo":
                value = value if isinstance(value, Tempo) else parse_tempo(value)
            elif name in FIELDS:
                value = FIELDS[name].check(value)
            elif name == "cues" and isinstance(value, Mapping):
                value = CueOptions.from_mapping(value)
            elif name == "progression" and value is not None:
                if not isinstance(value, Progression):
                    value = Progression.from_mapping(value)
            elif name == "exercise":
                value = check_exercise(value)
            elif name == "first_side":
                value = check_side(value)
            elif name == "cue_mode":
                name, value = (
                    "cues",
                    replace(plan.cues, mode=CueOptions.from_mapping({"mode": value}).mode),
                )
            elif name not in {"name", "advance_when_ready", "cues", "progression", "more_blocks"}:
                raise ValidationError(
                    name,
                    value,
                    translate("PlanFields", "a plan field"),
                    translate("PlanFields", "unknown field"),
                )
            values[name] = value
        built = replace(plan, **values)
        return built if blocks is None else _with_blocks(built, blocks)

    # JSON -----------------------------------------------------------------------------

    def with_loads(self, loads: Loads | None, more: Sequence[Loads | None] | None = None) -> Plan:
        """With today's loads of block 1 (None: none), and of the later blocks if `more`."""
        more = self.more_loads if more is None else tuple(more)
        same = loads == self.loads and more == self.more_loads
        return self if same else replace(self, loads=loads, more_loads=more)

    @property
    def blocks(self) -> tuple[Block, ...]:
        """Every block in order: the first from the plan's own fields, then `more_blocks`."""
        first = Block(
            *(self.exercise, self.sets, self.reps, self.tempo, self.rest_s, self.progression),
            *(self.switch_s, self.first_side),
        )
        return (first, *self.more_blocks)

    def to_dict(self) -> dict[str, Any]:
        """Format 1 for one block (as every earlier version wrote it), else format 2."""
        if self.more_blocks:
            shared = {k: v for k, v in self._flat_dict().items() if k in SHARED}
            blocks = [b.to_dict() for b in self.blocks]
            return {"format": BLOCKS_FORMAT, **shared, "blocks": blocks}
        data = self._flat_dict()
        del data["block_rest_s"]
        if not self.blocks[0].unilateral:
            for key in SIDE_KEYS:
                del data[key]
        if self.progression is None:
            # Left out, so a plan without one reads as it did before progression existed.
            del data["progression"]
        return {"format": PLAN_FORMAT, **data}

    def _flat_dict(self) -> dict[str, Any]:
        data = asdict(replace(self, loads=None, more_blocks=(), more_loads=()))
        for key in (*TODAYS, "more_blocks"):
            del data[key]  # today's loads are not the plan's; blocks are written apart
        data["tempo"] = format_tempo(self.tempo)
        data["cues"] = {**data["cues"], "mode": self.cues.mode.value}
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> Plan:
        if not isinstance(data, Mapping):
            raise ValidationError(
                "plan", type(data).__name__, translate("PlanFields", "a JSON object")
            )
        form = data.get("format", PLAN_FORMAT)
        if form == BLOCKS_FORMAT:
            reject_unknown(data, {*SHARED, "blocks", "format"}, "plan")
            if "blocks" not in data:
                problem = translate("PlanFields", "a plan of format {format} lists its blocks")
                raise ValidationError("format", form, _forms(), problem.format(format=form))
        elif form == PLAN_FORMAT:
            flat = set(cls.__dataclass_fields__) - {*TODAYS, "more_blocks", "block_rest_s"}
            reject_unknown(data, flat | {"format"}, "plan")
            reject_side_keys(data, check_exercise(data.get("exercise", "hip-thrust")))
        else:
            raise ValidationError("format", form, _forms())
        changes = {k: v for k, v in data.items() if k != "format"}
        if "cues" in changes and not isinstance(changes["cues"], Mapping):
            raise ValidationError(
                "cues",
                changes["cues"],
                translate("PlanFields", "an object with {fields}").format(
                    fields="mode, setup_checklist, form_tips"  # i18n: not shown
                ),
            )
        if "blocks" in changes:
            changes["blocks"] = blocks_from_list(changes["blocks"])
        return cls.build(**changes)

    @classmethod
    def from_json(cls, text: str) -> Plan:
        """The plan in JSON `text`; anything else raises ValidationError (one line)."""
        return cls.from_dict(load_json(text, "plan"))

    # Derived figures -------------------------------------------------------------------

    @property
    def progression_rule(self) -> Progression:
        """The plan's progression, or by default: every set at the plan's reps, then +2.5 kg."""
        return self.progression or Progression(self.reps, self.reps)

    @property
    def concentric_s(self) -> float:
        return self.tempo.concentric_s(self.explosive_s)

    def describe(self) -> str:
        if self.more_blocks:
            blocks = "; ".join(b.describe() for b in self.blocks)
            return translate(
                "PlanFields", "{blocks}; {rest} s between exercises, lead-in {lead_in} s"
            ).format(blocks=blocks, rest=number(self.block_rest_s), lead_in=number(self.lead_in_s))
        return translate(
            "PlanFields", "{sets} × {reps}, tempo {tempo}, rest {rest} s, lead-in {lead_in} s"
        ).format(
            sets=self.sets,
            reps=self.reps,
            tempo=format_tempo(self.tempo),
            rest=number(self.rest_s),
            lead_in=number(self.lead_in_s),
        )


def modified_name(name: str) -> str:
    """ "Heavy strength" -> "Heavy strength (modified)": once, within NAME_MAX characters."""
    base = name.removesuffix(MODIFIED).rstrip()
    base = base[: NAME_MAX - len(MODIFIED)].rstrip() or CUSTOM
    return f"{base}{MODIFIED}"


def shown_name(name: str) -> str:
    """A plan's name as the lifter reads it: a built-in preset's name, "Custom" and
    " (modified)" in their language (context "Presets"); a name the lifter gave, as given."""
    base = name.removesuffix(MODIFIED)
    shown = translate("Presets", base) if base else base
    return shown + translate("Presets", MODIFIED) if base != name else shown


def _forms() -> str:
    return translate("PlanFields", "{single}, or {blocks} with a list of blocks").format(
        single=PLAN_FORMAT, blocks=BLOCKS_FORMAT
    )


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _with_blocks(plan: Plan, blocks: object) -> Plan:
    """`plan` running `blocks` (Blocks, or their mappings as a plan file holds them)."""
    if not isinstance(blocks, Sequence) or isinstance(blocks, str) or not blocks:
        raise ValidationError("blocks", blocks, translate("PlanFields", "a list of blocks"))
    items = [
        b if isinstance(b, Block) else block_from_mapping(b, n) for n, b in enumerate(blocks, 1)
    ]
    first = items[0]
    return replace(
        plan,
        exercise=first.exercise,
        sets=first.sets,
        reps=first.reps,
        tempo=first.tempo,
        rest_s=first.rest_s,
        progression=first.progression,
        switch_s=first.switch_s,
        first_side=first.first_side,
        more_blocks=tuple(items[1:]),
    )


def _is_loads(value: object) -> bool:
    from thrusttimer.core.loading.today import Loads

    return isinstance(value, Loads)
