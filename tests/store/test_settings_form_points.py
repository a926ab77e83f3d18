"""Where each exercise's form points start next workout, in the settings: kept by exercise,
read entry by entry (a bad entry is dropped, never raised), and the one start an earlier
version kept taken over for every exercise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.hostile_json import hostile_text, plan_texts, values
from thrusttimer.core.content import available_exercises
from thrusttimer.store.settings import (
    FORM_POINTS_KEY,
    MAX_FORM_POINT_START,
    OLD_FORM_POINT_KEY,
    Settings,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "ThrustTimer.ini"


def test_nothing_saved_starts_every_exercise_from_its_first_point(path: Path) -> None:
    assert Settings(path).form_point_starts() == {}


def test_the_starts_round_trip_through_the_file(path: Path) -> None:
    saved = Settings(path)
    saved.save_form_point_starts({"hip-thrust": 7, "frog-pump": 0, "my-own-exercise": 12})
    assert saved.sync() is None
    assert Settings(path).form_point_starts() == {
        "hip-thrust": 7,
        "frog-pump": 0,
        "my-own-exercise": 12,
    }


def test_a_bad_entry_is_dropped_and_the_others_kept(path: Path) -> None:
    saved = Settings(path)
    entries = {
        "hip-thrust": 3,
        "frog-pump": -1,
        "glute-bridge": True,
        "b-stance-hip-thrust": 2.0,
        "single-leg-hip-thrust": MAX_FORM_POINT_START,
        "other": "4",
        "last": MAX_FORM_POINT_START - 1,
    }
    saved._qsettings.setValue(FORM_POINTS_KEY, json.dumps(entries))
    assert saved.form_point_starts() == {"hip-thrust": 3, "last": MAX_FORM_POINT_START - 1}
    for junk in ("[1, 2]", "7", "{", "", '{"hip-thrust": ' + "9" * 5000 + "}"):
        saved._qsettings.setValue(FORM_POINTS_KEY, junk)
        assert saved.form_point_starts() == {}, junk


def test_saving_keeps_only_starts_it_can_read_back(path: Path) -> None:
    saved = Settings(path)
    saved.save_form_point_starts({"hip-thrust": 2**40, "frog-pump": -3, "glute-bridge": 1})
    assert saved.form_point_starts() == {"glute-bridge": 1}


def test_the_start_an_earlier_version_saved_stands_for_every_exercise(path: Path) -> None:
    old = Settings(path)
    old._qsettings.setValue(OLD_FORM_POINT_KEY, 5)
    assert old.sync() is None
    migrated = Settings(path)
    assert migrated.form_point_starts() == dict.fromkeys(available_exercises(), 5)
    # The workout's next starts are saved under the new key, and the old one goes.
    migrated.save_form_point_starts({**migrated.form_point_starts(), "hip-thrust": 9})
    assert migrated.sync() is None
    assert "form_point_start=" not in path.read_text()
    again = Settings(path).form_point_starts()
    assert again == {**dict.fromkeys(available_exercises(), 5), "hip-thrust": 9}


@pytest.mark.parametrize("old", ["seven", "-1", str(2**31), "", "1.5"])
def test_an_unreadable_old_start_is_not_taken_over(path: Path, old: str) -> None:
    saved = Settings(path)
    saved._qsettings.setValue(OLD_FORM_POINT_KEY, old)
    assert saved.form_point_starts() == {}


def test_the_new_key_wins_over_the_old_one(path: Path) -> None:
    saved = Settings(path)
    saved._qsettings.setValue(OLD_FORM_POINT_KEY, 5)
    saved._qsettings.setValue(FORM_POINTS_KEY, "not json")
    assert saved.form_point_starts() == {}


start_objects = st.dictionaries(
    st.one_of(st.sampled_from(available_exercises()), hostile_text),
    st.one_of(values, st.integers(min_value=-5, max_value=2**32)),
    max_size=6,
).map(json.dumps)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.one_of(st.text(max_size=200), plan_texts, start_objects))
def test_any_text_in_the_key_reads_as_a_clean_dict_of_starts(path: Path, raw: str) -> None:
    saved = Settings(path)
    saved._qsettings.setValue(FORM_POINTS_KEY, raw)
    starts = saved.form_point_starts()
    assert isinstance(starts, dict)
    for key, value in starts.items():
        assert isinstance(key, str)
        assert type(value) is int
        assert 0 <= value < MAX_FORM_POINT_START
