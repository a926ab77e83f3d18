"""The plates and the warm-up in the settings: round trips, and a bad value never lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.loading.strategies import inventories
from tests.support.hostile_json import values
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB, Inventory
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME, WarmupScheme, WarmupStep
from thrusttimer.core.tempo import parse_tempo
from thrusttimer.store.settings import PLATES_GROUP, WARMUP_KEY, Settings


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "ThrustTimer.ini"


def test_nothing_saved_gives_the_kg_gym_and_the_default_warm_up(path: Path) -> None:
    saved = Settings(path)
    assert saved.load_inventory() == (DEFAULT_KG, None)
    assert saved.load_warmup() == (DEFAULT_SCHEME, None)


def test_plates_and_warm_up_are_restored_by_a_new_instance(path: Path) -> None:
    inventory = Inventory.build(
        DEFAULT_LB, bar=35, collar=1.25, plates=[(45, 4), (25, 2), (2.5, 1), (1.25, 2)]
    )
    scheme = WarmupScheme(
        (WarmupStep(None, 12, parse_tempo("1-0-1-1"), 45), WarmupStep(50, 5, rest_s=75.5))
    )
    first = Settings(path)
    first.save_inventory(inventory)
    first.save_warmup(scheme)
    assert first.sync() is None

    again = Settings(path)
    assert again.notice is None
    assert again.load_inventory() == (inventory, None)
    assert again.load_warmup() == (scheme, None)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(inventories())
def test_any_inventory_round_trips(tmp_path: Path, inventory: Inventory) -> None:
    file = tmp_path / "round-trip.ini"
    file.unlink(missing_ok=True)
    saved = Settings(file)
    saved.save_inventory(inventory)
    assert saved.sync() is None
    assert Settings(file).load_inventory() == (inventory, None)


def test_only_the_bad_plate_value_is_reset_and_the_file_is_copied_first(path: Path) -> None:
    saved = Settings(path)
    saved.save_inventory(Inventory.build(DEFAULT_KG, bar=15, plates=[(20, 2), (0.5, 1)]))
    saved._qsettings.setValue(f"{PLATES_GROUP}/bar", "-20")
    assert saved.sync() is None

    inventory, notice = Settings(path).load_inventory()
    assert inventory == Inventory.build(DEFAULT_KG, plates=[(20, 2), (0.5, 1)])
    assert notice is not None
    assert "bar: '-20' is not allowed (out of range); allowed: a number from 0 to 60 kg" in notice
    assert "copied to ThrustTimer.ini.unreadable-" in notice
    copies = list(path.parent.glob("ThrustTimer.ini.unreadable-*"))
    assert len(copies) == 1
    assert b"bar=-20" in copies[0].read_bytes()


def test_damaged_plates_fall_back_to_the_gym_of_the_saved_unit(path: Path) -> None:
    saved = Settings(path)
    saved.save_inventory(DEFAULT_LB)
    saved._qsettings.setValue(f"{PLATES_GROUP}/plates", '[{"weight": 0, "pairs": 2}]')
    inventory, notice = saved.load_inventory()
    assert inventory == DEFAULT_LB
    assert notice is not None
    assert "plate: 0 is not allowed (out of range); allowed: a number from 0.25 to 100 lb" in notice

    saved._qsettings.setValue(f"{PLATES_GROUP}/plates", "[not json")
    assert "plates: line 1 column 2" in str(saved.load_inventory()[1])
    saved._qsettings.setValue(f"{PLATES_GROUP}/unit", "stone")
    inventory, notice = saved.load_inventory()
    assert inventory.unit == "kg"
    assert "unit: 'stone' is not allowed; allowed: kg or lb" in str(notice)


def test_a_damaged_warm_up_falls_back_to_the_default(path: Path) -> None:
    saved = Settings(path)
    saved._qsettings.setValue(WARMUP_KEY, '{"steps": [{"percent": 120, "reps": 5}]}')
    scheme, notice = saved.load_warmup()
    assert scheme == DEFAULT_SCHEME
    assert notice is not None
    assert "warm-up step 1 percent: 120 is not allowed (out of range)" in notice
    assert "from 10 to 95 % of the work load" in notice
    assert "using the default warm-up (empty bar × 10, 40 % × 8, 60 % × 5, 80 % × 3)" in notice


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["unit", "bar", "collar", "plates"]), values.map(str))
def test_any_text_in_a_plate_setting_gives_plates_and_at_most_a_notice(
    tmp_path: Path, key: str, text: str
) -> None:
    file = tmp_path / "fuzz.ini"
    file.unlink(missing_ok=True)
    saved = Settings(file)
    saved._qsettings.setValue(f"{PLATES_GROUP}/{key}", text)
    inventory, notice = saved.load_inventory()
    assert isinstance(inventory, Inventory)
    assert notice is None or "\n" not in notice
