"""`python -m build` gives an sdist and a wheel that work outside the checkout.

The sdist is built first and the wheel from the unpacked sdist (what `python -m build` does),
so a file missing from MANIFEST.in breaks the wheel here, not on a user's machine. The build
runs without build isolation, with this environment's setuptools (the test extra pins the
version the build needs), so it needs no download. The wheel
goes into a fresh virtual environment in a temporary folder. To stay fast and offline, that
environment borrows the already-installed dependencies (PySide6 is 400 MB) through a .pth
file instead of downloading them, and `pip check` confirms the wheel's declared requirements
are met by them; the wheel itself is installed with --no-deps --no-index.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging_support import (
    ROOT,
    NullSink,
    audible_seconds,
    clean_env,
    record_figure,
    stop_recording,
)

from thrusttimer import __version__
from thrusttimer.commands import COMMANDS

pytestmark = pytest.mark.slow

APP_ID = "io.github.thrusttimer.ThrustTimer"

# Run in the fresh venv: each requirement of the installed wheel whose marker applies here.
DEPENDENCY_CHECK = """
import importlib.metadata as metadata, sys
from packaging.requirements import Requirement
missing = []
for text in metadata.requires("thrusttimer") or []:
    requirement = Requirement(text)
    if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
        continue
    try:
        version = metadata.version(requirement.name)
    except metadata.PackageNotFoundError:
        missing.append(str(requirement))
        continue
    fits = requirement.specifier.contains(version, prereleases=True)
    print(f"{requirement}: {version}{'' if fits else ' (outside the range)'}")
sys.exit(f"not installed: {missing}" if missing else 0)
"""


@dataclass(frozen=True)
class Dists:
    sdist: Path
    wheel: Path


@dataclass(frozen=True)
class Venv:
    root: Path

    @property
    def bin(self) -> Path:
        return self.root / ("Scripts" if sys.platform == "win32" else "bin")

    def run(self, program: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        # cwd is outside the checkout, so nothing is imported from the source tree.
        return subprocess.run(
            [str(self.bin / program), *args],
            cwd=self.root,
            env=clean_env(**env),
            capture_output=True,
            text=True,
            timeout=120,
        )


def repo_files(folder: str) -> set[str]:
    base = ROOT / folder
    return {
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    pytest.importorskip("build", reason="`build` is in the test and packaging extras")
    out = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        cwd=out,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    record_figure("sdist + wheel build time", f"{time.monotonic() - started:.1f} s")
    (sdist,) = out.glob("thrusttimer-*.tar.gz")
    (wheel,) = out.glob("thrusttimer-*.whl")
    record_figure("wheel size", f"{wheel.stat().st_size / 1e3:.0f} kB")
    record_figure("sdist size", f"{sdist.stat().st_size / 1e3:.0f} kB")
    return Dists(sdist, wheel)


@pytest.fixture(scope="module")
def venv(dists: Dists, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    started = time.monotonic()
    root = tmp_path_factory.mktemp("fresh-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    env = Venv(root)
    site = subprocess.run(
        [str(env.bin / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Appended after the venv's own site-packages: the wheel's thrusttimer wins over any
    # thrusttimer the running environment may have.
    borrowed = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(site, "_borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    install = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(env.bin / "python"), "install"),
            *("--no-deps", "--no-index", "--no-compile", str(dists.wheel)),
        ],
        env=clean_env(PIP_DISABLE_PIP_VERSION_CHECK="1"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    record_figure("wheel install into a fresh venv", f"{time.monotonic() - started:.1f} s")
    return env


def test_wheel_contains_package_assets_and_data_files(dists: Dists) -> None:
    names = set(zipfile.ZipFile(dists.wheel).namelist())
    assert "thrusttimer/py.typed" in names
    assert "thrusttimer/core/exercises/hip-thrust.toml" in names
    assert "thrusttimer/commands/smoke.py" in names
    packaged = {n.removeprefix("thrusttimer/_assets/") for n in names if "/_assets/" in n}
    assert repo_files("assets") <= packaged
    data = f"thrusttimer-{__version__}.data/data/share"
    assert f"{data}/applications/{APP_ID}.desktop" in names
    assert f"{data}/metainfo/{APP_ID}.metainfo.xml" in names
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"{data}/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in names


@pytest.mark.skipif(
    not (ROOT / "assets" / "voice").is_dir(),
    reason="no assets/voice/ in this checkout yet (the voice pack comes with the voice issue)",
)
def test_wheel_contains_the_bundled_voice_pack(dists: Dists) -> None:
    names = set(zipfile.ZipFile(dists.wheel).namelist())
    voice = {f"thrusttimer/_assets/voice/{name}" for name in repo_files("assets/voice")}
    assert voice, "assets/voice/ is empty"
    assert voice <= names
    assert not [name for name in voice if name.endswith(".wav")], "packs hold Ogg Opus clips"
    # Packs in five languages (assets/voice/<language>/) must fit in a wheel under 25 MB:
    # each may take 4.5 MB of it (English: about 3.6 MB).
    per_pack: dict[str, int] = {}
    for info in zipfile.ZipFile(dists.wheel).infolist():
        if info.filename in voice:
            language = info.filename.split("/")[3]
            per_pack[language] = per_pack.get(language, 0) + info.compress_size
    assert all(size < 4.5e6 for size in per_pack.values()), per_pack
    assert dists.wheel.stat().st_size < 25e6


@pytest.mark.skipif(
    not (ROOT / "resources.qrc").is_file(),
    reason="no resources.qrc in this checkout yet (its build hook comes with the gui setup)",
)
def test_wheel_contains_the_compiled_qt_resources(dists: Dists) -> None:
    names = set(zipfile.ZipFile(dists.wheel).namelist())
    assert "thrusttimer/gui/_resources_rc.py" in names


def test_sdist_can_rebuild_everything(dists: Dists) -> None:
    with tarfile.open(dists.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for needed in ("pyproject.toml", "setup.py", "MANIFEST.in", "scripts/make_icons.py"):
        assert needed in names
    assert {f"assets/{name}" for name in repo_files("assets")} <= names
    assert {f"packaging/{name}" for name in repo_files("packaging")} <= names
    if (ROOT / "resources.qrc").is_file():
        assert "resources.qrc" in names
    assert not any(name.startswith("thrusttimer/_assets") for name in names)


def test_installed_wheel_runs_outside_the_checkout(venv: Venv) -> None:
    where = venv.run("python", "-c", "import thrusttimer; print(thrusttimer.__file__)")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(venv.root)

    version = venv.run("thrusttimer", "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"thrusttimer {__version__}"

    plan = venv.run("thrusttimer", "plan", "--preset", "strength")
    assert plan.returncode == 0, plan.stderr
    assert "Heavy strength" in plan.stdout

    # The installed assets are where an installed package looks for them.
    assets = venv.run(
        "python",
        "-c",
        "from importlib.resources import files; "
        "print(files('thrusttimer').joinpath('_assets/icons/thrusttimer.svg').is_file())",
    )
    assert assets.stdout.strip() == "True", assets.stderr
    assert (venv.root / "share" / "applications" / f"{APP_ID}.desktop").is_file()

    # Every dependency the wheel declares for this Python is installed where the venv looks.
    # Versions are printed, not enforced: the dev environment may hold a version the
    # project excludes on purpose (PySide6 6.12.0 on Python 3.11, guarded at run time).
    deps = venv.run("python", "-c", DEPENDENCY_CHECK)
    assert deps.returncode == 0, deps.stdout + deps.stderr
    print(deps.stdout)


def test_installed_wheel_passes_its_smoke_test(venv: Venv, null_sink: NullSink | None) -> None:
    smoke = venv.run("thrusttimer", "smoke-test", **(null_sink.env() if null_sink else {}))
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "frame: " in smoke.stdout
    assert "worker process: spawned and answered" in smoke.stdout
    assert "modules: imported all" in smoke.stdout
    assert "qt resources: package, app icon found" in smoke.stdout
    if null_sink is not None:
        assert "audio: played" in smoke.stdout
    # thrusttimer.paths finds the assets the wheel carries, in the installed package.
    (assets,) = (line for line in smoke.stdout.splitlines() if line.startswith("assets: "))
    assert Path(assets.removeprefix("assets: ")).is_relative_to(venv.root)
    assert Path(assets.removeprefix("assets: ")).name == "_assets"
    assert "voice pack: " in smoke.stdout


@pytest.mark.skipif("run" not in COMMANDS, reason="`thrusttimer run` is not in main yet")
def test_installed_wheel_runs_a_headless_session(
    venv: Venv, null_sink: NullSink | None, tmp_path: Path
) -> None:
    args = ("run", "--headless", "--sets=1", "--reps=1", "--rest=0", "--lead-in=0")
    if null_sink is None:
        result = venv.run("thrusttimer", *args)
        recording = None
    else:
        raw = tmp_path / "sink.raw"
        recorder = null_sink.record(raw)
        try:
            result = venv.run("thrusttimer", *args, **null_sink.env())
        finally:
            recording = stop_recording(recorder, raw)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    if recording is not None:
        assert audible_seconds(recording) > 1.0
