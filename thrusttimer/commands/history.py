"""`thrusttimer history`: print the training log, export it as a Strong CSV, or import one.

thrusttimer history [--since YYYY-MM-DD] [--unit kg|lb]     print sessions and sets
thrusttimer history --window [--since ...] [--unit ...]     the table and charts in a window
thrusttimer history --csv FILE [--since ...] [--unit ...]   write Strong's CSV format (- = stdout)
thrusttimer history --import FILE [--import-unit kg|lb]     add a Strong or Hevy export

`--exercise ID` keeps one exercise's sets (printed, exported or charted); the records at
the end are each exercise's apart, and each side's of a one-sided one.

Exit codes (`EXIT_CODES`): 0 done; 1 nothing imported (the file is no export, or the log
could not be used); 2 bad options, or an --import path that is no file of at most 50 MB;
3 imported, but some rows were bad and skipped (each named on stderr). Rows of exercises
ThrustTimer does not know are named on stderr too (one line per name), and do not change
the code: a whole gym's export holds many.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Final

from thrusttimer.commands import UsageError
from thrusttimer.commands.options import Parser, parse
from thrusttimer.core.shown import clipped, printable, shown_value
from thrusttimer.store.exercise_names import display_name, exercise_id, known_ids, shown_name
from thrusttimer.store.exercise_stats import (
    exercise_records,
    exercises_logged,
    only_exercise,
    records_text,
)
from thrusttimer.store.interchange import (
    FileRefused,
    ImportFailed,
    ImportReport,
    export_strong,
    import_csv,
)
from thrusttimer.store.log import (
    LoggedSession,
    LogUnavailable,
    TrainingLog,
    Unit,
    default_log_path,
    from_kg,
)
from thrusttimer.store.migrations import SchemaTooNew

SOME_ROWS_BAD: Final = 3
"""The exit code of an import that skipped bad rows (and imported the good ones)."""
EXERCISE_WIDTH: Final = 28
"""The exercise column: "Single-leg hip thrust, right" fits."""
BAD_ROWS_SHOWN: Final = 50
"""How many bad rows an import names on stderr before it only counts the rest."""
EXIT_CODES: Final = (
    "exit codes: 0 done; 1 nothing imported (the file is no Strong or Hevy export, or the "
    "log could not be used); 2 bad options, or an --import path that is no file of at most "
    f"50 MB; {SOME_ROWS_BAD} imported, but some rows were bad and skipped (each named on "
    "stderr; rows of exercises ThrustTimer does not know are named there too, and do not "
    "change the code)"
)
UNKNOWN_SHOWN: Final = 20
"""How many unknown exercise names an import names on stderr before it only counts the rest."""


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(
        prog=prog,
        description="Print the training log, export it as a Strong CSV, or import a Strong or "
        f"Hevy export. The log is {default_log_path()} "
        "(set THRUSTTIMER_DATA_DIR to use another folder).",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="only sessions on or after this day")
    parser.add_argument(
        "--csv", metavar="FILE", help="write the log as a Strong-format CSV (- for stdout)"
    )
    parser.add_argument("--unit", default="kg", metavar="UNIT", help="kg or lb (default kg)")
    parser.add_argument(
        "--import", dest="import_file", metavar="FILE", help="import a Strong or Hevy CSV export"
    )
    parser.add_argument(
        "--import-unit",
        default="kg",
        metavar="UNIT",
        help="the unit of a Strong export's Weight column, kg or lb (default kg; exports "
        "with Weight (kg), Weight (lbs) or a Weight Unit column, and Hevy's, say their unit)",
    )
    parser.add_argument(
        "--window", action="store_true", help="show the table and charts in a window"
    )
    parser.add_argument(
        "--exercise",
        metavar="ID",
        help=f"only this exercise's sets: {', '.join(known_ids())} (default: every exercise)",
    )
    options = parse(parser, args)
    since = _since(options.since, prog)
    exercise = _exercise(options.exercise, prog)
    unit = _unit("--unit", options.unit, prog)
    import_unit = _unit("--import-unit", options.import_unit, prog)
    if options.import_file is not None and (
        options.csv is not None or since is not None or exercise is not None
    ):
        raise UsageError("--import: give it alone, without --csv, --since or --exercise", prog)
    if options.window:
        if options.import_file is not None or options.csv is not None:
            raise UsageError("--window: give it without --csv or --import", prog)
        return _window(unit, since, exercise)

    try:
        log = TrainingLog.open()
    except (SchemaTooNew, LogUnavailable) as error:
        print(f"{prog}: {printable(str(error))}", file=sys.stderr)
        return 1
    with log:
        if log.notice:
            print(log.notice, file=sys.stderr)
        if options.import_file is not None:
            return _import(log, options.import_file, import_unit, prog)
        sessions = log.sessions(since)
        if exercise is not None:
            sessions = only_exercise(sessions, exercise)
        if options.csv is not None:
            return _export(sessions, options.csv, unit, prog)
        print(render(sessions, unit, log.path))
    return 0


def _window(unit: Unit, since: date | None, exercise: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from thrusttimer.gui.history_view import HistoryView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = HistoryView.from_default_log(unit)
    if since is not None:
        view.show_sessions([s for s in view.sessions if s.started_at.date() >= since])
    if exercise is not None and not view.choose_exercise(exercise):
        print(
            f"thrusttimer history: --exercise: no sets of {display_name(exercise)} in the log "
            f"yet; the window charts {display_name(view.exercise_bar.exercise())}",
            file=sys.stderr,
        )
    view.show()
    return int(app.exec())


def _since(text: str | None, prog: str) -> date | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise UsageError(
            f"--since: {shown_value(text)} is not a date; allowed: YYYY-MM-DD, such as 2026-11-01",
            prog,
        ) from None


def _exercise(text: str | None, prog: str) -> str | None:
    """The exercise id `--exercise` names (its id, or any name the log or an import knows
    it by); None when not given."""
    if text is None:
        return None
    found = exercise_id(text)
    if found is None:
        raise UsageError(
            f"--exercise: {shown_value(text)} is not an exercise; allowed: "
            f"{', '.join(known_ids())}",
            prog,
        )
    return found


def _unit(flag: str, text: str | None, prog: str) -> Unit:
    if text in (None, "", "kg"):
        return "kg"
    if text == "lb":
        return "lb"
    raise UsageError(f"{flag}: {shown_value(text)} is not a unit; allowed: kg or lb", prog)


def _import(log: TrainingLog, path: str, unit: Unit, prog: str) -> int:
    try:
        report = import_csv(path, log, strong_unit=unit)
    except FileRefused as error:
        raise UsageError(f"--import: {error}", prog) from None
    except ImportFailed as error:
        print(f"{prog}: {clipped(path, 120)}: {error}", file=sys.stderr)
        return 1
    _print_bad_rows(report, clipped(path, 120))
    _print_unknown(report, clipped(path, 120))
    print(report.summary())
    return SOME_ROWS_BAD if report.bad_row_count else 0


def _print_bad_rows(report: ImportReport, shown_path: str) -> None:
    for bad in report.bad_rows[:BAD_ROWS_SHOWN]:
        print(f"{shown_path}: {bad}", file=sys.stderr)
    more = report.bad_row_count - min(len(report.bad_rows), BAD_ROWS_SHOWN)
    if more:
        print(f"{shown_path}: and {_count(more, 'more bad row')}", file=sys.stderr)


def _print_unknown(report: ImportReport, shown_path: str) -> None:
    named = list(report.unknown.values())
    for unknown in named[:UNKNOWN_SHOWN]:
        print(f"{shown_path}: {unknown}", file=sys.stderr)
    rows = report.unknown_rows - sum(u.rows for u in named[:UNKNOWN_SHOWN])
    if rows:
        print(
            f"{shown_path}: and {_count(rows, 'more row')} of exercises ThrustTimer does "
            "not know, skipped",
            file=sys.stderr,
        )


def _export(sessions: list[LoggedSession], target: str, unit: Unit, prog: str) -> int:
    if target == "-":
        export_strong(sessions, sys.stdout, unit)
        return 0
    try:
        with open(target, "w", encoding="utf-8", newline="") as out:
            rows = export_strong(sessions, out, unit)
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        raise UsageError(
            f"--csv: cannot write {shown_value(target, 120)}: {reason}", prog
        ) from None
    print(f"Wrote {rows} sets from {len(sessions)} sessions to {printable(target)}")
    return 0


def render(sessions: list[LoggedSession], unit: Unit, path: Path | None = None) -> str:
    """The log as text: one block per session, one line per set, and the best 1RM."""
    if not sessions:
        return f"No sessions in the training log{f' {printable(str(path))}' if path else ''}."
    out: list[str] = []
    for session in sessions:
        length = "" if session.duration_s is None else f", {round(session.duration_s / 60)} min"
        source = "" if session.source == "thrusttimer" else f", from {session.source.title()}"
        out.append(
            f"{session.started_at:%Y-%m-%d %H:%M}  {printable(session.name)}{length}"
            f"{printable(source)}"
        )
        if session.notes:
            out.append(f"  {_one_line(session.notes)}")
        out.append(
            f"  {'set':>3}  {'exercise':<{EXERCISE_WIDTH}} {'load':>9} {'reps':>4}  {'RPE':>4}  "
            f"{'TUT':>5}  {'tempo':<8} note"
        )
        for s in session.sets:
            number = s.kind[0].upper() if s.kind != "normal" else str(session.work_number(s))
            rpe = "" if s.rpe is None else f"{s.rpe:g}"
            tut = "" if not s.tut_s else f"{s.tut_s:.0f} s"
            exercise = _set_exercise(s.exercise, s.side)[:EXERCISE_WIDTH]
            tempo = printable(s.tempo or "")
            note = _one_line(s.note)
            if s.partial:
                # Stopped early or a rep failed: say so, as History does.
                note = f"partial, {s.reps} of {s.planned_reps}" + (f"; {note}" if note else "")
            out.append(
                f"  {number:>3}  {exercise:<{EXERCISE_WIDTH}} {_load(s.load_kg, unit):>9} "
                f"{s.reps:>4}  "
                f"{rpe:>4}  {tut:>5}  {tempo:<8} {note}".rstrip()
            )
        out.append("")
    sets = sum(len(s.sets) for s in sessions)
    out.append(f"{_count(len(sessions), 'session')}, {_count(sets, 'set')}.")
    for exercise in exercises_logged(sessions):
        out.extend(records_text(r, unit) for r in exercise_records(sessions, exercise))
    return "\n".join(out)


def _set_exercise(logged: str, side: str | None) -> str:
    """The exercise column: our name for one of our exercises, with its side."""
    name = printable(shown_name(logged))
    return name if side is None else f"{name}, {side}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _one_line(text: str) -> str:
    """A note or notes on one line, every control character escaped (never run)."""
    return " / ".join(printable(part.strip()) for part in text.splitlines() if part.strip())


def _load(load_kg: float | None, unit: Unit) -> str:
    """ "100 kg"; "—" for a load not logged."""
    if load_kg is None:
        return "—"
    return f"{from_kg(load_kg, unit):.1f} {unit}".replace(".0 ", " ")
