"""Start-up and running cost of the ThrustTimer window, against a bare PySide6 QMainWindow.

Measured in one run, every figure in its own fresh process:

* time to first frame: from spawning the interpreter to the first painted frame of the
  top-level window (median and quickest of --runs), ThrustTimer (`thrusttimer --preset
  ... --lead-in 0` through the real command line) against a bare QApplication +
  QMainWindow;
* peak RSS of each process (ru_maxrss);
* CPU when idle: the window shown and nothing running, over --seconds, once the app has
  settled: its clips are loaded and its sound output has gone to sleep, as it does 15 s
  after the last sound between workouts (the app's real delay, not shortened). Also, for
  comparison, the first seconds after the window opens, while the clips load and the
  output opens and settles;
* CPU during a running set: Space pressed as the window appears; the set starts once the
  voice has made its clips and the output's clock has settled, and CPU is measured over
  --seconds from a short settle after that, with the cues playing, in RUNNING_RUNS fresh
  apps (the median is reported, split by thread).

Targets (issues 4 and 15): first frame <= 1.5x the bare window, peak RSS <= 120 MB, running set
<= 5 % of one core, idle ~ 0 (we call <= 0.5 % idle). Prints a markdown table.

    python benchmarks/startup.py [--runs 5] [--seconds 5] [--display offscreen|xvfb]
                                 [--sound null-sink|none] [--size WxH]

Children get private XDG folders so no user settings are read or written. By default they
play into a private PulseAudio null sink (as on a laptop, the app's output stream is open
all the time); `--sound none` measures the app with no sound server at all.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MARK = "BENCH "
SETTLE_S = 1.0
SETTLED_WAIT_S = 60.0
"""The longest the "idle" child waits for the app to settle (its output to go to sleep)."""
APP_ARGS = ["--preset", "hypertrophy", "--lead-in", "0"]

SIZE_ENV = "THRUSTTIMER_BENCH_SIZE"
"""Set for the children by --size: the running set is measured with the window this size."""
SPY = os.environ.get("THRUSTTIMER_BENCH_SPY", "window")
"""Where the child watches for the first frame: "window" (the shown window) or "app"."""
RUNNING_RUNS = 3
"""Running-set children, each a fresh app measured over --seconds; the median is reported."""
TARGET_RATIO = 1.5
TARGET_RSS_MB = 120.0
TARGET_RUNNING_PCT = 5.0
TARGET_IDLE_PCT = 0.5


# The child: one measurement in a fresh process ------------------------------------------


def thread_cpu_s() -> dict[str, tuple[str, float]]:
    """CPU seconds of each of this process's threads, by thread id (Linux; else empty)."""
    found: dict[str, tuple[str, float]] = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return found
    for tid in tids:
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text()
            name = Path(f"/proc/self/task/{tid}/comm").read_text().strip()
        except OSError:
            continue  # the thread ended
        fields = stat.rsplit(")", 1)[1].split()
        if tid == str(os.getpid()):
            name = "window (main thread)"
        found[tid] = (name, (int(fields[11]) + int(fields[12])) / tick)
    return found


def child(kind: str, mode: str, seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    app = QApplication.instance() or QApplication(["thrusttimer"])
    state: dict[str, Any] = {}

    def report(**values: Any) -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        values["peak_rss_mb"] = usage.ru_maxrss / 1024  # KiB on Linux
        values["cpu_s"] = usage.ru_utime + usage.ru_stime
        print(MARK + json.dumps(values), flush=True)
        os._exit(0)

    def cpu_s() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    def measure_cpu(window: QWidget, then: Callable[[dict[str, Any]], None]) -> None:
        start_cpu, start_wall, start_threads = cpu_s(), time.monotonic(), thread_cpu_s()

        def done() -> None:
            used, wall = cpu_s() - start_cpu, time.monotonic() - start_wall
            threads: dict[str, float] = {}
            for tid, (name, spent) in thread_cpu_s().items():
                before = start_threads.get(tid, (name, 0.0))[1]
                threads[name] = threads.get(name, 0.0) + 100 * (spent - before) / wall
            session = getattr(window, "session", None)
            timers = [t for t in window.findChildren(QTimer) if t.isActive()]
            then(
                {
                    "cpu_pct": 100 * used / wall,
                    "wall_s": wall,
                    "session_state": str(getattr(session, "state", "")) or None,
                    "active_timers": len(timers),
                    "threads_pct": threads,
                    "window_size": f"{window.width()}x{window.height()}",
                }
            )

        QTimer.singleShot(round(seconds * 1000), done)

    def first_frame(window: QWidget) -> None:
        frame_at = time.monotonic()
        if mode == "frame":
            report(frame_mono=frame_at, title=window.windowTitle())
        elif mode == "idle":
            QTimer.singleShot(
                round(SETTLE_S * 1000), lambda: measure_cpu(window, lambda r: report(**r))
            )
        elif mode == "settled":
            # Between workouts: the clips are loaded and the output goes to sleep 15 s
            # after the last sound. Wait for that (polling from here costs the app nothing:
            # this runs in its process, but only once a second), then measure.
            waited = time.monotonic()

            def settled() -> None:
                sound = getattr(window, "sound", None)
                output = getattr(sound, "output", None)
                asleep = bool(getattr(output, "asleep", False)) or not getattr(
                    output, "available", True
                )
                if asleep or time.monotonic() - waited > SETTLED_WAIT_S:
                    state["settled_after_s"] = time.monotonic() - waited
                    QTimer.singleShot(
                        round(SETTLE_S * 1000),
                        lambda: measure_cpu(
                            window,
                            lambda r: report(
                                **r, settled_after_s=state["settled_after_s"], asleep=asleep
                            ),
                        ),
                    )
                else:
                    QTimer.singleShot(1000, settled)

            settled()
        elif mode == "running":
            from PySide6.QtCore import Qt
            from PySide6.QtTest import QTest

            # Shortcuts only reach the active window; under Xvfb that takes a moment.
            window.activateWindow()
            QTest.qWaitForWindowActive(window, 2000)
            size = os.environ.get(SIZE_ENV)
            if size:
                # As full screen on a 1080p laptop. (F11 needs a window manager, which
                # Xvfb has none of: the size is set instead.)
                width, height = (int(v) for v in size.split("x"))
                window.resize(width, height)
            # Space at once, as a lifter would: the set starts when the voice has made its
            # clips and the output's clock has settled. Measured from SETTLE_S after that,
            # so the figure is a set with its cues, not the app getting its voice ready.
            from thrusttimer.gui.load_prompt import LoadPrompt

            def answer_load_prompt() -> None:
                """A recorded workout asks for the load before it starts (`gui.load_prompt`):
                answer "not logged" (N) in its field, which has the keys once the window is
                active (not always so offscreen). Unanswered, the set never starts, and the
                "running" figure is the idle window with the prompt up. Asked once: the
                session fitted to the clips keeps the load chosen for it."""
                prompt = window.findChild(LoadPrompt)
                if prompt is not None and prompt.isVisible():
                    state["load_asked"] = state.get("load_asked", 0) + 1
                    QTest.keyClick(prompt.load, Qt.Key.Key_N)

            QTest.keyClick(window, Qt.Key.Key_Space)
            answer_load_prompt()
            pressed = time.monotonic()

            def started() -> None:
                answer_load_prompt()
                session = getattr(window, "session", None)
                conductor = getattr(window, "conductor", None)
                playing = getattr(conductor, "player", None) is not None
                if session is not None and session.running and playing:
                    state["start_wait_s"] = time.monotonic() - pressed
                    QTimer.singleShot(
                        round(SETTLE_S * 1000),
                        lambda: measure_cpu(
                            window,
                            lambda r: report(
                                **r,
                                start_wait_s=state["start_wait_s"],
                                load_asked=state.get("load_asked", 0),
                            ),
                        ),
                    )
                elif time.monotonic() - pressed > SETTLED_WAIT_S:
                    measure_cpu(
                        window,
                        lambda r: report(
                            **r, start_wait_s=None, load_asked=state.get("load_asked", 0)
                        ),
                    )
                else:
                    QTimer.singleShot(20, started)

            started()

    class FirstFrame(QObject):
        """Notes the first paint of a top-level window; the frame is done once the loop
        comes back round, after the children have painted into the same backing store."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                "window" not in state
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)
            ):
                state["window"] = watched
                # The frame is done once this paint (the window's, then its children's into
                # the same backing store) is over and the loop comes round: a posted event
                # at high priority, so that it is the first thing the loop does then, ahead
                # of whatever the app itself queued on seeing the same paint (ThrustTimer
                # opens its sound after its first frame: not part of the frame).
                QCoreApplication.postEvent(
                    frame_done, QEvent(FRAME_DONE), Qt.EventPriority.HighEventPriority.value
                )
                # Done: left installed, every event would pass through Python for the
                # rest of the run, and count as the app's CPU in a set.
                (app if SPY == "app" else watched).removeEventFilter(self)
            return False

    class FrameDone(QObject):
        def event(self, event: QEvent) -> bool:
            if event.type() == FRAME_DONE:
                first_frame(state["window"])
                return True
            return super().event(event)

    FRAME_DONE = QEvent.Type(QEvent.registerEventType())
    frame_done = FrameDone()
    spy = FirstFrame()
    if SPY == "app":
        app.installEventFilter(spy)
    else:
        # On the top-level window as it is shown, as the app's own AfterFirstPaint does,
        # the same in both children. A filter on the whole application (--spy app) is
        # handed every object of every event, and PySide6 then makes the Python types and
        # enums of each class it meets (~170 enums, 13 ms for the bare window, more for
        # the app): a cost of the harness, not of either window.
        shown = QMainWindow.show

        def show(window: QMainWindow) -> None:
            if "window" not in state:
                window.installEventFilter(spy)
            shown(window)

        QMainWindow.show = show  # type: ignore[method-assign]

    if kind == "bare":
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.setCentralWidget(QLabel("bare PySide6 window"))
        window.resize(800, 600)
        window.show()
        app.exec()
    else:
        sys.path.insert(0, str(ROOT))
        from thrusttimer.cli import main

        main(APP_ARGS)
    print(f"{kind} {mode}: the window closed before its first frame", file=sys.stderr)
    sys.exit(1)


# The parent: runs the children and prints the table -------------------------------------


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    return server, f":{number}"


def run_child(kind: str, mode: str, seconds: float, env: dict[str, str]) -> dict[str, Any]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, mode, "--seconds", str(seconds)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120 + seconds,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(MARK)]
    if not lines:
        raise SystemExit(
            f"{kind} {mode} gave no figure (exit {result.returncode}):\n{result.stderr}"
        )
    figures: dict[str, Any] = json.loads(lines[-1][len(MARK) :])
    if "frame_mono" in figures:
        figures["first_frame_ms"] = 1000 * (figures["frame_mono"] - started)
    return figures


def child_env(display: str, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("QT_QPA_PLATFORM", None)
    # As installed (pip compiles a wheel's modules) or run from a checkout (Python writes
    # __pycache__ on the first run), the app starts from bytecode. A shell that forbids
    # writing it would make every run compile ThrustTimer from source (measured: +60 ms),
    # while PySide6 and the standard library keep theirs.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if display == "offscreen":
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["QT_QPA_PLATFORM"] = "xcb"
        env["DISPLAY"] = display
    return env


def verdict(ok: bool) -> str:
    return "✅ meets" if ok else "❌ misses"


def parent(runs: int, seconds: float, display_kind: str, sound: str) -> int:
    server = None
    display = "offscreen"
    if display_kind == "xvfb":
        server, display = start_xvfb()
    try:
        with ExitStack() as stack:
            home = stack.enter_context(tempfile.TemporaryDirectory(prefix="thrusttimer-bench-"))
            env = child_env(display, Path(home))
            if sound == "null-sink":
                sys.path.insert(0, str(ROOT))
                from tests.e2e.pulse import pulse_server, tools_missing

                if tools_missing():
                    raise SystemExit(f"--sound null-sink needs {', '.join(tools_missing())}")
                env.update(stack.enter_context(pulse_server()).env)
            else:
                env["PULSE_SERVER"] = "unix:/nonexistent"
            bare_frames: list[float] = []
            app_frames: list[float] = []
            app_title = ""
            # Alternate so that a busy moment on the machine hits both sides alike; the
            # first pair warms the disk cache and is not counted.
            for index in range(runs + 1):
                bare = run_child("bare", "frame", seconds, env)
                app = run_child("app", "frame", seconds, env)
                app_title = app["title"]
                if index:
                    bare_frames.append(bare["first_frame_ms"])
                    app_frames.append(app["first_frame_ms"])
            bare_idle = run_child("bare", "idle", seconds, env)
            app_idle = run_child("app", "idle", seconds, env)
            app_settled = run_child("app", "settled", seconds, env)
            # A running set's CPU moves with what the 5 s catch (spoken cues are mixed,
            # phases differ) and with the VM's neighbours: the median of RUNNING_RUNS.
            children = [run_child("app", "running", seconds, env) for _ in range(RUNNING_RUNS)]
            app_running = sorted(children, key=lambda r: r["cpu_pct"])[len(children) // 2]
            running_all = [r["cpu_pct"] for r in children]
    finally:
        if server is not None:
            server.terminate()
            server.wait()

    running_state = app_running["session_state"]
    if running_state in ("idle", "paused", "done"):
        print(f"warning: Space did not start a set (state {running_state}); the running-set")
        print("CPU figure below is not a running set.\n")
    bare_ms, app_ms = statistics.median(bare_frames), statistics.median(app_frames)
    ratio = app_ms / bare_ms
    # The quickest run of each is the one the shared machine disturbed least.
    best_ratio = min(app_frames) / min(bare_frames)
    app_rss = max(app_idle["peak_rss_mb"], app_settled["peak_rss_mb"], app_running["peak_rss_mb"])
    import PySide6

    print(
        f"ThrustTimer start-up benchmark — {display_kind}, Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.2f}, sound: {sound}"
    )
    print(f"Window: {app_title!r}; app command: thrusttimer {' '.join(APP_ARGS)}")
    print(
        f"First frame: median of {runs} runs after one warm-up; "
        f"CPU over {seconds:g} s after {SETTLE_S:g} s settling.\n"
    )
    print("| measure | bare QMainWindow | ThrustTimer | target | result |")
    print("|---|---|---|---|---|")
    print(
        f"| time to first frame, median | {bare_ms:.0f} ms | {app_ms:.0f} ms "
        f"| ≤ {TARGET_RATIO}× bare | {ratio:.2f}× {verdict(ratio <= TARGET_RATIO)} |"
    )
    print(
        f"| time to first frame, quickest run | {min(bare_frames):.0f} ms "
        f"| {min(app_frames):.0f} ms | ≤ {TARGET_RATIO}× bare "
        f"| {best_ratio:.2f}× {verdict(best_ratio <= TARGET_RATIO)} |"
    )
    print(
        f"| peak RSS | {bare_idle['peak_rss_mb']:.0f} MB | {app_rss:.0f} MB "
        f"| ≤ {TARGET_RSS_MB:.0f} MB | {verdict(app_rss <= TARGET_RSS_MB)} |"
    )
    print(
        f"| CPU during a running set, median of {RUNNING_RUNS} | — "
        f"| {app_running['cpu_pct']:.2f} % of a core "
        f"| ≤ {TARGET_RUNNING_PCT:g} % | {verdict(app_running['cpu_pct'] <= TARGET_RUNNING_PCT)} |"
    )
    print(
        f"| CPU when idle (nothing running; clips loaded, output asleep) "
        f"| {bare_idle['cpu_pct']:.2f} % | {app_settled['cpu_pct']:.2f} % "
        f"| ≈ 0 (≤ {TARGET_IDLE_PCT:g} %) "
        f"| {verdict(app_settled['cpu_pct'] <= TARGET_IDLE_PCT)} |"
    )
    print(
        f"| CPU in the first {seconds:g} s after the window opens (clips load, output opens) "
        f"| {bare_idle['cpu_pct']:.2f} % | {app_idle['cpu_pct']:.2f} % | — | — |"
    )
    print(
        f"| active QTimers on the window, idle / running | {bare_idle['active_timers']} / — "
        f"| {app_settled['active_timers']} / {app_running['active_timers']} | 0 when idle | "
        f"{verdict(app_settled['active_timers'] == 0)} |"
    )
    print(
        "\nCPU during a running set, each run: "
        + ", ".join(f"{v:.2f} %" for v in running_all)
        + "."
    )
    split = sorted(app_running["threads_pct"].items(), key=lambda item: -item[1])
    print(
        "Running set, median run, by thread: "
        + ", ".join(f"{name} {pct:.2f} %" for name, pct in split if pct >= 0.05)
        + f"; window {app_running['window_size']}"
        + (
            f". The set started {app_running['start_wait_s']:.1f} s after Space "
            "(the voice makes its clips and the output settles first)"
            if app_running["start_wait_s"] is not None
            else f". The set did not start within {SETTLED_WAIT_S:g} s of Space"
        )
        + f"; the load prompt was answered {app_running['load_asked']} time(s)."
    )
    print(
        f"Session state while measuring the running set: {app_running['session_state']}; "
        f"idle: {app_idle['session_state']}. The idle app settled (output asleep: "
        f"{app_settled['asleep']}) {app_settled['settled_after_s']:.0f} s after its first frame."
    )
    print(
        "First frames (ms), bare: "
        + ", ".join(f"{v:.0f}" for v in bare_frames)
        + "; ThrustTimer: "
        + ", ".join(f"{v:.0f}" for v in app_frames)
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="first-frame runs per side")
    parser.add_argument("--seconds", type=float, default=5.0, help="CPU measuring window")
    parser.add_argument("--display", choices=("offscreen", "xvfb"), default="offscreen")
    parser.add_argument("--sound", choices=("null-sink", "none"), default="null-sink")
    parser.add_argument(
        "--size", help="the window's size for the running set, WxH (default: the app's own)"
    )
    parser.add_argument(
        "--spy",
        choices=("window", "app"),
        default="window",
        help="watch for the first frame on the shown window (default) or on the whole app, as "
        "this benchmark did before (it costs the harness ~13 ms in the bare window, more in "
        "the app)",
    )
    parser.add_argument("--child", nargs=2, metavar=("KIND", "MODE"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    os.environ["THRUSTTIMER_BENCH_SPY"] = options.spy  # the children's environment is copied
    global SPY
    SPY = options.spy
    if options.child:
        child(options.child[0], options.child[1], options.seconds)
        return 1
    if options.size:
        os.environ[SIZE_ENV] = options.size  # the children's environment is copied from this
    return parent(options.runs, options.seconds, options.display, options.sound)


if __name__ == "__main__":
    sys.exit(main())
