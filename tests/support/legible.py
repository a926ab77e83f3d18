"""The 4 % rule checked on a picture of the window: each text the window says it shows
(`widgets.text.shown_texts`) found on the pixels by its colour, line by line.

The rule is on the font's pixel size (its em, as a font size is given): at least
`READABLE_SHARE` of the window's height. The pixels confirm it: each line's ink, as found
in the picture, is as tall as the window says that font draws it (its outline's box), and
at least as tall as the same line set in a font of exactly that share, both within
`ROWS` rows, so a text drawn smaller than the window reports fails however its facts read.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from thrusttimer.gui.theme import READABLE_SHARE

NEAR = 60
"""How far (summed over red, green and blue) a pixel may be from a text's colour and still
count as its ink: the glyphs' cores and their mostly covered edges."""
ROWS = 2
"""How many rows fewer than its outline's box a line's ink may take on screen: the box is
rounded outward, and a round letter's overshoot is too faint to count as ink, at the top
and at the bottom (measured: 0 to 2 at the three sizes)."""


def rect(values: list[float], scale: float = 1.0) -> QRectF:
    return QRectF(*(v * scale for v in values))


def is_ink(pixel: QColor, colour: QColor) -> bool:
    return (
        abs(pixel.red() - colour.red())
        + abs(pixel.green() - colour.green())
        + abs(pixel.blue() - colour.blue())
        < NEAR
    )


def measured_lines(image: QImage, text: dict[str, Any], scale: float) -> list[int]:
    """How many rows of `image` each line of `text` takes: the rows with pixels of its colour
    across its ink's width (and 3 px more each side), from half-way to the line above to
    half-way to the line below (a quarter of its height beyond a first or last line), and
    inside its widget."""
    colour = QColor(text["colour"])
    widget = rect(text["widget"], scale)
    inks = [rect(ink, scale) for ink in text["ink"]]
    heights = []
    for index, ink in enumerate(inks):
        above = (
            (inks[index - 1].bottom() + ink.top()) / 2 if index else ink.top() - ink.height() / 4
        )
        below = (
            (ink.bottom() + inks[index + 1].top()) / 2
            if index + 1 < len(inks)
            else ink.bottom() + ink.height() / 4
        )
        top, bottom = max(above, widget.top()), min(below, widget.bottom())
        left = max(ink.left() - 3 * scale, widget.left())
        right = min(ink.right() + 3 * scale, widget.right())
        rows = [
            row
            for row in range(max(0, math.floor(top)), min(image.height(), math.ceil(bottom)))
            if any(
                is_ink(image.pixelColor(column, row), colour)
                for column in range(max(0, math.floor(left)), min(image.width(), math.ceil(right)))
            )
        ]
        heights.append(max(rows) - min(rows) + 1 if rows else 0)
    return heights


def fact_problems(
    texts: list[dict[str, Any]], window_height: int, share: float = READABLE_SHARE
) -> list[str]:
    """What breaks the rule in what the window says it shows, in a window `window_height`
    logical pixels tall: a text under `share` of it, cut short, out of its widget, or over
    another. Each as a sentence naming the text; none when all is well."""
    least = share * window_height
    found: list[str] = []
    for text in texts:
        name = f"{text['what']} {text['lines']!r}"
        if text["pixel_size"] < least:
            found.append(f"{name}: {text['pixel_size']} px, under {least:.1f} px")
        widget = rect(text["widget"]).adjusted(-0.5, -0.5, 0.5, 0.5)
        for line, ink in zip(text["lines"], text["ink"], strict=True):
            if line.endswith("…"):
                found.append(f"{name}: cut short")
            if not widget.contains(rect(ink)):
                found.append(f"{name}: {line!r} reaches out of its widget")
    for index, text in enumerate(texts):
        for other in texts[index + 1 :]:
            if any(rect(a).intersects(rect(b)) for a in text["ink"] for b in other["ink"]):
                found.append(f"{text['what']} and {other['what']} overlap")
    return found


def ink_problems(
    image: QImage, texts: list[dict[str, Any]], window_height: int, share: float = READABLE_SHARE
) -> list[str]:
    """Lines of `texts` whose ink in `image` (a picture of the window) is not as tall as
    their font draws them, or is shorter than at `share` of the height (within `ROWS`)."""
    scale = image.height() / window_height
    least = share * window_height
    found: list[str] = []
    for text in texts:
        for line, ink, rows in zip(
            text["lines"], text["ink"], measured_lines(image, text, scale), strict=True
        ):
            drawn, at_rule = ink[3] * scale, ink[3] * least / text["pixel_size"] * scale
            if abs(rows - drawn) > ROWS * scale or rows < at_rule - ROWS * scale:
                found.append(
                    f"{text['what']}: {line!r} is {rows} rows tall on screen; its font draws "
                    f"it {drawn:.0f} tall, and at {least:.1f} px {at_rule:.1f}"
                )
    return found


def problems(
    image: QImage, texts: list[dict[str, Any]], window_height: int, share: float = READABLE_SHARE
) -> list[str]:
    """Everything `fact_problems` and `ink_problems` find (`share` 0: only what is cut
    short, out of its widget or overlapping, and ink unlike its font)."""
    return fact_problems(texts, window_height, share) + ink_problems(
        image, texts, window_height, share
    )
