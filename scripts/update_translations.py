"""Collect every text wrapped for translation into the .ts files, one per language.

    python scripts/update_translations.py

Runs Qt's lupdate (`pyside6-lupdate`) over the package and writes
``assets/i18n/thrusttimer_<language>.ts`` for each language but English (the source). New
texts arrive marked unfinished; texts no longer in the code are dropped (-no-obsolete). Then
translate the unfinished messages (Qt Linguist: `pyside6-linguist FILE`, or any editor) and
run the tests: `tests/i18n` fails while any message is unfinished or the files are behind
the code. The build compiles the .ts into .qm (resources.qrc lists them).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from thrusttimer.core.language import ENGLISH, LANGUAGES  # noqa: E402

FOLDER = ROOT / "assets" / "i18n"
LUPDATE = (
    "import sys; from PySide6.scripts.pyside_tool import lupdate; "
    "sys.argv[0] = 'pyside6-lupdate'; lupdate()"
)
SKIPPED = ("_resources_rc.py",)


def sources(root: Path = ROOT) -> list[Path]:
    """The package's modules lupdate reads (not the generated resource module)."""
    return [
        path
        for path in sorted((root / "thrusttimer").rglob("*.py"))
        if path.name not in SKIPPED and "__pycache__" not in path.parts
    ]


def update(ts_files: list[Path], root: Path = ROOT) -> str:
    """Run lupdate over the package into `ts_files`; returns its report."""
    files = [str(path.relative_to(root)) for path in sources(root)]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            LUPDATE,
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-ts",
            *map(str, ts_files),
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed ({result.returncode}): {result.stderr or result.stdout}")
    return result.stdout


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"thrusttimer_{language}.ts"


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if language == ENGLISH:
            continue
        path = ts_file(language)
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="en">\n</TS>\n',
                encoding="utf-8",
            )
        print(update([path]).strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
