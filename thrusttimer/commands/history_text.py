"""The training log as `thrusttimer history` prints it: a block per session, a line per set
under the set table's column names, the totals, and each exercise's records."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from thrusttimer.core.i18n import language, singular, translate
from thrusttimer.core.i18n import number as number_text
from thrusttimer.core.language import date_text
from thrusttimer.core.plan import shown_name as workout_name
from thrusttimer.core.shown import printable
from thrusttimer.store.exercise_names import shown_name
from thrusttimer.store.exercise_stats import exercise_records, exercises_logged, records_text
from thrusttimer.store.log import LoggedSession, Unit, from_kg

EXERCISE_WIDTH: Final = 28
"""The exercise column: "Single-leg hip thrust, right" fits."""


def render(sessions: list[LoggedSession], unit: Unit, path: Path | None = None) -> str:
    """The log as text: one block per session, one line per set, and the best 1RM."""
    if not sessions:
        if path:
            return translate("HistoryCommand", "No sessions in the training log {path}.").format(
                path=printable(str(path))
            )
        return translate("HistoryCommand", "No sessions in the training log.")
    out: list[str] = []
    for session in sessions:
        out.append(_session_line(session))
        if session.notes:
            out.append(f"  {_one_line(session.notes)}")
        out.append(_set_heading())
        for s in session.sets:
            number = s.kind[0].upper() if s.kind != "normal" else str(session.work_number(s))
            rpe = "" if s.rpe is None else number_text(s.rpe)
            tut = "" if not s.tut_s else f"{s.tut_s:.0f} s"
            exercise = _set_exercise(s.exercise, s.side)[:EXERCISE_WIDTH]
            tempo = printable(s.tempo or "")
            note = _one_line(s.note)
            if s.partial:
                # Stopped early or a rep failed: say so, as History does.
                partial = translate("HistoryCommand", "partial, {reps} of {planned}").format(
                    reps=s.reps, planned=s.planned_reps
                )
                note = partial + (f"; {note}" if note else "")
            out.append(
                f"  {number:>3}  {exercise:<{EXERCISE_WIDTH}} {_load(s.load_kg, unit):>9} "
                f"{s.reps:>4}  "
                f"{rpe:>4}  {tut:>5}  {tempo:<8} {note}".rstrip()
            )
        out.append("")
    sets = sum(len(s.sets) for s in sessions)
    out.append(
        translate("HistoryCommand", "{sessions}, {sets}.").format(
            sessions=_sessions(len(sessions)), sets=_sets(sets)
        )
    )
    for exercise in exercises_logged(sessions):
        out.extend(records_text(r, unit) for r in exercise_records(sessions, exercise))
    return "\n".join(out)


def _set_exercise(logged: str, side: str | None) -> str:
    """The exercise column: our name for one of our exercises, with its side."""
    name = printable(shown_name(logged))
    if side == "left":
        return translate("HistoryCommand", "{exercise}, left").format(exercise=name)
    if side == "right":
        return translate("HistoryCommand", "{exercise}, right").format(exercise=name)
    return name if side is None else f"{name}, {side}"


def _set_heading() -> str:
    """The set table's column names (the columns keep their widths)."""
    set_, exercise = translate("HistoryCommand", "set"), translate("HistoryCommand", "exercise")
    load, reps = translate("HistoryCommand", "load"), translate("HistoryCommand", "reps")
    rpe, tut = translate("HistoryCommand", "RPE"), translate("HistoryCommand", "TUT")
    tempo, note = translate("HistoryCommand", "tempo"), translate("HistoryCommand", "note")
    return (
        f"  {set_:>3}  {exercise:<{EXERCISE_WIDTH}} {load:>9} {reps:>4}  {rpe:>4}  "
        f"{tut:>5}  {tempo:<8} {note}"
    )


def _session_line(session: LoggedSession) -> str:
    """ "2026-11-02 18:30  Heavy strength, 42 min, from Strong"."""
    started = session.started_at
    start = f"{date_text(started.date(), language())} {started:%H:%M}"
    minutes = None if session.duration_s is None else round(session.duration_s / 60)
    source = None if session.source == "thrusttimer" else printable(session.source.title())
    if minutes is not None and source is not None:
        text = translate("HistoryCommand", "{start}  {name}, {minutes} min, from {source}")
    elif minutes is not None:
        text = translate("HistoryCommand", "{start}  {name}, {minutes} min")
    elif source is not None:
        text = translate("HistoryCommand", "{start}  {name}, from {source}")
    else:
        text = translate("HistoryCommand", "{start}  {name}")
    name = printable(workout_name(session.name))
    return text.format(start=start, name=name, minutes=minutes, source=source)


def _sessions(count: int) -> str:
    if singular(count):
        return translate("HistoryCommand", "{count} session").format(count=count)
    return translate("HistoryCommand", "{count} sessions").format(count=count)


def _sets(count: int) -> str:
    if singular(count):
        return translate("HistoryCommand", "{count} set").format(count=count)
    return translate("HistoryCommand", "{count} sets").format(count=count)


def _one_line(text: str) -> str:
    """A note or notes on one line, every control character escaped (never run)."""
    return " / ".join(printable(part.strip()) for part in text.splitlines() if part.strip())


def _load(load_kg: float | None, unit: Unit) -> str:
    """ "100 kg"; "—" for a load not logged."""
    if load_kg is None:
        return "—"
    value = round(from_kg(load_kg, unit), 1)
    shown = str(int(value)) if value == int(value) else number_text(value, 1)
    return f"{shown} {unit}"
