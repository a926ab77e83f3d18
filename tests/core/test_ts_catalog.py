"""The Qt-free reader of .ts catalogues (the command line's translations)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thrusttimer.core.ts_catalog import CatalogError, parse_catalog, read_catalog, translator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>PlanCommand</name>
    <message><source>Rest</source><translation>Pause</translation></message>
    <message>
        <source>Rest</source><comment>time left</comment><translation>Ruhe</translation>
    </message>
    <message><source>Sets</source><translation type="unfinished">Sätze</translation></message>
    <message><source>Old</source><translation type="vanished">Alt</translation></message>
    <message><source>Empty</source><translation></translation></message>
</context>
</TS>
"""


def test_finished_translations_are_read_and_the_rest_stay_english(tmp_path: Path) -> None:
    path = tmp_path / "de.ts"
    path.write_text(TS, encoding="utf-8")
    translate = translator(read_catalog(path))
    assert translate("PlanCommand", "Rest") == "Pause"
    assert translate("PlanCommand", "Rest", "time left") == "Ruhe"
    assert translate("PlanCommand", "Sets") == "Sets"  # unfinished
    assert translate("PlanCommand", "Old") == "Old"  # vanished
    assert translate("PlanCommand", "Empty") == "Empty"
    assert translate("Other", "Rest") == "Rest"


def test_an_unreadable_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot be read"):
        read_catalog(tmp_path / "missing.ts")
    (tmp_path / "bad.ts").write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(CatalogError, match="not a Qt translation file"):
        read_catalog(tmp_path / "bad.ts")
    (tmp_path / "html.ts").write_text("<html/>", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"its root is <html>"):
        read_catalog(tmp_path / "html.ts")


@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_read_as_a_catalogue_or_one_error(data: bytes) -> None:
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return
    try:
        messages, problem = parse_catalog(root), ""
    except CatalogError as error:
        messages, problem = {}, str(error)
    assert "\n" not in problem
    assert all(isinstance(value, str) for value in messages.values())
