"""The worker process: the engine's settings, empty or cut-off renders, and a request it
cannot read."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from fake_tts import FMT, FakeEngine, fake_engine, make_bank, renders

from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.render.protocol import (
    Failed,
    Ready,
    Stop,
    WorkerConfig,
    check_reply,
)
from thrusttimer.audio.render.worker import RENDER_TRIES, render_phrase, worker_main
from thrusttimer.audio.settings import VoiceSettings

pytestmark = pytest.mark.timeout(60)


def test_a_voice_the_engine_lacks_is_reported_and_the_default_voice_speaks(
    cache: ClipCache, fake_tts: Path
) -> None:
    bank = make_bank(cache, settings=VoiceSettings(voice_id="missing"))
    progress = bank.render_all(["Up"])
    assert progress.failed == ()
    assert "voice 'missing' is not available" in (progress.notice or "")


def test_an_empty_or_cut_off_render_is_rendered_again(cache: ClipCache, fake_tts: Path) -> None:
    bank = make_bank(cache)
    progress = bank.render_all(["EMPTY-ONCE", "CUT-ONCE", "Up"])
    assert progress.failed == ()
    assert progress.notice is None
    assert sorted(renders()) == ["CUT-ONCE", "CUT-ONCE", "EMPTY-ONCE", "EMPTY-ONCE", "Up"]
    # The second, complete render is the one kept: 40 ms per character, trimmed.
    assert bank.duration_s("CUT-ONCE") == pytest.approx(0.32, abs=0.01)


def test_an_engine_that_always_writes_nothing_gives_up_after_a_few_tries(
    cache: ClipCache, fake_tts: Path
) -> None:
    bank = make_bank(cache, use_pack=False)
    progress = bank.render_all(["EMPTY-ALWAYS"])
    assert progress.failed == ("EMPTY-ALWAYS",)
    assert renders().count("EMPTY-ALWAYS") == RENDER_TRIES
    assert "an empty WAV (3 tries)" in (progress.notice or "")


def test_a_render_that_is_always_cut_off_is_kept_rather_than_lost(
    cache: ClipCache, fake_tts: Path
) -> None:
    bank = make_bank(cache, use_pack=False)
    progress = bank.render_all(["CUT-ALWAYS"])
    assert progress.failed == ()
    assert renders().count("CUT-ALWAYS") == RENDER_TRIES
    assert bank.duration_s("CUT-ALWAYS") == pytest.approx(0.2, abs=0.01)


def test_render_phrase_gives_the_wav_and_raises_on_an_empty_one(
    tmp_path: Path, fake_tts: Path
) -> None:
    wav = tmp_path / "phrase.wav"
    assert render_phrase(FakeEngine(), "Up", wav).startswith(b"RIFF")
    assert not wav.exists()
    with pytest.raises(RuntimeError, match=r"an empty WAV \(3 tries\)"):
        render_phrase(FakeEngine(), "EMPTY-ALWAYS", wav)


def test_a_request_the_worker_cannot_read_is_answered_as_a_failure(fake_tts: Path) -> None:
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    config = WorkerConfig(fake_engine, "", 175, 1.0, FMT)
    process = context.Process(target=worker_main, args=(child, config), daemon=True)
    process.start()
    child.close()
    try:
        assert parent.poll(30)
        assert check_reply(parent.recv()) == Ready(True, None)
        # The shape requests had before they were typed.
        parent.send(("render", "Up", "engine", "", "/nowhere.clip"))
        assert parent.poll(30)
        reply = check_reply(parent.recv())
        assert isinstance(reply, Failed)
        assert reply.error.startswith("ProtocolError: the renderer sent an unexpected request")
        parent.send(Stop())
        process.join(30)
        assert process.exitcode == 0
    finally:
        parent.close()
        if process.is_alive():
            process.kill()
            process.join()


class _Voice:
    def __init__(self, id_: str, languages: list[str]) -> None:
        self.id, self.name, self.languages = id_, id_, languages


class _VoicedEngine:
    """An engine with espeak-ng's voices for the shipped languages."""

    VOICES = (
        _Voice("gmw/en", ["en-gb"]),
        _Voice("gmw/de", ["de"]),
        _Voice("roa/pt", ["pt"]),
        _Voice("roa/pt-br", ["pt-br"]),
        _Voice("roa/fr-be", ["fr-be"]),
        _Voice("roa/fr", ["fr-fr"]),
    )

    def __init__(self) -> None:
        self.voice = ""

    def getProperty(self, name: str) -> object:
        return self.VOICES if name == "voices" else self.voice

    def setProperty(self, name: str, value: object) -> None:
        assert name == "voice"
        self.voice = str(value)


@pytest.mark.parametrize(
    ("asked", "language", "spoken"),
    [
        ("", "en", ""),  # the engine's default voice, as before
        ("", "de", "gmw/de"),
        ("", "pt_BR", "roa/pt-br"),  # Brazilian, not European Portuguese
        ("", "fr", "roa/fr"),
        ("roa/fr-be", "fr", "roa/fr-be"),  # a chosen voice that speaks the language stays
        ("gmw/en", "de", "gmw/de"),  # one that does not gives way to one that does
        ("", "es", ""),  # no voice speaks it: the engine's default
    ],
)
def test_the_worker_speaks_with_a_voice_of_the_coachs_language(
    asked: str, language: str, spoken: str
) -> None:
    from thrusttimer.audio.render.worker import _choose_voice

    engine = _VoicedEngine()
    assert _choose_voice(engine, asked, language) is None  # type: ignore[arg-type]
    assert engine.voice == spoken


def test_the_workers_notices_are_in_the_interfaces_language() -> None:
    from thrusttimer.audio.render.worker import _speak_the_interfaces_language
    from thrusttimer.core.i18n import language, translate

    _speak_the_interfaces_language("de")
    assert language() == "de"
    silent = translate("SpeechWorker", "the phrase came out silent")
    assert silent != "the phrase came out silent"
    assert silent.strip()
