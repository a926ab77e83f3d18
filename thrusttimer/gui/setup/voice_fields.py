"""The voice form's fields as data: the voice list's default entry and width, and the spin
boxes of the rate, volume and latency (range, step, unit, tooltip), with the helper that
puts a spin box's words in the user's language (`VoicePanel` lays them out)."""

from __future__ import annotations

from typing import Final

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.gui.setup.rows import SpinSpec

VOICE_SPINS: Final[tuple[SpinSpec, ...]] = (
    (
        "rate_wpm",
        (0, 999),
        10,
        QT_TRANSLATE_NOOP("VoicePanel", " wpm"),
        None,
        QT_TRANSLATE_NOOP("VoicePanel", "How fast the coach speaks, words per minute"),
    ),
    ("volume_pct", (0, 999), 5, " %", None, QT_TRANSLATE_NOOP("VoicePanel", "Voice volume")),
    (
        "latency_ms",
        (-9999, 9999),
        10,
        " ms",
        None,
        QT_TRANSLATE_NOOP(
            "VoicePanel",
            "Start cues this much earlier (negative) or later, to match a slow audio device",
        ),
    ),
)
"""The suffixes and tooltips are translated where shown (`shown_spec`)."""
DEFAULT_VOICE: Final = ("", QT_TRANSLATE_NOOP("VoicePanel", "Default voice"))
VOICE_NAME_ROOM: Final = 24
"""Characters the voice list shows without cutting a name."""


def shown_spec(spec: SpinSpec) -> SpinSpec:
    """`spec` with its suffix and tooltip in the user's language."""
    name, widget_range, step, suffix, decimals, tip = spec
    return (
        name,
        widget_range,
        step,
        translate("VoicePanel", suffix),
        decimals,
        translate("VoicePanel", tip),
    )
