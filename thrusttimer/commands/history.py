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
from typing import Final

from thrusttimer.commands import UsageError
from thrusttimer.commands.history_text import render
from thrusttimer.commands.options import Parser, parse
from thrusttimer.core.i18n import singular, translate
from thrusttimer.core.shown import clipped, printable, shown_value
from thrusttimer.store.exercise_names import display_name, exercise_id, known_ids
from thrusttimer.store.exercise_stats import only_exercise
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
)
from thrusttimer.store.migrations import SchemaTooNew

SOME_ROWS_BAD: Final = 3
"""The exit code of an import that skipped bad rows (and imported the good ones)."""
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
