"""The shapes that tell phases apart without colour, drawn in a phase's colour: in the
phase display's ring, and beside the side view's plate."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen


def draw_shape(painter: QPainter, shape: str, rect: QRectF, colour: QColor) -> None:
    """The phase's shape: up and down arrows, a ring (hold), a square (brace), bars (rest),
    and a triangle (ready) or a tick (done) between workouts."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    if shape in ("up", "down"):
        path = QPainterPath()
        points = [
            (0.5, 0.0),
            (1.0, 0.5),
            (0.68, 0.5),
            (0.68, 1.0),
            (0.32, 1.0),
            (0.32, 0.5),
            (0.0, 0.5),
        ]
        if shape == "down":
            points = [(px, 1.0 - py) for px, py in points]
        path.moveTo(x + points[0][0] * w, y + points[0][1] * h)
        for px, py in points[1:]:
            path.lineTo(x + px * w, y + py * h)
        path.closeSubpath()
        painter.drawPath(path)
    elif shape == "circle":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, w * 0.16))
        painter.drawEllipse(rect.adjusted(w * 0.1, h * 0.1, -w * 0.1, -h * 0.1))
    elif shape == "square":
        painter.drawRect(rect.adjusted(w * 0.12, h * 0.12, -w * 0.12, -h * 0.12))
    elif shape == "pause":
        painter.drawRect(QRectF(x + w * 0.18, y + h * 0.1, w * 0.22, h * 0.8))
        painter.drawRect(QRectF(x + w * 0.6, y + h * 0.1, w * 0.22, h * 0.8))
    elif shape == "check":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(
            QPen(colour, w * 0.16, c=Qt.PenCapStyle.RoundCap, j=Qt.PenJoinStyle.RoundJoin)
        )
        path = QPainterPath()
        path.moveTo(x + w * 0.1, y + h * 0.55)
        path.lineTo(x + w * 0.4, y + h * 0.85)
        path.lineTo(x + w * 0.92, y + h * 0.2)
        painter.drawPath(path)
    elif shape == "play":
        path = QPainterPath()
        path.moveTo(x + w * 0.2, y)
        path.lineTo(x + w * 0.95, y + h / 2)
        path.lineTo(x + w * 0.2, y + h)
        path.closeSubpath()
        painter.drawPath(path)
    painter.restore()
