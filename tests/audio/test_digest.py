"""The cache's digests are hashlib's SHA-256, so cached clips keep their names."""

from __future__ import annotations

import hashlib

import pytest

from thrusttimer.audio.digest import hex_digest


@pytest.mark.parametrize("data", [b"", b"Drive up, breathe out", bytes(range(256)) * 40])
def test_the_digest_is_hashlibs(data: bytes) -> None:
    assert hex_digest(data) == hashlib.sha256(data).hexdigest()
