"""Sessions written into a training log for the progression tests: a warm-up, the work
sets, and a drop set, as a lifter's log has them (only the work sets count)."""

from __future__ import annotations

from datetime import datetime, timedelta

from thrusttimer.store.log import TrainingLog


def add_session(
    log: TrainingLog,
    name: str,
    day: int,
    load_kg: float | None,
    reps: list[int],
    *,
    exercise: str = "Hip Thrust (Barbell)",
    unit: str = "kg",
) -> None:
    """Day `day` of November 2026: `name`'s work sets of `reps` at `load_kg`."""
    began = datetime(2026, 11, day, 18).astimezone()
    session = log.start_session(name, began)
    log.add_set(session, 1, load_kg=20, reps=10, ended_at=began, kind="warmup")
    for number, done in enumerate(reps, start=1):
        log.add_set(
            session,
            number,
            load_kg=load_kg,
            reps=done,
            rpe=8,
            ended_at=began + timedelta(minutes=number),
            exercise=exercise,
            unit="lb" if unit == "lb" else "kg",
        )
    log.add_set(session, 9, load_kg=60, reps=15, ended_at=began, kind="drop")
