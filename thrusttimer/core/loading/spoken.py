"""Weights in words as a lifter says them: "one twenty", "two twenty-five", "a hundred".

English only: another language speaks a weight as a number (`wording.said_weight`)."""

from __future__ import annotations

from typing import Final

from thrusttimer.core.loading.units import STEP, to_steps

ONES: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
TENS: Final = (
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
)  # fmt: skip
FRACTIONS: Final = {25: "a quarter", 50: "a half", 75: "three quarters"}  # i18n: not shown
"""Hundredths a lifter says as a fraction; any other is read as a decimal ("point one").
English gym idiom, spoken only in English (`wording.said_weight`): not translated."""


def below_hundred(number: int) -> str:
    """0–99 in words: "seven", "twenty-five"."""
    if number < 20:
        return ONES[number]
    tens, ones = divmod(number, 10)
    return TENS[tens] if ones == 0 else f"{TENS[tens]}-{ONES[ones]}"


def whole(number: int) -> str:
    """A whole weight as said in a gym: 100 "a hundred", 105 "one oh five", 120 "one twenty",
    225 "two twenty-five", 1000 "a thousand", 1105 "eleven oh five"."""
    if number < 100:
        return below_hundred(number)
    if number % 1000 == 0 and number < 10_000:
        return "a thousand" if number == 1000 else f"{ONES[number // 1000]} thousand"
    hundreds, rest = divmod(number, 100)
    if hundreds >= 100:
        return " ".join(ONES[int(d)] for d in str(number))
    if rest == 0:
        return "a hundred" if hundreds == 1 else f"{below_hundred(hundreds)} hundred"
    tail = f"oh {ONES[rest]}" if rest < 10 else below_hundred(rest)
    return f"{below_hundred(hundreds)} {tail}"


def spoken_weight(weight: float) -> str:
    """A weight in words: 142.5 "one forty-two and a half", 1.25 "one and a quarter",
    0.5 "a half", 2.1 "two point one"."""
    steps = abs(to_steps(weight))
    units, hundredths = divmod(steps, STEP)
    if hundredths == 0:
        return whole(units)
    if hundredths in FRACTIONS:
        fraction = FRACTIONS[hundredths]
        return fraction if units == 0 else f"{whole(units)} and {fraction}"
    digits = f"{hundredths:02d}".rstrip("0")
    return f"{whole(units)} point {' '.join(ONES[int(d)] for d in digits)}"


def spoken_plate(weight: float, count: int = 1) -> str:
    """A plate, or `count` of one plate: "a twenty-five", "an eight", "a half", "two
    twenties", "two two and a half plates", "two half plates"."""
    word = spoken_weight(weight)
    if count == 1:
        if word.startswith("a "):
            return word
        return f"an {word}" if word.startswith("e") else f"a {word}"
    many = below_hundred(count) if count < 100 else str(count)
    if word.startswith("a "):
        word = word[2:]
        return (
            f"{many} {word}s" if word.endswith(("hundred", "thousand")) else f"{many} {word} plates"
        )
    if " " in word:
        return f"{many} {word} plates"
    return f"{many} {word[:-1]}ies" if word.endswith("y") else f"{many} {word}s"
