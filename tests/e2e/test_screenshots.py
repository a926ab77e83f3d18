"""The real app under Xvfb: pictures mid-thrust and mid-rest at two window sizes (and at a
HiDPI scale), kept in artifacts/screenshots, and the phase word measured on the pixels.

The app runs as `python -m thrusttimer` with the hidden `--screenshot-at SECONDS:PATH` test
hook: the window runs on a fake clock, jumps to each moment and saves what the X server shows,
with the phase word's expected place beside it (PATH.json). The check finds the word's ink
by its colour in the picture itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.support.dbus import FakeScreenSaver, private_bus
from tests.support.xvfb import xvfb

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb"),
]

MID_THRUST_S = 8.5
"""Hypertrophy with a 5 s lead-in: a 3 s brace, then the first thrust from 8 s to 9 s."""
MID_REST_S = 70.0
"""Set 1 ends at 58 s; the rest runs to 148 s."""


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with xvfb("2000x1300x24") as name:
        yield name


@pytest.fixture(scope="module")
def bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with private_bus() as address:
        fake = FakeScreenSaver(address, tmp_path_factory.mktemp("bus") / "screensaver.log")
        try:
            yield address
        finally:
            fake.close()


@pytest.fixture(scope="module")
def artifacts(pytestconfig: pytest.Config) -> Path:
    folder = pytestconfig.rootpath / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ink_height(picture: Path, facts: dict[str, object]) -> int:
    """Rows of the picture, around where the word should be, with pixels of the word's colour."""
    image = QImage(str(picture))
    assert not image.isNull()
    scale = float(facts["device_pixel_ratio"])  # type: ignore[arg-type]
    x, y, w, h = (round(v * scale) for v in facts["word_rect"])  # type: ignore[attr-defined]
    colour = QColor(str(facts["colour"]))
    pad = round(20 * scale)
    rows = []
    for row in range(max(0, y - pad), min(image.height(), y + h + pad)):
        for column in range(max(0, x - pad), min(image.width(), x + w + pad), 2):
            pixel = image.pixelColor(column, row)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 40
            ):
                rows.append(row)
                break
    return (max(rows) - min(rows) + 1) if rows else 0


@pytest.mark.parametrize(
    ("size", "scale"),
    [((800, 600), 1), ((1920, 1080), 1), ((800, 600), 2)],
    ids=["800x600", "1920x1080", "800x600@2x"],
)
def test_phase_word_meets_the_12_percent_rule_on_screen(
    display: str, bus: str, artifacts: Path, size: tuple[int, int], scale: int
) -> None:
    name = f"{size[0]}x{size[1]}" + (f"@{scale}x" if scale != 1 else "")
    shots = {"thrust": (MID_THRUST_S, "Thrust"), "rest": (MID_REST_S, "Rest")}
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": str(scale),
        "DBUS_SESSION_BUS_ADDRESS": bus,
    }
    command = [
        sys.executable,
        "-m",
        "thrusttimer",
        "--preset",
        "hypertrophy",
        "--lead-in",
        "5",
        "--window-size",
        f"{size[0]}x{size[1]}",
    ]
    for moment, (at, _) in shots.items():
        command += ["--screenshot-at", f"{at}:{artifacts / f'{moment}-{name}.png'}"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for moment, (_, word) in shots.items():
        picture = artifacts / f"{moment}-{name}.png"
        facts = json.loads(picture.with_suffix(".json").read_text())
        assert facts["word"] == word
        assert facts["window"] == list(size)
        image = QImage(str(picture))
        assert (image.width(), image.height()) == (size[0] * scale, size[1] * scale)
        height = ink_height(picture, facts)
        assert height >= 0.12 * image.height(), (picture.name, height, image.height())
        # The measured ink agrees with where the window says the word is.
        assert height == pytest.approx(facts["word_rect"][3] * scale, abs=4 * scale)
