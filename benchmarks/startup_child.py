"""One measurement of `benchmarks/startup.py` in a fresh process: a window to its first frame.

    python benchmarks/startup_child.py KIND MODE [--seconds S] [--check-frame PNG]

KIND is "bare" (a bare QApplication + QMainWindow), "floor" (the least a real gym window does
beyond that, with none of ThrustTimer's code: `floor_window`) or "app" (ThrustTimer through
its real command line); MODE is "frame", "idle", "settled" or "running" (see `startup.py`). The
child prints one line, "BENCH " and a JSON object, and exits.

Why a file of its own, and why so lean: the figure is the time from spawning the
interpreter to the first frame, so everything this process does before that frame is part
of it, and the harness's share must not pad the bare window's baseline (which flatters the
ratio). This module's top level imports only what a bare window needs anyway (os, sys,
time; PySide6 inside `child`), and before the frame the child touches no more of PySide6
than the bare window and the first-frame spy need: not `Qt`, whose Python enums PySide6
would then create (~11 ms). json, resource, QTimer, Qt and the rest of the reporting and
CPU sampling are imported after the frame, where they are used. The child used to be the
whole of `startup.py` (argparse, json, statistics, subprocess, ... before PySide6, and `Qt`
for the posted event's priority): launched alternately with this one on the same app code,
that child read the bare window at 107 ms and ThrustTimer at 167 ms (1.57x), this one
85 ms and 165 ms (1.94x). ThrustTimer imports most of that anyway; a bare window does not.

`--check-frame PNG` ("frame" mode): at the reported moment, grabs the window's flushed
image from the screen (`QScreen.grabWindow`), saves it to PNG and reports how many
distinct colours a coarse sample of it has, so anyone can see that the moment reported
shows the whole painted window. Done after the moment is noted: it does not move the
figure.

Environment (set by `startup.py`, copied from its own):

* THRUSTTIMER_BENCH_SPY: where to watch for the first frame, "window" (the shown window;
  the default) or "app" (the whole application, as the benchmark once did);
* THRUSTTIMER_BENCH_SIZE: WxH, the window's size for the running set;
* THRUSTTIMER_BENCH_TREE: the checkout whose `thrusttimer` the "app" child runs (default:
  this one); `startup_ab.py` sets it for each tree. It goes first on `sys.path`, so it wins
  over an installed (editable) copy and over PYTHONPATH.
"""

from __future__ import annotations  # PySide6 imports __future__ itself: no extra module

import os
import sys
import time

TYPE_CHECKING = False  # not `typing`'s: importing typing here would pad the bare window
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from PySide6.QtWidgets import QMainWindow, QWidget

ROOT = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
MARK = "BENCH "
SETTLE_S = 1.0
SETTLED_WAIT_S = 60.0
"""The longest the "idle" child waits for the app to settle (its output to go to sleep)."""
APP_ARGS = ["--preset", "hypertrophy", "--lead-in", "0"]

SPY_ENV = "THRUSTTIMER_BENCH_SPY"
"""Where the child watches for the first frame: "window" (the shown window) or "app"."""
SIZE_ENV = "THRUSTTIMER_BENCH_SIZE"
"""Set for the children by --size: the running set is measured with the window this size."""
TREE_ENV = "THRUSTTIMER_BENCH_TREE"
"""The checkout the "app" child runs (default ROOT)."""
HIGH_EVENT_PRIORITY = 1
"""Qt.EventPriority.HighEventPriority, by value: see the imports in `child`."""
CHECK_STEP_PX = 7
"""--check-frame samples every CHECK_STEP_PX-th pixel of every CHECK_STEP_PX-th row."""


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
            with open(f"/proc/self/task/{tid}/stat") as stat_file:
                stat = stat_file.read()
            with open(f"/proc/self/task/{tid}/comm") as comm_file:
                name = comm_file.read().strip()
        except OSError:
            continue  # the thread ended
        fields = stat.rsplit(")", 1)[1].split()
        if tid == str(os.getpid()):
            name = "window (main thread)"
        found[tid] = (name, (int(fields[11]) + int(fields[12])) / tick)
    return found


def check_frame(window: QWidget, path: str) -> dict[str, Any]:
    """The window's flushed image on the screen now: saved to `path`, its colours counted."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    screen = window.screen() or app.primaryScreen()
    image = screen.grabWindow(window.winId()).toImage()
    colours = {
        image.pixel(x, y)
        for y in range(0, image.height(), CHECK_STEP_PX)
        for x in range(0, image.width(), CHECK_STEP_PX)
    }
    saved = image.save(path)
    return {
        "frame_colours": len(colours),
        "frame_image": path if saved else None,
        "frame_image_size": f"{image.width()}x{image.height()}",
        "frame_window_size": f"{window.width()}x{window.height()}",
    }


def child(kind: str, mode: str, seconds: float, check_path: str | None = None) -> None:
    # Not `Qt` (nor anything else the bare window does not need) before the frame: naming
    # it makes PySide6 create the Python enums of the whole Qt namespace (~110 types,
    # ~1200 members: ~11 ms here), which a bare window never does. ThrustTimer does.
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    spy_on = os.environ.get(SPY_ENV, "window")
    app = QApplication.instance() or QApplication(["thrusttimer"])
    state: dict[str, Any] = {}

    # Everything below that runs after the first frame imports what it needs there.

    def report(**values: Any) -> None:
        import json
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        values["peak_rss_mb"] = usage.ru_maxrss / 1024  # KiB on Linux
        values["cpu_s"] = usage.ru_utime + usage.ru_stime
        module = sys.modules.get("thrusttimer")
        if module is not None and module.__file__:  # which checkout ran (startup_ab.py)
            values["thrusttimer_tree"] = os.path.dirname(os.path.dirname(module.__file__))
        print(MARK + json.dumps(values), flush=True)
        os._exit(0)

    def cpu_s() -> float:
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    def measure_cpu(window: QWidget, then: Callable[[dict[str, Any]], None]) -> None:
        from PySide6.QtCore import QTimer

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
            checked = check_frame(window, check_path) if check_path else {}
            report(frame_mono=frame_at, title=window.windowTitle(), **checked)
            return  # not reached: report() ends the process
        from PySide6.QtCore import Qt, QTimer  # after the frame: see the imports above

        if mode == "idle":
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
                QCoreApplication.postEvent(frame_done, QEvent(FRAME_DONE), HIGH_EVENT_PRIORITY)
                # Done: left installed, every event would pass through Python for the
                # rest of the run, and count as the app's CPU in a set.
                (app if spy_on == "app" else watched).removeEventFilter(self)
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
    if spy_on == "app":
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

        QMainWindow.show = show  # type: ignore[method-assign, assignment]

    if kind == "bare":
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.setCentralWidget(QLabel("bare PySide6 window"))
        window.resize(800, 600)
        window.show()
        app.exec()
    elif kind == "floor":
        window = floor_window()
        window.show()
        app.exec()
    else:
        sys.path.insert(0, os.environ.get(TREE_ENV) or ROOT)
        from thrusttimer.cli import main

        main(APP_ARGS)
    print(f"{kind} {mode}: the window closed before its first frame", file=sys.stderr)
    sys.exit(1)


def floor_window() -> QMainWindow:
    """The floor: the least any real gym window does beyond the bare one, with none of
    ThrustTimer's code. What the idle gym screen has, built from stock widgets: Qt's
    namespace (any alignment or key names it, and PySide6 then makes its ~110 Python enums),
    the app's two bundled fonts, big bold words, a wrapped line, a painted circle (a Python
    paintEvent with antialiasing), and a bar of eight buttons on actions with shortcuts, on
    a dark palette, 1024x720 like the app. ThrustTimer's own cost is what it takes beyond
    this; the bare window's is what any window takes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QPainter, QPalette
    from PySide6.QtWidgets import (
        QHBoxLayout,
        QLabel,
        QMainWindow,
        QToolButton,
        QVBoxLayout,
        QWidget,
    )

    fonts = os.path.join(ROOT, "assets", "fonts")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(os.path.join(fonts, name))

    def font(points: int, bold: bool = True) -> QFont:
        return QFont("DejaVu Sans", points, QFont.Weight.Bold if bold else QFont.Weight.Normal)

    class Circle(QWidget):
        def paintEvent(self, event: object) -> None:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#4a6b85"))
            side = min(self.width(), self.height()) - 8
            painter.drawEllipse((self.width() - side) // 2, 4, side, side)

    window = QMainWindow()
    window.setWindowTitle("floor")
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#0b0c0f"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f4f5f7"))
    window.setPalette(palette)
    central = QWidget()
    column = QVBoxLayout(central)
    counts = QHBoxLayout()
    column.addLayout(counts)
    for text in ("Set \u2013/4", "Rep \u2013/10", "8:02 left"):
        label = QLabel(text)
        label.setFont(font(28))
        counts.addWidget(label)
    word = QLabel("Ready")
    word.setFont(font(110))
    word.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    column.addWidget(word)
    line = QLabel("Press Space to start \u00b7 4 \u00d7 10, tempo 2-0-1-2, rest 90 s, lead-in 0 s")
    line.setWordWrap(True)
    line.setFont(font(20, bold=False))
    column.addWidget(line)
    circle = Circle()
    circle.setMinimumHeight(180)
    column.addWidget(circle)
    bar = QHBoxLayout()
    column.addLayout(bar)
    for text, key in (
        ("Start", "Space"),
        ("Redo rep", "Left"),
        ("Skip", "Right"),
        ("Stop", "Esc"),
        ("Demo", "D"),
        ("Workout", "W"),
        ("History", "H"),
        ("Full screen", "F11"),
    ):
        action = QAction(text, window)
        action.setShortcut(key)
        window.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setFont(font(16))
        bar.addWidget(button)
    window.setCentralWidget(central)
    window.resize(1024, 720)
    return window


def main(argv: list[str]) -> int:
    """KIND MODE [--seconds S] [--check-frame PNG], read by hand: argparse would cost the
    frame its import."""
    usage = f"usage: {sys.argv[0]} bare|floor|app frame|idle|settled|running [--seconds S] "
    usage += "[--check-frame PNG]"
    positional: list[str] = []
    seconds, check_path = 5.0, None
    rest = iter(argv)
    for arg in rest:
        if arg in ("--seconds", "--check-frame"):
            value = next(rest, None)
            if value is None:
                print(usage, file=sys.stderr)
                return 2
            if arg == "--seconds":
                seconds = float(value)
            else:
                check_path = value
        else:
            positional.append(arg)
    if (
        len(positional) != 2
        or positional[0] not in ("bare", "floor", "app")
        or positional[1] not in ("frame", "idle", "settled", "running")
    ):
        print(usage, file=sys.stderr)
        return 2
    child(positional[0], positional[1], seconds, check_path)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
