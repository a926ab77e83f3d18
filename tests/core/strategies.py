"""Hypothesis strategies for valid plans."""

from __future__ import annotations

from hypothesis import strategies as st

from thrusttimer.core.plan import CueMode, Plan
from thrusttimer.core.tempo import Tempo

tenths = st.integers(min_value=0, max_value=60).map(lambda t: t / 10)
tempos = st.builds(
    Tempo,
    tenths,
    tenths,
    st.one_of(st.none(), st.integers(min_value=1, max_value=60).map(lambda t: t / 10)),
    tenths,
)


@st.composite
def plans(draw: st.DrawFn, max_sets: int = 4, max_reps: int = 6) -> Plan:
    return Plan.build(
        sets=draw(st.integers(1, max_sets)),
        reps=draw(st.integers(1, max_reps)),
        tempo=draw(tempos),
        rest_s=draw(st.sampled_from([0, 2.5, 5, 15, 30, 90])),
        lead_in_s=draw(st.sampled_from([0, 1, 4, 10, 20, 45])),
        set_brace_s=draw(st.sampled_from([0.5, 1, 3])),
        explosive_s=draw(st.sampled_from([0.3, 1.0, 2.5])),
        advance_when_ready=draw(st.booleans()),
        cue_mode=draw(st.sampled_from(list(CueMode))),
    )
