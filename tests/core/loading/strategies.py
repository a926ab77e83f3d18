"""Hypothesis strategies for plate inventories, loads and logged sessions."""

from __future__ import annotations

from hypothesis import strategies as st

from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.progression import SessionResult, WorkSet
from thrusttimer.core.loading.units import Unit

PLATES: dict[Unit, list[float]] = {
    "kg": [50, 25, 20, 15, 10, 5, 2.5, 2, 1.25, 1, 0.5, 0.25],
    "lb": [100, 45, 35, 25, 10, 5, 2.5, 1.25, 0.5, 0.25],
}
BARS: dict[Unit, list[float]] = {"kg": [0, 7, 10, 15, 20, 25], "lb": [0, 15, 35, 45, 55]}
units: st.SearchStrategy[Unit] = st.sampled_from(["kg", "lb"])


@st.composite
def inventories(draw: st.DrawFn, unit: Unit | None = None) -> Inventory:
    """Gym-like plates, now and then an odd weight (whole hundredths), few pairs."""
    chosen: Unit = draw(units) if unit is None else unit
    weights = draw(st.lists(st.sampled_from(PLATES[chosen]), unique=True, max_size=6))
    odd = draw(st.lists(st.integers(25, 2500).map(lambda h: h / 100), max_size=2, unique=True))
    weights += [w for w in odd if w not in weights]
    return Inventory.build(
        unit=chosen,
        bar=draw(st.sampled_from(BARS[chosen])),
        collar=draw(st.sampled_from([0, 0, 0.5, 1.25, 2.5])),
        plates=[(w, draw(st.integers(1, 3))) for w in weights],
    )


loads = st.one_of(
    st.integers(0, 160).map(lambda n: n * 2.5),
    st.integers(0, 40_000).map(lambda h: h / 100),
)
"""Loads a lifter asks for: mostly on a 2.5 grid, sometimes any hundredth."""

rpes = st.one_of(st.none(), st.integers(12, 20).map(lambda n: n / 2))


@st.composite
def sessions(draw: st.DrawFn) -> SessionResult:
    load = draw(st.one_of(st.none(), loads, loads, loads))
    count = draw(st.integers(1, 5))
    return SessionResult(
        tuple(WorkSet(load, draw(st.integers(0, 20)), draw(rpes)) for _ in range(count))
    )


histories = st.lists(sessions(), max_size=4)


def one_line(error: Exception) -> None:
    """An error the user sees is one line."""
    assert "\n" not in str(error)
