"""libpulse's C interface as ctypes declares it, and `load()`, which finds the library.

The constants, structures and callback types `libpulse.PlaybackStream` uses; `load()` also
declares every function's types. Only the parts of each structure that are read are
declared in full (`ServerInfo` and `SinkInfo` are their heads)."""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any

PA_CONTEXT_NOAUTOSPAWN = 1
PA_CONTEXT_READY, PA_CONTEXT_FAILED, PA_CONTEXT_TERMINATED = 4, 5, 6
PA_STREAM_READY, PA_STREAM_FAILED, PA_STREAM_TERMINATED = 2, 3, 4
PA_STREAM_ADJUST_LATENCY = 0x2000
PA_SEEK_RELATIVE = 0
PA_SAMPLE_FLOAT32LE = 5
DEFAULT = 0xFFFFFFFF
"""(uint32_t) -1: let the server choose."""

StateCallback = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
RequestCallback = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p)
SuccessCallback = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
PA_OPERATION_RUNNING = 0
PA_SUBSCRIPTION_MASK_SERVER = 0x0080
PA_SUBSCRIPTION_EVENT_FACILITY_MASK = 0x000F
PA_SUBSCRIPTION_EVENT_SERVER = 0x0007
"""The server's own settings changed (its default sink or source, among them)."""
SubscribeCallback = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32, ctypes.c_void_p
)


class SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class BufferAttr(ctypes.Structure):
    _fields_ = [
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    ]


class ServerInfo(ctypes.Structure):
    """The head of pa_server_info: only these fields are read."""

    _fields_ = [
        ("user_name", ctypes.c_char_p),
        ("host_name", ctypes.c_char_p),
        ("server_version", ctypes.c_char_p),
        ("server_name", ctypes.c_char_p),
        ("sample_spec", SampleSpec),
        ("default_sink_name", ctypes.c_char_p),
    ]


ServerInfoCallback = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(ServerInfo), ctypes.c_void_p
)


class SinkInfo(ctypes.Structure):
    """The head of pa_sink_info: only these fields are read."""

    _fields_ = [
        ("name", ctypes.c_char_p),
        ("index", ctypes.c_uint32),
        ("description", ctypes.c_char_p),
    ]


SinkInfoCallback = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(SinkInfo), ctypes.c_int, ctypes.c_void_p
)


class TimeVal(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_usec", ctypes.c_long)]


class TimingInfo(ctypes.Structure):
    _fields_ = [
        ("timestamp", TimeVal),
        ("synchronized_clocks", ctypes.c_int),
        ("sink_usec", ctypes.c_uint64),
        ("source_usec", ctypes.c_uint64),
        ("transport_usec", ctypes.c_uint64),
        ("playing", ctypes.c_int),
        ("write_index_corrupt", ctypes.c_int),
        ("write_index", ctypes.c_int64),
        ("read_index_corrupt", ctypes.c_int),
        ("read_index", ctypes.c_int64),
        ("configured_sink_usec", ctypes.c_uint64),
        ("configured_source_usec", ctypes.c_uint64),
        ("since_underrun", ctypes.c_int64),
    ]


class PulseError(OSError):
    """The server refused, vanished, or the library is missing."""


@cache
def load() -> ctypes.CDLL | None:
    """libpulse, declared, or None where there is none (not Linux, no libpulse)."""
    for name in ("libpulse.so.0", ctypes.util.find_library("pulse")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        _declare(lib)
        return lib
    return None


def _declare(lib: ctypes.CDLL) -> None:
    p, i, size = ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t
    table: dict[str, tuple[Any, list[Any]]] = {
        "pa_threaded_mainloop_new": (p, []),
        "pa_threaded_mainloop_get_api": (p, [p]),
        "pa_threaded_mainloop_start": (i, [p]),
        "pa_threaded_mainloop_stop": (None, [p]),
        "pa_threaded_mainloop_free": (None, [p]),
        "pa_threaded_mainloop_lock": (None, [p]),
        "pa_threaded_mainloop_unlock": (None, [p]),
        "pa_threaded_mainloop_wait": (None, [p]),
        "pa_threaded_mainloop_signal": (None, [p, i]),
        "pa_context_new": (p, [p, ctypes.c_char_p]),
        "pa_context_set_state_callback": (None, [p, StateCallback, p]),
        "pa_context_connect": (i, [p, ctypes.c_char_p, i, p]),
        "pa_context_get_state": (i, [p]),
        "pa_context_get_server_info": (p, [p, ServerInfoCallback, p]),
        "pa_context_get_sink_info_by_name": (p, [p, ctypes.c_char_p, SinkInfoCallback, p]),
        "pa_context_set_subscribe_callback": (None, [p, SubscribeCallback, p]),
        "pa_context_subscribe": (p, [p, ctypes.c_uint32, SuccessCallback, p]),
        "pa_context_errno": (i, [p]),
        "pa_context_disconnect": (None, [p]),
        "pa_context_unref": (None, [p]),
        "pa_stream_new": (p, [p, ctypes.c_char_p, ctypes.POINTER(SampleSpec), p]),
        "pa_stream_set_state_callback": (None, [p, StateCallback, p]),
        "pa_stream_set_write_callback": (None, [p, RequestCallback, p]),
        "pa_stream_connect_playback": (i, [p, p, ctypes.POINTER(BufferAttr), i, p, p]),
        "pa_stream_get_state": (i, [p]),
        "pa_stream_writable_size": (size, [p]),
        "pa_stream_write": (i, [p, p, size, p, ctypes.c_int64, i]),
        "pa_stream_update_timing_info": (p, [p, p, p]),
        "pa_stream_cork": (p, [p, i, SuccessCallback, p]),
        "pa_operation_get_state": (i, [p]),
        "pa_stream_get_timing_info": (ctypes.POINTER(TimingInfo), [p]),
        "pa_stream_disconnect": (i, [p]),
        "pa_stream_unref": (None, [p]),
        "pa_operation_unref": (None, [p]),
        "pa_strerror": (ctypes.c_char_p, [i]),
    }
    for name, (restype, argtypes) in table.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
