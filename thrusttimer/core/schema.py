"""Reading one parsed TOML table against a schema: typed readers that say where a value is wrong.

Each reader raises `Wrong` with the key path (``phases.thrust.breath``) and what is
allowed; the caller adds the file's name. Knows nothing of exercises.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping, Sequence

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate

KINDS: tuple[tuple[type, str], ...] = (
    (bool, QT_TRANSLATE_NOOP("ExerciseSchema", "true/false")),
    (str, QT_TRANSLATE_NOOP("ExerciseSchema", "text")),
    (int, QT_TRANSLATE_NOOP("ExerciseSchema", "a whole number")),
    (float, QT_TRANSLATE_NOOP("ExerciseSchema", "a number")),
    (list, QT_TRANSLATE_NOOP("ExerciseSchema", "a list")),
    (dict, QT_TRANSLATE_NOOP("ExerciseSchema", "a table")),
)
"""What each TOML type is called in a message; bool before int, as bools are ints.
Translated where shown (context "ExerciseSchema")."""
BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


class Wrong(Exception):
    """What is wrong at one key path."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}" if key else problem)


def kind(value: object) -> str:
    """What `value` is, and the value itself (cut short), for a message."""
    if value is None:
        return translate("ExerciseSchema", "nothing")
    name = next(
        (translate("ExerciseSchema", name) for type_, name in KINDS if isinstance(value, type_)),
        None,
    )
    if name is None:
        name = translate("ExerciseSchema", "a date or time")
    shown = repr(value)
    return f"{name} ({shown[:40]}…)" if len(shown) > 40 else f"{name} ({shown})"


def join(where: str, key: str | int) -> str:
    """The key path of `key` (a key, or an index in a list) inside `where`."""
    if isinstance(key, int):
        return f"{where}[{key}]"
    if not BARE_KEY.fullmatch(key):
        key = json.dumps(key)  # quoted as TOML would, so the message stays one line
    return f"{where}.{key}" if where else key


class Table:
    """One table of the file and its key path, with readers that say where a value is wrong."""

    def __init__(
        self,
        value: object,
        where: str,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> None:
        if not isinstance(value, Mapping):
            raise Wrong(
                where,
                translate("ExerciseSchema", "must be a table, not {kind}").format(kind=kind(value)),
            )
        self.data: Mapping[str, object] = value
        self.where = where
        allowed = (*required, *optional)
        for key in value:
            if key not in allowed:
                problem = translate("ExerciseSchema", "unknown key; allowed here: {keys}")
                raise Wrong(self.at(key), problem.format(keys=", ".join(allowed)))
        for key in required:
            if key not in value:
                raise Wrong(self.at(key), translate("ExerciseSchema", "missing; it is required"))

    def at(self, key: str | int) -> str:
        return join(self.where, key)

    def text(self, key: str, default: str | None = None, empty: bool = True) -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str):
            problem = translate("ExerciseSchema", "must be text, not {kind}")
            raise Wrong(self.at(key), problem.format(kind=kind(value)))
        if not empty and not value.strip():
            raise Wrong(self.at(key), translate("ExerciseSchema", "must not be empty"))
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            problem = translate("ExerciseSchema", "must be true or false, not {kind}")
            raise Wrong(self.at(key), problem.format(kind=kind(value)))
        return value

    def choice(self, key: str, allowed: Sequence[str], default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value not in allowed:
            problem = translate("ExerciseSchema", "must be one of {allowed}, not {kind}")
            raise Wrong(self.at(key), problem.format(allowed=", ".join(allowed), kind=kind(value)))
        return str(value)

    def table(self, key: str, required: Sequence[str], optional: Sequence[str] = ()) -> Table:
        return Table(self.data[key], self.at(key), required, optional)

    def items(self, key: str) -> list[object]:
        value = self.data[key]
        if not isinstance(value, list):
            problem = translate("ExerciseSchema", "must be a list ([[{key}]]), not {kind}")
            raise Wrong(self.at(key), problem.format(key=self.at(key), kind=kind(value)))
        if not value:
            raise Wrong(
                self.at(key), translate("ExerciseSchema", "must not be empty: list at least one")
            )
        return value

    def strings(self, key: str, values: Sequence[str] = ()) -> tuple[str, ...]:
        """A non-empty list of wordings (or one), each using only the `values` placeholders."""
        where, value = self.at(key), self.data[key]
        listed: object = [value] if isinstance(value, str) else value
        if not isinstance(listed, list) or not listed:
            problem = translate("ExerciseSchema", "must be a non-empty list of text, not {kind}")
            raise Wrong(where, problem.format(kind=kind(value)))
        wordings: list[str] = []
        for index, item in enumerate(listed):
            at = join(where, index) if listed is value else where
            if not isinstance(item, str) or not item.strip():
                problem = translate("ExerciseSchema", "must be text that is not empty, not {kind}")
                raise Wrong(at, problem.format(kind=kind(item)))
            check_placeholders(item, at, values)
            wordings.append(item)
        return tuple(wordings)


def check_placeholders(text: str, where: str, values: Sequence[str]) -> None:
    """Refuse a {placeholder} in `text` that is not one of `values`, or unpaired braces."""
    if values:
        allowed = ", ".join(f"{{{v}}}" for v in values)
    else:
        allowed = translate("ExerciseSchema", "none here")
    try:
        fields = [(f, s, c) for _, f, s, c in string.Formatter().parse(text) if f is not None]
    except ValueError:
        problem = translate(
            "ExerciseSchema", "braces must pair up around a placeholder ({allowed})"
        )
        raise Wrong(where, problem.format(allowed=allowed)) from None
    for name, spec, conversion in fields:
        if name not in values or spec or conversion:
            problem = translate(
                "ExerciseSchema",
                "placeholder {placeholder} is not allowed; placeholders: {allowed}",
            )
            raise Wrong(where, problem.format(placeholder=f"{{{name}}}", allowed=allowed))
