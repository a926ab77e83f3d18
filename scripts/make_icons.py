"""Render the app icon's PNG, ICO and ICNS files from assets/icons/thrusttimer.svg.

Uses PySide6's QSvgRenderer on the offscreen platform, so the only tool it needs is the
project's own dependency. Run it after editing the SVG and commit what it writes:

    python scripts/make_icons.py            # rewrite the files
    python scripts/make_icons.py --check    # exit 1 if a committed file is missing or stale

Writes, under assets/icons/:
    hicolor/<N>x<N>/apps/<APP_ID>.png   N in SIZES, the freedesktop icon-theme layout that
                                        data-files, the Flatpak and distributions install
    hicolor/scalable/apps/<APP_ID>.svg  a copy of the SVG under the app ID, for the same
    thrusttimer.ico, thrusttimer.icns   the Windows and macOS icons the PyInstaller spec uses
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

APP_ID = "io.github.thrusttimer.ThrustTimer"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows 16-48 in lists and 256 in large views; macOS wants up to 512 (and @2x).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "assets" / "icons"
SOURCE = ICONS / "thrusttimer.svg"


def png_path(size: int, icons: Path = ICONS) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_all(source: Path = SOURCE, icons: Path = ICONS) -> list[Path]:
    """Write every derived icon file; returns the paths written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG")

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        return image

    def encode(image: QImage, fmt: str) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, fmt):
            raise SystemExit(f"Qt could not encode {fmt} (image format plugin missing?)")
        return bytes(data.data())

    def save(image: QImage, path: Path, fmt: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(encode(image, fmt))

    written: list[Path] = []
    images = {size: render(size) for size in sorted(set(SIZES) | set(ICO_SIZES))}
    for size in SIZES:
        path = png_path(size, icons)
        save(images[size], path, "PNG")
        written.append(path)
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(source.read_bytes())
    written.append(scalable)

    # Qt's ico and icns writers store one image per file, so both containers are written
    # here around Qt-encoded PNGs (both formats allow PNG entries: ICO since Vista, ICNS 10.7).
    pngs = {size: encode(images[size], "PNG") for size in images}
    for name, container in (("thrusttimer.ico", ico(pngs)), ("thrusttimer.icns", icns(pngs))):
        (icons / name).write_bytes(container)
        written.append(icons / name)
    return written


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG entry per size in ICO_SIZES."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, payload = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        # A width/height byte of 0 means 256.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


# ICNS element types holding PNG data, by pixel size (the @2x types reuse the larger PNGs).
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"icp6", 64),
    (b"ic07", 128), (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512),
)  # fmt: skip


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding a PNG element for each type in ICNS_TYPES."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the committed files, write nothing"
    )
    options = parser.parse_args(argv)
    if not options.check:
        for path in render_all():
            print(path.relative_to(ROOT))
        return 0
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        fresh = render_all(SOURCE, Path(tmp))
        stale = [
            path.relative_to(tmp)
            for path in fresh
            if not (ICONS / path.relative_to(tmp)).exists()
            or (ICONS / path.relative_to(tmp)).read_bytes() != path.read_bytes()
        ]
    for path in stale:
        print(f"stale or missing: assets/icons/{path}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
