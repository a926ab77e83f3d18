"""The side view's geometry: a pure function of phase and progress."""

from __future__ import annotations

import itertools
import math

import pytest

from thrusttimer.core.model import Phase
from thrusttimer.gui.widgets import pose as geometry
from thrusttimer.gui.widgets.pose import pose, pose_at


def _cross(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    """Twice the signed area of the triangle abc: 0 when the points are in one line."""
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


@pytest.mark.parametrize("lift", [0.0, 0.1, 0.35, 0.5, 0.8, 1.0])
def test_bones_keep_their_length_and_feet_stay_planted(lift: float) -> None:
    p = pose_at(lift)
    assert math.dist(p.shoulder, p.hip) == pytest.approx(geometry.TORSO)
    assert math.dist(p.hip, p.knee) == pytest.approx(geometry.THIGH)
    assert math.dist(p.knee, p.ankle) == pytest.approx(geometry.SHIN)
    assert p.ankle == geometry.ANKLE
    assert (p.heel, p.toe) == (geometry.HEEL, geometry.TOE)
    assert p.shoulder == geometry.SHOULDER
    # The knee bends upwards, never through the floor.
    assert p.knee[1] > p.ankle[1]


def test_squeeze_holds_knees_hips_and_shoulders_in_one_line_with_vertical_shins() -> None:
    for progress in (0.0, 0.5, 1.0):
        p = pose(Phase.SQUEEZE, progress)
        span = math.dist(p.shoulder, p.knee)
        assert abs(_cross(p.shoulder, p.hip, p.knee)) / span < 1e-6
        assert p.knee[0] == pytest.approx(p.ankle[0], abs=1e-6)
        assert p.lift == 1.0


def test_hips_rise_through_the_thrust_and_lower_through_the_descent() -> None:
    steps = [i / 10 for i in range(11)]
    rising = [pose(Phase.THRUST, t).hip[1] for t in steps]
    lowering = [pose(Phase.DESCENT, t).hip[1] for t in steps]
    assert all(b > a for a, b in itertools.pairwise(rising))
    assert all(b < a for a, b in itertools.pairwise(lowering))
    assert rising[0] == pytest.approx(lowering[-1])
    assert rising[-1] == pytest.approx(pose(Phase.SQUEEZE, 0.3).hip[1])
    # The top is well above the bottom: a full range of motion, not a twitch.
    assert rising[-1] - rising[0] > 0.25


def test_descent_is_under_control_nearly_constant_speed() -> None:
    steps = [i / 20 for i in range(21)]
    lifts = [pose(Phase.DESCENT, t).lift for t in steps]
    drops = [a - b for a, b in itertools.pairwise(lifts)]
    # No step drops more than twice the average: the hips never fall.
    assert max(drops) < 2 * (1.0 / 20)


@pytest.mark.parametrize("phase", [None, Phase.SETUP, Phase.BRACE, Phase.REST])
def test_outside_the_lift_the_hips_are_down_with_the_plates_on_the_floor(
    phase: Phase | None,
) -> None:
    p = pose(phase, 0.7)
    assert p.lift == 0.0
    assert p.bar[1] - geometry.PLATE_RADIUS == pytest.approx(0.0, abs=0.03)


def test_bar_sits_on_the_hips_at_every_height() -> None:
    for lift in (0.0, 0.5, 1.0):
        p = pose_at(lift)
        assert p.bar[0] == pytest.approx(p.hip[0])
        assert p.bar[1] - p.hip[1] == pytest.approx(geometry.BAR_ABOVE_HIP)


def test_progress_outside_zero_to_one_is_clamped() -> None:
    assert pose(Phase.THRUST, -1.0) == pose(Phase.THRUST, 0.0)
    assert pose(Phase.THRUST, 2.0) == pose(Phase.THRUST, 1.0)
