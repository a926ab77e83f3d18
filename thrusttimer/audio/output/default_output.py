"""The server's default output as one stream's libpulse context sees it, and whether the user
has picked another since (the stream plays on the default, so it must then move).

It rides on the stream's own threaded main loop and context: the server announces changes
to its settings (`PA_SUBSCRIPTION_MASK_SERVER`, the default sink among them), and each
announcement is answered by asking the server which sink is the default now. This is what
QMediaDevices did for the app, without loading QtMultimedia.

The callbacks run on libpulse's thread. They only ask the server and note a flag under a
lock; the feed's thread reads it (`take_change`) and acts.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

from thrusttimer.audio.output.libpulse_abi import (
    PA_OPERATION_RUNNING,
    PA_SUBSCRIPTION_EVENT_FACILITY_MASK,
    PA_SUBSCRIPTION_EVENT_SERVER,
    PA_SUBSCRIPTION_MASK_SERVER,
    ServerInfoCallback,
    SinkInfoCallback,
    SubscribeCallback,
    SuccessCallback,
)
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate

UNNAMED = QT_TRANSLATE_NOOP("AudioOutput", "the default output")
"""What the output is called when the server gives no description of it."""


class DefaultOutput:
    """The default sink of a connected context, and a flag for when it changes."""

    def __init__(self, lib: ctypes.CDLL, loop: int) -> None:
        self._lib = lib
        self._loop = loop
        self.sink: str | None = None
        """The default sink's name when the stream connected (None until the server said)."""
        self.description = translate("AudioOutput", UNNAMED)
        """What the server calls that sink ("Built-in Audio Analog Stereo")."""
        self._lock = threading.Lock()
        self._changed = False
        # Kept as attributes: ctypes callbacks must outlive every call that may run them.
        self._on_event = SubscribeCallback(self._event)
        self._on_server = ServerInfoCallback(self._server_info)
        self._on_sink = SinkInfoCallback(self._sink_info)
        self._on_done = SuccessCallback(self._done)

    def start(self, context: int | None) -> None:
        """Learn the default sink and subscribe to its changes (main loop locked, context
        ready). Subscribed first, so no change between the two goes unheard."""
        lib = self._lib
        lib.pa_context_set_subscribe_callback(context, self._on_event, None)
        mask = PA_SUBSCRIPTION_MASK_SERVER
        self._finish(lib.pa_context_subscribe(context, mask, self._on_done, None))
        self._finish(lib.pa_context_get_server_info(context, self._on_server, None))
        if self.sink:
            name = self.sink.encode()
            self._finish(lib.pa_context_get_sink_info_by_name(context, name, self._on_sink, None))

    def take_change(self) -> bool:
        """True, once, when the server's default sink is no longer the one noted at start."""
        with self._lock:
            changed, self._changed = self._changed, False
        return changed

    def _finish(self, operation: int | None) -> None:
        """Wait (main loop locked) for an operation whose callback signals the loop."""
        if not operation:
            return
        while self._lib.pa_operation_get_state(operation) == PA_OPERATION_RUNNING:
            self._lib.pa_threaded_mainloop_wait(self._loop)
        self._lib.pa_operation_unref(operation)

    def _release(self, operation: int | None) -> None:
        if operation:
            self._lib.pa_operation_unref(operation)

    # libpulse's thread ----------------------------------------------------------------

    def _event(self, context: int | None, event: int, _index: int, _userdata: int | None) -> None:
        if event & PA_SUBSCRIPTION_EVENT_FACILITY_MASK == PA_SUBSCRIPTION_EVENT_SERVER:
            self._release(self._lib.pa_context_get_server_info(context, self._on_server, None))

    def _server_info(self, _context: int | None, info: Any, _userdata: int | None) -> None:
        raw = info.contents.default_sink_name if info else None
        name = raw.decode(errors="replace") if raw else ""
        if self.sink is None:
            self.sink = name
        elif name and name != self.sink:
            with self._lock:
                self._changed = True
        self._lib.pa_threaded_mainloop_signal(self._loop, 0)

    def _done(self, _context: int | None, _success: int, _userdata: int | None) -> None:
        self._lib.pa_threaded_mainloop_signal(self._loop, 0)

    def _sink_info(self, _context: int | None, info: Any, eol: int, _userdata: int | None) -> None:
        if eol == 0 and info and info.contents.description:
            self.description = info.contents.description.decode(errors="replace")
        self._lib.pa_threaded_mainloop_signal(self._loop, 0)
