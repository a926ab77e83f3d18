"""Every exercise's pose from the one pose function: sane geometry through the whole rep."""

from __future__ import annotations

import itertools
import math

import pytest

from thrusttimer.core.content import Stance, available_exercises, load_exercise
from thrusttimer.core.model import Phase
from thrusttimer.gui.widgets import pose as geometry
from thrusttimer.gui.widgets.pose import HIP_THRUST, Pose, Rig, pose, pose_at, rig_for

EXERCISES = available_exercises()
STEPS = [i / 20 for i in range(21)]
LIMB = 0.035
"""Half a limb's drawn width, in metres."""


def rig(exercise_id: str) -> Rig:
    return rig_for(load_exercise(exercise_id))


def joints(p: Pose) -> list[tuple[float, float]]:
    points = [p.shoulder, p.hip, p.knee, p.ankle, p.heel, p.toe]
    if p.other is not None:
        points += [p.other.knee, p.other.ankle, p.other.heel, p.other.toe]
    return points


def test_each_exercise_gets_the_rig_its_kit_and_stance_ask_for() -> None:
    assert rig("hip-thrust") is HIP_THRUST
    assert pose(Phase.THRUST, 0.4) == pose(Phase.THRUST, 0.4, HIP_THRUST)
    for exercise_id in EXERCISES:
        exercise, placed = load_exercise(exercise_id), rig(exercise_id)
        assert (placed.bench, placed.bar, placed.stance) == (
            exercise.bench,
            exercise.bar,
            exercise.stance,
        )


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_hips_rise_through_the_thrust_hold_and_lower_through_the_descent(
    exercise_id: str,
) -> None:
    placed = rig(exercise_id)
    rising = [pose(Phase.THRUST, t, placed).hip[1] for t in STEPS]
    lowering = [pose(Phase.DESCENT, t, placed).hip[1] for t in STEPS]
    assert all(b > a for a, b in itertools.pairwise(rising))
    assert all(b < a for a, b in itertools.pairwise(lowering))
    held = {pose(Phase.SQUEEZE, t, placed).hip for t in STEPS}
    assert held == {pose(Phase.THRUST, 1.0, placed).hip}
    assert rising[0] == pytest.approx(lowering[-1])
    assert rising[-1] - rising[0] > 0.15  # a real range, not a twitch


def test_the_bridges_from_the_floor_move_through_a_shorter_range_than_the_thrust() -> None:
    def travel(exercise_id: str) -> float:
        return pose_at(1.0, rig(exercise_id)).hip[1] - pose_at(0.0, rig(exercise_id)).hip[1]

    assert travel("glute-bridge") < travel("hip-thrust") * 0.75
    assert travel("frog-pump") < travel("hip-thrust") * 0.75
    assert travel("single-leg-hip-thrust") == pytest.approx(travel("hip-thrust"))


@pytest.mark.parametrize("exercise_id", EXERCISES)
@pytest.mark.parametrize("lift", STEPS)
def test_bones_keep_their_length_and_the_working_foot_stays_planted(
    exercise_id: str, lift: float
) -> None:
    placed = rig(exercise_id)
    p = pose_at(lift, placed)
    assert math.dist(p.shoulder, p.hip) == pytest.approx(geometry.TORSO)
    assert (p.shoulder, p.ankle, p.heel, p.toe) == (
        placed.shoulder,
        placed.ankle,
        placed.heel,
        placed.toe,
    )
    assert p.heel[1] == pytest.approx(0.0, abs=1e-9)
    assert p.toe[1] == pytest.approx(0.0, abs=1e-9)
    if placed.splay:
        # Knees out of the picture's plane: seen shorter, never longer.
        assert math.dist(p.hip, p.knee) < geometry.THIGH
        assert math.dist(p.knee, p.ankle) < geometry.SHIN
    else:
        assert math.dist(p.hip, p.knee) == pytest.approx(geometry.THIGH)
        assert math.dist(p.knee, p.ankle) == pytest.approx(geometry.SHIN)
        assert p.knee[1] > p.ankle[1]  # the knee bends upwards
    # Nothing goes through the floor.
    assert min(y for _, y in joints(p)) >= -1e-9
    assert p.hip[1] > 0.1


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_the_drawing_stays_inside_the_part_of_the_view_that_is_drawn(exercise_id: str) -> None:
    placed = rig(exercise_id)
    left, bottom, width, height = placed.world
    for lift in STEPS:
        p = pose_at(lift, placed)
        points = joints(p)
        r = geometry.HEAD_RADIUS
        points += [(p.head[0] - r, p.head[1] - r), (p.head[0] + r, p.head[1] + r)]
        if placed.bar:
            r = geometry.PLATE_RADIUS
            points += [(p.bar[0] - r, p.bar[1] - r + 0.03), (p.bar[0] + r, p.bar[1] + r)]
        for x, y in points:
            assert left <= x - LIMB, (lift, x)
            assert x + LIMB <= left + width, (lift, x)
            assert bottom <= y - LIMB + 0.01, (lift, y)
            assert y + LIMB <= bottom + height, (lift, y)


@pytest.mark.parametrize("exercise_id", [e for e in EXERCISES if not rig(e).splay])
def test_at_the_top_knees_hips_and_shoulders_line_up_over_upright_shins(exercise_id: str) -> None:
    """(Not with the knees out: no line runs on through them.)"""
    p = pose(Phase.SQUEEZE, 0.5, rig(exercise_id))
    (ax, ay), (bx, by), (cx, cy) = p.shoulder, p.hip, p.knee
    assert abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) / math.dist(p.shoulder, p.knee) < 1e-6
    assert p.knee[0] == pytest.approx(p.ankle[0], abs=1e-6)


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_bench_or_floor(exercise_id: str) -> None:
    placed = rig(exercise_id)
    for lift in (0.0, 0.5, 1.0):
        p = pose_at(lift, placed)
        if placed.bench:
            # Upper back on the bench edge.
            assert p.shoulder[1] > geometry.BENCH_TOP
            assert geometry.BENCH_LEFT < p.shoulder[0] <= geometry.BENCH_RIGHT
        else:
            # Shoulders and head on the floor, the hips ahead of them.
            assert p.shoulder[1] < 0.1
            assert p.head[1] == pytest.approx(geometry.HEAD_RADIUS)
            assert p.hip[0] > p.shoulder[0] + 0.3
    if placed.bar:
        # At the bottom the plates rest on the floor, as they do in the gym.
        bar = pose_at(0.0, placed).bar
        assert bar[1] - geometry.PLATE_RADIUS == pytest.approx(0.0, abs=0.03)


def test_the_single_leg_thrust_holds_the_other_leg_up_all_the_way() -> None:
    placed = rig("single-leg-hip-thrust")
    for lift in STEPS:
        p = pose_at(lift, placed)
        assert p.other is not None
        leg = p.other
        assert math.dist(p.hip, leg.knee) == pytest.approx(geometry.THIGH)
        assert math.dist(leg.knee, leg.ankle) == pytest.approx(geometry.SHIN)
        assert min(leg.ankle[1], leg.heel[1], leg.toe[1]) > 0.1  # off the floor
        assert leg.knee[1] > p.knee[1]  # drawn up, above the working knee


def test_the_b_stance_puts_the_other_foot_ahead_on_its_heel() -> None:
    placed = rig("b-stance-hip-thrust")
    feet = set()
    for lift in STEPS:
        p = pose_at(lift, placed)
        assert p.other is not None
        leg = p.other
        feet.add((leg.ankle, leg.heel, leg.toe))
        assert leg.heel[1] == 0.0  # on its heel
        assert leg.toe[1] > 0.1  # toes up
        assert leg.heel[0] > p.toe[0]  # ahead of the working foot
        assert math.dist(p.hip, leg.knee) == pytest.approx(geometry.THIGH)
        assert math.dist(leg.knee, leg.ankle) == pytest.approx(geometry.SHIN)
    assert len(feet) == 1  # and it stays put


def test_the_frog_pump_shows_the_knees_apart_over_feet_together() -> None:
    placed = rig("frog-pump")
    assert placed.stance is Stance.SOLES_TOGETHER
    for lift in STEPS:
        p = pose_at(lift, placed)
        assert p.other is not None
        # Soles together: one pair of feet; knees out: one knee seen above the other.
        assert (p.other.ankle, p.other.heel, p.other.toe) == (p.ankle, p.heel, p.toe)
        assert p.other.knee[1] - p.knee[1] > 0.1
        assert p.knee[1] > p.ankle[1]
        # The feet stay in close to the glutes.
        assert math.dist(p.hip, p.ankle) < 0.5


@pytest.mark.parametrize("exercise_id", ["hip-thrust", "glute-bridge"])
def test_both_feet_flat_means_one_leg_seen(exercise_id: str) -> None:
    assert all(pose_at(lift, rig(exercise_id)).other is None for lift in STEPS)
