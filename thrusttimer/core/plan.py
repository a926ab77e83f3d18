"""A workout plan: sets, reps, tempo, rest and cue options, validated, with JSON and presets."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any, Final

from thrusttimer.core.content import available_exercises
from thrusttimer.core.errors import Described, NumberField, ValidationError
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.tempo import Tempo, format_tempo, parse_tempo

if TYPE_CHECKING:
    # Today's plates: loaded with the load prompt, not before the first frame.
    from thrusttimer.core.loading.today import Loads

PLAN_FORMAT: Final = 1
NAME_MAX: Final = 60
"""The longest plan name, in characters."""
MODIFIED: Final = " (modified)"
"""What a plan's name ends with once its values differ from the preset or plan it came from."""
MAX_DIGITS: Final = 30
"""The longest number a plan's JSON may hold, in characters: far more than any field needs,
far less than Python refuses to convert (4300 digits)."""


class CueMode(StrEnum):
    FULL = "full"
    """Phase words with breathing, counts, announcements, checklist and form points."""
    BREATH = "breath"
    """Breathing words only (with countdown beeps)."""
    COUNTS = "counts"
    """Rep counts and countdowns only."""
    TONES = "tones"
    """Ticks, beeps and a final tone, no words."""
    SILENT = "silent"


FIELDS: Final = {
    "sets": NumberField("sets", 1, 20, integer=True),
    "reps": NumberField("reps", 1, 100, integer=True),
    "rest_s": NumberField("rest_s", 0, 900, "s"),
    "lead_in_s": NumberField("lead_in_s", 0, 300, "s"),
    "set_brace_s": NumberField("set_brace_s", 0.5, 30, "s"),
    "explosive_s": NumberField("explosive_s", 0.3, 3, "s"),
}


@dataclass(frozen=True, slots=True)
class CueOptions:
    mode: CueMode = CueMode.FULL
    setup_checklist: bool = True
    """Read the set-up checklist during the lead-in (full mode)."""
    form_tips: bool = True
    """One form point per rest (full mode)."""

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CueOptions:
        _reject_unknown(data, {"mode", "setup_checklist", "form_tips"}, "cues")
        mode = data.get("mode", CueMode.FULL.value)
        try:
            cue_mode = CueMode(mode)
        except ValueError:
            allowed = ", ".join(m.value for m in CueMode)
            raise ValidationError("cue_mode", mode, f"one of {allowed}") from None
        flags = {}
        for name in ("setup_checklist", "form_tips"):
            value = data.get(name, True)
            if not isinstance(value, bool):
                raise ValidationError(f"cues.{name}", value, "true or false")
            flags[name] = value
        return cls(cue_mode, **flags)


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything that decides a workout's timeline. Construct through `Plan.build`."""

    name: str = "Custom"
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

    def __post_init__(self) -> None:
        for name, spec in FIELDS.items():
            object.__setattr__(self, name, spec.check(getattr(self, name)))
        if not isinstance(self.tempo, Tempo):
            raise ValidationError("tempo", self.tempo, "a tempo such as 3-1-X-1")
        allowed = f"1 to {NAME_MAX} characters"
        if not isinstance(self.name, str) or not self.name.strip() or len(self.name) > NAME_MAX:
            raise ValidationError("name", self.name, allowed)
        if not _encodable(self.name):
            # A lone surrogate (JSON's "\\ud800") cannot be written to a file or a terminal.
            raise ValidationError("name", self.name, allowed, "not valid Unicode text")
        if not isinstance(self.advance_when_ready, bool):
            raise ValidationError("advance_when_ready", self.advance_when_ready, "true or false")
        if self.progression is not None and not isinstance(self.progression, Progression):
            raise ValidationError("progression", self.progression, "a rep range and increment")
        if self.loads is not None and not _is_loads(self.loads):
            raise ValidationError("loads", self.loads, "the plates of today's sets")

    @classmethod
    def build(cls, base: Plan | None = None, **changes: Any) -> Plan:
        """A plan from `base` (the defaults if None) with `changes`, all of which may be text.

        Raises ValidationError naming the first bad field.
        """
        plan = base or cls()
        values: dict[str, Any] = {}
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
                value = _exercise(value)
            elif name == "cue_mode":
                name, value = (
                    "cues",
                    replace(plan.cues, mode=CueOptions.from_mapping({"mode": value}).mode),
                )
            elif name not in {"name", "advance_when_ready", "cues", "progression"}:
                raise ValidationError(name, value, "a plan field", "unknown field")
            values[name] = value
        return replace(plan, **values)

    # JSON -----------------------------------------------------------------------------

    def with_loads(self, loads: Loads | None) -> Plan:
        """This plan with today's loads (None: none, as saved)."""
        return self if loads == self.loads else replace(self, loads=loads)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(replace(self, loads=None))
        del data["loads"]  # today's, not the plan's
        data["tempo"] = format_tempo(self.tempo)
        data["cues"] = {**data["cues"], "mode": self.cues.mode.value}
        if self.progression is None:
            # Left out, so a plan without one reads as it did before progression existed.
            del data["progression"]
        return {"format": PLAN_FORMAT, **data}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> Plan:
        if not isinstance(data, Mapping):
            raise ValidationError("plan", type(data).__name__, "a JSON object")
        known = (set(cls.__dataclass_fields__) - {"loads"}) | {"format"}
        _reject_unknown(data, known, "plan")
        if data.get("format", PLAN_FORMAT) != PLAN_FORMAT:
            raise ValidationError("format", data.get("format"), f"{PLAN_FORMAT}")
        changes = {k: v for k, v in data.items() if k != "format"}
        if "cues" in changes and not isinstance(changes["cues"], Mapping):
            raise ValidationError(
                "cues", changes["cues"], "an object with mode, setup_checklist, form_tips"
            )
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
        return (
            f"{self.sets} × {self.reps}, tempo {format_tempo(self.tempo)}, "
            f"rest {self.rest_s:g} s, lead-in {self.lead_in_s:g} s"
        )


def modified_name(name: str) -> str:
    """ "Heavy strength" -> "Heavy strength (modified)": once, within NAME_MAX characters."""
    base = name.removesuffix(MODIFIED).rstrip()
    base = base[: NAME_MAX - len(MODIFIED)].rstrip() or "Custom"
    return f"{base}{MODIFIED}"


def load_json(text: str, what: str) -> Any:
    """`text` decoded as JSON, or ValidationError naming `what` and where it went wrong.

    Deep nesting and numbers of thousands of digits are refused here rather than raising
    RecursionError or Python's own int-conversion ValueError.
    """
    try:
        return json.loads(text, parse_int=_bounded_int, parse_float=_bounded_float)
    except json.JSONDecodeError as error:
        raise ValidationError(
            what,
            Described(f"line {error.lineno} column {error.colno}"),
            f"a JSON {what}",
            error.msg,
        ) from None
    except RecursionError:
        raise ValidationError(
            what, Described("JSON nested too deeply"), f"a JSON {what} nested a few levels at most"
        ) from None


def _bounded_int(digits: str) -> int:
    return int(_short_number(digits))


def _bounded_float(digits: str) -> float:
    return float(_short_number(digits))


def _short_number(digits: str) -> str:
    if len(digits) > MAX_DIGITS:
        raise ValidationError(
            "number",
            Described(f"a number {len(digits)} characters long"),
            f"numbers of at most {MAX_DIGITS} characters",
        )
    return digits


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _exercise_ids() -> tuple[str, ...]:
    return tuple(available_exercises())


def _exercise(value: object) -> str:
    ids = _exercise_ids()
    if not isinstance(value, str) or value not in ids:
        raise ValidationError("exercise", value, f"one of {', '.join(ids)}", "unknown exercise")
    return value


def _reject_unknown(data: Mapping[str, Any], known: set[str], where: str) -> None:
    for key in data:
        if key not in known:
            raise ValidationError(
                str(key), data[key], f"{where} fields: {', '.join(sorted(known))}", "unknown field"
            )


# Presets --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Preset:
    id: str
    description: str
    plan: Plan


def _preset(id_: str, name: str, description: str, **values: Any) -> Preset:
    return Preset(id_, description, Plan.build(name=name, **values))


PRESETS: Final = {
    p.id: p
    for p in (
        _preset(
            "strength",
            "Heavy strength",
            "Heavy triples to fives: explosive lift, a one-second lockout, long rests.",
            sets=5,
            reps=5,
            tempo="2-0-X-1",
            rest_s=180,
            lead_in_s=30,
            progression=Progression(3, 5, 5.0),
        ),
        _preset(
            "hypertrophy",
            "Hypertrophy squeeze",
            "Moderate load for 10: a two-second squeeze at the top of every rep.",
            sets=4,
            reps=10,
            tempo="2-0-1-2",
            rest_s=90,
            lead_in_s=30,
            progression=Progression(8, 12, 2.5),
        ),
        _preset(
            "slow-eccentric",
            "Slow eccentric",
            "Four seconds down and a dead stop at the bottom: time under tension.",
            sets=3,
            reps=8,
            tempo="4-1-1-1",
            rest_s=120,
            lead_in_s=30,
            progression=Progression(6, 10, 2.5),
        ),
        _preset(
            "warm-up",
            "Light warm-up",
            "An empty or light bar before the work sets: groove the lockout.",
            sets=2,
            reps=12,
            tempo="1-0-1-1",
            rest_s=45,
            lead_in_s=30,
        ),
        _preset(
            "pause-reps",
            "Paused reps",
            "A three-second hold at the top and a brace at the bottom: own the lockout.",
            sets=3,
            reps=6,
            tempo="3-1-1-3",
            rest_s=120,
            lead_in_s=30,
            progression=Progression(5, 8, 2.5),
        ),
    )
}

DEFAULT_PRESET: Final = "hypertrophy"


def preset(name: str) -> Plan:
    try:
        return PRESETS[name].plan
    except KeyError:
        raise ValidationError(
            "preset", name, f"one of {', '.join(PRESETS)}", "unknown preset"
        ) from None


def _is_loads(value: object) -> bool:
    from thrusttimer.core.loading.today import Loads

    return isinstance(value, Loads)
