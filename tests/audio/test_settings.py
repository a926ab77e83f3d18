from __future__ import annotations

import pytest

from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.plan import CueMode


def test_settings_round_trip_through_a_dict():
    settings = VoiceSettings("gmw/en-us", 160, 0.8, CueMode.COUNTS, 120)
    data = settings.to_dict()
    assert data["cue_mode"] == "counts"
    assert VoiceSettings.from_dict(data) == settings


def test_settings_from_text_values_and_defaults_for_missing_keys():
    settings = VoiceSettings.from_dict({"rate": "150", "cue_mode": "tones"})
    assert settings == VoiceSettings(rate=150, cue_mode=CueMode.TONES)


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("rate", 20, "from 80 to 300 words per minute"),
        ("rate", "fast", "from 80 to 300"),
        ("volume", 1.5, "from 0 to 1"),
        ("latency_offset_ms", 900, "from -500 to 500 ms"),
        ("latency_offset_ms", 12.5, "whole number"),
        ("cue_mode", "loud", "one of full, breath, counts, tones, silent"),
        ("voice_id", 7, "voice id"),
    ],
)
def test_a_bad_value_names_the_field_and_its_range(field, value, allowed):
    with pytest.raises(ValidationError) as caught:
        VoiceSettings.from_dict({field: value})
    assert caught.value.field == field
    assert allowed in str(caught.value)


def test_unknown_fields_and_formats_are_refused():
    with pytest.raises(ValidationError, match="speed"):
        VoiceSettings.from_dict({"speed": 3})
    with pytest.raises(ValidationError, match="format"):
        VoiceSettings.from_dict({"format": 99})
