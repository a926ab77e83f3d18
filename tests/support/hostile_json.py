"""Hypothesis strategies for files a user (or a bug, or an attacker) could hand the app.

JSON text that is valid but hostile: plan-shaped objects with wrong types, lone
surrogates and control characters in text, numbers thousands of digits long, nesting
thousands deep; and raw bytes. Built as text, since `json.dumps` itself refuses some of it.
"""

from __future__ import annotations

import json

from hypothesis import strategies as st

PLAN_KEYS = (
    "format",
    "name",
    "exercise",
    "sets",
    "reps",
    "tempo",
    "rest_s",
    "lead_in_s",
    "set_brace_s",
    "explosive_s",
    "advance_when_ready",
    "cues",
    "progression",
)
CUE_KEYS = ("mode", "setup_checklist", "form_tips")
PROGRESSION_KEYS = ("rep_low", "rep_high", "increment", "unit", "max_rpe", "deload_pct")

# Text with the troublemakers: control characters, ESC sequences, NUL, lone surrogates.
hostile_text = st.one_of(
    st.text(max_size=80),
    st.text(st.characters(categories=["Cs", "Cc", "Zl", "L", "N", "P"]), max_size=20),
    st.sampled_from(
        [
            "\x1b[2J\x1b[31mred",
            "a\x00b",
            "\ud800",
            "x\udc80y",
            "\u2028",
            "hip-thrust",
            "squat",
            "3-1-X-1",
            "-0-0-1-0",
            "full",
            "tones",
            "",
            " ",
        ]
    ),
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**25), max_value=10**25),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 1, 3, 20, 21, 100, 0.5, 2.5, 900, 901, -1]),
    hostile_text,
)

values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(hostile_text, st.sampled_from(PLAN_KEYS)), inner, max_size=4),
    ),
    max_leaves=12,
)

cue_objects = st.dictionaries(st.sampled_from(CUE_KEYS), values, max_size=3)
progression_objects = st.dictionaries(
    st.one_of(st.sampled_from(PROGRESSION_KEYS), hostile_text),
    st.one_of(values, st.sampled_from(["kg", "lb", 8, 12, 2.5, 9, 9.5, 10.0])),
    max_size=6,
)

plan_objects = st.dictionaries(
    st.one_of(st.sampled_from(PLAN_KEYS), st.sampled_from(PLAN_KEYS), hostile_text),
    st.one_of(values, cue_objects, progression_objects),
    max_size=8,
)


def _dumps(value: object) -> str:
    return json.dumps(value)  # ensure_ascii: a surrogate becomes the escape "\ud800"


@st.composite
def deep_nesting(draw: st.DrawFn) -> str:
    depth = draw(st.integers(min_value=200, max_value=100_000))
    opening, closing = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
    inner = opening * depth + "1" + closing * depth
    key = draw(st.sampled_from(["cues", "name", "sets"]))
    return draw(st.sampled_from([inner, f'{{"{key}": {inner}}}']))


@st.composite
def huge_numbers(draw: st.DrawFn) -> str:
    digits = "9" * draw(st.integers(min_value=20, max_value=6000))
    number = draw(st.sampled_from([digits, "-" + digits, digits + ".5", "1e" + digits[:6]]))
    key = draw(st.sampled_from(["sets", "rest_s", "format", "name"]))
    return f'{{"{key}": {number}}}'


plan_texts = st.one_of(
    plan_objects.map(_dumps),
    values.map(_dumps),
    deep_nesting(),
    huge_numbers(),
    st.text(max_size=200),
)
"""JSON text (mostly valid, all hostile) where a plan is expected."""


def preset_file_texts() -> st.SearchStrategy[str]:
    """JSON text where the presets file is expected: the right shape with bad entries, or not."""
    entries = st.lists(st.one_of(plan_objects, values), max_size=4)
    documents = st.fixed_dictionaries(
        {"format": st.one_of(st.just(1), values), "presets": st.one_of(entries, values)}
    )
    return st.one_of(documents.map(_dumps), plan_texts)


file_bytes = st.one_of(
    st.binary(max_size=300),
    plan_texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
    preset_file_texts().map(lambda text: text.encode("utf-8", "surrogatepass")),
)
"""Bytes a plan or presets file might hold: random, hostile JSON, or broken UTF-8."""
