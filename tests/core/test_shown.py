from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.shown import CLIP_AT, clipped, printable, shown_value


def test_escapes_reach_the_terminal_as_text() -> None:
    assert printable("a\x1b[2Jb\x00c\u2028") == "a\\x1b[2Jb\\x00c\\u2028"
    assert printable("Hüftstoß ✓") == "Hüftstoß ✓"


def test_a_lone_surrogate_is_escaped() -> None:
    shown = printable("x\udc80")
    assert shown == "x\\udc80"
    shown.encode("utf-8")


def test_long_values_are_cut() -> None:
    assert clipped("a" * 10_000_000) == "a" * CLIP_AT + "…"
    assert clipped("short") == "short"


def test_shown_value_quotes_text_and_survives_huge_ints() -> None:
    assert shown_value("x" * 100) == "'" + "x" * CLIP_AT + "…'"
    assert shown_value(10**5000) == "a number too long to show"
    assert shown_value(3.5) == "3.5"


@given(st.text())
def test_printable_output_is_always_safe(text: str) -> None:
    shown = clipped(text)
    shown.encode("utf-8")
    assert all(ord(c) >= 0x20 and not 0x7F <= ord(c) < 0xA0 for c in shown)
    assert len(shown) <= CLIP_AT + 1
