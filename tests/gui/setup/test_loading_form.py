"""The plates and warm-up forms' model, without Qt: rows give an inventory or a warm-up, or
one error per field naming the row, the field and its allowed range; any text typed gives
one or the other, never a traceback. And today's suggestion, read from a log read-only."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.gui.setup.test_form import numbers_as_typed
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB, Inventory
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME, WarmupScheme
from thrusttimer.core.presets import preset
from thrusttimer.gui.setup.loading_form import (
    InventoryFields,
    StepFields,
    check_inventory,
    check_warmup,
    line,
    plates_room,
    warmup_room,
)
from thrusttimer.gui.setup.today import read_history, today_text
from thrusttimer.store.log import TrainingLog
from thrusttimer.store.log_opening import Damaged

ROOT = Path(__file__).resolve().parents[3]
HYPERTROPHY = preset("hypertrophy")


def test_the_loading_models_import_no_qt() -> None:
    code = (
        "import sys, thrusttimer.gui.setup.loading_form, thrusttimer.gui.setup.today; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"


@pytest.mark.parametrize("inventory", [DEFAULT_KG, DEFAULT_LB], ids=["kg", "lb"])
def test_the_rows_of_an_inventory_give_it_back(inventory: Inventory) -> None:
    assert check_inventory(InventoryFields.of(inventory)).inventory == inventory


def test_fractional_plates_are_ordinary_rows_and_rows_are_sorted() -> None:
    fields = InventoryFields("kg", "20", 0, ((1.25, 2), ("0.5", "1"), (25, 4)))
    inventory = check_inventory(fields).inventory
    assert inventory is not None
    assert [(s.weight, s.pairs) for s in inventory.plates] == [(25, 4), (1.25, 2), (0.5, 1)]


@pytest.mark.parametrize(
    ("changes", "name", "text"),
    [
        ({"bar": -5}, "bar", "⚠ Bar: out of range. Allowed: a number from 0 to 60 kg."),
        ({"collar": "x"}, "collar", "⚠ Collar: not a number. Allowed: a number from 0 to 5 kg."),
        (
            {"plates": ((25, 4), (20, 0))},
            "plate 2 pairs",
            "⚠ Plate 2 pairs: out of range. Allowed: a whole number from 1 to 50 pairs.",
        ),
        (
            {"plates": ((0, 2),)},
            "plate 1",
            "⚠ Plate 1: out of range. Allowed: a number from 0.25 to 50 kg.",
        ),
        (
            {"plates": ((25, 4), (25.0, 1))},
            "plate 2",
            "⚠ Plate 2: the same as plate 1. Allowed: each weight once "
            "(a number from 0.25 to 50 kg).",
        ),
        ({"unit": "stone"}, "unit", "⚠ Unit: not allowed. Allowed: kg or lb."),
    ],
)
def test_a_bad_plate_field_is_one_line_naming_it_and_its_range(
    changes: dict[str, object], name: str, text: str
) -> None:
    values: dict[str, object] = {"unit": "kg", "bar": 20, "collar": 0, "plates": ((25, 4),)}
    check = check_inventory(InventoryFields(**{**values, **changes}))  # type: ignore[arg-type]
    assert check.inventory is None
    assert list(check.errors) == [name]
    assert line(check.errors[name]) == text


def test_the_limits_follow_the_unit() -> None:
    check = check_inventory(InventoryFields("lb", 100, 0, ((45, 2),)))
    assert check.inventory is not None
    check = check_inventory(InventoryFields("kg", 100, 0, ((45, 2),)))
    assert list(check.errors) == ["bar"]


def test_the_warm_up_rows_give_a_scheme_or_name_the_step() -> None:
    rows = tuple(StepFields.of(step) for step in DEFAULT_SCHEME.steps)
    assert check_warmup(rows).scheme == DEFAULT_SCHEME
    assert check_warmup(()).scheme == WarmupScheme(())
    bad = check_warmup((StepFields(None, 10), StepFields(5, 8), StepFields(60, 0)))
    assert [line(e) for e in bad.errors.values()] == [
        "⚠ Warm-up step 2 percent: out of range. Allowed: a number from 10 to 95 % of the "
        "work load.",
        "⚠ Warm-up step 3 reps: out of range. Allowed: a whole number from 1 to 30.",
    ]
    falling = check_warmup((StepFields(60, 5), StepFields(40, 8)))
    assert list(falling.errors) == ["warm-up step 2 percent"]
    assert "more than the step before (60 %)" in line(falling.errors["warm-up step 2 percent"])
    assert any("Warm-up step 8" in text for text in warmup_room())
    assert any("Plate 20 pairs" in text for text in plates_room())


@given(
    unit=st.one_of(st.sampled_from(["kg", "lb"]), st.text(max_size=4)),
    bar=numbers_as_typed(),
    collar=numbers_as_typed(),
    plates=st.lists(st.tuples(numbers_as_typed(), numbers_as_typed()), max_size=22),
    steps=st.lists(
        st.tuples(st.one_of(st.none(), numbers_as_typed()), numbers_as_typed()), max_size=9
    ),
)
def test_any_text_in_the_rows_gives_plates_and_a_warm_up_or_named_errors(
    unit: str,
    bar: float | str,
    collar: float | str,
    plates: list[tuple[float | str, float | str]],
    steps: list[tuple[float | str | None, float | str]],
) -> None:
    check = check_inventory(InventoryFields(unit, bar, collar, tuple(plates)))
    assert (check.inventory is None) == bool(check.errors)
    warmup = check_warmup(tuple(StepFields(percent, reps) for percent, reps in steps))
    assert (warmup.scheme is None) == bool(warmup.errors)
    for name, error in [*check.errors.items(), *warmup.errors.items()]:
        assert error.field == name
        assert line(error).endswith(f"Allowed: {error.allowed}.")


# Today's suggestion --------------------------------------------------------------------


def add_session(log: TrainingLog, name: str, day: int, load_kg: float, reps: list[int]) -> None:
    began = datetime(2026, 11, day, 18).astimezone()
    session = log.start_session(name, began)
    for number, done in enumerate(reps, start=1):
        log.add_set(
            session, number, load_kg=load_kg, reps=done, rpe=8,
            ended_at=began + timedelta(minutes=number),
        )  # fmt: skip


def test_the_log_is_read_read_only_and_worded_with_the_plates(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    assert read_history(path) == []
    assert not path.exists(), "no log is created by reading"
    with TrainingLog.open(path) as log:
        add_session(log, HYPERTROPHY.name, 9, 100, [12, 12, 12, 12])
    before = path.read_bytes()
    sessions = read_history(path)
    assert path.read_bytes() == before
    text = today_text(sessions, HYPERTROPHY, HYPERTROPHY.name, DEFAULT_KG, DEFAULT_SCHEME)
    assert text.suggestion.startswith("Last time: 4 × 12 at 100 kg, RPE 8.")
    assert text.suggestion.endswith("Today: 102.5 kg × 8–12.")
    assert text.plates == "102.5 kg: 25 + 15 + 1.25 each side"
    assert text.warmup == "Warm-up: 20 kg × 10, 40 kg × 8, 60 kg × 5, 80 kg × 3"
    # A workout changed in the form keeps its history.
    modified = text == today_text(
        sessions, HYPERTROPHY, f"{HYPERTROPHY.name} (modified)", DEFAULT_KG, DEFAULT_SCHEME
    )
    assert modified
    first = today_text(sessions, preset("strength"), "Heavy strength", DEFAULT_KG, WarmupScheme(()))
    assert first.suggestion.startswith("No session of this workout in the log yet")
    assert (first.plates, first.warmup) == ("", "")


def test_a_damaged_log_raises_and_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(Damaged, match="header is damaged"):
        read_history(path)
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert [p.name for p in tmp_path.iterdir()] == ["log.sqlite3"]


def test_a_whole_session_says_each_later_exercise_from_its_own_sets(tmp_path: Path) -> None:
    from tests.support.training_log import add_session as add_work

    path = tmp_path / "log.sqlite3"
    with TrainingLog.open(path) as log:
        add_work(log, "Glute day A", 2, 100, [12, 12, 12, 12])
        add_work(log, "Glute day A", 3, 60, [10, 10, 10], exercise="b-stance-hip-thrust")
    sessions = read_history(path)
    glute = preset("glute-day-a")
    text = today_text(sessions, glute, glute.name, DEFAULT_KG, DEFAULT_SCHEME)
    assert text.suggestion.endswith("Today: 102.5 kg × 8–12.")
    assert text.blocks == (
        "2 · B-stance hip thrust: Last time: 3 × 10 at 60 kg, RPE 8. Today: 62.5 kg × 10. "
        "(62.5 kg: 20 + 1.25 each side)",
        "3 · Frog pump: no sets of it logged yet",
    )
    one = today_text(sessions, HYPERTROPHY, HYPERTROPHY.name, DEFAULT_KG, DEFAULT_SCHEME)
    assert one.blocks == (), "a one-exercise workout says what it always did"


def test_a_held_first_exercise_gets_no_plate_warm_up(tmp_path: Path) -> None:
    from tests.support.training_log import add_session as add_work
    from thrusttimer.core.plan import Plan

    path = tmp_path / "log.sqlite3"
    pumps = Plan.build(name="Pumps", exercise="frog-pump", sets=2, reps=20)
    with TrainingLog.open(path) as log:
        add_work(log, "Pumps", 2, 40, [20, 20], exercise="Frog Pumps")
    text = today_text(read_history(path), pumps, pumps.name, DEFAULT_KG, DEFAULT_SCHEME)
    assert "42.5 kg" in text.suggestion
    assert text.warmup == ""


def test_a_long_session_names_a_few_later_exercises_and_counts_the_rest() -> None:
    from thrusttimer.core.plan import Plan

    moves = ["hip-thrust", "glute-bridge", "frog-pump", "b-stance-hip-thrust", "frog-pump"]
    long = Plan.build(name="Long", blocks=[{"exercise": e, "sets": 1, "reps": 10} for e in moves])
    text = today_text([], long, long.name, DEFAULT_KG, DEFAULT_SCHEME)
    assert text.blocks == (
        "2 · Barbell glute bridge: no sets of it logged yet",
        "3 · Frog pump: no sets of it logged yet",
        "+ 2 more exercises: each one's load is asked before the start",
    )
