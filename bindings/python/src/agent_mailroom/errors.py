"""MailroomError: the one exception type of the package.

``code`` is the core's error kind (core/errs): the same string the Go error
kind, the WASM ABI error code, the test vectors, the JS binding's
``err.code`` and the HTTP error bodies carry.
"""

from __future__ import annotations


class MailroomError(Exception):
    """An operation was refused; ``code`` says why (e.g. ``"signature_high_s"``)."""

    code: str
    detail: str

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.detail = message
