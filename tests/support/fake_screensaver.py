"""A stand-in org.freedesktop.ScreenSaver for tests: prints each Inhibit/UnInhibit it gets.

Run as a script on a private session bus: `python fake_screensaver.py ADDRESS`. Each call is
one line on stdout: `Inhibit <app> <reason> -> <cookie>` or `UnInhibit <cookie>`; `ready` first.
"""

# No `from __future__ import annotations`: dbus-next reads the D-Bus signatures below from
# the annotations themselves.
import asyncio
import sys

from dbus_next.aio import MessageBus
from dbus_next.service import ServiceInterface, method

NAME = "org.freedesktop.ScreenSaver"


class ScreenSaver(ServiceInterface):
    def __init__(self) -> None:
        super().__init__(NAME)
        self._next = 41

    @method()
    def Inhibit(self, application_name: "s", reason_for_inhibit: "s") -> "u":  # type: ignore[name-defined] # noqa: F821
        self._next += 1
        print(f"Inhibit {application_name} {reason_for_inhibit!r} -> {self._next}", flush=True)
        return self._next

    @method()
    def UnInhibit(self, cookie: "u"):  # type: ignore[name-defined] # noqa: F821
        print(f"UnInhibit {cookie}", flush=True)


async def serve(address: str) -> None:
    bus = await MessageBus(bus_address=address).connect()
    bus.export("/org/freedesktop/ScreenSaver", ScreenSaver())
    await bus.request_name(NAME)
    print("ready", flush=True)
    await bus.wait_for_disconnect()


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1]))
