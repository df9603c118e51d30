"""Input normalisation shared by the public functions."""

from __future__ import annotations

import json
from typing import Any, Union

from .errors import MailroomError

BytesLike = Union[bytes, bytearray, memoryview, str]
IntLike = Union[int, str]


def to_hex(v: BytesLike, what: str) -> str:
    """0x-hex of bytes; strings pass through (the guest validates them)."""
    if isinstance(v, str):
        return v
    if isinstance(v, (bytes, bytearray, memoryview)):
        return "0x" + bytes(v).hex()
    raise MailroomError("invalid_input", f"{what} must be 0x-hex str or bytes")


def to_int(v: IntLike, what: str) -> int | str:
    if isinstance(v, bool):
        raise MailroomError("invalid_input", f"{what} must be an int or a string, not bool")
    if isinstance(v, (int, str)):
        return v
    raise MailroomError("invalid_input", f"{what} must be an int or a string")


def json_bytes(v: Any, what: str) -> bytes:
    """The exact JSON bytes for the guest: str/bytes pass through verbatim;
    a dict (or list) is serialised (Python ints stay exact)."""
    if isinstance(v, str):
        return v.encode()
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v)
    if isinstance(v, (dict, list)):
        return json.dumps(v, separators=(",", ":"), ensure_ascii=False).encode()
    raise MailroomError("invalid_input", f"{what} must be JSON text, UTF-8 bytes or a dict")


def dumps(v: Any) -> bytes:
    return json.dumps(v, separators=(",", ":")).encode()

