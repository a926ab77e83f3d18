"""How a plan's cues are spoken: the cue mode and the full mode's coaching switches."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import translate
from thrusttimer.core.jsontext import reject_unknown


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


@dataclass(frozen=True, slots=True)
class CueOptions:
    """What the coach says: the cue mode and which kinds of words are spoken."""

    mode: CueMode = CueMode.FULL
    setup_checklist: bool = True
    """Read the set-up checklist during the lead-in (full mode)."""
    form_tips: bool = True
    """One form point per rest (full mode)."""

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CueOptions:
        reject_unknown(data, {"mode", "setup_checklist", "form_tips"}, "cues")
        mode = data.get("mode", CueMode.FULL.value)
        try:
            cue_mode = CueMode(mode)
        except ValueError:
            allowed = ", ".join(m.value for m in CueMode)
            raise ValidationError(
                "cue_mode",
                mode,
                translate("PlanFields", "one of {allowed}").format(allowed=allowed),
            ) from None
        flags = {}
        for name in ("setup_checklist", "form_tips"):
            value = data.get(name, True)
            if not isinstance(value, bool):
                raise ValidationError(
                    f"cues.{name}",  # i18n: not shown
                    value,
                    translate("PlanFields", "true or false"),
                )
            flags[name] = value
        return cls(cue_mode, **flags)
