"""SHA-256 in hex: the clip cache's and the Qt plugin check's file names."""

from __future__ import annotations

import hashlib


def hex_digest(data: bytes) -> str:
    """The SHA-256 of `data` in hex."""
    return hashlib.sha256(data).hexdigest()
