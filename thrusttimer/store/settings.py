"""The user's settings — window geometry, the last workout, the voice, the plates and the
warm-up — kept through QSettings.

This is the one place that touches QSettings. The file is INI, at the path Qt gives the
organisation and application names (`ORGANISATION`, `APPLICATION`, set once in main), or at
a path the caller passes (tests use a temporary folder). The file is checked before Qt reads
it, since Qt quietly reads past what would make it lose values when it writes the file back:
text that is not UTF-8, a NUL or other control character, a last line cut short, a line that
is neither ``[section]`` nor ``key=value``, or a `format` other than this app's. A file like
that, or one Qt cannot read or parse, does not stop the app: it is moved aside with a
timestamp, the defaults are used, and `notice` says where it went, for the window to show. A
single bad value (say, a last plan edited by hand into something invalid) falls back to its
default, and the file is first copied aside as it was, so nothing the user saved is lost.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QByteArray, QSettings

from thrusttimer.core.content import available_exercises
from thrusttimer.core.errors import NumberField, ValidationError
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.language import resolve
from thrusttimer.core.plan import Plan, load_json
from thrusttimer.core.presets import DEFAULT_PRESET, preset
from thrusttimer.core.shown import printable

if TYPE_CHECKING:
    # Loaded when the plates or the warm-up are first asked for, not before the first frame.
    from thrusttimer.core.loading.inventory import Inventory
    from thrusttimer.core.loading.warmup import WarmupScheme

from thrusttimer.store.files import Now, copy_aside, move_aside, utc_now
from thrusttimer.store.settings_damage import SETTINGS_FORMAT, damage, status_problem

ORGANISATION: Final = "ThrustTimer"
APPLICATION: Final = "ThrustTimer"

GEOMETRY_KEY: Final = "window/geometry"
LAST_PLAN_KEY: Final = "workout/last_plan"
FORM_POINTS_KEY: Final = "coaching/form_points"
"""Where each exercise's form points start next workout, as JSON: {"hip-thrust": 7, …}."""
OLD_FORM_POINT_KEY: Final = "coaching/form_point_start"
"""One start for every exercise, as earlier versions kept it: read once, when the key above
is not there yet, and removed when it is written."""
MAX_FORM_POINT_START: Final = 2**31
VOICE_GROUP: Final = "voice"
PLATES_GROUP: Final = "plates"
"""unit, bar and collar as numbers; plates as JSON: [{"weight": 25, "pairs": 4}, …]."""
WARMUP_KEY: Final = "warmup/scheme"
INTERFACE_LANGUAGE_KEY: Final = "language/interface"
SPEECH_LANGUAGE_KEY: Final = "language/speech"
"""A language code (en, de, es, fr, pt_BR); absent: the system's, and the coach the interface's."""
"""The warm-up scheme as JSON: {"steps": [{"percent": null, "reps": 10}, …]}."""

VOICE_FIELDS: Final = {
    "rate_wpm": NumberField(
        "rate_wpm", 80, 300, QT_TRANSLATE_NOOP("Validation", "words per minute"), integer=True
    ),
    "volume_pct": NumberField("volume_pct", 0, 100, "%", integer=True),
    "latency_ms": NumberField("latency_ms", -500, 500, "ms", integer=True),
}
"""Ranges for the voice's numbers. The voice engine may narrow them when it lands."""

MAX_VOICE_NAME: Final = 200


@dataclass(frozen=True, slots=True)
class VoicePrefs:
    """How the coach speaks, as plain values (the engine maps them onto its own settings)."""

    voice: str = ""
    """The engine's voice id; empty means the engine's default voice."""
    rate_wpm: int = 170
    volume_pct: int = 100
    latency_ms: int = 0
    """Added to every cue's start to line speech up with the beat on a slow audio device."""

    @classmethod
    def build(cls, base: VoicePrefs | None = None, **changes: Any) -> VoicePrefs:
        """Validated prefs from `base` with `changes` (numbers may be text)."""
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name in VOICE_FIELDS:
                values[name] = int(VOICE_FIELDS[name].check(value))
            elif name == "voice":
                if not isinstance(value, str) or len(value) > MAX_VOICE_NAME:
                    raise ValidationError(
                        "voice",
                        value,
                        translate(
                            "VoicePrefs", "a voice name of at most {count} characters"
                        ).format(count=MAX_VOICE_NAME),
                    )
                values[name] = value
            else:
                raise ValidationError(
                    name,
                    value,
                    translate("VoicePrefs", "a voice setting"),
                    translate("VoicePrefs", "unknown field"),
                )
        return replace(base or cls(), **values)


def default_path() -> Path:
    """Where the settings live for this user (the platform's config folder)."""
    return Path(
        QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        ).fileName()
    )


def default_plan() -> Plan:
    return preset(DEFAULT_PRESET)


class Settings:
    """Typed access to the settings file. Construct once at start-up; read `notice`."""

    def __init__(self, path: Path | None = None, now: Now = utc_now) -> None:
        self.path = path or default_path()
        self.notice: str | None = None
        self._now = now
        self._copy: str | None = None
        """Where the file was copied before a bad value in it was replaced (once a run)."""
        qsettings: QSettings | None = None
        problem = damage(self.path)
        if problem is None:
            qsettings = self._open()
            problem = status_problem(qsettings.status())
        if problem is not None:
            # Drop Qt's handle before renaming so it never writes back over the moved file.
            qsettings = None
            self.notice = self._set_aside(problem)
        self._qsettings = qsettings if qsettings is not None else self._open()
        self._qsettings.setValue("format", SETTINGS_FORMAT)

    def _set_aside(self, problem: str) -> str:
        shown = printable(str(self.path))
        try:
            aside = move_aside(self.path, self._now)
        except OSError as error:
            return translate(
                "Settings",
                "Your settings file {path} {problem} and could not be moved aside ({reason}); "
                "ThrustTimer is using the default settings and will not be able to save them.",
            ).format(path=shown, problem=problem, reason=error.strerror or error)
        return translate(
            "Settings",
            "Your settings file {path} {problem}. It was kept as {aside} and ThrustTimer "
            "started with the default settings.",
        ).format(path=shown, problem=problem, aside=aside.name)

    def _open(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    # Window -----------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        value = self._qsettings.value(GEOMETRY_KEY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._qsettings.setValue(GEOMETRY_KEY, geometry)

    # The last workout -------------------------------------------------------------------

    def load_last_plan(self) -> tuple[Plan, str | None]:
        """The workout used last, or the default preset (and why) if there is none usable."""
        raw = self._qsettings.value(LAST_PLAN_KEY)
        if raw is None:
            return default_plan(), None
        try:
            if not isinstance(raw, str):
                raise ValidationError(
                    "plan", type(raw).__name__, translate("Settings", "a JSON plan")
                )
            return Plan.from_json(raw), None
        except ValidationError as error:
            fallback = default_plan()
            notice = translate(
                "Settings",
                "The last workout could not be restored ({problem}); starting from “{name}” "
                "instead.",
            ).format(problem=error, name=fallback.name)
            return fallback, notice + self._keep_copy()

    def save_last_plan(self, plan: Plan) -> None:
        self._qsettings.setValue(LAST_PLAN_KEY, json.dumps(plan.to_dict()))

    # Coaching ---------------------------------------------------------------------------

    def form_point_starts(self) -> dict[str, int]:
        """Where each exercise's next form points start (`Timeline.next_form_points`), so the
        coach carries on across sessions; an exercise not saved, or saved unreadably, starts
        from 0. A start saved by an earlier version, one for all, stands for each exercise."""
        raw = self._qsettings.value(FORM_POINTS_KEY)
        if raw is None:
            return self._old_form_point_starts()
        try:
            # An unreadable value is dropped without a notice: its label is never shown.
            what = "form points"  # i18n: not shown
            data = load_json(raw, what) if isinstance(raw, str) else None
        except ValidationError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {key: value for key, value in data.items() if _is_start(key, value)}

    def _old_form_point_starts(self) -> dict[str, int]:
        raw = self._qsettings.value(OLD_FORM_POINT_KEY)
        if raw is None:
            return {}
        try:
            start = int(str(raw))
        except ValueError:
            return {}
        if not 0 <= start < MAX_FORM_POINT_START:
            return {}
        return dict.fromkeys(available_exercises(), start)

    def save_form_point_starts(self, starts: Mapping[str, int]) -> None:
        kept = {key: value for key, value in sorted(starts.items()) if _is_start(key, value)}
        self._qsettings.setValue(FORM_POINTS_KEY, json.dumps(kept))
        self._qsettings.remove(OLD_FORM_POINT_KEY)

    # Voice ------------------------------------------------------------------------------

    def load_voice(self) -> tuple[VoicePrefs, str | None]:
        """The saved voice settings; a bad value falls back to its default, and says which."""
        prefs = VoicePrefs()
        problems: list[str] = []
        for item in fields(VoicePrefs):
            raw = self._qsettings.value(f"{VOICE_GROUP}/{item.name}")
            if raw is None:
                continue
            try:
                prefs = VoicePrefs.build(prefs, **{item.name: raw})
            except ValidationError as error:
                problems.append(str(error))
        if not problems:
            return prefs, None
        notice = translate(
            "Settings", "Some voice settings were reset to their defaults: {problems}."
        ).format(problems="; ".join(problems))
        return prefs, notice + self._keep_copy()

    def _keep_copy(self) -> str:
        """Copy the file aside (once) before a value in it is replaced; say where it went."""
        if self._copy is None and self.path.is_file():
            try:
                self._copy = copy_aside(self.path, self._now).name
            except OSError:
                return ""
        if self._copy is None:
            return ""
        # A sentence of its own, after the notice's.
        copied = translate("Settings", "The settings file was copied to {file}.")
        return " " + copied.format(file=self._copy)

    def save_voice(self, prefs: VoicePrefs) -> None:
        for item in fields(VoicePrefs):
            self._qsettings.setValue(f"{VOICE_GROUP}/{item.name}", getattr(prefs, item.name))

    # Plates and warm-up ----------------------------------------------------------------

    def load_inventory(self) -> tuple[Inventory, str | None]:
        """The saved plates (a gym's defaults in the saved unit when none are saved); a bad
        value falls back to its default for that unit, and says which."""
        from thrusttimer.core.loading.inventory import Inventory, default_inventory
        from thrusttimer.core.loading.units import unit_of

        problems: list[str] = []
        raw_unit = self._qsettings.value(f"{PLATES_GROUP}/unit")
        try:
            unit = unit_of("kg" if raw_unit is None else raw_unit)
        except ValidationError as error:
            problems.append(str(error))
            unit = "kg"
        inventory = default_inventory(unit)
        for name in ("bar", "collar", "plates"):
            raw = self._qsettings.value(f"{PLATES_GROUP}/{name}")
            if raw is None:
                continue
            try:
                if name == "plates":
                    if not isinstance(raw, str):
                        raise ValidationError(
                            "plates", type(raw).__name__, translate("Settings", "a JSON list")
                        )
                    raw = load_json(raw, "plates")
                inventory = Inventory.build(inventory, **{name: raw})
            except ValidationError as error:
                problems.append(str(error))
        if not problems:
            return inventory, None
        notice = translate(
            "Settings", "Some plate settings were reset to their defaults: {problems}."
        ).format(problems="; ".join(problems))
        return inventory, notice + self._keep_copy()

    def save_inventory(self, inventory: Inventory) -> None:
        data = inventory.to_dict()
        for name in ("unit", "bar", "collar"):
            self._qsettings.setValue(f"{PLATES_GROUP}/{name}", data[name])
        self._qsettings.setValue(f"{PLATES_GROUP}/plates", json.dumps(data["plates"]))

    def load_warmup(self) -> tuple[WarmupScheme, str | None]:
        """The saved warm-up scheme, or the default one (and why, if one was unusable)."""
        from thrusttimer.core.loading.warmup import DEFAULT_SCHEME, WarmupScheme

        raw = self._qsettings.value(WARMUP_KEY)
        if raw is None:
            return DEFAULT_SCHEME, None
        try:
            if not isinstance(raw, str):
                raise ValidationError(
                    "warm-up", type(raw).__name__, translate("Settings", "a JSON warm-up scheme")
                )
            return WarmupScheme.from_dict(load_json(raw, "warm-up")), None
        except ValidationError as error:
            notice = translate(
                "Settings",
                "The warm-up could not be restored ({problem}); using the default warm-up "
                "({scheme}) instead.",
            ).format(problem=error, scheme=DEFAULT_SCHEME.describe())
            return DEFAULT_SCHEME, notice + self._keep_copy()

    def save_warmup(self, scheme: WarmupScheme) -> None:
        self._qsettings.setValue(WARMUP_KEY, json.dumps(scheme.to_dict()))

    def languages(self) -> tuple[str | None, str | None]:
        """The interface's and the coach's language as chosen, each None where the system's
        (the interface's, for the coach) is followed. A value that names no shipped
        language counts as none chosen."""
        interface = self._qsettings.value(INTERFACE_LANGUAGE_KEY)
        speech = self._qsettings.value(SPEECH_LANGUAGE_KEY)
        return _language(interface), _language(speech)

    def save_languages(self, interface: str | None, speech: str | None) -> None:
        for key, code in ((INTERFACE_LANGUAGE_KEY, interface), (SPEECH_LANGUAGE_KEY, speech)):
            if code is None:
                self._qsettings.remove(key)
            else:
                self._qsettings.setValue(key, code)

    # Writing ----------------------------------------------------------------------------

    def sync(self) -> str | None:
        """Write to disk now; a message if that failed (Qt also writes on its own later)."""
        self._qsettings.sync()
        problem = status_problem(self._qsettings.status())
        if problem is None:
            return None
        return translate("Settings", "Settings could not be saved: the file {problem}.").format(
            problem=problem
        )


def _language(raw: object) -> str | None:
    return resolve(raw) if isinstance(raw, str) else None


def _is_start(key: object, value: object) -> bool:
    """A form point start as it may be kept: a whole number (not a bool) of 31 bits, by an
    exercise id."""
    return (
        isinstance(key, str)
        and isinstance(value, int)
        and not isinstance(value, bool)
        and 0 <= value < MAX_FORM_POINT_START
    )
