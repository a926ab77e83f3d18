"""The headless run's display: one line about where the workout is, and its notices."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from thrusttimer.core.i18n import number, translate
from thrusttimer.core.session import Session


class Progress:
    """One line about where the workout is: rewritten in place on a terminal, else one
    line per phase. A terminal that goes away (SIGHUP, a closed pipe) stops the display,
    never the workout."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.gone = False
        """The stream refused a write: nothing more is shown."""
        self._width = 0
        self._last_phase: int | None = None
        self._last_status = ""
        self._last_line = ""

    def note(self, text: str) -> None:
        """A message on its own line (a notice, rendering progress)."""
        if self.tty and self._width:
            self._put("\r" + " " * self._width + "\r")
            self._width = 0
        self._put(text + "\n")

    def status(self, text: str) -> None:
        """A passing state (rendering progress): rewritten in place on a terminal, else
        printed when it changes."""
        if self.tty:
            pad = max(0, self._width - len(text))
            self._put("\r" + text + " " * pad)
            self._width = len(text)
        elif text != self._last_status:
            self._put(text + "\n")
        self._last_status = text

    def update(self, session: Session) -> None:
        segment = session.current_segment
        plan = session.plan
        if segment.rep is not None:
            where = translate("HeadlessProgress", "set {set}/{sets} · rep {rep}/{reps}")
        else:
            where = translate("HeadlessProgress", "set {set}/{sets}")
        where = where.format(set=segment.set, sets=plan.sets, rep=segment.rep, reps=plan.reps)
        if session.state.value == "paused":
            state = translate("HeadlessProgress", "paused")
        else:
            state = segment.phase.value  # the phase's id, as the event log names it
        line = translate(
            "HeadlessProgress", "{where} · {state} {left} s · {position} of {total}"
        ).format(
            where=where,
            state=state,
            left=number(session.segment_remaining_s(), 1).rjust(4),
            position=clock_text(session.position_s()),
            total=clock_text(session.timeline.total_s),
        )
        if self.tty:
            if line == self._last_line and self._width:
                return  # unchanged (it changes every 0.1 s): no need to redraw at every tick
            self._last_line = line
            pad = max(0, self._width - len(line))
            self._put("\r" + line + " " * pad)
            self._width = len(line)
        elif session.current_index != self._last_phase:
            self._last_phase = session.current_index
            self._put(line + "\n")

    def finish(self) -> None:
        if self.tty and self._width:
            self._put("\n")
            self._width = 0

    def _put(self, text: str) -> None:
        if self.gone:
            return
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal hung up, the pipe closed, or was closed
            self.gone = True
            if self.stream is sys.stdout:
                _quiet_stdout()


def _quiet_stdout() -> None:
    """Point stdout at the null device, so the flush at exit (of what a hung-up terminal
    refused) does not fail and turn the exit status into 120."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def clock_text(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"
