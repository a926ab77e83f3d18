"""Double progression: add, keep, deload or first time, with the reasons in words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.loading.strategies import histories, inventories
from thrusttimer.core.loading.inventory import DEFAULT_KG, DEFAULT_LB, Inventory
from thrusttimer.core.loading.plates import loadable
from thrusttimer.core.loading.progression import Kind, SessionResult, WorkSet, suggest
from thrusttimer.core.loading.rule import Progression
from thrusttimer.core.loading.units import to_steps

RULE = Progression(8, 12, 2.5, "kg")


def session(load: float | None, *reps: int, rpe: float | None = None) -> SessionResult:
    return SessionResult(tuple(WorkSet(load, r, rpe) for r in reps))


def test_the_first_time_the_lifter_chooses() -> None:
    first = suggest([], RULE, DEFAULT_KG)
    assert (first.kind, first.load, first.reps) == (Kind.FIRST, None, 8)
    assert first.reasoning == (
        "No session of this workout in the log yet: choose a load you can lift for 8–12 reps."
    )
    # A session whose load was not logged says nothing about the load.
    assert suggest([session(None, 12, 12)], RULE, DEFAULT_KG).kind is Kind.FIRST


def test_every_set_at_the_top_adds_the_increment() -> None:
    result = suggest([session(100, 12, 12, 12, 12, rpe=8)], RULE, DEFAULT_KG)
    assert (result.kind, result.load, result.reps) == (Kind.ADD, 102.5, 8)
    assert result.loading is not None
    assert result.loading.per_side == (25, 15, 1.25)
    assert result.reasoning == (
        "Last time: 4 × 12 at 100 kg, RPE 8. Every set reached 12 at RPE 9 or less: "
        "add 2.5 kg. Today: 102.5 kg × 8–12."
    )


def test_short_of_the_top_keeps_the_load_and_aims_for_one_more_rep() -> None:
    result = suggest([session(100, 12, 11, 10, 10, rpe=8)], RULE, DEFAULT_KG)
    assert (result.kind, result.load, result.reps) == (Kind.KEEP, 100, 11)
    assert result.reasoning == (
        "Last time: 12, 11, 10, 10 at 100 kg, RPE 8. Not every set reached 12: keep the load "
        "and aim for 11. Today: 100 kg × 11–12."
    )


def test_an_rpe_above_the_ceiling_keeps_the_load() -> None:
    sets = SessionResult((WorkSet(100, 12, 8), WorkSet(100, 12, 9.5), WorkSet(100, 12)))
    result = suggest([sets], RULE, DEFAULT_KG)
    assert (result.kind, result.load, result.reps) == (Kind.KEEP, 100, 12)
    assert result.reasoning == (
        "Last time: 3 × 12 at 100 kg, RPE 8–9.5. Every set reached 12, but RPE 9.5 is above 9: "
        "keep the load. Today: 100 kg × 12."
    )


def test_two_sessions_below_the_range_deload() -> None:
    once = suggest([session(100, 12, 12), session(102.5, 7, 7, 6)], RULE, DEFAULT_KG)
    assert (once.kind, once.load, once.reps) == (Kind.KEEP, 102.5, 8)
    twice = suggest([session(102.5, 7, 7, 6), session(102.5, 7, 6, 6)], RULE, DEFAULT_KG)
    assert (twice.kind, twice.load, twice.reps) == (Kind.DELOAD, 92.5, 8)
    assert twice.reasoning == (
        "Last time: 7, 6, 6 at 102.5 kg. Two sessions in a row below 8 reps: take 10 % off. "
        "Today: 92.5 kg (the nearest your plates make) × 8–12."
    )


def test_loads_follow_the_inventory_and_its_unit() -> None:
    result = suggest([session(225, 12, 12, 12)], RULE, DEFAULT_LB)
    assert (result.kind, result.load, result.unit) == (Kind.ADD, 230, "lb")
    assert "add 2.5 kg (your plates make +5 lb)" in result.reasoning
    # Plates that go up by 5 kg at the least: add takes the next load they make.
    coarse = Inventory.build(DEFAULT_KG, plates=[(25, 4), (5, 4)])
    assert suggest([session(100, 12, 12)], RULE, coarse).load == 110


def test_at_the_most_the_plates_make_the_load_is_kept() -> None:
    result = suggest([session(545, 12, 12)], RULE, DEFAULT_KG)
    assert (result.kind, result.load) == (Kind.KEEP, 545)
    assert "545 kg is the most your plates make" in result.reasoning


def test_a_load_the_plates_no_longer_make_is_kept_at_the_nearest() -> None:
    result = suggest([session(101, 9, 9)], RULE, DEFAULT_KG)
    assert (result.kind, result.load) == (Kind.KEEP, 100)
    assert "Today: 100 kg (the nearest your plates make) × 10–12." in result.reasoning


def test_to_dict_for_scripts() -> None:
    data = suggest([session(100, 12, 12, 12, 12, rpe=8)], RULE, DEFAULT_KG).to_dict()
    assert data["kind"] == "add"
    assert (data["load"], data["unit"], data["reps"]) == (102.5, "kg", 8)
    assert data["plates_per_side"] == [25, 15, 1.25]


@settings(max_examples=300)
@given(histories, inventories())
def test_the_suggestion_never_exceeds_what_the_inventory_loads(
    history: list[SessionResult], inventory: Inventory
) -> None:
    result = suggest(history, RULE, inventory)
    if result.load is not None:
        assert result.load in loadable(inventory)
        assert to_steps(result.load) <= to_steps(inventory.heaviest)
        assert RULE.rep_low <= result.reps <= RULE.rep_high


@st.composite
def better(draw: st.DrawFn, history: list[SessionResult]) -> list[SessionResult]:
    """`history` with more reps or a lower RPE in any of its sets."""
    improved = []
    for past in history:
        sets = []
        for done in past.sets:
            rpe = done.rpe
            if rpe is not None:
                rpe = max(6.0, rpe - draw(st.integers(0, 4)) / 2)
            sets.append(WorkSet(done.load, done.reps + draw(st.integers(0, 5)), rpe))
        improved.append(SessionResult(tuple(sets)))
    return improved


@settings(max_examples=300)
@given(st.data(), histories, inventories(), st.integers(1, 15), st.integers(0, 6))
def test_more_reps_or_a_lower_rpe_never_gives_a_lighter_suggestion(
    data: st.DataObject, history: list[SessionResult], inventory: Inventory, low: int, span: int
) -> None:
    rule = Progression(low, low + span, 2.5, "kg")
    improved = data.draw(better(history))
    before = suggest(history, rule, inventory)
    after = suggest(improved, rule, inventory)
    if before.load is None:
        assert after.load is None
    else:
        assert after.load is not None
        assert to_steps(after.load) >= to_steps(before.load)


def test_the_readme_example() -> None:
    """README.md, "How progression decides": four sessions of the hypertrophy preset."""
    rule = Progression(8, 12, 2.5, "kg")
    done = [
        SessionResult(tuple(WorkSet(100, r, 8) for r in (12, 11, 10, 10))),
        SessionResult(tuple(WorkSet(100, r, 8.5) for r in (12, 12, 12, 12))),
        SessionResult(tuple(WorkSet(102.5, r, 9) for r in (8, 7, 7, 6))),
        SessionResult(tuple(WorkSet(102.5, r, 9.5) for r in (7, 7, 6, 6))),
    ]
    said = [suggest(done[:n], rule, DEFAULT_KG) for n in range(1, 5)]
    assert [(s.kind, s.load, s.reps) for s in said] == [
        (Kind.KEEP, 100, 11),
        (Kind.ADD, 102.5, 8),
        (Kind.KEEP, 102.5, 8),
        (Kind.DELOAD, 92.5, 8),
    ]
