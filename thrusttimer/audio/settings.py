"""The voice settings the user chooses: voice, rate, volume, cue mode and latency offset.

Qt-free, so the store can save them and the headless run can take them from the command line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Final

from thrusttimer.core.errors import NumberField, ValidationError
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.language import ENGLISH, LANGUAGES
from thrusttimer.core.plan import CueMode

SETTINGS_FORMAT: Final = 1

FIELDS: Final = {
    "rate": NumberField(
        "rate", 80, 300, QT_TRANSLATE_NOOP("Validation", "words per minute"), integer=True
    ),
    "volume": NumberField("volume", 0, 1),
    "latency_offset_ms": NumberField("latency_offset_ms", -500, 500, "ms", integer=True),
}
"""The numeric settings and their allowed ranges (a settings UI can read .low/.high).
The same ranges as the saved preferences in `store.settings.VoicePrefs`."""

DEFAULT_RATE: Final = 175
"""espeak-ng's own default speed, which its voices are tuned for."""


@dataclass(frozen=True, slots=True)
class VoiceSettings:
    """How the coach speaks: the voice, its rate and volume, the cue mode and the latency offset."""

    voice_id: str = ""
    """The engine's voice id (see `voices.list_voices`); "" is the engine's default voice."""
    rate: int = DEFAULT_RATE
    """Speaking speed in words per minute."""
    volume: float = 1.0
    """0 (silent) to 1 (the normalised level), applied to speech and tones alike."""
    cue_mode: CueMode = field(default=CueMode.FULL)
    latency_offset_ms: int = 0
    """Play every cue this much earlier (positive) to make up for slow output such as
    Bluetooth headphones."""
    language: str = ENGLISH
    """The language the coach speaks: with the engine's default voice ("" above), the
    engine's voice that speaks it best; and the bundled pack of that language."""

    def __post_init__(self) -> None:
        for name, spec in FIELDS.items():
            object.__setattr__(self, name, spec.check(getattr(self, name)))
        if not isinstance(self.voice_id, str) or len(self.voice_id) > 200:
            raise ValidationError(
                "voice_id",
                self.voice_id,
                translate("VoiceSettings", "a voice id of up to 200 characters"),
            )
        if self.language not in LANGUAGES:
            allowed = translate("VoiceSettings", "one of {choices}")
            raise ValidationError(
                "language", self.language, allowed.format(choices=", ".join(LANGUAGES))
            )
        if not isinstance(self.cue_mode, CueMode):
            try:
                object.__setattr__(self, "cue_mode", CueMode(self.cue_mode))
            except ValueError:
                allowed = ", ".join(m.value for m in CueMode)
                raise ValidationError(
                    "cue_mode",
                    self.cue_mode,
                    translate("VoiceSettings", "one of {allowed}").format(allowed=allowed),
                ) from None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["cue_mode"] = self.cue_mode.value
        return {"format": SETTINGS_FORMAT, **data}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VoiceSettings:
        """Settings from `data` (values may be text); missing keys take their defaults.

        Raises ValidationError naming the first bad or unknown field.
        """
        if not isinstance(data, Mapping):
            raise ValidationError(
                translate("VoiceSettings", "voice settings"),
                type(data).__name__,
                translate("VoiceSettings", "an object"),
            )
        known = set(cls.__dataclass_fields__) | {"format"}
        for key in data:
            if key not in known:
                raise ValidationError(
                    str(key),
                    data[key],
                    translate("VoiceSettings", "one of {allowed}").format(
                        allowed=", ".join(sorted(known))
                    ),
                    translate("VoiceSettings", "unknown field"),
                )
        if data.get("format", SETTINGS_FORMAT) != SETTINGS_FORMAT:
            raise ValidationError("format", data.get("format"), str(SETTINGS_FORMAT))
        return cls(**{k: v for k, v in data.items() if k != "format"})
