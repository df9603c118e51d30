"""One instance of mailroom.wasm behind its ABI (wasm/ABI.md).

The request is JSON written into guest memory obtained from ``mr_alloc``; the
export returns ``ptr<<32 | len`` of a JSON reply ``{"ok": ...}`` or
``{"err": {"code", "message"}}``, which is copied out and released with
``mr_free``. All state (allocator, replay guards, errors) stays in the guest.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any, Callable, Optional, cast

import wasmtime

from ._ops import ABI_VERSION
from .errors import MailroomError

__all__ = ["ABI_VERSION", "Guest", "decode_reply", "default_wasm_path"]
WASM_ENV = "AGENT_MAILROOM_WASM"

_engine_lock = threading.Lock()
_engine: wasmtime.Engine | None = None
_modules: dict[bytes, wasmtime.Module] = {}


def default_wasm_path() -> Path:
    """The module shipped in the package, or $AGENT_MAILROOM_WASM."""
    env = os.environ.get(WASM_ENV)
    if env:
        return Path(env)
    return Path(__file__).with_name("mailroom.wasm")


def _compile(wasm: bytes) -> wasmtime.Module:
    """Compile once per process (and per distinct module bytes); wasmtime's
    on-disk cache makes later processes fast."""
    global _engine
    with _engine_lock:
        if _engine is None:
            cfg = wasmtime.Config()
            try:
                cfg.cache = True
            except wasmtime.WasmtimeError:
                pass  # no cache directory: compile every time
            _engine = wasmtime.Engine(cfg)
        mod = _modules.get(wasm)
        if mod is None:
            mod = wasmtime.Module(_engine, wasm)
            _modules[wasm] = mod
        return mod


class Guest:
    """A thread-safe handle on one initialized instance.

    A trap leaves the guest in an unknown state: the call fails with
    ``MailroomError("internal")`` and the instance is replaced on the next
    call (state held in the old one, such as replay guards, is gone; guards
    notice through ``generation``).
    """

    def __init__(self, wasm: bytes | str | os.PathLike[str] | None = None) -> None:
        if wasm is None:
            wasm = default_wasm_path()
        if not isinstance(wasm, (bytes, bytearray)):
            path = Path(wasm)
            try:
                wasm = path.read_bytes()
            except OSError as e:
                raise MailroomError(
                    "internal",
                    f"cannot read {path}: {e} (build it with `make wasm`, or set ${WASM_ENV})",
                ) from e
        self._module = _compile(bytes(wasm))
        self._lock = threading.RLock()
        self.generation = 0
        self._instantiate()

    def _instantiate(self) -> None:
        engine = self._module.engine if hasattr(self._module, "engine") else _engine
        store = wasmtime.Store(engine)
        wasi = wasmtime.WasiConfig()  # no args, env, files; stdio discarded
        store.set_wasi(wasi)
        linker = wasmtime.Linker(store.engine)
        linker.define_wasi()
        inst = linker.instantiate(store, self._module)
        ex = inst.exports(store)
        init = cast(Optional[Callable[..., Any]], ex.get("_initialize"))
        if init is not None:
            init(store)
        self._store = store
        self._exports = ex
        self._memory: wasmtime.Memory = ex["memory"]  # type: ignore[assignment]
        self._alloc: Callable[..., Any] = ex["mr_alloc"]  # type: ignore[assignment]
        self._free: Callable[..., Any] = ex["mr_free"]  # type: ignore[assignment]
        self._funcs: dict[str, Any] = {}
        self._broken = False
        got = ex["mr_abi_version"](store)  # type: ignore[operator]
        if got != ABI_VERSION:
            raise MailroomError(
                "unsupported",
                f"mailroom.wasm speaks ABI version {got}, this binding speaks {ABI_VERSION}",
            )
        self.generation += 1

    def has(self, name: str) -> bool:
        return self._exports.get(name) is not None

    def call_raw(self, name: str, request: bytes) -> bytes:
        """Run export ``name`` over the request bytes; return the reply bytes."""
        with self._lock:
            if self._broken:
                self._instantiate()
            fn = self._funcs.get(name)
            if fn is None:
                fn = cast(Optional[Callable[..., Any]], self._exports.get(name))
                if fn is None:
                    raise MailroomError("unsupported", f"mailroom.wasm has no export {name}")
                self._funcs[name] = fn
            store, mem = self._store, self._memory
            try:
                # Every request is a live mr_alloc buffer, even an empty one:
                # the guest reads no memory it did not hand out.
                n = len(request)
                ptr = self._alloc(store, n) & 0xFFFFFFFF
                if not ptr:
                    raise MailroomError("internal", f"{name}: guest allocation of {n} bytes failed")
                if n:
                    mem.write(store, request, ptr)
                try:
                    packed = fn(store, ptr, n)
                finally:
                    self._free(store, ptr)
                packed &= 0xFFFFFFFFFFFFFFFF
                rptr, rlen = packed >> 32, packed & 0xFFFFFFFF
                reply = bytes(mem.read(store, rptr, rptr + rlen))
                self._free(store, rptr)
                return reply
            except MailroomError:
                raise
            except (wasmtime.Trap, wasmtime.ExitTrap) as e:
                self._broken = True
                raise MailroomError("internal", f"{name}: mailroom.wasm trapped: {e}") from e

    def call(self, name: str, request: Any) -> Any:
        """Call with a JSON-encodable request; return the reply's ``ok`` value."""
        body = request if isinstance(request, (bytes, bytearray)) else json.dumps(request, separators=(",", ":")).encode()
        return decode_reply(name, self.call_raw(name, bytes(body)))


def decode_reply(name: str, raw: bytes) -> Any:
    try:
        reply = json.loads(raw)
    except ValueError as e:
        raise MailroomError("internal", f"{name}: reply is not JSON") from e
    if isinstance(reply, dict):
        err = reply.get("err")
        if err is not None:
            raise MailroomError(str(err.get("code")), str(err.get("message")))
        if "ok" in reply:
            return reply["ok"]
    raise MailroomError("internal", f"{name}: reply has neither ok nor err")
