"""The animated side view of the exercise, drawn with QPainter from `pose.pose`.

Each exercise's kit and stance (`show_exercise`) choose the rig the pose is drawn on:
the bench and the bar only when it uses them, the other leg when it does something else.
It follows whichever session it is bound to: the real one during a workout, or a one-set
preview session looping a demo rep ("watch how it's done") while the window is idle. Its
caption (the lead-in's checklist) is never under the readable size: a long sentence takes
two or three lines, and the lifter's picture gives up the height they need.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from thrusttimer.core.content import Exercise
from thrusttimer.core.i18n import language
from thrusttimer.core.language import mid_sentence
from thrusttimer.core.model import Phase, Side
from thrusttimer.gui import theme
from thrusttimer.gui.widgets import pose as geometry
from thrusttimer.gui.widgets.shapes import draw_shape
from thrusttimer.gui.widgets.text import Block, Shown, block_height, fit, lines_at

WORLD = QRectF(*geometry.WORLD)
"""The part of the hip thrust's side view (metres, y up) that is drawn."""
BODY = QColor("#dfe4ea")
FAR_LEG = theme.over(BODY, 120, theme.SURFACE)
"""The other leg, behind the working one: the body's colour, dimmed."""
BENCH = QColor("#4a5361")
PLATE = QColor("#3a4150")
BACKGROUND_EDGE = QColor("#0b0d10")
CAPTION_SHARE = 0.16
"""The caption's height as a share of the view's, at the least (one line of its own size)."""


class SideView(QWidget):
    """Draws the lifter; `show_pose` sets what to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.paint_whole_background(self)
        self.phase: Phase | None = None
        self.progress = 0.0
        self.caption = ""
        self.rig = geometry.HIP_THRUST
        self.world = WORLD
        self.mirrored = False
        """Seen from the lifter's left (facing left): a one-sided set of the left leg."""
        self.pose = geometry.pose(None, 0.0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(self.tr("Side view of the hip thrust"))
        self._scenery = theme.Layer(theme.BACKGROUND)
        self._figure_area: tuple[tuple[int, int], QRectF] | None = None
        """The size it was for, and where the current pose's drawing is (`_figure_rect`):
        made when the pose was shown, reused as where the body was at the next."""
        self._caption_room: tuple[tuple[tuple[object, ...], str], int, float] = (((), ""), 0, 0)
        """For one phase at one size and the caption last shown: the lines kept for the
        caption (the most any caption has needed, so the picture does not jump as the
        checklist goes on) and the caption area's height."""

    def show_exercise(self, exercise: Exercise) -> None:
        """Draw `exercise`'s movement from now on: its bench, bar and stance."""
        shown = mid_sentence(exercise.name, language())
        name = self.tr("Side view of the {exercise}").format(exercise=shown)
        if name != self.accessibleName():
            self.setAccessibleName(name)  # asked at every frame: said only when it changes
        rig = geometry.rig_for(exercise)
        if rig == self.rig:
            return
        self.rig, self.world = rig, QRectF(*rig.world)
        self.pose = geometry.pose(self.phase, self.progress, rig)
        self._figure_area = None
        self.update()

    def show_side(self, side: Side | None) -> None:
        """Seen from the working leg's side: from the lifter's right (facing right, as
        always) or, for the left leg, from the left (the picture mirrored), so that the
        leg drawn in front is the one that works."""
        mirrored = side == "left"
        if mirrored != self.mirrored:
            self.mirrored = mirrored
            self._figure_area = None
            self.update()

    def show_pose(self, phase: Phase | None, progress: float, caption: str = "") -> None:
        new = geometry.pose(phase, progress, self.rig)
        if (new, phase, caption) == (self.pose, self.phase, self.caption):
            return
        if (phase, caption) == (self.phase, self.caption):
            # Only the body moved: repaint where it was and where it is, not the card,
            # the bench and the caption.
            was = self._figure_area
            if was is None or was[0] != (self.width(), self.height()):
                was = ((self.width(), self.height()), self._figure_rect(self.pose))
            now = self._figure_rect(new)
            self._figure_area = (was[0], now)
            self.update(was[1].united(now).toAlignedRect())
        else:
            self._figure_area = None
            self.update()
        self.pose, self.phase, self.progress, self.caption = new, phase, progress, caption

    def _figure_rect(self, p: geometry.Pose) -> QRectF:
        """Everything the lifter's drawing touches in `p`: joints, the plate and the arrow
        beside it, the head and the line through knees, hips and shoulders."""
        scale, left, bottom = self._mapper()
        points = [p.shoulder, p.hip, p.knee, p.ankle, p.heel, p.toe, p.head, p.bar]
        points += [(p.shoulder[0] - 0.15, p.shoulder[1]), (p.knee[0] + 0.12, p.knee[1])]
        points.append((p.bar[0] + geometry.PLATE_RADIUS + 0.1, p.bar[1]))
        if p.other is not None:
            points += [p.other.knee, p.other.ankle, p.other.heel, p.other.toe]
        world = self.world
        xs = [self._x(left + (x - world.left()) * scale) for x, _ in points]
        ys = [bottom - (y - world.top()) * scale for _, y in points]
        reach = (geometry.PLATE_RADIUS + geometry.HEAD_RADIUS) * scale + 0.07 * scale + 4
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
            -reach, -reach, reach, reach
        )

    # Painting --------------------------------------------------------------------------

    def _caption_height(self) -> float:
        """The caption's area's height: its share, or the lines it needs at the readable size."""
        if not self.caption:
            return 0.0
        least = theme.readable_px(self)
        key = (self.phase, self.width(), self.height(), least)
        (was, caption), lines, height = self._caption_room
        if (was, caption) != (key, self.caption):
            needed = lines_at(self.caption, self.width() - 24, least)
            lines = max(needed, lines) if was == key else needed
            height = max(self.height() * CAPTION_SHARE, block_height(theme.font(least), lines))
            self._caption_room = ((key, self.caption), lines, height)
        return height

    def caption_block(self) -> Block:
        caption_h = self._caption_height()
        area = QRectF(12, self.height() - caption_h - 12, self.width() - 24, caption_h)
        largest = self.height() * CAPTION_SHARE * 0.52
        return fit(self.caption, area, largest, theme.readable_px(self))

    def must_read(self) -> list[Shown]:
        what = "Caption"  # i18n: not shown
        return [Shown(what, self.caption_block(), theme.MUTED)] if self.caption else []

    def _mapper(self) -> tuple[float, float, float]:
        caption_h = self._caption_height() + 16 if self.caption else self.height() * 0.03
        width, height = self.width() * 0.94, (self.height() - caption_h) * 0.94
        world = self.world
        scale = min(width / world.width(), height / world.height())
        left = (self.width() - world.width() * scale) / 2
        bottom = (
            self.height() - caption_h - (self.height() - caption_h - world.height() * scale) / 2
        )
        return scale, left, bottom

    def _x(self, x: float) -> float:
        """Where a point drawn at `x` goes across: mirrored about the middle if need be."""
        return self.width() - x if self.mirrored else x

    def paintEvent(self, event: QPaintEvent) -> None:
        scale, left, bottom = self._mapper()
        world, rig = self.world, self.rig

        def at(p: tuple[float, float]) -> QPointF:
            x = self._x(left + (p[0] - world.left()) * scale)
            return QPointF(x, bottom - (p[1] - world.top()) * scale)

        p = self.pose
        colour = theme.phase_style(self.phase).colour if self.phase else theme.MUTED
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        def scenery(layer: QPainter) -> None:
            theme.draw_card(layer, QRectF(self.rect()).adjusted(4, 4, -4, -4))
            layer.setPen(QPen(theme.TRACK, max(2.0, scale * 0.012)))
            layer.drawLine(at((world.left(), 0.0)), at((world.right(), 0.0)))
            if not rig.bench:
                return
            layer.setPen(Qt.PenStyle.NoPen)
            layer.setBrush(BENCH)
            top_left = at((geometry.BENCH_LEFT, geometry.BENCH_TOP))
            top_right = at((geometry.BENCH_RIGHT, geometry.BENCH_TOP - 0.07))
            seat = QRectF(top_left, top_right).normalized()
            layer.drawRoundedRect(seat, scale * 0.015, scale * 0.015)
            for x in (geometry.BENCH_LEFT + 0.06, geometry.BENCH_RIGHT - 0.1):
                leg = QRectF(at((x, geometry.BENCH_TOP - 0.07)), at((x + 0.04, 0.0)))
                layer.drawRect(leg.normalized())

        # The card, floor and bench stand still: drawn once per size and placement.
        key = (scale, left, bottom, rig.bench, self.mirrored)
        self._scenery.draw(painter, self, key, scenery)

        limb = scale * 0.07
        pen = QPen(BODY, limb, c=Qt.PenCapStyle.RoundCap, j=Qt.PenJoinStyle.RoundJoin)
        in_line = self.phase is Phase.SQUEEZE or (self.phase is Phase.THRUST and p.lift > 0.97)
        if in_line and not rig.splay:
            # Knees, hips and shoulders in one line: show the line.
            guide = QPen(colour, max(2.0, scale * 0.012), Qt.PenStyle.DashLine)
            painter.setPen(guide)
            painter.drawLine(
                at((p.shoulder[0] - 0.15, p.shoulder[1] - 0.017)),
                at((p.knee[0] + 0.12, p.knee[1] + 0.014)),
            )
        # The plate first, then the body over it, so the hips stay visible; its see-through
        # grey is mixed over the card once rather than blended each frame.
        plate_r = geometry.PLATE_RADIUS * scale
        if rig.bar:
            plate = theme.over(PLATE, 150, theme.SURFACE)
            edge = max(2.0, scale * 0.02)
            theme.draw_ringed_disc(painter, at(p.bar), plate_r, plate, colour, edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if p.other is not None:
            # The other leg behind the working one, dimmed.
            painter.setPen(
                QPen(FAR_LEG, limb, c=Qt.PenCapStyle.RoundCap, j=Qt.PenJoinStyle.RoundJoin)
            )
            painter.drawPolyline([at(p.hip), at(p.other.knee), at(p.other.ankle)])
            painter.drawPolyline([at(p.other.heel), at(p.other.toe)])
        painter.setPen(pen)
        painter.drawPolyline([at(p.shoulder), at(p.hip), at(p.knee), at(p.ankle)])
        painter.drawPolyline([at(p.heel), at(p.toe)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BODY)
        head_r = geometry.HEAD_RADIUS * scale
        painter.drawEllipse(at(p.head), head_r, head_r)
        # The hips in the phase colour: the part that does the work.
        painter.setBrush(colour)
        painter.drawEllipse(at(p.hip), limb * 0.9, limb * 0.9)
        if rig.bar:
            # The bar's end in front of everything.
            painter.setBrush(theme.TEXT)
            painter.setPen(QPen(BACKGROUND_EDGE, max(1.0, scale * 0.008)))
            painter.drawEllipse(at(p.bar), plate_r * 0.2, plate_r * 0.2)
        # Which way the hips go, beside the plate.
        shape = {Phase.THRUST: "up", Phase.DESCENT: "down"}.get(self.phase) if self.phase else None
        if shape:
            glyph = QRectF(0, 0, plate_r * 0.8, plate_r * 1.1)
            glyph.moveCenter(at((p.bar[0] + geometry.PLATE_RADIUS + 0.1, p.bar[1])))
            draw_shape(painter, shape, glyph, colour)
        if self.caption:
            self.caption_block().draw(painter, theme.MUTED)
        painter.end()
