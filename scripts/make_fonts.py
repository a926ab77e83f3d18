"""Make the app's own fonts: DejaVu Sans and Sans Bold, cut down to the characters it shows.

The gym screen is drawn in DejaVu Sans on every platform (Windows and macOS do not ship it),
so the app carries the two faces in its Qt resources. The full faces are 1.4 MB; subset to
Latin-1 and the punctuation, arrows and symbols the app uses they are a tenth of that.
DejaVu's licence (Bitstream Vera, with public-domain changes) allows this and asks that the
licence travel with the fonts: it is copied beside them.

    pip install fonttools
    python scripts/make_fonts.py [--source /usr/share/fonts/truetype/dejavu]

Commit assets/fonts/ together with this script.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "fonts"
FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
LICENCE = Path("/usr/share/doc/fonts-dejavu-core/copyright")

EXTRA = "·—–−×÷±°…“”‘’←→↑↓⇧⌫✓✔•€£"
"""Beyond Latin-1: what the screen, the dialogs and the key names use."""


def characters() -> str:
    latin1 = "".join(chr(c) for c in range(0x20, 0x7F)) + "".join(
        chr(c) for c in range(0xA0, 0x100)
    )
    return latin1 + EXTRA


def make(source: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = True
    for face in FACES:
        font = subset.load_font(str(source / face), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=characters())
        subsetter.subset(font)
        subset.save_font(font, str(OUT / face), options)
        print(f"{face}: {(source / face).stat().st_size} -> {(OUT / face).stat().st_size} bytes")
    if LICENCE.is_file():
        shutil.copyfile(LICENCE, OUT / "LICENSE-DejaVu.txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("/usr/share/fonts/truetype/dejavu"))
    make(parser.parse_args().source)


if __name__ == "__main__":
    main()
