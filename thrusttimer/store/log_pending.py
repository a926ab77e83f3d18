"""Sets waiting to be written to the training log, and the journal file that keeps them.

When the log cannot take a set (another program holds its lock, the disk is full), the set
waits in memory and in a small JSON journal beside the log (``<log>.pending.json``, written
atomically), so it survives a restart of the app. Each entry says everything its row must
hold, keyed by its session's name and start and the set's number: writing an entry whose
set is already in the log changes nothing, so a set is never written twice.

A journal that cannot be read is moved aside with a timestamp, never overwritten; one with
some unreadable entries is copied aside before the readable ones are used.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.model import Side
from thrusttimer.core.shown import printable, shown_value
from thrusttimer.store.files import Now, copy_aside, move_aside, utc_now, write_atomic
from thrusttimer.store.log_records import HIP_THRUST, Unit, check_entry

SET_KINDS: Final = ("normal", "warmup")
"""The kinds of set a ThrustTimer session records."""

JOURNAL_SUFFIX: Final = ".pending.json"
JOURNAL_FORMAT: Final = 1
MAX_JOURNAL_BYTES: Final = 5_000_000
"""Thousands of sets; a bigger file is not one this app wrote."""


@dataclass(frozen=True, slots=True)
class SessionKey:
    """How a ThrustTimer session is found in the log: its name and when it started."""

    name: str
    started_at: datetime


@dataclass(frozen=True, slots=True)
class PendingSet:
    """A completed set as it must appear in the log."""

    session: SessionKey
    set_number: int
    ended_at: datetime
    load_kg: float | None
    """None: the load is not logged."""
    reps: int
    exercise: str = HIP_THRUST
    planned_reps: int | None = None
    tempo: str | None = None
    tut_s: float | None = None
    unit: Unit = "kg"
    kind: str = "normal"
    """ "warmup" for a warm-up set (not judged by progression, left out of the charts)."""
    side: Side | None = None
    """The working leg of a one-sided exercise's set; None: both."""


@dataclass(frozen=True, slots=True)
class PendingEnd:
    """When a session ended."""

    session: SessionKey
    ended_at: datetime


Pending = PendingSet | PendingEnd


def journal_path(log_path: Path) -> Path:
    return log_path.with_name(log_path.name + JOURNAL_SUFFIX)


def set_numbers(entries: list[Pending], session: SessionKey | None = None) -> list[int]:
    """The numbers of the sets in `entries` (of one session, if given)."""
    return [
        e.set_number
        for e in entries
        if isinstance(e, PendingSet) and (session is None or e.session == session)
    ]


class Journal:
    """The file beside the log that holds the entries still waiting."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self, now: Now = utc_now) -> tuple[list[Pending], str | None]:
        """The entries in the journal, and a notice if some or all could not be read (the
        file is then kept aside, as it was)."""
        try:
            if not self.path.exists():
                return [], None
            if self.path.stat().st_size > MAX_JOURNAL_BYTES:
                raise ValueError(
                    translate("Journal", "it is larger than any journal ThrustTimer writes")
                )
            data = json.loads(self.path.read_text(encoding="utf-8"))
            items = _items(data)
        except (OSError, ValueError) as error:  # UnicodeDecodeError and JSON errors too
            outcome = translate("Journal", "none of the sets in it were added")
            return [], self._aside(move_aside, error, now, outcome)
        entries: list[Pending] = []
        problems: list[str] = []
        for index, item in enumerate(items, start=1):
            try:
                entries.append(_entry(item))
            except (KeyError, TypeError, ValueError) as error:
                problems.append(
                    translate("Journal", "entry {number}: {problem}").format(
                        number=index, problem=_reason(error)
                    )
                )
        if not problems:
            return entries, None
        outcome = translate(
            "Journal", "{count} unreadable entries were left out ({problems})"
        ).format(count=len(problems), problems="; ".join(problems[:3]))
        return entries, self._aside(copy_aside, None, now, outcome)

    def write(self, entries: list[Pending]) -> None:
        """Keep exactly `entries` (no file when there are none); raises OSError."""
        if not entries:
            self.path.unlink(missing_ok=True)
            return
        document = {"format": JOURNAL_FORMAT, "entries": [_item(e) for e in entries]}
        write_atomic(self.path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")

    def _aside(self, keep: Any, error: Exception | None, now: Now, outcome: str) -> str:
        if error is not None:
            what = translate("Journal", "could not be read ({reason})").format(
                reason=_reason(error)
            )
        else:
            what = translate("Journal", "is damaged")
        path = printable(str(self.path))
        try:
            kept = keep(self.path, now)
        except OSError as keep_error:
            return translate(
                "Journal",
                "The file of sets waiting for the training log, {path}, {problem} and could not "
                "be kept aside ({reason}); {outcome}.",
            ).format(path=path, problem=what, reason=_reason(keep_error), outcome=outcome)
        return translate(
            "Journal",
            "The file of sets waiting for the training log, {path}, {problem}; it was kept as "
            "{aside} and {outcome}.",
        ).format(path=path, problem=what, aside=kept.name, outcome=outcome)


def _items(data: Any) -> list[Any]:
    if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT:
        raise ValueError(
            translate("Journal", "it is not a format-{format} journal").format(
                format=JOURNAL_FORMAT
            )
        )
    items = data.get("entries")
    if not isinstance(items, list):
        raise ValueError(translate("Journal", "it has no list of entries"))
    return items


def _item(entry: Pending) -> dict[str, Any]:
    session = {"name": entry.session.name, "started_at": entry.session.started_at.isoformat()}
    if isinstance(entry, PendingEnd):
        return {"type": "end", "session": session, "ended_at": entry.ended_at.isoformat()}
    return {
        "type": "set",
        "session": session,
        "set_number": entry.set_number,
        "ended_at": entry.ended_at.isoformat(),
        "load_kg": entry.load_kg,
        "reps": entry.reps,
        "exercise": entry.exercise,
        "planned_reps": entry.planned_reps,
        "tempo": entry.tempo,
        "tut_s": entry.tut_s,
        "unit": entry.unit,
        "kind": entry.kind,
        **({"side": entry.side} if entry.side is not None else {}),
    }


def _entry(item: Any) -> Pending:
    """An entry from its JSON form; KeyError, TypeError or ValueError naming what is wrong."""
    if not isinstance(item, dict):
        raise TypeError(
            translate("Journal", "{value} is not an entry").format(value=shown_value(item))
        )
    session_item = item["session"]
    if not isinstance(session_item, dict):
        raise TypeError(translate("Journal", "its session is not a name and a start time"))
    session = SessionKey(
        _text(session_item["name"], QT_TRANSLATE_NOOP("Journal", "session name")),
        _moment(session_item["started_at"], QT_TRANSLATE_NOOP("Journal", "session start")),
    )
    ended_at = _moment(item["ended_at"], QT_TRANSLATE_NOOP("Journal", "end time"))
    if item.get("type") == "end":
        return PendingEnd(session, ended_at)
    if item.get("type") != "set":
        raise ValueError(
            translate("Journal", "type {value} is not set or end").format(
                value=shown_value(item.get("type"))
            )
        )
    load_kg, reps, unit = item["load_kg"], item["reps"], item["unit"]
    if load_kg is not None and (isinstance(load_kg, bool) or not isinstance(load_kg, int | float)):
        raise TypeError(
            translate("Journal", "load {value} is not a number").format(value=shown_value(load_kg))
        )
    check_entry(load_kg=load_kg, reps=reps, rpe=None, unit=unit)
    number = item["set_number"]
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError(
            translate("Journal", "set number {value} is not a whole number, 1 or more").format(
                value=shown_value(number)
            )
        )
    planned, tut_s, tempo = item.get("planned_reps"), item.get("tut_s"), item.get("tempo")
    kind = item.get("kind", "normal")  # a journal from before warm-ups were run
    if kind not in SET_KINDS:
        raise ValueError(
            translate("Journal", "kind {value} is not one of {allowed}").format(
                value=shown_value(kind), allowed=", ".join(SET_KINDS)
            )
        )
    side = item.get("side")  # a journal from before sides were run: both legs
    if side not in (None, "left", "right"):
        raise ValueError(
            translate("Journal", "side {value} is not left or right").format(
                value=shown_value(side)
            )
        )
    if planned is not None and (isinstance(planned, bool) or not isinstance(planned, int)):
        raise TypeError(
            translate("Journal", "planned reps {value} is not a whole number").format(
                value=shown_value(planned)
            )
        )
    if tut_s is not None and (
        isinstance(tut_s, bool) or not isinstance(tut_s, int | float) or not math.isfinite(tut_s)
    ):
        raise TypeError(
            translate("Journal", "time under tension {value} is not a number").format(
                value=shown_value(tut_s)
            )
        )
    return PendingSet(
        session=session,
        set_number=number,
        ended_at=ended_at,
        load_kg=None if load_kg is None else float(load_kg),
        reps=reps,
        exercise=_text(item.get("exercise", HIP_THRUST), QT_TRANSLATE_NOOP("Journal", "exercise")),
        planned_reps=planned,
        tempo=None if tempo is None else _text(tempo, QT_TRANSLATE_NOOP("Journal", "tempo")),
        tut_s=None if tut_s is None else float(tut_s),
        unit=unit,
        kind=kind,
        side="left" if side == "left" else "right" if side == "right" else None,
    )


def _text(value: Any, field: str) -> str:
    """`field`: its English name, marked with `QT_TRANSLATE_NOOP` (context "Journal")."""
    if not isinstance(value, str) or len(value) > 1000:
        raise TypeError(
            translate("Journal", "{field} {value} is not text of at most 1000 characters").format(
                field=translate("Journal", field), value=shown_value(value)
            )
        )
    return value


def _moment(value: Any, field: str) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    if moment is None or moment.tzinfo is None:
        raise ValueError(
            translate("Journal", "{field} {value} is not a date and time with its offset").format(
                field=translate("Journal", field), value=shown_value(value)
            )
        )
    return moment


def _reason(error: Exception | None) -> str:
    if isinstance(error, OSError):
        return (error.strerror or type(error).__name__).lower()
    if isinstance(error, KeyError):
        if error.args:
            return translate("Journal", "{key} is missing").format(key=error.args[0])
        return translate("Journal", "a value is missing")
    return str(error) or type(error).__name__
