"""Where the lifter's joints are at each moment of a rep of each exercise: a pure function, no Qt.

Side view, lifter facing right, in metres with y up from the floor. One body (the same
torso, thigh and shin) is placed by a `Rig`, the data an exercise's kit and stance make:
the upper back on the bench edge or the shoulders on the floor, where the working foot is
planted, and what the other leg does. The torso pivots about the shoulders, and the knee
follows from the thigh and shin lengths. In the bridges and thrusts the top has the shin
upright and knees, hips and shoulders in one line, as the coaching content asks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from thrusttimer.core.content import Exercise, Stance
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
FLOOR_SHOULDER_HEIGHT = 0.08
"""The shoulder joint of a lifter lying on the floor."""
FOOT_BELOW_ANKLE, HEEL_BEHIND, TOE_AHEAD = 0.09, 0.04, 0.18
"""A foot relative to its ankle: the sole this far down the shin, heel behind, toes ahead."""
KNEES_OUT = math.radians(62)
"""Soles together: how far the knees fall out of the side view's plane."""
DEPTH: Point = (-0.3, -0.3)
"""Where a point a metre nearer the viewer is drawn, relative to one in the plane: a slight
oblique view, so that knees fallen out to the sides are seen apart."""
WORLD = (-0.62, -0.05, 1.85, 0.84)
"""The hip thrust's part of the side view (left, bottom, width, height) that is drawn."""

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
class Leg:
    """The other leg, where it is not beside the working one (seen from the side)."""

    knee: Point
    ankle: Point
    heel: Point
    toe: Point


@dataclass(frozen=True, slots=True)
class Rig:
    """Where an exercise puts the body; every exercise's pose comes from one of these."""

    bench: bool
    bar: bool
    stance: Stance
    shoulder: Point
    ankle: Point
    """The working foot's ankle (planted)."""
    heel: Point
    toe: Point
    bottom_angle: float
    top_angle: float
    """The torso's angle (radians, from the shoulders to the hips) at the bottom and top."""
    splay: float = 0.0
    """How far the knees fall out to the sides, out of the picture's plane (radians)."""
    world: tuple[float, float, float, float] = WORLD
    """The part of the side view that is drawn: left, bottom, width, height."""


@dataclass(frozen=True, slots=True)
class Pose:
    """Where each point of the lifter's side view is at one moment of a rep."""

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
    """Where the bar sits on the hips (with no bar: where it would)."""
    elbow: Point
    hand: Point
    other: Leg | None = None
    """The other leg when it does something else: held up, or ahead on its heel."""


def _top_angle(shoulder: Point, ankle: Point) -> float:
    """Shins upright, knees, hips and shoulders in one line."""
    return math.atan2(ankle[1] + SHIN - shoulder[1], ankle[0] - shoulder[0])


def _bottom_angle(shoulder: Point, hip_height: float) -> float:
    return math.asin((hip_height - shoulder[1]) / TORSO)


@cache
def make_rig(bench: bool, bar: bool, stance: Stance) -> Rig:
    """The placement for an exercise done with or without a `bench` and a `bar`."""
    if bench:
        shoulder, ankle, bottom = SHOULDER, ANKLE, BOTTOM_HIP_HEIGHT
    else:
        shoulder = (0.0, FLOOR_SHOULDER_HEIGHT)
        # The feet go where the thigh reaches an upright shin at the top.
        rise = ANKLE[1] + SHIN - shoulder[1]
        ankle = (shoulder[0] + math.sqrt((TORSO + THIGH) ** 2 - rise**2), ANKLE[1])
        bottom = PLATE_RADIUS - BAR_ABOVE_HIP if bar else 0.12
    top, splay = _top_angle(shoulder, ankle), 0.0
    world = WORLD
    if stance is Stance.SOLES_TOGETHER:
        # Heels drawn in close to the glutes; the hips rise until they are extended, the
        # knees wide, so no line runs on through the knees.
        ankle, splay = (shoulder[0] + 0.78, ANKLE[1]), KNEES_OUT
        top = _bottom_angle(shoulder, shoulder[1] + 0.22)
    if stance is Stance.SINGLE_LEG:
        world = (-0.62, -0.05, 1.9, 1.1)  # room for the raised leg
    elif stance is Stance.B_STANCE:
        world = (-0.62, -0.05, 1.98, 0.84)  # room for the foot ahead
    elif not bench:
        world = (-0.4, -0.05, 1.63, 0.74)
    heel, toe = (HEEL, TOE) if ankle == ANKLE else _foot(ankle, (0.0, -1.0))
    bottom_angle = _bottom_angle(shoulder, bottom)
    return Rig(bench, bar, stance, shoulder, ankle, heel, toe, bottom_angle, top, splay, world)


HIP_THRUST = make_rig(True, True, Stance.FEET_FLAT)


def rig_for(exercise: Exercise) -> Rig:
    """The placement `exercise` calls for: its bench, bar and stance."""
    return make_rig(exercise.bench, exercise.bar, exercise.stance)


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


def pose(phase: Phase | None, progress: float, rig: Rig = HIP_THRUST) -> Pose:
    """The joints `progress` (0 to 1) of the way through `phase`; None = standing by (bottom)."""
    return pose_at(lift_for(phase, progress), rig)


def pose_at(lift: float, rig: Rig = HIP_THRUST) -> Pose:
    lift = min(1.0, max(0.0, lift))
    shoulder, ankle = rig.shoulder, rig.ankle
    angle = rig.bottom_angle + (rig.top_angle - rig.bottom_angle) * lift
    ux, uy = math.cos(angle), math.sin(angle)
    hip = (shoulder[0] + TORSO * ux, shoulder[1] + TORSO * uy)
    knee = _joint(hip, ankle, THIGH, SHIN, up=True)
    other = _other_leg(rig, hip, angle)
    if rig.splay:
        knee, far = _knees_out(hip, rig)
        other = Leg(far, ankle, rig.heel, rig.toe)
    if rig.bench:
        # The head continues the torso past the shoulders with the chin tucked: tilted a
        # little towards the knees, more so at the top where the eyes look forward.
        tuck = math.radians(25 + 20 * lift)
        back = math.atan2(-uy, -ux) - tuck
        neck = 0.06 + HEAD_RADIUS
        head = (shoulder[0] + neck * math.cos(back), shoulder[1] + neck * math.sin(back))
    else:
        head = (shoulder[0] - 0.06 - HEAD_RADIUS, HEAD_RADIUS)  # resting on the floor
    bar = (hip[0], hip[1] + BAR_ABOVE_HIP)
    hand = (bar[0] - 0.02, bar[1] + 0.03)
    elbow = _joint(shoulder, hand, 0.3, 0.28, up=False)
    return Pose(lift, head, shoulder, hip, knee, ankle, rig.heel, rig.toe, bar, elbow, hand, other)


FREE_HIP_BEND = math.radians(95)
"""Single leg: the raised thigh's angle to the torso, held there through the rep."""
FREE_KNEE_BEND = math.radians(100)
"""Single leg: the raised shin's angle to its thigh."""
FREE_TOES = math.radians(45)
"""Single leg: the raised foot, pointed this far from square to its shin."""
KICKSTAND_AHEAD = 0.28
"""B-stance: the other heel this far ahead of the working one, on the floor, toes up."""
KICKSTAND_TOES = math.radians(62)
"""B-stance: the other foot's sole, from the floor up to the toes."""


def _other_leg(rig: Rig, hip: Point, torso_angle: float) -> Leg | None:
    if rig.stance is Stance.SINGLE_LEG:
        # Held up and riding along: the thigh at a fixed angle to the torso (knee drawn
        # up), the knee bent, the foot a little pointed.
        thigh = torso_angle + FREE_HIP_BEND
        knee = (hip[0] + THIGH * math.cos(thigh), hip[1] + THIGH * math.sin(thigh))
        shin = thigh - FREE_KNEE_BEND
        ankle = (knee[0] + SHIN * math.cos(shin), knee[1] + SHIN * math.sin(shin))
        pointed = (math.cos(shin - FREE_TOES), math.sin(shin - FREE_TOES))
        return Leg(knee, ankle, *_foot(ankle, pointed))
    if rig.stance is Stance.B_STANCE:
        heel = (rig.ankle[0] - HEEL_BEHIND + KICKSTAND_AHEAD, 0.0)
        sole = (math.cos(KICKSTAND_TOES), math.sin(KICKSTAND_TOES))
        toe = (heel[0] + (HEEL_BEHIND + TOE_AHEAD) * sole[0], (HEEL_BEHIND + TOE_AHEAD) * sole[1])
        # The ankle sits above the sole, a heel's length along it.
        ankle = (
            heel[0] + HEEL_BEHIND * sole[0] - FOOT_BELOW_ANKLE * sole[1],
            heel[1] + HEEL_BEHIND * sole[1] + FOOT_BELOW_ANKLE * sole[0],
        )
        knee = _joint(hip, ankle, THIGH, SHIN, up=True)
        return Leg(knee, ankle, heel, toe)
    return None


def _foot(ankle: Point, shin: Point) -> tuple[Point, Point]:
    """The heel and toe of the foot at `ankle`, square to the `shin` (a unit vector from knee
    to ankle): the sole below the ankle, the toes ahead."""
    ahead = (-shin[1], shin[0])
    sole = (ankle[0] + FOOT_BELOW_ANKLE * shin[0], ankle[1] + FOOT_BELOW_ANKLE * shin[1])
    heel = (sole[0] - HEEL_BEHIND * ahead[0], sole[1] - HEEL_BEHIND * ahead[1])
    toe = (sole[0] + TOE_AHEAD * ahead[0], sole[1] + TOE_AHEAD * ahead[1])
    return heel, toe


def _knees_out(hip: Point, rig: Rig) -> tuple[Point, Point]:
    """The near and the far knee, fallen `rig.splay` out to the sides about the line from
    the hips to the feet (soles together): seen from the side, and apart by the oblique."""
    in_plane = _joint(hip, rig.ankle, THIGH, SHIN, up=True)
    base, height = _bend_base(hip, rig.ankle, THIGH, SHIN)
    lean = math.cos(rig.splay)
    side = (base[0] + (in_plane[0] - base[0]) * lean, base[1] + (in_plane[1] - base[1]) * lean)
    out = height * math.sin(rig.splay)
    near = (side[0] + out * DEPTH[0], side[1] + out * DEPTH[1])
    far = (side[0] - out * DEPTH[0], side[1] - out * DEPTH[1])
    return near, far


def _bend_base(a: Point, b: Point, la: float, lb: float) -> tuple[Point, float]:
    """Where on the line a-b the middle joint of a two-link limb stands, and how far off it."""
    d = math.dist(a, b)
    d = min(max(d, abs(la - lb) + 1e-9), la + lb - 1e-9)
    # Distance from a along a→b to the foot of the joint, and the height above that line.
    along = (la * la - lb * lb + d * d) / (2 * d)
    height = math.sqrt(max(0.0, la * la - along * along))
    return (a[0] + along * (b[0] - a[0]) / d, a[1] + along * (b[1] - a[1]) / d), height


def _joint(a: Point, b: Point, la: float, lb: float, up: bool) -> Point:
    """The middle joint of a two-link limb from `a` to `b`, bending up (or down)."""
    base, height = _bend_base(a, b, la, lb)
    d = math.dist(a, b)
    d = min(max(d, abs(la - lb) + 1e-9), la + lb - 1e-9)
    dx, dy = (b[0] - a[0]) / d, (b[1] - a[1]) / d
    # The two solutions lie either side of the line; pick the higher one.
    first = (base[0] - height * dy, base[1] + height * dx)
    second = (base[0] + height * dy, base[1] - height * dx)
    return max(first, second, key=lambda p: p[1]) if up else min(first, second, key=lambda p: p[1])
