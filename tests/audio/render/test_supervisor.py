"""The supervisor: progress, restarts after a crash or a hang, the voice pack as fallback,
giving up; and a worker that breaks the protocol."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fake_tts import (
    FMT,
    babbling_worker,
    broken_engine,
    crashing_engine,
    fake_engine,
    garbling_worker,
    hanging_engine,
    make_bank,
    missing_driver_engine,
    renders,
)

from thrusttimer.audio.bank import PACK_NOTICE
from thrusttimer.audio.cache import ClipCache
from thrusttimer.audio.render.engine import EngineFactory
from thrusttimer.audio.render.jobs import Job
from thrusttimer.audio.render.progress import RenderProgress
from thrusttimer.audio.render.protocol import WorkerConfig
from thrusttimer.audio.render.supervisor import PHRASE_TIMEOUT_S, STARTUP_TIMEOUT_S, Renderer
from thrusttimer.core.clock import FakeClock
from thrusttimer.core.model import Cue, CueKind

# A watchdog bug would show as a hang: fail fast instead of at the suite's 300 s.
pytestmark = pytest.mark.timeout(60)


def spoken(text: str) -> Cue:
    return Cue(0, "test", text, CueKind.PHASE, (text,))


def test_start_returns_at_once_and_poll_reports_progress(cache: ClipCache, fake_tts: Path) -> None:
    bank = make_bank(cache)
    seen: list[RenderProgress] = []
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


def test_a_worker_that_crashes_is_restarted_and_the_phrase_retried(
    cache: ClipCache, fake_tts: Path
) -> None:
    bank = make_bank(cache)
    progress = bank.render_all(["Up", "CRASH-ONCE squeeze", "Down"])
    assert progress.restarts == 1
    assert progress.failed == ()
    assert progress.rendered == 3
    assert sorted(renders()) == ["CRASH-ONCE squeeze", "Down", "Up"]
    assert bank.clip_for(spoken("CRASH-ONCE squeeze"), FMT) is not None


def test_a_phrase_that_always_crashes_is_skipped_and_the_rest_render(
    cache: ClipCache, fake_tts: Path
) -> None:
    bank = make_bank(cache, use_pack=False)
    progress = bank.render_all(["Up", "CRASH-ALWAYS", "Down"])
    assert progress.restarts == 2
    assert progress.failed == ("CRASH-ALWAYS",)
    assert sorted(renders()) == ["Down", "Up"]
    assert "CRASH-ALWAYS" in (progress.notice or "")
    assert "crashed" in (progress.notice or "")
    assert bank.duration_s("CRASH-ALWAYS") is None


def test_a_phrase_that_always_crashes_comes_from_the_pack_when_it_has_it(
    cache: ClipCache, fake_tts: Path
) -> None:
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


def test_a_hung_worker_is_killed_by_the_watchdog_and_the_phrase_retried(
    cache: ClipCache, fake_tts: Path
) -> None:
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


def test_a_phrase_the_engine_refuses_is_reported(cache: ClipCache, fake_tts: Path) -> None:
    bank = make_bank(cache, use_pack=False)
    progress = bank.render_all(["Up", "FAIL this"])
    assert progress.failed == ("FAIL this",)
    assert progress.restarts == 0
    assert "the driver refused this phrase" in (progress.notice or "")


@pytest.mark.parametrize("factory", [broken_engine, crashing_engine, missing_driver_engine])
def test_an_engine_that_cannot_start_falls_back_to_the_voice_pack(
    cache: ClipCache, fake_tts: Path, factory: EngineFactory
) -> None:
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


def test_an_engine_that_hangs_while_starting_falls_back_to_the_voice_pack(
    cache: ClipCache, fake_tts: Path
) -> None:
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


def test_without_engine_or_pack_the_notice_says_tones_only(
    cache: ClipCache, fake_tts: Path
) -> None:
    bank = make_bank(cache, broken_engine, use_pack=False)
    progress = bank.render_all(["Up"])
    assert progress.failed == ("Up",)
    assert (progress.notice or "").startswith("No speech engine and no voice pack")
    assert bank.clip_for(spoken("Up"), FMT) is None
    assert bank.clip_for(Cue(0, "tick", "", CueKind.COUNT, (), tone=None), FMT) is None


def test_cancel_stops_the_worker(cache: ClipCache, fake_tts: Path) -> None:
    bank = make_bank(cache)
    bank.start(["Up", "Down"])
    bank.cancel()
    assert bank.poll().finished


def test_a_worker_that_cannot_be_started_ends_with_a_notice(
    cache: ClipCache, fake_tts: Path
) -> None:
    # A lambda cannot be sent to a spawned process: starting the worker fails at once.
    bank = make_bank(cache, lambda: fake_engine())
    progress = bank.render_all(["Up", "Down"])
    assert progress.finished
    assert progress.failed == ("Up", "Down")
    assert "could not start" in (progress.notice or "")
    assert bank.duration_s("Up") is None


def render_jobs(texts: list[str], folder: Path, **kwargs: Any) -> tuple[Renderer, RenderProgress]:
    """`texts` rendered by a `Renderer` of their own, through to the end."""
    config = WorkerConfig(fake_engine, "", 175, 1.0, FMT)
    jobs = [Job(text, folder / f"{i}.clip") for i, text in enumerate(texts)]
    renderer = Renderer(config, jobs, **kwargs)
    progress = renderer.start()
    while not progress.finished:
        renderer.wait(5.0)
        progress = renderer.poll()
    renderer.close()
    return renderer, progress


def test_a_garbled_answer_is_a_lost_worker_and_the_phrase_is_retried(
    tmp_path: Path, fake_tts: Path
) -> None:
    renderer, progress = render_jobs(
        ["Up", "GARBLE-ONCE", "Down"], tmp_path, worker=garbling_worker
    )
    assert progress.restarts == 1
    assert progress.failed == ()
    assert progress.notice is None
    assert sorted(r.text for r in renderer.results if r.source == "engine") == [
        "Down",
        "GARBLE-ONCE",
        "Up",
    ]


def test_a_phrase_always_answered_garbled_fails_once_with_a_clear_reason(
    tmp_path: Path, fake_tts: Path
) -> None:
    _, progress = render_jobs(["Up", "GARBLE-ALWAYS", "Down"], tmp_path, worker=garbling_worker)
    assert progress.finished
    assert progress.failed == ("GARBLE-ALWAYS",)
    assert progress.restarts == 2
    assert progress.notice is not None
    assert progress.notice.startswith(
        "Could not voice “GARBLE-ALWAYS” (the speech worker sent an unexpected message"
        " (('done', 'GARBLE-ALWAYS', "
    )
    assert progress.notice.count("unexpected message") == 1
    assert "Traceback" not in progress.notice


def test_a_worker_that_never_speaks_the_protocol_ends_with_a_notice(
    tmp_path: Path, fake_tts: Path
) -> None:
    renderer, progress = render_jobs(["Up", "Down"], tmp_path, worker=babbling_worker)
    assert progress.gave_up
    assert progress.engine_ok is False
    assert progress.failed == ("Up", "Down")
    assert progress.restarts == 2
    assert (
        "No voice clips could be prepared (the speech worker sent an unexpected message"
        " ('hello'))" in (progress.notice or "")
    )
    assert [r.source for r in renderer.results] == ["", ""]
