"""The gym screen's look: a dark, high-contrast palette, one colour and one shape per phase.

Colours are chosen to stay distinct for the common colour-vision deficiencies (blue/orange/
yellow/magenta rather than red/green), and every movement phase also has its own shape, so
nobody has to tell phases apart by colour alone. Sizes are fractions of a widget's height so
the screen reads the same from the floor at 800×600 and at 1920×1080, and no text a lifter
must read during a workout is smaller than `READABLE_SHARE` of the window's height
(`readable_px`): where it would not fit at that size it wraps (`widgets.text`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from thrusttimer.core.model import Phase

BACKGROUND = QColor("#0b0d10")
SURFACE = QColor("#171a20")
TEXT = QColor("#f4f6f8")
MUTED = QColor("#a9b1bb")
TRACK = QColor("#2a2f38")
WARNING = QColor("#ffb020")
DISABLED = QColor("#5b636d")
"""Text of a control that can't be used now (the same grey the tool buttons use)."""

FONT_FAMILY = "DejaVu Sans"  # i18n: not shown
"""Installed with the app's dependencies on Linux; Qt falls back to the system sans elsewhere."""

PHASE_WORD_SHARE = 0.17
"""The phase word's pixel size as a share of the window height: its ink (cap height ≈ 0.73 of
the pixel size) then stays above the 12 % legibility rule with room to spare."""


READABLE_SHARE = 0.04
"""The least pixel size (the em, as a font size is given) of anything a lifter must read
during a workout, as a share of the window's height: 24 px at 1024×600, 31 at 1366×768, 44
at 1920×1080. (Its capitals are then ~2.9 % tall; the phase word's rule is on its ink.)"""


def readable_px(widget: QWidget) -> int:
    """`READABLE_SHARE` of the height of `widget`'s window, rounded up to a whole pixel."""
    return math.ceil(round(READABLE_SHARE * widget.window().height(), 6))


class PhaseStyle(NamedTuple):
    """How a phase is drawn."""

    colour: QColor
    shape: str
    """How the phase is drawn besides its colour: up, circle, down, square, pause, none."""


PHASES: dict[Phase, PhaseStyle] = {
    Phase.SETUP: PhaseStyle(QColor("#c9d1d9"), "none"),
    Phase.BRACE: PhaseStyle(QColor("#ffd23f"), "square"),
    Phase.THRUST: PhaseStyle(QColor("#ff8a3d"), "up"),
    Phase.SQUEEZE: PhaseStyle(QColor("#ff5fd2"), "circle"),
    Phase.DESCENT: PhaseStyle(QColor("#45b4ff"), "down"),
    Phase.REST: PhaseStyle(QColor("#5be0c8"), "pause"),
    Phase.SWITCH: PhaseStyle(QColor("#b39dff"), "play"),
}

BREATH_COLOUR = QColor("#8fd3ff")

LEFT_SIDE = QColor("#45b4ff")
RIGHT_SIDE = QColor("#ff8a3d")
"""A one-sided exercise's left and right leg where both are drawn (History's charts): the
palette's blue and orange, a pair that stays apart in every common colour-vision deficiency
(and never red against green). Where they are drawn, their lines differ in style too."""


def phase_style(phase: Phase, shape: str = "") -> PhaseStyle:
    """The phase's style; `shape` from the exercise content overrides the default shape."""
    style = PHASES[phase]
    return PhaseStyle(style.colour, shape or style.shape)


def font(pixel_size: float, bold: bool = False) -> QFont:
    """A font sized in logical pixels, so it scales with the widget, not with the DPI setting."""
    result = QFont(FONT_FAMILY)
    result.setPixelSize(max(1, round(pixel_size)))
    result.setBold(bold)
    return result


def paint_own_background(widget: QWidget) -> None:
    """Let `widget` fill its own background with the window's colour. Qt then treats it as
    opaque and, when it changes, repaints it alone instead of every container behind it
    (measured: ~11 container repaints per frame of a running set before)."""
    widget.setAutoFillBackground(True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
    widget.setPalette(palette)


def over(colour: QColor, alpha: int, background: QColor) -> QColor:
    """`colour` at `alpha` (0-255) laid over `background`, as one opaque colour."""
    a = alpha / 255
    return QColor(
        round(colour.red() * a + background.red() * (1 - a)),
        round(colour.green() * a + background.green() * (1 - a)),
        round(colour.blue() * a + background.blue() * (1 - a)),
    )


def draw_ringed_disc(
    painter: QPainter, centre: QPointF, radius: float, fill: QColor, edge: QColor, width: float
) -> None:
    """A disc of `fill` with an outline of `edge`, `width` wide, centred on `radius`: as two
    opaque discs, which the raster engine draws ~4x faster than a see-through fill with a
    stroked outline (464 vs 100 us at radius 100). Only for a disc on a plain background."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(edge)
    painter.drawEllipse(centre, radius + width / 2, radius + width / 2)
    painter.setBrush(fill)
    inner = max(0.0, radius - width / 2)
    painter.drawEllipse(centre, inner, inner)
    painter.restore()


def draw_card(painter: QPainter, rect: QRectF) -> None:
    """The rounded panel that groups a picture on the dark background."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SURFACE)
    radius = min(rect.width(), rect.height()) * 0.06
    painter.drawRoundedRect(rect, radius, radius)
    painter.restore()


def paint_whole_background(widget: QWidget) -> None:
    """`widget` paints every pixel itself, from an opaque `Layer`: Qt then neither clears
    it first nor paints anything behind it. (A plain copy of an opaque layer is much cheaper
    than clearing to the window colour and blending a see-through one over it.)"""
    widget.setAutoFillBackground(False)
    widget.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)


class Layer:
    """The still parts of a widget (panels, tracks, the bench), drawn once per size and
    then copied: antialiased circles are the dearest thing in a frame.

    With a `background` the layer is opaque, that colour wherever nothing is drawn, and
    covers the whole widget (see `paint_whole_background`); without one it is see-through.
    """

    def __init__(self, background: QColor | None = None) -> None:
        self._key: Hashable = None
        self._pixmap: QPixmap | None = None
        self._background = background

    def draw(
        self,
        painter: QPainter,
        widget: QWidget,
        key: Hashable,
        paint: Callable[[QPainter], None],
        area: QRect | None = None,
    ) -> None:
        """Copy the layer to `painter` (made anew by `paint` when `key` or the size changed).

        With an `area` the layer covers only that part of the widget, in the widget's
        coordinates (`paint` draws in them too): where nothing but the background lies
        outside it, a smaller layer saves its memory (a full-width one is ~3 MB at 1080p).
        """
        ratio = widget.devicePixelRatioF()
        where = area if area is not None else widget.rect()
        full_key = (where.getRect(), ratio, key)
        if self._pixmap is None or self._key != full_key:
            pixmap = QPixmap(round(where.width() * ratio), round(where.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(
                self._background if self._background is not None else Qt.GlobalColor.transparent
            )
            layer = QPainter(pixmap)
            layer.setRenderHint(QPainter.RenderHint.Antialiasing)
            layer.translate(-where.x(), -where.y())
            paint(layer)
            layer.end()
            self._key, self._pixmap = full_key, pixmap
        painter.drawPixmap(where.x(), where.y(), self._pixmap)


def fitted_font(text: str, width: float, pixel_size: float, bold: bool = False) -> QFont:
    """`font(pixel_size)`, made smaller if `text` would not fit in `width`."""
    result = font(pixel_size, bold)
    needed = QFontMetricsF(result).horizontalAdvance(text)
    if needed > width > 0:
        result.setPixelSize(max(1, int(result.pixelSize() * width / needed)))
    return result


def apply(app: QApplication) -> None:
    """The dark palette for the whole application."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.AlternateBase, BACKGROUND),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.Button, SURFACE),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.ToolTipBase, SURFACE),
        (QPalette.ColorRole.ToolTipText, TEXT),
        (QPalette.ColorRole.Highlight, QColor("#3d7eff")),
        (QPalette.ColorRole.HighlightedText, TEXT),
    ):
        palette.setColor(role, colour)
    # A disabled button must look disabled ("Use this" before there is a result), not
    # like every other button: the roles above set every colour group alike.
    # (Button text only: the preset list's headings are disabled items and must stay bright.)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, DISABLED)
    app.setPalette(palette)
    # No application style sheet: it would make Qt style every widget through
    # QStyleSheetStyle (~5 ms of start-up). The gym screen's buttons draw themselves
    # (widgets/button.py); labels, tooltips and menus take the palette above.
