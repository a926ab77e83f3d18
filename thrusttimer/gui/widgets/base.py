"""What every gym-screen widget shares: binding to a session and redrawing on a frame."""

from __future__ import annotations

from collections.abc import Callable

from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event


class SessionBinding:
    """Mixed into a QWidget: follow one session's events; `bind` again to follow another.

    `on_event` gets the session's events as they happen (phase changes, pause, end); `on_frame`
    is called by the window's single frame timer while something moves.
    """

    session: Session | None = None
    _unsubscribe: Callable[[], None] | None = None

    def bind(self, session: Session | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.session = session
        if session is not None:
            self._unsubscribe = session.events.connect(self.on_event)
        self.on_event(None)

    def on_event(self, event: Event | None) -> None:
        """Something happened (None: just bound): refresh what depends on the phase."""
        self.on_frame()

    def on_frame(self) -> None:
        """The clock moved: refresh what moves continuously."""
