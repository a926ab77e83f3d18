"""The user's presets: create, duplicate, rename, delete, import/export, and damaged files."""

from __future__ import annotations

import json
import os
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings

from tests.support.hostile_json import file_bytes
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.plan import Plan
from thrusttimer.core.presets import preset
from thrusttimer.store.presets import UserPresets


def fixed_now() -> datetime:
    return datetime(2026, 11, 25, 19, 30, 5, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "presets.json"


def reload(path: Path) -> UserPresets:
    presets, notice = UserPresets.load(path)
    assert notice is None
    return presets


def test_no_file_means_no_presets_and_no_notice(path: Path) -> None:
    presets, notice = UserPresets.load(path)
    assert (presets.names, notice) == ([], None)
    assert not path.exists()


def test_create_duplicate_rename_delete_are_saved_at_once(path: Path) -> None:
    presets, _ = UserPresets.load(path)
    mine = presets.add(Plan.build(name="Glute day", sets=4, reps=12, tempo="2-1-1-2"))
    copy = presets.duplicate(preset("strength"))
    assert copy.name == "Heavy strength (copy)"
    assert copy == Plan.build(preset("strength"), name="Heavy strength (copy)")
    assert reload(path).names == ["Glute day", "Heavy strength (copy)"]

    presets.rename("Heavy strength (copy)", "  Friday triples ")
    assert reload(path).get("Friday triples") == Plan.build(
        preset("strength"), name="Friday triples"
    )

    presets.update("Glute day", Plan.build(mine, reps=15))
    assert reload(path).get("Glute day").reps == 15

    presets.delete("Glute day")
    assert reload(path).names == ["Friday triples"]


def test_names_stay_unique_ignoring_case(path: Path) -> None:
    presets, _ = UserPresets.load(path)
    presets.add(Plan.build(name="Glute day"))
    assert presets.add(Plan.build(name="glute DAY")).name == "glute DAY (2)"
    assert presets.duplicate(presets.get("Glute day")).name == "Glute day (copy)"
    assert presets.duplicate(presets.get("Glute day")).name == "Glute day (copy) (2)"
    with pytest.raises(ValidationError, match="already used") as caught:
        presets.rename("Glute day (copy)", "GLUTE day")
    assert caught.value.field == "name"
    assert "Glute day (copy)" in reload(path).names


def test_a_long_name_keeps_its_suffix_within_60_characters(path: Path) -> None:
    presets, _ = UserPresets.load(path)
    long = "x" * 60
    presets.add(Plan.build(name=long))
    second = presets.add(Plan.build(name=long))
    assert second.name == "x" * 56 + " (2)"
    assert len(presets.duplicate(presets.get(long)).name) == 60


def test_rename_to_an_empty_name_names_the_field_and_range(path: Path) -> None:
    presets, _ = UserPresets.load(path)
    presets.add(Plan.build(name="Glute day"))
    with pytest.raises(ValidationError, match="1 to 60 characters") as caught:
        presets.rename("Glute day", "   ")
    assert caught.value.field == "name"
    assert reload(path).names == ["Glute day"]


def test_export_then_import_round_trips_the_plan(path: Path) -> None:
    presets, _ = UserPresets.load(path)
    original = presets.add(
        Plan.build(
            name="Tempo work", sets=5, reps=6, tempo="4-1-X-2", rest_s=150, cue_mode="breath"
        )
    )
    text = presets.export_json("Tempo work")
    assert Plan.from_json(text) == original
    imported = presets.import_json(text)
    assert imported == Plan.build(original, name="Tempo work (2)")
    assert reload(path).plans == (original, imported)


@pytest.mark.parametrize(
    ("change", "field", "allowed"),
    [
        ({"reps": 0}, "reps", "a whole number from 1 to 100"),
        ({"rest_s": 1000}, "rest_s", "a number from 0 to 900 s"),
        ({"tempo": "3-1-Y-1"}, "tempo", "E-P-C-P"),
        ({"cues": {"mode": "shout"}}, "cue_mode", "one of full, breath, counts, tones, silent"),
    ],
)
def test_an_import_error_names_field_and_range_and_changes_nothing(
    path: Path, change: dict[str, object], field: str, allowed: str
) -> None:
    presets, _ = UserPresets.load(path)
    presets.add(Plan.build(name="Keep me"))
    before = path.read_bytes()
    text = json.dumps(preset("strength").to_dict() | change)
    with pytest.raises(ValidationError) as caught:
        presets.import_json(text)
    assert caught.value.field == field
    assert allowed in caught.value.allowed
    assert presets.names == ["Keep me"]
    assert path.read_bytes() == before


def test_import_of_text_that_is_not_json_changes_nothing(path: Path) -> None:
    presets, _ = UserPresets.load(path)
    with pytest.raises(ValidationError, match="a JSON plan"):
        presets.import_json("sets = 3")
    assert (presets.names, path.exists()) == ([], False)


def test_a_damaged_file_is_moved_aside_never_overwritten(path: Path) -> None:
    path.parent.mkdir(parents=True)
    damaged = '{"format": 1, "presets": [{"name": "Glute day", "sets": 4'
    path.write_text(damaged, encoding="utf-8")

    presets, notice = UserPresets.load(path, now=fixed_now)

    aside = path.with_name("presets.json.unreadable-20261125T193005Z")
    assert aside.read_text(encoding="utf-8") == damaged
    assert notice is not None
    assert str(aside) in notice
    assert presets.names == []
    presets.add(Plan.build(name="New one"))
    assert reload(path).names == ["New one"]
    assert aside.read_text(encoding="utf-8") == damaged


def test_unreadable_entries_are_skipped_and_the_whole_file_kept_in_a_copy(path: Path) -> None:
    good = Plan.build(name="Good one", sets=2)
    document = {
        "format": 1,
        "presets": [good.to_dict(), preset("strength").to_dict() | {"name": "Bad", "sets": 99}],
    }
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    original = path.read_bytes()

    presets, notice = UserPresets.load(path, now=fixed_now)

    assert presets.plans == (good,)
    assert notice is not None
    assert "“Bad”: sets: 99 is not allowed" in notice
    copy = path.with_name("presets.json.unreadable-20261125T193005Z")
    assert copy.read_bytes() == original
    assert path.read_bytes() == original  # only rewritten when the user changes something


def test_a_file_from_an_unknown_format_is_kept_aside(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"format": 7, "presets": []}), encoding="utf-8")
    presets, notice = UserPresets.load(path, now=fixed_now)
    assert presets.names == []
    assert notice is not None
    assert "format: 7 is not allowed" in notice
    assert path.with_name("presets.json.unreadable-20261125T193005Z").exists()


def test_a_failed_write_leaves_list_and_file_as_they_were(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    presets, _ = UserPresets.load(path)
    presets.add(Plan.build(name="Keep me"))
    before = path.read_bytes()

    def disk_full(target: Path, text: str) -> None:
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr("thrusttimer.store.presets.write_atomic", disk_full)
    with pytest.raises(OSError, match="No space left"):
        presets.add(Plan.build(name="Lost"))
    with pytest.raises(OSError, match="No space left"):
        presets.delete("Keep me")
    assert presets.names == ["Keep me"]
    assert path.read_bytes() == before


# Hostile presets files --------------------------------------------------------------------


def aside_of(path: Path) -> Path:
    return path.with_name("presets.json.unreadable-20261125T193005Z")


@pytest.mark.parametrize("kind", ["fifo", "folder", "huge", "not utf-8"])
def test_a_presets_file_that_is_not_a_small_text_file_is_moved_aside_at_once(
    path: Path, kind: str
) -> None:
    path.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(path)  # reading it waited for a writer forever
    elif kind == "folder":
        path.mkdir()
    elif kind == "huge":
        path.write_bytes(b'{"format": 1, "presets": [' + b" " * 2_000_000 + b"]}")
    else:
        path.write_bytes(b'{"format": 1, "presets": ["\xff"]}')
    loaded: list[tuple[UserPresets, str | None]] = []
    worker = threading.Thread(
        target=lambda: loaded.append(UserPresets.load(path, now=fixed_now)), daemon=True
    )
    worker.start()
    worker.join(timeout=5)
    assert loaded, "loading the presets hung"
    presets, notice = loaded[0]
    assert presets.names == []
    assert notice is not None
    assert "\n" not in notice
    assert "could not be read (it is" in notice
    assert aside_of(path).exists() or aside_of(path).is_fifo()
    assert not path.exists()


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ({"name": "Deep", "cues": [[[[[[[[]]]]]]]]}, "“Deep”: cues: a list is not allowed"),
        ({"name": "Squat", "exercise": "squat"}, "“Squat”: exercise: 'squat' is not allowed"),
        ({"name": "Odd \ud800"}, "“Odd \\ud800”: name: 'Odd \\ud800' is not allowed"),
        ({"name": "\x1b[2JWipe", "sets": 0}, "“\\x1b[2JWipe”: sets: 0 is not allowed"),
    ],
)
def test_a_hostile_entry_is_one_clear_problem_and_the_file_is_copied(
    path: Path, entry: dict[str, object], words: str
) -> None:
    good = Plan.build(name="Good one")
    document = {"format": 1, "presets": [good.to_dict(), entry]}
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    original = path.read_bytes()
    presets, notice = UserPresets.load(path, now=fixed_now)
    assert presets.plans == (good,)
    assert notice is not None
    assert words in notice
    assert "\x1b" not in notice
    notice.encode("utf-8")
    assert aside_of(path).read_bytes() == original
    assert path.read_bytes() == original


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"format": 1, "presets": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"format": ' + "1" * 5000 + ', "presets": []}', "a number 5000 characters long"),
    ],
)
def test_a_deep_or_huge_number_file_is_moved_aside(path: Path, text: str, words: str) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    presets, notice = UserPresets.load(path, now=fixed_now)
    assert presets.names == []
    assert notice is not None
    assert words in notice
    assert aside_of(path).read_text(encoding="utf-8") == text


def test_when_the_copy_cannot_be_made_the_file_is_never_rewritten(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = {"format": 1, "presets": [{"name": "Bad", "sets": 99}]}
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    original = path.read_bytes()

    def no_room(target: Path, now: object) -> Path:
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr("thrusttimer.store.presets.copy_aside", no_room)
    presets, notice = UserPresets.load(path, now=fixed_now)
    assert notice is not None
    assert "could not be copied aside (No space left on device)" in notice
    with pytest.raises(OSError, match="could not be read nor copied aside"):
        presets.add(Plan.build(name="New"))
    assert presets.names == []
    assert path.read_bytes() == original  # the unread "Bad" entry is not lost


@settings(max_examples=80, deadline=None)
@given(content=file_bytes)
def test_any_presets_file_loads_or_is_kept_and_never_changed(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "presets.json")
        path.write_bytes(content)
        presets, notice = UserPresets.load(path, now=fixed_now)
        for plan in presets.plans:
            plan.to_json().encode("utf-8")
        if notice is not None:
            assert "\n" not in notice
            notice.encode("utf-8")
        kept = [p for p in Path(folder).iterdir() if p.name.startswith("presets.json.unreadable")]
        if path.exists():
            assert path.read_bytes() == content  # the user's file, untouched
        assert all(copy.read_bytes() == content for copy in kept)
        assert path.exists() or kept, "the file was neither kept nor set aside"
        assert (notice is None) == (not kept)
