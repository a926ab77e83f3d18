"""A plain window on the real engine: current phase, countdown, start and pause.

One QTimer redraws while a session runs; the session computes everything from the
monotonic clock, so the timer's rate decides only how smooth the display is.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.clock import Clock
from thrusttimer.core.content import load_exercise
from thrusttimer.core.plan import Plan
from thrusttimer.core.session import Event, Session, SessionFinished, State

FRAME_MS = 33


class MainWindow(QMainWindow):
    def __init__(self, plan: Plan, clock: Clock = time.monotonic) -> None:
        super().__init__()
        self.setWindowTitle(f"ThrustTimer — {plan.name}")
        self.session = Session(plan, clock)
        self.session.events.connect(self._on_event)
        self._exercise = load_exercise(plan.exercise)

        self.phase_label = QLabel("Ready")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont()
        font.setPointSize(48)
        font.setBold(True)
        self.phase_label.setFont(font)
        self.countdown_label = QLabel(plan.describe())
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont()
        big.setPointSize(28)
        self.countdown_label.setFont(big)
        self.count_label = QLabel("")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton("Start (Space)")
        self.start_button.clicked.connect(self.toggle)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle)

        layout = QVBoxLayout()
        for widget in (self.phase_label, self.countdown_label, self.count_label, self.start_button):
            layout.addWidget(widget)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(800, 600)

        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.refresh)

    def toggle(self) -> None:
        self.session.toggle_pause()
        self.refresh()

    def refresh(self) -> None:
        self.session.tick()
        session = self.session
        if session.state is State.IDLE:
            return
        segment = session.current_segment
        label = self._exercise.phases[segment.phase].label
        self.phase_label.setText("Paused" if session.state is State.PAUSED else label)
        self.countdown_label.setText(f"{session.segment_remaining_s():.1f} s")
        rep = f"rep {segment.rep}/{session.plan.reps} · " if segment.rep else ""
        self.count_label.setText(f"{rep}set {segment.set}/{session.plan.sets}")
        self.start_button.setText(
            "Resume (Space)" if session.state is State.PAUSED else "Pause (Space)"
        )

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SessionFinished):
            self._timer.stop()
            self.phase_label.setText("Done" if event.completed else "Stopped")
            self.start_button.setEnabled(False)
        elif self.session.running and not self._timer.isActive():
            self._timer.start()
        elif not self.session.running and self._timer.isActive():
            self._timer.stop()


def run_app(plan: Plan) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ThrustTimer")
    app.setOrganizationName("ThrustTimer")
    window = MainWindow(plan)
    window.show()
    return app.exec()
