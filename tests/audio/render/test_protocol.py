"""The messages between the supervisor and its worker: what passes the checks, and one clear
ProtocolError for anything else."""

from __future__ import annotations

import multiprocessing
import pickle
from pathlib import Path

import pytest

from thrusttimer.audio.clips import AudioFormat
from thrusttimer.audio.render.protocol import (
    BRIEF_CHARS,
    AskVoices,
    Done,
    EngineVoice,
    Failed,
    ProtocolError,
    Ready,
    Render,
    Reply,
    Request,
    Source,
    Started,
    Stop,
    Voices,
    WorkerConfig,
    brief,
    check_reply,
    check_request,
    read_reply,
)
from thrusttimer.core.model import Tone

REQUESTS: list[Request] = [
    Render("Up", Source.ENGINE, Path("/c/up.clip")),
    Render("Up", Source.PACK, Path("/c/up.clip"), pack_clip=Path("/pack/up.opus")),
    Render("tick", Source.TONE, Path("/c/tick.clip"), tone=next(iter(Tone))),
    AskVoices(),
    Stop(),
]
REPLIES: list[Reply] = [
    Ready(True, None),
    Ready(False, "OSError: no espeak"),
    Started("Up"),
    Done("Up", 4800, 0.015),
    Failed("Up", "RuntimeError: the phrase came out silent"),
    Voices((EngineVoice("gmw/en", "English", ("en",)),)),
    Voices(()),
]


@pytest.mark.parametrize("request_", REQUESTS)
def test_a_request_survives_the_pipe_and_its_check(request_: Request) -> None:
    assert check_request(pickle.loads(pickle.dumps(request_))) == request_


@pytest.mark.parametrize("reply", REPLIES)
def test_a_reply_survives_the_pipe_and_its_check(reply: Reply) -> None:
    assert check_reply(pickle.loads(pickle.dumps(reply))) == reply


def test_the_worker_config_survives_the_pipe() -> None:
    config = WorkerConfig(None, "gmw/en", 175, 0.8, AudioFormat(48_000, 2), "/tmp/x")
    assert pickle.loads(pickle.dumps(config)) == config


@pytest.mark.parametrize(
    "message",
    [
        None,
        "hello",
        ("done", "Up", 4800, 0.015),  # the shape replies had before they were typed
        ("ready", True, None),
        Ready("yes", None),  # type: ignore[arg-type]
        Done("Up", "4800", 0.015),  # type: ignore[arg-type]
        Failed("Up", None),  # type: ignore[arg-type]
        Voices([("gmw/en", "English", ["en"])]),  # type: ignore[arg-type]
        Voices((EngineVoice("gmw/en", "English", (1,)),)),  # type: ignore[arg-type]
        Stop(),  # a request, not a reply
    ],
)
def test_anything_else_from_the_worker_is_one_protocol_error(message: object) -> None:
    with pytest.raises(ProtocolError, match=r"^the speech worker sent an unexpected message \("):
        check_reply(message)


@pytest.mark.parametrize(
    "message",
    [
        None,
        ("render", "Up", "engine", "", "/c/up.clip"),  # the shape before typing
        Render("Up", "engine", Path("/c/up.clip")),  # type: ignore[arg-type]
        Render("Up", Source.ENGINE, "/c/up.clip"),  # type: ignore[arg-type]
        Render("Up", Source.PACK, Path("/c/up.clip")),  # no pack WAV
        Render("tick", Source.TONE, Path("/c/tick.clip")),  # no tone
        Ready(True, None),  # a reply, not a request
    ],
)
def test_anything_else_from_the_supervisor_is_one_protocol_error(message: object) -> None:
    with pytest.raises(ProtocolError, match=r"^the renderer sent an unexpected request \("):
        check_request(message)


def test_a_message_that_cannot_be_unpickled_is_a_protocol_error() -> None:
    parent, child = multiprocessing.Pipe()
    try:
        child.send_bytes(b"not a pickle")
        with pytest.raises(ProtocolError, match="could not be read"):
            read_reply(parent)
        child.send(Started("Up"))
        assert read_reply(parent) == Started("Up")  # the pipe is still in step
    finally:
        parent.close()
        child.close()


def test_a_worker_that_has_gone_is_not_a_protocol_error() -> None:
    parent, child = multiprocessing.Pipe()
    child.close()
    try:
        with pytest.raises(EOFError):
            read_reply(parent)
    finally:
        parent.close()


def test_a_protocol_error_quotes_a_long_message_briefly() -> None:
    quoted = brief("x" * 500)
    assert len(quoted) == BRIEF_CHARS
    assert quoted.endswith("…")
    assert brief(("done", "Up")) == "('done', 'Up')"
