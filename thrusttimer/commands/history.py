"""`thrusttimer history`: print the training log, export it as a Strong CSV, or import one.

thrusttimer history [--since YYYY-MM-DD] [--unit kg|lb]     print sessions and sets
thrusttimer history --window [--since ...] [--unit ...]     the table and charts in a window
thrusttimer history --csv FILE [--since ...] [--unit ...]   write Strong's CSV format (- = stdout)
thrusttimer history --import FILE [--import-unit kg|lb]     add a Strong or Hevy export

`--exercise ID` keeps one exercise's sets (printed, exported or charted); the records at
the end are each exercise's apart, and each side's of a one-sided one.

Exit codes (`exit_codes()`): 0 done; 1 nothing imported (the file is no export, or the log
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
from thrusttimer.core.i18n import number as number_text
from thrusttimer.core.i18n import singular, translate
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


def exit_codes() -> str:
    return translate(
        "HistoryCommand",
        "exit codes: 0 done; 1 nothing imported (the file is no Strong or Hevy export, or the "
        "log could not be used); 2 bad options, or an --import path that is no file of at most "
        "50 MB; {code} imported, but some rows were bad and skipped (each named on "
        "stderr; rows of exercises ThrustTimer does not know are named there too, and do not "
        "change the code)",
    ).format(code=SOME_ROWS_BAD)


UNKNOWN_SHOWN: Final = 20
"""How many unknown exercise names an import names on stderr before it only counts the rest."""


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(
        prog=prog,
        description=translate(
            "HistoryCommand",
            "Print the training log, export it as a Strong CSV, or import a Strong or "
            "Hevy export. The log is {path} "
            "(set THRUSTTIMER_DATA_DIR to use another folder).",
        ).format(path=default_log_path()),
        epilog=exit_codes(),
    )
    parser.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help=translate("HistoryCommand", "only sessions on or after this day"),
    )
    parser.add_argument(
        "--csv",
        metavar="FILE",
        help=translate("HistoryCommand", "write the log as a Strong-format CSV (- for stdout)"),
    )
    parser.add_argument(
        "--unit",
        default="kg",
        metavar="UNIT",
        help=translate("HistoryCommand", "kg or lb (default kg)"),
    )
    parser.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        help=translate("HistoryCommand", "import a Strong or Hevy CSV export"),
    )
    parser.add_argument(
        "--import-unit",
        default="kg",
        metavar="UNIT",
        help=translate(
            "HistoryCommand",
            "the unit of a Strong export's Weight column, kg or lb (default kg; exports "
            "with Weight (kg), Weight (lbs) or a Weight Unit column, and Hevy's, say their unit)",
        ),
    )
    parser.add_argument(
        "--window",
        action="store_true",
        help=translate("HistoryCommand", "show the table and charts in a window"),
    )
    parser.add_argument(
        "--exercise",
        metavar="ID",
        help=translate(
            "HistoryCommand", "only this exercise's sets: {exercises} (default: every exercise)"
        ).format(exercises=", ".join(known_ids())),
    )
    options = parse(parser, args)
    since = _since(options.since, prog)
    exercise = _exercise(options.exercise, prog)
    unit = _unit("--unit", options.unit, prog)
    import_unit = _unit("--import-unit", options.import_unit, prog)
    if options.import_file is not None and (
        options.csv is not None or since is not None or exercise is not None
    ):
        raise UsageError(
            translate(
                "HistoryCommand", "--import: give it alone, without --csv, --since or --exercise"
            ),
            prog,
        )
    if options.window:
        if options.import_file is not None or options.csv is not None:
            raise UsageError(
                translate("HistoryCommand", "--window: give it without --csv or --import"), prog
            )
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
            translate(
                "HistoryCommand",
                "thrusttimer history: --exercise: no sets of {exercise} in the log yet; the "
                "window charts {charted}",
            ).format(
                exercise=display_name(exercise),
                charted=display_name(view.exercise_bar.exercise()),
            ),
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
        problem = translate(
            "HistoryCommand",
            "{flag}: {value} is not a date; allowed: YYYY-MM-DD, such as 2026-11-01",
        )
        raise UsageError(problem.format(flag="--since", value=shown_value(text)), prog) from None


def _exercise(text: str | None, prog: str) -> str | None:
    """The exercise id `--exercise` names (its id, or any name the log or an import knows
    it by); None when not given."""
    if text is None:
        return None
    found = exercise_id(text)
    if found is None:
        problem = translate("HistoryCommand", "{flag}: {value} is not an exercise; allowed: {ids}")
        raise UsageError(
            problem.format(flag="--exercise", value=shown_value(text), ids=", ".join(known_ids())),
            prog,
        )
    return found


def _unit(flag: str, text: str | None, prog: str) -> Unit:
    if text in (None, "", "kg"):
        return "kg"
    if text == "lb":
        return "lb"
    problem = translate("HistoryCommand", "{flag}: {value} is not a unit; allowed: kg or lb")
    raise UsageError(problem.format(flag=flag, value=shown_value(text)), prog)


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
        if singular(more):
            text = translate("HistoryCommand", "{file}: and {count} more bad row")
        else:
            text = translate("HistoryCommand", "{file}: and {count} more bad rows")
        print(text.format(file=shown_path, count=more), file=sys.stderr)


def _print_unknown(report: ImportReport, shown_path: str) -> None:
    named = list(report.unknown.values())
    for unknown in named[:UNKNOWN_SHOWN]:
        print(f"{shown_path}: {unknown}", file=sys.stderr)
    rows = report.unknown_rows - sum(u.rows for u in named[:UNKNOWN_SHOWN])
    if rows:
        if singular(rows):
            text = translate(
                "HistoryCommand",
                "{file}: and {count} more row of exercises ThrustTimer does not know, skipped",
            )
        else:
            text = translate(
                "HistoryCommand",
                "{file}: and {count} more rows of exercises ThrustTimer does not know, skipped",
            )
        print(text.format(file=shown_path, count=rows), file=sys.stderr)


def _export(sessions: list[LoggedSession], target: str, unit: Unit, prog: str) -> int:
    if target == "-":
        export_strong(sessions, sys.stdout, unit)
        return 0
    try:
        with open(target, "w", encoding="utf-8", newline="") as out:
            rows = export_strong(sessions, out, unit)
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        problem = translate("HistoryCommand", "{flag}: cannot write {path}: {reason}")
        raise UsageError(
            problem.format(flag="--csv", path=shown_value(target, 120), reason=reason), prog
        ) from None
    print(
        translate("HistoryCommand", "Wrote {sets} sets from {sessions} sessions to {path}").format(
            sets=rows, sessions=len(sessions), path=printable(target)
        )
    )
    return 0


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
    start = f"{session.started_at:%Y-%m-%d %H:%M}"
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
    return text.format(start=start, name=printable(session.name), minutes=minutes, source=source)


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
