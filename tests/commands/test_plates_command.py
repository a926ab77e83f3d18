"""`thrusttimer plates`: the loading with the saved plates, and one-line errors (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from thrusttimer.cli import main
from thrusttimer.commands import plates
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB, Inventory
from thrusttimer.store.settings import PLATES_GROUP, Settings


@pytest.fixture
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    path = tmp_path / "settings.ini"
    monkeypatch.setattr(plates, "open_settings", lambda: Settings(path))
    return Settings(path)


def test_a_load_the_plates_make(saved: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plates", "142.5"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "142.5 kg: 25 + 25 + 10 + 1.25 each side"
    assert out[1].startswith("Your plates: Bar 20 kg, no collars; plates in pairs: 25 kg × 4")


def test_a_load_the_plates_cannot_make_says_so_and_exits_1(
    saved: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plates", "143"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        "143 kg can't be made with your plates; rounded down to 142.5 kg: 25 + 25 + 10 + 1.25 "
        "each side"
    )


def test_the_saved_plates_are_used(saved: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    saved.save_inventory(Inventory.build(DEFAULT_LB, plates=[(45, 2), (25, 1), (10, 1)]))
    assert saved.sync() is None
    assert main(["plates", "205"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "205 lb: 45 + 25 + 10 each side"
    # A load in the other unit is converted to the plates' unit first.
    assert main(["plates", "100", "--unit", "kg"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "100 kg is 220.46 lb (your plates are in lb)."
    assert out[1] == (
        "220.46 lb can't be made with your plates; rounded up to 225 lb: 45 + 45 each side"
    )


def test_a_damaged_saved_value_is_said_and_the_default_used(
    saved: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    saved._qsettings.setValue(f"{PLATES_GROUP}/bar", "-5")
    assert saved.sync() is None
    assert main(["plates", "100"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("100 kg: 25 + 15 each side")
    assert "bar: '-5' is not allowed" in captured.err
    assert DEFAULT_KG.bar == 20


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["-5"], "load: '-5' is not allowed (out of range); allowed: a number from 0 to 1000 kg"),
        (["heavy"], "load: 'heavy' is not allowed (not a number); allowed: a number from 0"),
        (["5000", "--unit", "lb"], "allowed: a number from 0 to 2200 lb"),
        (["nan"], "load: 'nan' is not allowed (not a finite number)"),
        (["100", "--unit", "stone"], "--unit: 'stone' is not a unit; allowed: kg or lb"),
        ([], "the following arguments are required: load"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    saved: Settings, capsys: pytest.CaptureFixture[str], args: list[str], error: str
) -> None:
    assert main(["plates", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("thrusttimer plates: error: ")
    assert error in err
    assert err.count("\n") == 1
