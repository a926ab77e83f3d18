"""The .ts catalogues: complete, current with the code, and every text of the code in them.

Fails when a message is unfinished or obsolete, when the code has a text the catalogues
lack (run `python scripts/update_translations.py`, then translate), or when a text a
person reads is not wrapped for translation (`scripts/check_i18n_strings.py`).
"""

from __future__ import annotations

import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.update_translations import FOLDER, ts_file, update
from thrusttimer.core.language import ENGLISH, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in LANGUAGES if code != ENGLISH]


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unpaired brace>"}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_and_none_is_obsolete(language: str) -> None:
    path = ts_file(language)
    assert ET.parse(path).getroot().get("language") == language
    problems = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} has an empty translation")
        elif fields(translation.text or "") != fields(source):
            problems.append(f"{context}: {source!r}: placeholders differ in {translation.text!r}")
    assert problems == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_catalogue_holds_every_text_of_the_code(language: str, tmp_path: Path) -> None:
    committed = ts_file(language)
    current = tmp_path / committed.name
    shutil.copy(committed, current)
    update([current])
    new = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in messages(current)
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    before = {(c, m.findtext("source"), m.findtext("comment")) for c, m in messages(committed)}
    after = {(c, m.findtext("source"), m.findtext("comment")) for c, m in messages(current)}
    assert (new, sorted(map(str, before - after))) == ([], []), (
        "run `python scripts/update_translations.py` and translate what it marks unfinished"
    )


def test_the_catalogues_are_the_shipped_languages() -> None:
    assert sorted(path.name for path in FOLDER.glob("*.ts")) == sorted(
        f"thrusttimer_{code}.ts" for code in TRANSLATED
    )


def test_every_text_a_person_reads_is_wrapped_for_translation() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_i18n_strings.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]
