"""Keeping the laptop awake while a session runs: no screen blanking, no system sleep.

One `KeepAwake` per window holds or releases; the platform decides how:

- Linux and other freedesktop systems: `org.freedesktop.ScreenSaver.Inhibit` on the session
  bus through QtDBus (GNOME, KDE, Xfce and others stop both blanking and idle sleep). If the
  process dies the bus drops the hold by itself.
- Windows: `SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED)`.
- macOS: an IOKit power assertion (`PreventUserIdleDisplaySleep`).

A failure never stops the workout: `hold` returns False and `problem` says why, for the
status area.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any, Protocol

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import ctypes  # imported where used: only Windows and macOS need it (~2 ms at start-up)

log = logging.getLogger(__name__)

APP_NAME = "ThrustTimer"
DBUS_TIMEOUT_MS = 1000
"""A screensaver service that does not answer must not freeze the window for long: a
working one answers within milliseconds."""
NO_REPLY = "org.freedesktop.DBus.Error.NoReply"
SCREEN_MAY_SLEEP = QT_TRANSLATE_NOOP(
    "KeepAwake", "The screen may sleep mid-set: set it to stay on in your system settings"
)
"""What the lifter reads when the app cannot hold the screen on: what happens and what to do,
short enough for one line of the status area at 1024 px. The library's detail is kept in
`KeepAwake.detail` (and in the log), not on the screen. Marked: translated into `problem`."""


class KeepAwakeError(Exception):
    """The platform refused or has no way to keep the system awake."""


class Backend(Protocol):
    def acquire(self, reason: str) -> None: ...
    def release(self) -> None: ...


class FreedesktopScreenSaver:
    SERVICE = "org.freedesktop.ScreenSaver"
    PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")

    def __init__(self, bus: Any = None) -> None:
        from PySide6.QtDBus import QDBusConnection

        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._interface: Any = None
        self._cookie: int | None = None

    def acquire(self, reason: str) -> None:
        from PySide6.QtDBus import QDBus, QDBusInterface, QDBusMessage

        if not self._bus.isConnected():
            raise KeepAwakeError("no D-Bus session bus")  # i18n: not shown
        problem = f"no {self.SERVICE} service on the session bus"  # i18n: not shown
        for path in self.PATHS:
            # A plain method call, not a QDBusInterface: making one introspects the service
            # first, blocking for D-Bus's default 25 s when the service is stuck (measured:
            # 54 s at Start with a stopped screensaver, one wait per path).
            method = "Inhibit"  # i18n: not shown
            call = QDBusMessage.createMethodCall(self.SERVICE, path, self.SERVICE, method)
            call.setArguments([APP_NAME, reason])
            reply = self._bus.call(call, QDBus.CallMode.Block, DBUS_TIMEOUT_MS)
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
                self._cookie = int(reply.arguments()[0])
                # It answered just now, so introspecting it for the release is quick.
                self._interface = QDBusInterface(self.SERVICE, path, self.SERVICE, self._bus)
                self._interface.setTimeout(DBUS_TIMEOUT_MS)
                return
            if reply.errorName():
                problem = f"{reply.errorName()}: {reply.errorMessage()}"
            if reply.errorName() == NO_REPLY:
                break  # a stuck service: its other path would keep the window waiting again
        raise KeepAwakeError(problem)

    def release(self) -> None:
        from PySide6.QtCore import Q_ARG, QMetaObject, Qt

        if self._interface is None or self._cookie is None:
            return
        # Through the introspected method so the cookie goes out as a D-Bus uint ("u"), not
        # the "i" a plain call() would marshal a Python int as.
        QMetaObject.invokeMethod(
            self._interface,
            "UnInhibit",
            Qt.ConnectionType.DirectConnection,
            Q_ARG("uint", self._cookie),
        )
        self._interface = self._cookie = None


class WindowsExecutionState:
    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001
    ES_DISPLAY_REQUIRED = 0x00000002

    def __init__(self) -> None:
        import ctypes

        self._kernel32: Any = getattr(ctypes, "windll").kernel32  # noqa: B009 (Windows only)

    def acquire(self, reason: str) -> None:
        flags = self.ES_CONTINUOUS | self.ES_SYSTEM_REQUIRED | self.ES_DISPLAY_REQUIRED
        if not self._kernel32.SetThreadExecutionState(flags):
            raise KeepAwakeError("SetThreadExecutionState failed")  # i18n: not shown

    def release(self) -> None:
        self._kernel32.SetThreadExecutionState(self.ES_CONTINUOUS)


class MacPowerAssertion:
    LEVEL_ON = 255
    UTF8 = 0x08000100

    def __init__(self) -> None:
        import ctypes
        import ctypes.util  # macOS only; it pulls in zipfile and subprocess at start-up

        iokit = ctypes.util.find_library("IOKit")
        foundation = ctypes.util.find_library("CoreFoundation")
        if not iokit or not foundation:
            raise KeepAwakeError("IOKit is not available")  # i18n: not shown
        self._iokit: Any = ctypes.cdll.LoadLibrary(iokit)
        self._cf: Any = ctypes.cdll.LoadLibrary(foundation)
        self._cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        self._cf.CFStringCreateWithCString.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_uint32,
        ]
        self._iokit.IOPMAssertionCreateWithName.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        self._assertion: ctypes.c_uint32 | None = None

    def _cfstring(self, text: str) -> Any:
        return self._cf.CFStringCreateWithCString(None, text.encode(), self.UTF8)

    def acquire(self, reason: str) -> None:
        import ctypes

        assertion = ctypes.c_uint32(0)
        kind = self._cfstring("PreventUserIdleDisplaySleep")
        name = self._cfstring(f"{APP_NAME}: {reason}")
        result = self._iokit.IOPMAssertionCreateWithName(
            kind, self.LEVEL_ON, name, ctypes.byref(assertion)
        )
        if result != 0:
            failed = f"IOPMAssertionCreateWithName failed ({result})"  # i18n: not shown
            raise KeepAwakeError(failed)
        self._assertion = assertion

    def release(self) -> None:
        if self._assertion is not None:
            self._iokit.IOPMAssertionRelease(self._assertion)
            self._assertion = None


def platform_backend() -> Backend:
    if sys.platform == "win32":
        return WindowsExecutionState()
    if sys.platform == "darwin":
        return MacPowerAssertion()
    return FreedesktopScreenSaver()


class KeepAwake:
    """Hold the system awake; `hold` and `release` may be called any number of times."""

    def __init__(self, backend: Backend | None = None) -> None:
        self._backend = backend
        self.held = False
        self.problem = ""
        """In the user's words, for the status area; empty when all is well."""
        self.detail = ""
        """The platform's own reason, for the log and for bug reports."""

    def hold(self, reason: str | None = None) -> bool:
        """Hold the system awake; `reason` is what the desktop may show for the hold."""
        if self.held:
            return True
        if reason is None:
            reason = translate("KeepAwake", "A workout is running")
        try:
            if self._backend is None:
                self._backend = platform_backend()
            self._backend.acquire(reason)
        except (KeepAwakeError, OSError, AttributeError) as error:
            self.problem = translate("KeepAwake", SCREEN_MAY_SLEEP)
            self.detail = f"cannot keep the screen awake: {error}"  # i18n: not shown
            log.info("%s", self.detail)
            return False
        self.held, self.problem, self.detail = True, "", ""
        return True

    def release(self) -> None:
        if self.held and self._backend is not None:
            self.held = False
            try:
                self._backend.release()
            except (KeepAwakeError, OSError) as error:
                self.detail = f"could not release the keep-awake hold: {error}"  # i18n: not shown
                log.info("%s", self.detail)
