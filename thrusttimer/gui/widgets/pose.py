"""Where the lifter's joints are at each moment of a hip thrust: a pure function, no Qt.

Side view, lifter facing right, in metres with y up from the floor. The upper back rests on
the bench edge and the feet stay planted; the torso pivots about the shoulders, and the knee
follows from the thigh and shin lengths. At the top the shins are vertical and knees, hips
and shoulders are in one line, as the coaching content asks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from thrusttimer.core.model import Phase

Point = tuple[float, float]

BENCH_TOP = 0.40
BENCH_LEFT = -0.55
BENCH_RIGHT = 0.05
SHOULDER: Point = (0.0, 0.45)
ANKLE: Point = (0.95, 0.09)
HEEL: Point = (0.91, 0.0)
TOE: Point = (1.13, 0.0)
TORSO = 0.52
"""Shoulder to hip."""
SHIN = 0.44
PLATE_RADIUS = 0.2
BAR_ABOVE_HIP = 0.06
HEAD_RADIUS = 0.1
BOTTOM_HIP_HEIGHT = 0.16
"""Hips at the bottom: just high enough for the plates to touch the floor."""

_KNEE_TOP: Point = (ANKLE[0], ANKLE[1] + SHIN)
_TOP_ANGLE = math.atan2(_KNEE_TOP[1] - SHOULDER[1], _KNEE_TOP[0] - SHOULDER[0])
_BOTTOM_ANGLE = math.asin((BOTTOM_HIP_HEIGHT - SHOULDER[1]) / TORSO)
_HIP_TOP: Point = (
    SHOULDER[0] + TORSO * math.cos(_TOP_ANGLE),
    SHOULDER[1] + TORSO * math.sin(_TOP_ANGLE),
)
THIGH = math.dist(_HIP_TOP, _KNEE_TOP)
"""Chosen so that at the top the thigh reaches exactly to a vertical shin."""


@dataclass(frozen=True, slots=True)
class Pose:
    lift: float
    """0 = hips down, 1 = full hip extension."""
    head: Point
    shoulder: Point
    hip: Point
    knee: Point
    ankle: Point
    heel: Point
    toe: Point
    bar: Point
    elbow: Point
    hand: Point


def ease_in_out(t: float) -> float:
    """Smooth start and finish, like a controlled lift."""
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


def lift_for(phase: Phase | None, progress: float) -> float:
    """How high the hips are (0 to 1) `progress` of the way through `phase`."""
    progress = min(1.0, max(0.0, progress))
    if phase is Phase.THRUST:
        return ease_in_out(progress)
    if phase is Phase.SQUEEZE:
        return 1.0
    if phase is Phase.DESCENT:
        # Under control: nearly constant speed, only the very ends eased.
        return 1.0 - (0.8 * progress + 0.2 * ease_in_out(progress))
    return 0.0


def pose(phase: Phase | None, progress: float) -> Pose:
    """The joints `progress` (0 to 1) of the way through `phase`; None = standing by (bottom)."""
    return pose_at(lift_for(phase, progress))


def pose_at(lift: float) -> Pose:
    lift = min(1.0, max(0.0, lift))
    angle = _BOTTOM_ANGLE + (_TOP_ANGLE - _BOTTOM_ANGLE) * lift
    ux, uy = math.cos(angle), math.sin(angle)
    hip = (SHOULDER[0] + TORSO * ux, SHOULDER[1] + TORSO * uy)
    knee = _knee(hip)
    # The head continues the torso past the shoulders with the chin tucked: tilted a little
    # towards the knees, more so at the top where the eyes look forward.
    tuck = math.radians(25 + 20 * lift)
    back = math.atan2(-uy, -ux) - tuck
    neck = 0.06 + HEAD_RADIUS
    head = (SHOULDER[0] + neck * math.cos(back), SHOULDER[1] + neck * math.sin(back))
    bar = (hip[0], hip[1] + BAR_ABOVE_HIP)
    hand = (bar[0] - 0.02, bar[1] + 0.03)
    elbow = _elbow(SHOULDER, hand)
    return Pose(lift, head, SHOULDER, hip, knee, ANKLE, HEEL, TOE, bar, elbow, hand)


def _knee(hip: Point) -> Point:
    """The knee of a two-link leg from `hip` to the planted ankle, bending upwards."""
    return _joint(hip, ANKLE, THIGH, SHIN, up=True)


def _elbow(shoulder: Point, hand: Point) -> Point:
    return _joint(shoulder, hand, 0.3, 0.28, up=False)


def _joint(a: Point, b: Point, la: float, lb: float, up: bool) -> Point:
    d = math.dist(a, b)
    d = min(max(d, abs(la - lb) + 1e-9), la + lb - 1e-9)
    # Distance from a along a→b to the foot of the joint, and the height above that line.
    along = (la * la - lb * lb + d * d) / (2 * d)
    height = math.sqrt(max(0.0, la * la - along * along))
    dx, dy = (b[0] - a[0]) / d, (b[1] - a[1]) / d
    base = (a[0] + along * dx, a[1] + along * dy)
    # The two solutions lie either side of the line; pick the higher one.
    first = (base[0] - height * dy, base[1] + height * dx)
    second = (base[0] + height * dy, base[1] - height * dx)
    return max(first, second, key=lambda p: p[1]) if up else min(first, second, key=lambda p: p[1])
