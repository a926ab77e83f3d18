"""Sessions for the tests: written into a training log as a lifter's log has them (a
warm-up, the work sets, and a drop set; only the work sets count), or read back as the
History room is given them (`logged_session`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from thrusttimer.store.log import TrainingLog
from thrusttimer.store.log_records import LoggedSession, LoggedSet


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


def logged_session(
    session_id: int,
    began: datetime,
    name: str,
    sets: Sequence[tuple[str, str | None, float | None, int]],
    tut_s: float | None = None,
) -> LoggedSession:
    """A session as read from the log: its work sets (exercise as logged, side, load kg,
    reps), one every 3 minutes, each `tut_s` under tension."""
    return LoggedSession(
        id=session_id,
        started_at=began,
        ended_at=began + timedelta(minutes=40),
        name=name,
        notes="",
        source="thrusttimer",
        sets=tuple(
            LoggedSet(
                id=100 * session_id + number,
                session_id=session_id,
                set_number=number,
                exercise=exercise,
                ended_at=began + timedelta(minutes=3 * number),
                load_kg=load,
                reps=reps,
                tut_s=tut_s,
                side=side,  # type: ignore[arg-type]
            )
            for number, (exercise, side, load, reps) in enumerate(sets, start=1)
        ),
    )
