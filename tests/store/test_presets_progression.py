"""The rep range and increment on the user's presets: saved, restored, and old files load."""

from __future__ import annotations

import json
from pathlib import Path

from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import preset
from thrusttimer.store.presets import UserPresets


def test_a_preset_keeps_its_rule(tmp_path: Path) -> None:
    path = tmp_path / "presets.json"
    presets, _ = UserPresets.load(path)
    rule = Progression(6, 10, 5, "lb", max_rpe=8.5, deload_pct=15)
    presets.add(Plan.build(preset("hypertrophy"), name="Glute day", progression=rule))
    presets.duplicate(preset("strength"))
    again, notice = UserPresets.load(path)
    assert notice is None
    assert again.get("Glute day").progression == rule
    assert again.get("Heavy strength (copy)").progression == preset("strength").progression
    saved = json.loads(path.read_text(encoding="utf-8"))["presets"][0]["progression"]
    assert saved == {
        "rep_low": 6,
        "rep_high": 10,
        "increment": 5,
        "unit": "lb",
        "max_rpe": 8.5,
        "deload_pct": 15,
    }


def test_a_file_from_before_progression_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "presets.json"
    old = preset("strength").to_dict()
    del old["progression"]
    path.write_text(json.dumps({"format": 1, "presets": [old | {"name": "Old"}]}), "utf-8")
    presets, notice = UserPresets.load(path)
    assert notice is None
    assert presets.get("Old").progression is None
    assert presets.get("Old").progression_rule == Progression(5, 5, 2.5, "kg")


def test_a_preset_with_a_bad_rule_is_set_aside_with_the_field_named(tmp_path: Path) -> None:
    path = tmp_path / "presets.json"
    good = preset("strength").to_dict() | {"name": "Good"}
    bad = good | {"name": "Bad", "progression": {"rep_low": 12, "rep_high": 8}}
    path.write_text(json.dumps({"format": 1, "presets": [good, bad]}), "utf-8")
    presets, notice = UserPresets.load(path)
    assert presets.names == ["Good"]
    assert notice is not None
    assert "“Bad”: rep range: '12–8' is not allowed" in notice
