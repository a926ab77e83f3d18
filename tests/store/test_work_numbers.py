"""Work sets are numbered as Strong numbers them, from 1 after the warm-ups, wherever the
log shows them: the Strong CSV, `thrusttimer history` and the History table."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

from thrusttimer.store.log import TrainingLog
from thrusttimer.store.strong_csv import export_strong


def a_session_with_two_warmups(path: Path) -> TrainingLog:
    log = TrainingLog.open(path)
    began = datetime(2026, 12, 1, 18, 0).astimezone()
    session = log.start_session("Heavy", began)
    for number, (kind, load) in enumerate(
        [("warmup", 20.0), ("warmup", 60.0), ("normal", 100.0), ("normal", 100.0)], start=1
    ):
        log.add_set(session, number, load_kg=load, reps=5, kind=kind,
                    ended_at=began + timedelta(minutes=2 * number))  # fmt: skip
    return log


def test_the_strong_export_counts_work_sets_from_one_after_the_warmups(tmp_path: Path) -> None:
    with a_session_with_two_warmups(tmp_path / "log.sqlite3") as log:
        out = io.StringIO()
        export_strong(log.sessions(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [row["Set Order"] for row in rows] == ["W", "W", "1", "2"]


def test_the_session_numbers_each_work_set_among_work_sets_only(tmp_path: Path) -> None:
    with a_session_with_two_warmups(tmp_path / "log.sqlite3") as log:
        (session,) = log.sessions()
    assert [session.work_number(s) for s in session.sets if s.kind == "normal"] == [1, 2]
    assert [s.set_number for s in session.sets] == [1, 2, 3, 4], "the log keeps the run order"
