"""What packaging costs: wheel and bundle sizes and build times, against a bare PySide6 app.

Measured in one run, side by side:

* ThrustTimer's PyInstaller one-folder bundle (packaging/thrusttimer.spec) against the
  baseline, a one-folder bundle of a bare QApplication + QLabel script built with the same
  PyInstaller: build time, unpacked size, .tar.gz size, and the wall time of one
  `smoke-test --no-audio` (bundle start, first frame, exit) against the baseline's start,
  first frame and exit;
* the sdist and wheel from `python -m build --no-isolation`: build time and sizes.

Budget (issue 6): the bundle must build inside CI's time on 2 cores; we call a build under
2 minutes fine. Prints a markdown table.

    python benchmarks/packaging.py [--keep DIR]

Builds go to a temporary folder (or DIR with --keep, to look at them afterwards).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_S = 120.0

BASELINE_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("baseline")
label.show()
app.processEvents()
label.grab()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def env() -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    clean["QT_QPA_PLATFORM"] = "offscreen"
    return clean


def timed(args: list[str], cwd: Path) -> float:
    started = time.monotonic()
    result = subprocess.run(args, cwd=cwd, env=env(), capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(args)}\n{result.stderr[-3000:]}")
    return elapsed


def folder_mb(path: Path) -> float:
    # Symlinks (PyInstaller links some Qt libraries) are not counted twice.
    return (
        sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    )


def tar_mb(folder: Path, out: Path) -> float:
    with tarfile.open(out, "w:gz") as archive:
        archive.add(folder, arcname=folder.name)
    return out.stat().st_size / 1e6


def pyinstaller(*args: str) -> list[str]:
    return [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN", *args]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="DIR", help="build here and keep the results")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(options.keep or scratch).resolve()
        work.mkdir(parents=True, exist_ok=True)
        rows = measure(work)
    python = sys.version.split()[0]
    print(f"\nPyInstaller one-folder bundles on {os.cpu_count()} cores, Python {python}\n")
    print("| build | build time | unpacked | .tar.gz | one run |")
    print("|---|---|---|---|---|")
    for name, build_s, unpacked, packed, run_s in rows:
        print(f"| {name} | {build_s:.1f} s | {unpacked:.0f} MB | {packed:.0f} MB | {run_s:.2f} s |")
    print(
        "\none run: ThrustTimer's `smoke-test --no-audio` (start, spawn a worker process as the"
        "\nspeech worker does, first frame, exit); the baseline's start, first frame, exit."
    )
    app_build = rows[0][1]
    verdict = "within" if app_build <= BUDGET_S else "OVER"
    print(f"\nThrustTimer bundle build: {app_build:.1f} s, {verdict} the {BUDGET_S:.0f} s budget.")


def measure(work: Path) -> list[tuple[str, float, float, float, float]]:
    rows = []
    # ThrustTimer's bundle.
    app_dist = work / "app"
    build_s = timed(
        pyinstaller(
            f"--distpath={app_dist / 'dist'}",
            f"--workpath={app_dist / 'work'}",
            str(ROOT / "packaging" / "thrusttimer.spec"),
        ),
        cwd=work,
    )
    bundle = app_dist / "dist" / "thrusttimer"
    run_s = timed([str(bundle / "thrusttimer"), "smoke-test", "--no-audio"], cwd=work)
    rows.append(
        ("ThrustTimer", build_s, folder_mb(bundle), tar_mb(bundle, work / "app.tar.gz"), run_s)
    )

    # Baseline: the same PyInstaller on a bare PySide6 window.
    base = work / "baseline"
    base.mkdir(exist_ok=True)
    script = base / "baseline.py"
    script.write_text(BASELINE_APP)
    build_s = timed(
        pyinstaller(
            "--onedir",
            f"--distpath={base / 'dist'}",
            f"--workpath={base / 'work'}",
            f"--specpath={base}",
            str(script),
        ),
        cwd=base,
    )
    bare = base / "dist" / "baseline"
    run_s = timed([str(bare / "baseline")], cwd=work)
    rows.append(
        ("bare PySide6 window", build_s, folder_mb(bare), tar_mb(bare, work / "base.tar.gz"), run_s)
    )

    # The Python packages.
    dists = work / "python-dists"
    build_s = timed(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dists), str(ROOT)],
        cwd=work,
    )
    (wheel,) = dists.glob("*.whl")
    (sdist,) = dists.glob("*.tar.gz")
    print(
        f"sdist + wheel: built in {build_s:.1f} s; wheel {wheel.stat().st_size / 1e3:.0f} kB, "
        f"sdist {sdist.stat().st_size / 1e3:.0f} kB"
    )
    return rows


if __name__ == "__main__":
    main()
