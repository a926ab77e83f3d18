"""The Linux one-folder bundle from packaging/thrusttimer.spec: built, then run as a user would.

Builds with PyInstaller into a temporary folder (about 15-30 s on 2 cores), then runs the
bundled executable offscreen: its smoke test renders the first frame and plays the first cue
into a private null sink, which is recorded to prove sound really came out.
"""

from __future__ import annotations

import ctypes.util
import pkgutil
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging_support import (
    ROOT,
    NullSink,
    audible_seconds,
    clean_env,
    directory_size,
    record_figure,
    stop_recording,
)

from thrusttimer.commands import COMMANDS

APP_ID = "io.github.thrusttimer.ThrustTimer"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the bundle test builds the Linux bundle"),
]


@dataclass(frozen=True)
class Bundle:
    folder: Path
    executable: Path


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the `packaging` extra")
    out = tmp_path_factory.mktemp("pyinstaller")
    source = fresh_clone(out / "source")
    started = time.monotonic()
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={out / 'dist'}",
            f"--workpath={out / 'work'}",
            str(source / "packaging" / "thrusttimer.spec"),
        ],
        cwd=out,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    folder = out / "dist" / "thrusttimer"
    record_figure("bundle build time", f"{time.monotonic() - started:.1f} s")
    record_figure("bundle size", f"{directory_size(folder) / 1e6:.0f} MB (one folder, unpacked)")
    return Bundle(folder, folder / "thrusttimer")


def fresh_clone(target: Path) -> Path:
    """The files a fresh clone has: nothing generated (no compiled resources, no caches), so
    the spec is tested on what CI and a release build start from."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "_resources_rc.py", "_assets")
    target.mkdir()
    for name in ("pyproject.toml", "setup.py", "resources.qrc"):
        shutil.copy2(ROOT / name, target / name)
    for folder in ("assets", "packaging", "thrusttimer"):
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    return target


def run(bundle: Bundle, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle.executable), *args],
        cwd=bundle.folder.parent,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bundle_answers_on_the_command_line(bundle: Bundle) -> None:
    version = run(bundle, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("thrusttimer ")

    plan = run(bundle, "plan", "--preset", "strength")
    assert plan.returncode == 0, plan.stderr
    assert "5 × 5" in plan.stdout

    bad = run(bundle, "plan", "--sets", "0")
    assert bad.returncode == 2
    assert "--sets" in bad.stderr


def test_bundle_carries_assets_multimedia_plugin_and_speech_drivers(bundle: Bundle) -> None:
    data = bundle.folder / "_internal"
    shipped = {p.relative_to(ROOT / "assets") for p in (ROOT / "assets").rglob("*") if p.is_file()}
    bundled = {p.relative_to(data / "assets") for p in (data / "assets").rglob("*") if p.is_file()}
    assert shipped <= bundled, f"missing from the bundle: {sorted(shipped - bundled)[:5]}"
    assert (data / "thrusttimer" / "core" / "exercises" / "hip-thrust.toml").is_file()
    plugins = data / "PySide6" / "Qt" / "plugins"
    assert list((plugins / "multimedia").glob("*ffmpegmediaplugin*")), "no Qt multimedia backend"
    assert list((plugins / "platforms").glob("*offscreen*"))
    # pyttsx3 imports its driver by name; the spec lists them as hidden imports.
    listing = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller.utils.cliutils.archive_viewer",
            "-r",
            "-b",
            str(bundle.executable),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listing.returncode == 0, listing.stderr
    archived = set(listing.stdout.split())
    for driver in ("pyttsx3.drivers.espeak", "pyttsx3.drivers._espeak", "pyttsx3.drivers.dummy"):
        assert driver in archived
    # Every module of the app, including those only imported by name (subcommands).
    ours = {
        module.name
        for module in pkgutil.walk_packages([str(ROOT / "thrusttimer")], prefix="thrusttimer.")
    }
    assert ours <= archived, f"not bundled: {sorted(ours - archived)}"


def test_bundle_smoke_test_renders_and_plays_a_cue(
    bundle: Bundle, null_sink: NullSink | None, tmp_path: Path
) -> None:
    screenshot = tmp_path / "first-frame.png"
    if null_sink is None:
        result = run(bundle, "smoke-test", "--screenshot", str(screenshot))
        recording = None
    else:
        raw = tmp_path / "sink.raw"
        recorder = null_sink.record(raw)
        try:
            result = run(bundle, "smoke-test", "--screenshot", str(screenshot), **null_sink.env())
        finally:
            recording = stop_recording(recorder, raw)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "build: frozen" in result.stdout
    # The speech worker's way of starting: the bundle re-runs itself for a spawned process.
    assert "worker process: spawned and answered (exit 0)" in result.stdout
    assert "modules: imported all" in result.stdout
    # thrusttimer.paths finds the assets through sys._MEIPASS, inside the bundle.
    (assets,) = (line for line in result.stdout.splitlines() if line.startswith("assets: "))
    assert Path(assets.removeprefix("assets: ")) == bundle.folder / "_internal" / "assets"
    assert "voice pack: " in result.stdout
    # A bundle cannot compile resources.qrc at run time: the spec must have packed them.
    assert "qt resources: package, app icon found" in result.stdout
    assert "frame: " in result.stdout
    assert screenshot.stat().st_size > 1000
    if recording is None:
        pytest.skip("PulseAudio is not installed: frame checked, no null sink to play into")
    assert "audio: played" in result.stdout
    if ctypes.util.find_library("espeak-ng"):
        assert "speech: pyttsx3 driver espeak" in result.stdout
    heard = audible_seconds(recording)
    record_figure("bundle smoke test: sound in the null sink", f"{heard:.2f} s above -50 dBFS")
    assert heard > 0.1


def test_bundle_speaks_with_its_voice_pack(
    bundle: Bundle, null_sink: NullSink | None, tmp_path: Path
) -> None:
    if null_sink is None:
        pytest.skip("PulseAudio is not installed: no null sink to play into")
    raw = tmp_path / "sink.raw"
    recorder = null_sink.record(raw)
    try:
        result = run(bundle, "smoke-test", "--voice", "pack", **null_sink.env())
    finally:
        recording = stop_recording(recorder, raw)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(bundled voice pack)" in result.stdout
    assert audible_seconds(recording) > 0.1


def test_the_bundle_speaks_and_shows_german(bundle: Bundle) -> None:
    """The bundle carries every language: the interface's catalogue in its resources, and
    the German voice pack (decoded by the bundled libsndfile)."""
    result = run(bundle, "smoke-test", "--no-audio", "--language", "de")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Sprachpaket: " in result.stdout
    assert "Stimme gmw/de" in result.stdout
    assert "smoke-test: ok" in result.stdout


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="Xvfb is not installed")
def test_bundle_draws_on_an_x_server(bundle: Bundle) -> None:
    # offscreen proves the widgets; a desktop needs the bundled xcb platform plugin too.
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            str(bundle.executable),
            "smoke-test",
            "--no-audio",
        ],
        env=clean_env(QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " on xcb, " in result.stdout


@pytest.mark.skipif("run" not in COMMANDS, reason="`thrusttimer run` is not in main yet")
def test_bundle_runs_a_headless_session(
    bundle: Bundle, null_sink: NullSink | None, tmp_path: Path
) -> None:
    # One short set: the speech worker (a spawned process) renders the phrases, the player
    # plays them on time. Sound must come out where a sound server is available.
    args = ("run", "--headless", "--sets=1", "--reps=1", "--rest=0", "--lead-in=0")
    if null_sink is None:
        result = run(bundle, *args)
        recording = None
    else:
        raw = tmp_path / "sink.raw"
        recorder = null_sink.record(raw)
        try:
            result = run(bundle, *args, **null_sink.env())
        finally:
            recording = stop_recording(recorder, raw)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    if recording is not None:
        heard = audible_seconds(recording)
        record_figure("bundle headless set: sound in the null sink", f"{heard:.2f} s")
        assert heard > 1.0
