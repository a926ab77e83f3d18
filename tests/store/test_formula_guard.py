"""Cells a spreadsheet would run get a leading quote on export, which our import takes off."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thrusttimer.store.formula_guard import TRIGGERS, guard, unguard


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("'=1", "''=1"),  # the lifter's own quote survives our import
        ("''@x", "'''@x"),
        ("-5", "-5"),  # numbers stay numbers
        ("+2.5", "+2.5"),
        ("-1e3", "-1e3"),
        ("-", "'-"),
        ("-inf", "'-inf"),
        ("Hip Thrust", "Hip Thrust"),
        ("'quoted'", "'quoted'"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_cells_that_would_run_get_a_quote(text: str, cell: str) -> None:
    assert guard(text) == cell
    assert unguard(cell) == text


characters = st.text(
    alphabet=st.sampled_from([*TRIGGERS, "'", "5", ".", "e", "x", " ", "é"]), max_size=8
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(characters, st.text(max_size=12)))
def test_guard_is_undone_exactly_and_leaves_nothing_a_spreadsheet_runs(text: str) -> None:
    cell = guard(text)
    assert unguard(cell) == text
    if cell[:1] in TRIGGERS:
        float(cell)  # only a plain number may start with a sign
