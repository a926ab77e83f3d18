"""The speech engine's voices for the set-up dialog: asked once per app run, off the GUI thread.

Listing the voices starts a worker process (a broken driver must not crash the app), which
takes from a fraction of a second to 30 s. The first opening of the set-up dialog asks;
the answer is kept for the app's lifetime so every later opening fills the list at once.
A failed answer is not kept: the next opening asks again.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from thrusttimer.audio.voices import VoiceList, list_voices
from thrusttimer.core.i18n import translate
from thrusttimer.gui.background import start_call

Lister = Callable[[], VoiceList]


class VoiceCatalog:
    def __init__(self, lister: Lister = list_voices) -> None:
        self._lister = lister
        self._future: Future[VoiceList] | None = None

    def request(self) -> Future[VoiceList]:
        """The answer: the one already given or on its way, else a new question."""
        future = self._future
        if future is not None and (not future.done() or _succeeded(future)):
            return future
        self._future = start_call(self._lister, name="thrusttimer-voices")
        return self._future

    @property
    def known(self) -> VoiceList | None:
        """The engine's answer, once it has given one."""
        future = self._future
        return future.result() if future is not None and _succeeded(future) else None


def _succeeded(future: Future[VoiceList]) -> bool:
    return future.done() and future.exception() is None and future.result().notice is None


APP_VOICES = VoiceCatalog()
"""The app's one catalog: the set-up dialog opened from the window uses it."""


def voice_items(voices: VoiceList) -> list[tuple[str, str]]:
    """(voice id, name shown) pairs for the voice list: the engine's default first, then
    its voices in the list's order (English first). A name two voices share gets its
    language added, so no two entries read the same."""
    names = [voice.name for voice in voices.voices]
    items = [("", translate("VoiceCatalog", "Default voice"))]
    for voice in voices.voices:
        shown = voice.name
        if names.count(voice.name) > 1:
            shown = f"{voice.name} ({', '.join(voice.languages) or voice.id})"
        items.append((voice.id, shown))
    return items
