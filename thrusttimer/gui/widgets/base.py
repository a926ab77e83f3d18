"""What every gym-screen widget shares: binding to a session and redrawing on a frame."""

from __future__ import annotations

from collections.abc import Callable

from thrusttimer.core.events import Channel
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event


class SessionBinding:
    """Mixed into a QWidget: follow one session's events; `bind` again to follow another.

    `on_event` gets the session's events as they happen (phase changes, pause, end); `on_frame`
    is called by the window's single frame timer while something moves.
    """

    session: Session | None = None
    _unsubscribe: Callable[[], None] | None = None

    def bind(self, session: Session | None, events: Channel[Event] | None = None) -> None:
        """Follow `session`, hearing its events from `events` (the conductor's, which come
        after the sound and the log have heard them) or else from the session itself."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.session = session
        if session is not None:
            source = events if events is not None else session.events
            self._unsubscribe = source.connect(self.on_event)
        self.on_event(None)

    def on_event(self, event: Event | None) -> None:
        """Something happened (None: just bound): refresh what depends on the phase."""
        self.on_frame()

    def on_frame(self) -> None:
        """The clock moved: refresh what moves continuously."""
