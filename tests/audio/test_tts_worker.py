from __future__ import annotations

import pytest
from fake_tts import (
    broken_engine,
    crashing_engine,
    fake_engine,
    hanging_engine,
    missing_driver_engine,
    renders,
)

from thrusttimer.audio.bank import PACK_NOTICE, VoiceBank
from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.settings import VoiceSettings
from thrusttimer.audio.tts_worker import PHRASE_TIMEOUT_S, RENDER_TRIES, STARTUP_TIMEOUT_S
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.model import Cue, CueKind

FMT = AudioFormat(48_000, 2)

# A watchdog bug would show as a hang: fail fast instead of at the suite's 300 s.
pytestmark = pytest.mark.timeout(60)


def make_bank(cache, factory=fake_engine, **kwargs):
    return VoiceBank(fmt=FMT, cache=cache, engine_factory=factory, **kwargs)


def spoken(text: str) -> Cue:
    return Cue(0, "test", text, CueKind.PHASE, (text,))


def test_start_returns_at_once_and_poll_reports_progress(cache, fake_tts):
    bank = make_bank(cache)
    seen = []
    progress = bank.start(["Up", "Down", "Hold"], on_progress=seen.append)
    assert not progress.finished
    assert progress.done == 0
    while not progress.finished:
        bank.wait(5.0)
        progress = bank.poll()
    assert (progress.done, progress.rendered, progress.failed) == (3, 3, ())
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert seen[-1].finished
    assert progress.line() == "Voice ready: 3 of 3 phrases"


def test_a_worker_that_crashes_is_restarted_and_the_phrase_retried(cache, fake_tts):
    bank = make_bank(cache)
    progress = bank.render_all(["Up", "CRASH-ONCE squeeze", "Down"])
    assert progress.restarts == 1
    assert progress.failed == ()
    assert progress.rendered == 3
    assert sorted(renders()) == ["CRASH-ONCE squeeze", "Down", "Up"]
    assert bank.clip_for(spoken("CRASH-ONCE squeeze"), FMT) is not None


def test_a_phrase_that_always_crashes_is_skipped_and_the_rest_render(cache, fake_tts):
    bank = make_bank(cache, use_pack=False)
    progress = bank.render_all(["Up", "CRASH-ALWAYS", "Down"])
    assert progress.restarts == 2
    assert progress.failed == ("CRASH-ALWAYS",)
    assert sorted(renders()) == ["Down", "Up"]
    assert "CRASH-ALWAYS" in (progress.notice or "")
    assert "crashed" in (progress.notice or "")
    assert bank.duration_s("CRASH-ALWAYS") is None


def test_a_phrase_that_always_crashes_comes_from_the_pack_when_it_has_it(cache, fake_tts):
    bank = make_bank(cache)
    assert bank.pack is not None
    texts = ["Up", "Down"]
    # A real pack phrase whose engine render crashes: the fake crashes on its marker text.
    bank.pack.entries["CRASH-ALWAYS"] = bank.pack.entries["Hold"]
    progress = bank.render_all([*texts, "CRASH-ALWAYS"])
    assert progress.failed == ()
    assert "“CRASH-ALWAYS”…) use the built-in voice" in (progress.notice or "")
    assert bank.duration_s("CRASH-ALWAYS") == pytest.approx(
        bank.pack.entries["Hold"].duration_s, abs=0.002
    )


def test_a_hung_worker_is_killed_by_the_watchdog_and_the_phrase_retried(cache, fake_tts):
    clock = FakeClock()
    bank = make_bank(cache, clock=clock)
    progress = bank.start(["Up", "HANG-ONCE", "Down"])
    marker = fake_tts / "HANG-ONCE.marker"
    while not progress.finished:
        progress = bank.poll()
        if marker.exists() and progress.restarts == 0:
            # The worker is inside the hanging runAndWait: let the phrase's time run out.
            # (Again on each pass: a late "started" message restarts the phrase's clock.)
            clock.advance(PHRASE_TIMEOUT_S + 1)
        bank.wait(0.05)  # a hung worker says nothing: look at the marker again soon
    assert progress.restarts == 1
    assert progress.failed == ()
    assert sorted(renders()) == ["Down", "HANG-ONCE", "Up"]


def test_a_phrase_the_engine_refuses_is_reported(cache, fake_tts):
    bank = make_bank(cache, use_pack=False)
    progress = bank.render_all(["Up", "FAIL this"])
    assert progress.failed == ("FAIL this",)
    assert progress.restarts == 0
    assert "the driver refused this phrase" in (progress.notice or "")


@pytest.mark.parametrize("factory", [broken_engine, crashing_engine, missing_driver_engine])
def test_an_engine_that_cannot_start_falls_back_to_the_voice_pack(cache, fake_tts, factory):
    bank = make_bank(cache, factory)
    progress = bank.render_all(["Up", "Down", "Not in any pack"])
    assert progress.engine_ok is False
    assert progress.notice is not None
    assert progress.notice.startswith(PACK_NOTICE)
    assert progress.failed == ("Not in any pack",)
    assert bank.duration_s("Up") is not None
    assert bank.clip_for(spoken("Up"), FMT) is not None
    assert bank.duration_s("Not in any pack") is None
    assert renders() == []


def test_an_engine_that_hangs_while_starting_falls_back_to_the_voice_pack(cache, fake_tts):
    clock = FakeClock()
    bank = make_bank(cache, hanging_engine, clock=clock)
    progress = bank.start(["Up", "Down"])
    # Nothing will ever come from the hung worker; its start-up time runs out.
    clock.advance(STARTUP_TIMEOUT_S + 1)
    while not progress.finished:
        progress = bank.poll()
        bank.wait(5.0)
    assert progress.engine_ok is False
    assert "hung" in (progress.notice or "")
    assert progress.failed == ()
    assert bank.duration_s("Down") is not None


def test_without_engine_or_pack_the_notice_says_tones_only(cache, fake_tts):
    bank = make_bank(cache, broken_engine, use_pack=False)
    progress = bank.render_all(["Up"])
    assert progress.failed == ("Up",)
    assert (progress.notice or "").startswith("No speech engine and no voice pack")
    assert bank.clip_for(spoken("Up"), FMT) is None
    assert bank.clip_for(Cue(0, "tick", "", CueKind.COUNT, (), tone=None), FMT) is None


def test_cancel_stops_the_worker(cache, fake_tts):
    bank = make_bank(cache)
    bank.start(["Up", "Down"])
    bank.cancel()
    assert bank.poll().finished


def test_a_voice_the_engine_lacks_is_reported_and_the_default_voice_speaks(cache, fake_tts):
    bank = make_bank(cache, settings=VoiceSettings(voice_id="missing"))
    progress = bank.render_all(["Up"])
    assert progress.failed == ()
    assert "voice 'missing' is not available" in (progress.notice or "")


def test_a_worker_that_cannot_be_started_ends_with_a_notice(cache, fake_tts):
    # A lambda cannot be sent to a spawned process: starting the worker fails at once.
    bank = make_bank(cache, lambda: fake_engine())
    progress = bank.render_all(["Up", "Down"])
    assert progress.finished
    assert progress.failed == ("Up", "Down")
    assert "could not start" in (progress.notice or "")
    assert bank.duration_s("Up") is None


def test_an_empty_or_cut_off_render_is_rendered_again(cache, fake_tts):
    bank = make_bank(cache)
    progress = bank.render_all(["EMPTY-ONCE", "CUT-ONCE", "Up"])
    assert progress.failed == ()
    assert progress.notice is None
    assert sorted(renders()) == ["CUT-ONCE", "CUT-ONCE", "EMPTY-ONCE", "EMPTY-ONCE", "Up"]
    # The second, complete render is the one kept: 40 ms per character, trimmed.
    assert bank.duration_s("CUT-ONCE") == pytest.approx(0.32, abs=0.01)


def test_an_engine_that_always_writes_nothing_gives_up_after_a_few_tries(cache, fake_tts):
    bank = make_bank(cache, use_pack=False)
    progress = bank.render_all(["EMPTY-ALWAYS"])
    assert progress.failed == ("EMPTY-ALWAYS",)
    assert renders().count("EMPTY-ALWAYS") == RENDER_TRIES
    assert "an empty WAV (3 tries)" in (progress.notice or "")


def test_a_render_that_is_always_cut_off_is_kept_rather_than_lost(cache, fake_tts):
    bank = make_bank(cache, use_pack=False)
    progress = bank.render_all(["CUT-ALWAYS"])
    assert progress.failed == ()
    assert renders().count("CUT-ALWAYS") == RENDER_TRIES
    assert bank.duration_s("CUT-ALWAYS") == pytest.approx(0.2, abs=0.01)
