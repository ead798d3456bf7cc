"""Password hashes with scrypt (memory-hard, in the standard library).

A hash reads ``scrypt$<log2 n>$<r>$<p>$<salt>$<key>`` (base64), so the cost can
be raised later and old hashes still verify. :func:`verify` compares in
constant time, and :func:`verify_missing` spends the same work on an unknown
name, so a sign-in attempt does not tell which names exist.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from geoapp.errors import GeoappError

LOG2_N, BLOCK, PARALLEL = 15, 8, 1  # 32 MiB and about 0.1 s per hash
KEY_BYTES = 32
MIN_LENGTH = 10
MAX_LENGTH = 1024  # longer input is refused before it costs anything


class PasswordError(GeoappError):
    """A password that is too short or too long to accept."""


def check_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise PasswordError(f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise PasswordError(f"a password may have at most {MAX_LENGTH} characters")
    return password


def _derive(password: str, salt: bytes, log2_n: int, block: int, parallel: int) -> bytes:
    n = 1 << log2_n
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=block, p=parallel,
                          maxmem=2 * 128 * block * n, dklen=KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """A salted scrypt hash of ``password`` (which must pass :func:`check_password`)."""
    check_password(password)
    salt = secrets.token_bytes(16)
    key = _derive(password, salt, LOG2_N, BLOCK, PARALLEL)
    return f"scrypt${LOG2_N}${BLOCK}${PARALLEL}${_b64(salt)}${_b64(key)}"


def verify(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored`` (False for any malformed hash)."""
    try:
        scheme, log2_n, block, parallel, salt, key = stored.split("$")
        if scheme != "scrypt" or len(password) > MAX_LENGTH:
            return False
        derived = _derive(password, base64.b64decode(salt), int(log2_n), int(block),
                          int(parallel))
        return hmac.compare_digest(derived, base64.b64decode(key))
    except (ValueError, TypeError):
        return False


_MISSING = f"scrypt${LOG2_N}${BLOCK}${PARALLEL}${_b64(b'0' * 16)}${_b64(b'0' * KEY_BYTES)}"


def verify_missing(password: str) -> bool:
    """The work of :func:`verify` for a name with no account; always False."""
    verify(password, _MISSING)
    return False
