"""SHA-256 for the clip cache's file names, without loading OpenSSL.

`hashlib` loads OpenSSL's libcrypto on import: measured, 3.7 MB more memory in the app,
where a hash of a few short strings is all it needs. CPython's own SHA-256 module gives the
same digests; the standard library's `random` uses its SHA-512 sibling the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

sha256: Callable[..., Any]
try:
    from _sha2 import sha256  # type: ignore[import-not-found,no-redef]  # CPython >= 3.12
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,no-redef]  # CPython 3.11
    except ImportError:  # another interpreter
        from hashlib import sha256


def hex_digest(data: bytes) -> str:
    """The SHA-256 of `data` in hex, as `hashlib.sha256(data).hexdigest()`."""
    return str(sha256(data).hexdigest())
