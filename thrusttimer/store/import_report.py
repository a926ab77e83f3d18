"""The report of a CSV import: what went in, what was already there, and each row left
out (a bad row by its line and reason, an unknown exercise by its name and first lines)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from thrusttimer.core.i18n import singular, translate
from thrusttimer.core.shown import shown_value

Format = Literal["strong", "hevy"]
BAD_ROWS_KEPT: Final = 1000
"""How many bad rows a report lists; the rest are only counted."""
UNKNOWN_NAMES_KEPT: Final = 1000
"""How many unknown exercise names a report lists; the rest are only counted."""
LINES_SHOWN: Final = 5
"""How many line numbers an unknown exercise's report line names."""


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    reason: str

    def __str__(self) -> str:
        return translate("BadRow", "line {line}: {reason}").format(
            line=self.line, reason=self.reason
        )


@dataclass
class UnknownRows:
    """The rows of one exercise name ThrustTimer does not know: how many, and where."""

    name: str
    rows: int = 0
    lines: list[int] = field(default_factory=list)
    """The first `LINES_SHOWN` line numbers."""

    def add(self, line: int) -> None:
        self.rows += 1
        if len(self.lines) < LINES_SHOWN:
            self.lines.append(line)

    def __str__(self) -> str:
        where = ", ".join(str(n) for n in self.lines)
        if self.rows > len(self.lines):
            where = translate("UnknownRows", "{lines} and {count} more").format(
                lines=where, count=self.rows - len(self.lines)
            )
        name = shown_value(self.name, 60)
        if self.rows == 1:
            text = translate(
                "UnknownRows", "line {lines}: {name} is not an exercise ThrustTimer knows; skipped"
            )
        else:
            text = translate(
                "UnknownRows", "lines {lines}: {name} is not an exercise ThrustTimer knows; skipped"
            )
        return text.format(lines=where, name=name)


@dataclass
class ImportReport:
    format: Format
    sessions_added: int = 0
    """New sessions."""
    sessions_completed: int = 0
    """Sessions already in the log that got sets they were missing."""
    sets_added: int = 0
    sets_already_there: int = 0
    unknown: dict[str, UnknownRows] = field(default_factory=dict)
    """The rows of each exercise ThrustTimer does not know, by name, in the order first
    met (the first `UNKNOWN_NAMES_KEPT` names; `unknown_rows` counts every row)."""
    unknown_rows: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)
    """The first `BAD_ROWS_KEPT` bad rows; `bad_row_count` counts them all."""
    bad_row_count: int = 0

    def bad(self, line: int, reason: str) -> None:
        self.bad_row_count += 1
        if len(self.bad_rows) < BAD_ROWS_KEPT:
            self.bad_rows.append(BadRow(line, reason))

    def unknown_exercise(self, line: int, name: str) -> None:
        self.unknown_rows += 1
        rows = self.unknown.get(name)
        if rows is None:
            if len(self.unknown) >= UNKNOWN_NAMES_KEPT:
                return
            rows = self.unknown[name] = UnknownRows(name)
        rows.add(line)

    @property
    def other_exercise_rows(self) -> int:
        """Rows skipped as exercises ThrustTimer does not know (the earlier name)."""
        return self.unknown_rows

    def summary(self) -> str:
        sessions = self.sessions_added + self.sessions_completed
        parts = [
            translate(
                "ImportReport", "{sets} in {sessions} imported from a {format} export"
            ).format(
                sets=_sets(self.sets_added),
                sessions=_sessions(sessions),
                format=self.format.capitalize(),
            )
        ]
        if self.sessions_completed:
            parts.append(
                translate(
                    "ImportReport", "{sessions} already in the log got the sets it was missing"
                ).format(sessions=_sessions(self.sessions_completed))
            )
        if self.sets_already_there:
            parts.append(
                translate("ImportReport", "{sets} already in the log").format(
                    sets=_sets(self.sets_already_there)
                )
            )
        if self.unknown_rows:
            rows = self.unknown_rows
            parts.append(
                translate(
                    "ImportReport", "{rows} of exercises ThrustTimer does not know skipped"
                ).format(
                    rows=translate("ImportReport", "{count} row").format(count=rows)
                    if singular(rows)
                    else translate("ImportReport", "{count} rows").format(count=rows)
                )
            )
        if self.bad_row_count:
            rows = self.bad_row_count
            parts.append(
                translate("ImportReport", "{rows} skipped").format(
                    rows=translate("ImportReport", "{count} bad row").format(count=rows)
                    if singular(rows)
                    else translate("ImportReport", "{count} bad rows").format(count=rows)
                )
            )
        return "; ".join(parts)


def _sets(count: int) -> str:
    if singular(count):
        return translate("ImportReport", "{count} set").format(count=count)
    return translate("ImportReport", "{count} sets").format(count=count)


def _sessions(count: int) -> str:
    if singular(count):
        return translate("ImportReport", "{count} session").format(count=count)
    return translate("ImportReport", "{count} sessions").format(count=count)
