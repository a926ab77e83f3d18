"""Tempo in the strength-training notation E-P-C-P and its parser.

The four numbers are, in order: eccentric (lowering), the pause at the bottom, concentric
(lifting), and the pause at the top, in seconds. ``X`` in the concentric place means
"explosive": lift as fast as you can; the plan decides how long that slot lasts.

Accepted forms: ``3-1-X-1``, ``3/1/X/1``, ``3:1:X:1``, ``3 1 X 1``, the compact ``31X1``,
a three-part form with the top pause 0 (``3-1-X``, ``31X``), fractions (``2.5-0-1-1``) and
multi-digit seconds when separated (``10-0-1-0``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, number, translate

MAX_PHASE_S: Final = 30.0
"""The longest any one tempo phase may last."""

EXPLOSIVE: Final = "X"


def allowed_text() -> str:
    """The tempo's allowed form, in the lifter's language, for an error line."""
    return translate(
        "Tempo",
        "E-P-C-P such as 3-1-X-1, 31X1 or 3-1-X; each phase 0 to {most} s, "
        "X (explosive) only for the concentric, which must be above 0",
    ).format(most=number(MAX_PHASE_S))


_SEPARATORS = re.compile(r"\s*[-/:]\s*|\s+")
_NUMBER = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3})?|\.[0-9]{1,3}", re.ASCII)
_PHASE_NAMES: Final = (
    QT_TRANSLATE_NOOP("Tempo", "eccentric"),
    QT_TRANSLATE_NOOP("Tempo", "bottom pause"),
    QT_TRANSLATE_NOOP("Tempo", "concentric"),
    QT_TRANSLATE_NOOP("Tempo", "top pause"),
)
"""The phases as an error line names them; translated where shown (context "Tempo")."""


@dataclass(frozen=True, slots=True)
class Tempo:
    """One rep's tempo. A phase is seconds (a float, whole milliseconds) or explosive."""

    eccentric: float
    bottom_pause: float
    concentric: float | None
    """Seconds, or None for explosive (X)."""
    top_pause: float

    def __post_init__(self) -> None:
        for name in ("eccentric", "bottom_pause", "top_pause"):
            value = getattr(self, name)
            _check_seconds(name.replace("_", " "), value, str(value))
            object.__setattr__(self, name, round(float(value), 3))
        if self.concentric is not None:
            _check_seconds("concentric", self.concentric, str(self.concentric))
            if self.concentric <= 0:
                raise ValidationError(
                    "tempo",
                    str(self.concentric),
                    allowed_text(),
                    translate("Tempo", "the concentric cannot be 0"),
                )
            object.__setattr__(self, "concentric", round(float(self.concentric), 3))

    @property
    def explosive(self) -> bool:
        return self.concentric is None

    def concentric_s(self, explosive_s: float) -> float:
        """The concentric in seconds, with an explosive lift lasting `explosive_s`."""
        return explosive_s if self.concentric is None else self.concentric

    def rep_s(self, explosive_s: float) -> float:
        """One rep from the start of the lift to the end of the bottom pause."""
        return self.eccentric + self.bottom_pause + self.concentric_s(explosive_s) + self.top_pause

    def __str__(self) -> str:
        return format_tempo(self)


def _check_seconds(phase: str, value: float, shown: str) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or value != value:
        problem = translate("Tempo", "the {phase} is not a number")
        raise ValidationError(
            "tempo", shown, allowed_text(), problem.format(phase=translate("Tempo", phase))
        )
    if not 0 <= value <= MAX_PHASE_S:
        problem = translate("Tempo", "the {phase} must be 0 to {most} s")
        raise ValidationError(
            "tempo",
            shown,
            allowed_text(),
            problem.format(phase=translate("Tempo", phase), most=number(MAX_PHASE_S)),
        )


def _seconds_text(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text or "0"


def format_tempo(tempo: Tempo) -> str:
    """The canonical dashed form, e.g. ``3-1-X-1`` or ``2.5-0-1-1``."""
    concentric = EXPLOSIVE if tempo.concentric is None else _seconds_text(tempo.concentric)
    parts = (
        _seconds_text(tempo.eccentric),
        _seconds_text(tempo.bottom_pause),
        concentric,
        _seconds_text(tempo.top_pause),
    )
    return "-".join(parts)


def parse_tempo(text: str) -> Tempo:
    """Parse a tempo string; raise ValidationError (field ``tempo``) for anything else."""
    if not isinstance(text, str):
        raise ValidationError("tempo", text, allowed_text(), translate("Tempo", "not text"))
    stripped = text.strip()
    if not stripped:
        raise ValidationError("tempo", text, allowed_text(), translate("Tempo", "it is empty"))
    if _SEPARATORS.search(stripped):
        parts = _SEPARATORS.split(stripped)
    elif re.fullmatch(r"[0-9xX]{3,4}", stripped, re.ASCII):
        parts = list(stripped)
    else:
        raise ValidationError(
            "tempo",
            text,
            allowed_text(),
            translate("Tempo", "write one digit or X per phase, or separate the phases with -"),
        )
    if len(parts) not in (3, 4):
        problem = translate("Tempo", "it has {count} phases, not 3 or 4")
        raise ValidationError("tempo", text, allowed_text(), problem.format(count=len(parts)))
    if len(parts) == 3:
        parts.append("0")
    values: list[float | None] = []
    for index, part in enumerate(parts):
        if part in ("x", "X"):
            if index != 2:
                raise ValidationError(
                    "tempo",
                    text,
                    allowed_text(),
                    translate("Tempo", "X is only for the concentric, not the {phase}").format(
                        phase=translate("Tempo", _PHASE_NAMES[index])
                    ),
                )
            values.append(None)
            continue
        if not _NUMBER.fullmatch(part):
            raise ValidationError(
                "tempo",
                text,
                allowed_text(),
                translate("Tempo", "the {phase} {value} is not a number of seconds").format(
                    phase=translate("Tempo", _PHASE_NAMES[index]), value=repr(part)
                ),
            )
        values.append(float(part))
    eccentric, bottom, concentric, top = values
    assert eccentric is not None
    assert bottom is not None
    assert top is not None
    try:
        return Tempo(eccentric, bottom, concentric, top)
    except ValidationError as error:
        raise ValidationError("tempo", text, allowed_text(), error.problem) from None
