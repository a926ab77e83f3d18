"""The user's own workout presets, kept as one JSON file in the app-data folder.

Built-in presets stay in `core.presets.PRESETS` (read-only; duplicate one to change it). These
are the ones the user created, duplicated or imported, identified by their name (unique,
ignoring case). Each change is written at once and atomically; if writing fails the list is
left as it was and the error is raised. A file that cannot be read is moved aside with a
timestamp, never overwritten; a file with some unreadable entries is copied aside before
the readable ones are used. Either way nothing the user saved is lost, and `load` returns
a notice saying where the file went.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

import platformdirs

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import translate
from thrusttimer.core.plan import Plan, load_json
from thrusttimer.core.shown import clipped
from thrusttimer.store.bounded_read import RefusedFile, read_small_text
from thrusttimer.store.files import Now, copy_aside, move_aside, utc_now, write_atomic

PRESETS_FORMAT: Final = 1
FILE_NAME: Final = "presets.json"
MAX_NAME: Final = 60


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("ThrustTimer", "ThrustTimer")) / FILE_NAME


class UserPresets:
    """The user's presets in the order they were made; every change is saved at once."""

    def __init__(self, path: Path, plans: Iterable[Plan] = ()) -> None:
        self.path = path
        self._plans: list[Plan] = list(plans)
        self._kept_from_writing: str | None = None
        """Why the file must not be rewritten: it holds entries that could not be set aside."""

    @classmethod
    def load(cls, path: Path | None = None, now: Now = utc_now) -> tuple[UserPresets, str | None]:
        path = path or default_path()
        if not path.exists():
            return cls(path), None
        try:
            # Bounded: a FIFO, a device or a huge file at this name is refused at once.
            entries = _entries(
                load_json(read_small_text(path), translate("UserPresets", "presets file"))
            )
        except (OSError, ValidationError) as error:
            try:
                aside = move_aside(path, now)
            except OSError as move_error:
                unread = cls(path)
                unread._kept_from_writing = translate(
                    "UserPresets", "your presets file could not be read nor moved aside"
                )
                return unread, translate(
                    "UserPresets",
                    "Your presets file {path} could not be read ({reason}) nor moved aside "
                    "({move_reason}); your presets are not shown.",
                ).format(path=path, reason=_reason(error), move_reason=_reason(move_error))
            return cls(path), translate(
                "UserPresets",
                "Your presets file could not be read ({reason}). It was kept as {aside} and "
                "nothing in it was deleted; the preset list starts empty.",
            ).format(reason=_reason(error), aside=aside)
        presets = cls(path)
        problems: list[str] = []
        for index, entry in enumerate(entries, start=1):
            try:
                plan = Plan.from_dict(entry)
            except ValidationError as error:
                label = entry.get("name") if isinstance(entry, dict) else None
                if isinstance(label, str) and label:
                    where = translate("UserPresets", "“{name}”").format(name=clipped(label))
                else:
                    where = translate("UserPresets", "entry {number}").format(number=index)
                problems.append(
                    translate("UserPresets", "{preset}: {problem}").format(
                        preset=where, problem=error
                    )
                )
                continue
            presets._plans.append(replace(plan, name=presets.unique_name(plan.name)))
        if not problems:
            return presets, None
        try:
            aside = copy_aside(path, now)
        except OSError as copy_error:
            presets._kept_from_writing = translate(
                "UserPresets",
                "your presets file has presets that could not be read nor copied aside",
            )
            return presets, translate(
                "UserPresets",
                "{count} of your presets could not be read and are not shown ({problems}). The "
                "file could not be copied aside ({reason}), so it is left as it is and changes "
                "are not saved.",
            ).format(count=len(problems), problems=_listed(problems), reason=_reason(copy_error))
        return presets, translate(
            "UserPresets",
            "{count} of your presets could not be read and are not shown ({problems}). The "
            "whole file was copied to {aside}.",
        ).format(count=len(problems), problems=_listed(problems), aside=aside)

    # Reading ----------------------------------------------------------------------------

    @property
    def plans(self) -> tuple[Plan, ...]:
        return tuple(self._plans)

    @property
    def names(self) -> list[str]:
        return [plan.name for plan in self._plans]

    def get(self, name: str) -> Plan:
        return self._plans[self._index(name)]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._find(name) is not None

    def __len__(self) -> int:
        return len(self._plans)

    def unique_name(self, wanted: str, ignore: str | None = None) -> str:
        """`wanted`, or `wanted (2)`, `(3)`… if another preset (not `ignore`) has it."""
        wanted = wanted.strip()[:MAX_NAME] or translate("UserPresets", "My workout")
        taken = {p.name.casefold() for p in self._plans if p.name != ignore}
        candidate, number = wanted, 2
        while candidate.casefold() in taken:
            suffix = f" ({number})"
            candidate = wanted[: MAX_NAME - len(suffix)] + suffix
            number += 1
        return candidate

    def export_json(self, name: str) -> str:
        return self.get(name).to_json()

    # Changing ---------------------------------------------------------------------------

    def add(self, plan: Plan) -> Plan:
        """Save `plan` as a new preset; its name is made unique. Returns what was saved."""
        saved = replace(plan, name=self.unique_name(plan.name))
        self._commit([*self._plans, saved])
        return saved

    def duplicate(self, plan: Plan) -> Plan:
        """A copy of `plan` (built-in or the user's) as a new preset named "… (copy)"."""
        base = plan.name.strip()
        copy = translate("UserPresets", "{name} (copy)")
        room = MAX_NAME - len(copy.format(name=""))
        return self.add(replace(plan, name=copy.format(name=base[: max(room, 1)])))

    def update(self, name: str, plan: Plan) -> Plan:
        """Replace preset `name` with `plan` (which may carry a new name), in place."""
        index = self._index(name)
        new_name = plan.name.strip()
        self._check_free(new_name, ignore=self._plans[index].name)
        saved = replace(plan, name=new_name)
        plans = list(self._plans)
        plans[index] = saved
        self._commit(plans)
        return saved

    def rename(self, name: str, new_name: str) -> Plan:
        plan = self.get(name)
        renamed = Plan.build(plan, name=new_name.strip())
        return self.update(name, renamed)

    def delete(self, name: str) -> None:
        index = self._index(name)
        self._commit(self._plans[:index] + self._plans[index + 1 :])

    def import_json(self, text: str) -> Plan:
        """Add the plan in `text` (as written by export_json / Plan.to_json).

        Raises ValidationError naming the bad field and its range; nothing changes then.
        """
        return self.add(Plan.from_json(text))

    # Internals --------------------------------------------------------------------------

    def _find(self, name: str) -> int | None:
        for index, plan in enumerate(self._plans):
            if plan.name == name:
                return index
        return None

    def _index(self, name: str) -> int:
        index = self._find(name)
        if index is None:
            raise ValidationError(
                "preset",
                name,
                translate("UserPresets", "one of your presets: {names}").format(
                    names=", ".join(self.names) or translate("UserPresets", "none yet")
                ),
            )
        return index

    def _check_free(self, name: str, ignore: str) -> None:
        if not name:
            raise ValidationError(
                "name",
                name,
                translate("UserPresets", "1 to {most} characters").format(most=MAX_NAME),
            )
        for plan in self._plans:
            if plan.name != ignore and plan.name.casefold() == name.casefold():
                raise ValidationError(
                    "name",
                    name,
                    translate("UserPresets", "a name none of your other presets has"),
                    translate("UserPresets", "already used"),
                )

    def _commit(self, plans: Sequence[Plan]) -> None:
        if self._kept_from_writing is not None:
            raise RefusedFile(errno.EPERM, self._kept_from_writing, self.path)
        # Write first: if the disk refuses, the list in memory still matches the file.
        document = {"format": PRESETS_FORMAT, "presets": [p.to_dict() for p in plans]}
        write_atomic(self.path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        self._plans = list(plans)


def _entries(data: Any) -> list[Any]:
    if not isinstance(data, dict):
        raise ValidationError(
            translate("UserPresets", "presets file"),
            type(data).__name__,
            translate("UserPresets", "a JSON object"),
        )
    if data.get("format") != PRESETS_FORMAT:
        raise ValidationError("format", data.get("format"), str(PRESETS_FORMAT))
    entries = data.get("presets")
    if not isinstance(entries, list):
        raise ValidationError(
            "presets", type(entries).__name__, translate("UserPresets", "a list of plans")
        )
    return entries


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def _listed(problems: Sequence[str], most: int = 3) -> str:
    """The first few problems; a file of thousands of bad entries gives a short notice."""
    more = len(problems) - most
    listed = "; ".join(problems[:most])
    if more <= 0:
        return listed
    return translate("UserPresets", "{problems}; and {count} more").format(
        problems=listed, count=more
    )
