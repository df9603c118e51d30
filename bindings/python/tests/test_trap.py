"""A guest trap fails that call with ``internal``; the next call runs on a
fresh instance and guards of the old instance report ``internal``."""

from __future__ import annotations

import pytest
import wasmtime

from agent_mailroom import Core, MailroomError


def test_trap_replaces_the_instance() -> None:
    mr = Core()
    guard = mr.replay_guard(capacity=4)
    gen = mr.generation

    def trap(*_args: object) -> int:
        raise wasmtime.Trap("wasm trap: wasm `unreachable` instruction executed")

    # Bad input never traps the guest: simulate a guest crash on one export.
    mr._g._funcs["mr_keccak256"] = trap
    with pytest.raises(MailroomError) as ei:
        mr.keccak256(b"")
    assert ei.value.code == "internal" and "trapped" in str(ei.value)
    assert mr.keccak256(b"") == "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert mr.generation == gen + 1
    with pytest.raises(MailroomError) as ei:
        guard.use("0x" + "11" * 20, 0, 1, 1)
    assert ei.value.code == "internal"
