"""The progress line a terminal or status bar shows."""

from __future__ import annotations

from thrusttimer.audio.render.progress import RenderProgress


def progress(done: int, current: str | None, finished: bool, failed: int = 0) -> RenderProgress:
    failures = tuple(f"phrase {i}" for i in range(failed))
    return RenderProgress(3, done, done - failed, failures, current, 0, finished, True, None)


def test_the_line_while_preparing_names_the_phrase_being_made() -> None:
    assert progress(1, "Squeeze", False).line() == "Preparing voice: 1/3 “Squeeze”"
    assert progress(1, None, False).line() == "Preparing voice: 1/3"


def test_the_line_when_ready_counts_what_was_made() -> None:
    assert progress(3, None, True, failed=1).line() == "Voice ready: 2 of 3 phrases"


def test_the_fraction_of_nothing_to_do_is_all_of_it() -> None:
    assert RenderProgress(0, 0, 0, (), None, 0, True, True, None).fraction == 1.0
    assert progress(1, None, False).fraction == 1 / 3
