"""Durable state in sqlite (the standard library), crash-safe.

Every write is one transaction committed before the call returns, in WAL
mode with ``synchronous=FULL`` (a committed transaction survives a power
loss). Records are the core's wire objects (JSON text): the store keeps
them, the core decides over them.

:class:`SenderStore` is an agent's (hosts/mailroom/store's Sender
contract): per recipient its channel record (``client_sign``'s state,
written before the voucher leaves), its nonce counter, and the daily spend.
One process at a time owns it (an exclusive lock on ``<path>.lock``), as the
Go agent's store.

:class:`RecipientStore` is a recipient's (the Recipient contract), shared
by every worker process of a server: the channel records with a version
(a charge commits only if the record is still the one it was decided on:
the database decides between workers), the used nonces with their
fingerprints and answers, and the latest vouchers held per channel.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional, Union

from .errors import MailroomError

PathLike = Union[str, "os.PathLike[str]"]


def _connect(path: PathLike) -> sqlite3.Connection:
    try:
        c = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=FULL")
        c.execute("PRAGMA busy_timeout=30000")
    except sqlite3.Error as e:
        raise MailroomError("store_error", f"open {path}: {e}") from e
    return c


class _DB:
    def __init__(self, path: PathLike, schema: str, shared: bool = False) -> None:
        self.path = Path(path)
        self._c = _connect(self.path)
        self._lock = threading.RLock()
        # Processes sharing the file take turns on a lock file around each
        # write transaction: a waiter wakes the moment the writer is done,
        # where sqlite's own busy handler sleeps 1 to 100 ms between tries.
        self._wlock = open(str(self.path) + ".wlock", "a+") if shared else None
        try:
            self._c.executescript(schema)
        except sqlite3.Error as e:
            raise MailroomError("store_error", f"{self.path}: {e}") from e

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT), rolled back on error."""
        with self._lock:
            if self._wlock is not None:
                fcntl.flock(self._wlock, fcntl.LOCK_EX)
            try:
                try:
                    self._c.execute("BEGIN IMMEDIATE")
                except sqlite3.Error as e:
                    raise MailroomError("store_error", f"{self.path}: begin: {e}") from e
                try:
                    yield self._c
                except sqlite3.Error as e:
                    self._c.execute("ROLLBACK")
                    raise MailroomError("store_error", f"{self.path}: {e}") from e
                except BaseException:
                    self._c.execute("ROLLBACK")
                    raise
                try:
                    self._c.execute("COMMIT")
                except sqlite3.Error as e:
                    self._c.execute("ROLLBACK")
                    raise MailroomError("store_error", f"{self.path}: commit: {e}") from e
            finally:
                if self._wlock is not None:
                    fcntl.flock(self._wlock, fcntl.LOCK_UN)

    def query(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._c.execute(sql, args).fetchall()
            except sqlite3.Error as e:
                raise MailroomError("store_error", f"{self.path}: {e}") from e

    def close(self) -> None:
        with self._lock:
            self._c.close()
            if self._wlock is not None:
                self._wlock.close()

    def bind(self, chain: str) -> None:
        """Bind the store to one chain (its id and block 1's hash), or refuse
        a store kept from another one: a dev chain reset keeps chain id,
        contracts and channel ids, and records of the old chain would claim
        and pay what the new one never saw."""
        with self.tx() as c:
            row = c.execute("SELECT v FROM meta WHERE k = 'chain'").fetchone()
            if row is None:
                c.execute("INSERT INTO meta (k, v) VALUES ('chain', ?)", (chain,))
                return
        if row[0] != chain:
            raise MailroomError("store_error", f"{self.path} belongs to chain {row[0]}, not to {chain}: use another store")


_SENDER = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS outgoing (recipient TEXT PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS channels_in (recipient TEXT NOT NULL, asset TEXT NOT NULL, state TEXT NOT NULL,
    PRIMARY KEY (recipient, asset));
INSERT OR IGNORE INTO channels_in (recipient, asset, state) SELECT recipient, 'native', state FROM outgoing;
DELETE FROM outgoing;
CREATE TABLE IF NOT EXISTS nonces (recipient TEXT PRIMARY KEY, next INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS spend (day TEXT PRIMARY KEY, total TEXT NOT NULL);
"""
# ``outgoing`` is the table of stores from before token channels (every
# record in ETH): its rows move to ``channels_in`` as "native" on open.


class SenderStore:
    """An agent's durable records (see the module doc). ``path`` is a sqlite
    file, created when absent.

    A channel record is kept per recipient and asset (``"native"`` for ETH,
    else the token's EIP-55 address): the asset is the channel's, so an
    agent restarted on the store in one asset finds only its channel in that
    asset (a channel's vouchers count its own asset's units; a record in
    another one is never paid on)."""

    def __init__(self, path: PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lockf = open(str(self.path) + ".lock", "a+")
        try:
            fcntl.flock(self._lockf, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            self._lockf.close()
            raise MailroomError("store_error", f"{self.path} is in use by another process (lock {self.path}.lock)") from e
        self._db = _DB(self.path, _SENDER)

    def bind(self, chain: str) -> None:
        """See :meth:`RecipientStore.bind`."""
        self._db.bind(chain)

    def outgoing(self, recipient: str, asset: str = "native") -> Optional[dict[str, Any]]:
        """The record of the channel in ``asset`` to ``recipient`` (a ClientState), or None."""
        rows = self._db.query("SELECT state FROM channels_in WHERE recipient = ? AND asset = ?", (recipient, asset))
        return json.loads(rows[0][0]) if rows else None

    def put_outgoing(self, state: dict[str, Any], asset: str = "native") -> None:
        """Durably replace the record of the channel in ``asset`` to ``state["recipient"]``."""
        with self._db.tx() as c:
            c.execute("INSERT OR REPLACE INTO channels_in (recipient, asset, state) VALUES (?, ?, ?)",
                      (state["recipient"], asset, json.dumps(state, separators=(",", ":"))))

    def assets(self, recipient: str) -> list[str]:
        """The assets of the channel records kept to ``recipient``."""
        return [r[0] for r in self._db.query("SELECT asset FROM channels_in WHERE recipient = ? ORDER BY asset", (recipient,))]

    def next_nonce(self, recipient: str) -> int:
        """The recipient's nonce counter (0 first), durably incremented."""
        with self._db.tx() as c:
            row = c.execute("SELECT next FROM nonces WHERE recipient = ?", (recipient,)).fetchone()
            n = int(row[0]) if row else 0
            c.execute("INSERT OR REPLACE INTO nonces (recipient, next) VALUES (?, ?)", (recipient, n + 1))
        return n

    def spend(self, day: str, amount: int, limit: Optional[int]) -> None:
        """Add ``amount`` to ``day``'s total if it stays within ``limit`` (None:
        no limit), else ``budget_exceeded`` (and nothing is added)."""
        with self._db.tx() as c:
            row = c.execute("SELECT total FROM spend WHERE day = ?", (day,)).fetchone()
            total = int(row[0]) if row else 0
            if limit is not None and total + amount > limit:
                raise MailroomError("budget_exceeded", f"spending {amount} more on {day} exceeds the daily budget {limit} "
                                    f"({total} spent; base units: wei, or the token's after the date)")
            c.execute("INSERT OR REPLACE INTO spend (day, total) VALUES (?, ?)", (day, str(total + amount)))

    def refund(self, day: str, amount: int) -> None:
        """Subtract ``amount`` from ``day``'s total (not below 0)."""
        with self._db.tx() as c:
            row = c.execute("SELECT total FROM spend WHERE day = ?", (day,)).fetchone()
            total = max(0, (int(row[0]) if row else 0) - amount)
            c.execute("INSERT OR REPLACE INTO spend (day, total) VALUES (?, ?)", (day, str(total)))

    def spent(self, day: str) -> int:
        """``day``'s total."""
        rows = self._db.query("SELECT total FROM spend WHERE day = ?", (day,))
        return int(rows[0][0]) if rows else 0

    def close(self) -> None:
        """Close the database and release the lock."""
        self._db.close()
        self._lockf.close()


_RECIPIENT = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS channels (id TEXT PRIMARY KEY, sender TEXT NOT NULL, rec TEXT NOT NULL,
    version INTEGER NOT NULL, closing INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS channels_sender ON channels (sender);
CREATE TABLE IF NOT EXISTS nonces (sender TEXT NOT NULL, nonce TEXT NOT NULL, expiry INTEGER NOT NULL,
    fingerprint TEXT NOT NULL, answer TEXT, lease_until REAL NOT NULL, PRIMARY KEY (sender, nonce));
CREATE INDEX IF NOT EXISTS nonces_expiry ON nonces (expiry);
CREATE TABLE IF NOT EXISTS held (channel TEXT NOT NULL, seq INTEGER PRIMARY KEY AUTOINCREMENT,
    amount TEXT NOT NULL, signature TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS held_channel ON held (channel, seq);
"""

MAX_HELD = 32
"""The latest vouchers kept per channel for rollbacks (core/recipient MaxHeld)."""


class Conflict(Exception):
    """A commit lost a race: the nonce was used, or the channel record changed."""


class RecipientStore:
    """A recipient's durable records (see the module doc), shared by every
    process that opens the same file."""

    def __init__(self, path: PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = _DB(self.path, _RECIPIENT, shared=True)

    def bind(self, chain: str) -> None:
        """Bind the store to one chain (``"<chain id>/<block 1 hash>"``), or
        refuse (``store_error``) a store kept from another chain."""
        self._db.bind(chain)

    def channel(self, channel_id: str) -> Optional[tuple[dict[str, Any], int, bool]]:
        """(record, version, closing) of a channel, or None."""
        rows = self._db.query("SELECT rec, version, closing FROM channels WHERE id = ?", (channel_id,))
        return (json.loads(rows[0][0]), int(rows[0][1]), bool(rows[0][2])) if rows else None

    def version(self, channel_id: str) -> int:
        """The channel record's version (-1: none)."""
        rows = self._db.query("SELECT version FROM channels WHERE id = ?", (channel_id,))
        return int(rows[0][0]) if rows else -1

    def latest_of(self, sender: str) -> Optional[dict[str, Any]]:
        """The sender's most recently changed channel record (for corrections)."""
        rows = self._db.query("SELECT rec FROM channels WHERE sender = ? ORDER BY rowid DESC LIMIT 1", (sender,))
        return json.loads(rows[0][0]) if rows else None

    def channels(self) -> list[tuple[dict[str, Any], int, bool]]:
        """Every channel record with its version and closing flag."""
        return [(json.loads(r[0]), int(r[1]), bool(r[2])) for r in self._db.query("SELECT rec, version, closing FROM channels")]

    def held(self, channel_id: str) -> list[dict[str, str]]:
        """The latest vouchers held on the channel, oldest first."""
        rows = self._db.query("SELECT amount, signature FROM held WHERE channel = ? ORDER BY seq DESC LIMIT ?", (channel_id, MAX_HELD))
        return [{"amount": a, "signature": s} for a, s in reversed(rows)]

    def used(self, sender: str, nonce: str, now: float) -> Optional[dict[str, Any]]:
        """What is known of a used (sender, nonce), in the snapshot's form:
        ``inFlight`` while a worker holds its lease without an answer, else
        ``stored`` (with the answer when one was recorded)."""
        rows = self._db.query("SELECT fingerprint, answer, lease_until FROM nonces WHERE sender = ? AND nonce = ?", (sender, nonce))
        if not rows:
            return None
        fp, answer, lease = rows[0]
        u: dict[str, Any] = {"fingerprint": fp}
        if answer is not None:
            u["stored"] = True
            u["answer"] = json.loads(answer)
        elif lease > now:
            u["inFlight"] = True
        else:
            u["stored"] = True
        return u

    def commit_charge(self, served: dict[str, Any], nxt: dict[str, Any], version: int, lease_until: float) -> int:
        """In one transaction: insert the nonce record, update the channel
        record if it is still at ``version`` (-1: absent), hold the voucher.
        Returns the new version; :class:`Conflict` when another request won."""
        cid = nxt["id"]
        with self._db.tx() as c:
            try:
                c.execute("INSERT INTO nonces (sender, nonce, expiry, fingerprint, answer, lease_until) VALUES (?, ?, ?, ?, NULL, ?)",
                          (served["sender"], served["nonce"], int(served["nonceExpiry"]), served["fingerprint"], lease_until))
            except sqlite3.IntegrityError as e:
                raise Conflict("nonce") from e
            rec = json.dumps(nxt, separators=(",", ":"))
            if version < 0:
                try:
                    c.execute("INSERT INTO channels (id, sender, rec, version) VALUES (?, ?, ?, 0)", (cid, nxt["sender"], rec))
                except sqlite3.IntegrityError as e:
                    raise Conflict("channel") from e
                new = 0
            else:
                cur = c.execute("UPDATE channels SET rec = ?, sender = ?, version = version + 1 WHERE id = ? AND version = ?",
                                (rec, nxt["sender"], cid, version))
                if cur.rowcount != 1:
                    raise Conflict("channel")
                new = version + 1
            c.execute("INSERT INTO held (channel, amount, signature) VALUES (?, ?, ?)", (cid, served["cumulativeAmount"], served["signature"]))
            c.execute("DELETE FROM held WHERE channel = ? AND seq NOT IN (SELECT seq FROM held WHERE channel = ? ORDER BY seq DESC LIMIT ?)",
                      (cid, cid, MAX_HELD))
        return new

    def take_lease(self, sender: str, nonce: str, now: float, lease_until: float) -> bool:
        """Take over an unanswered request whose lease ran out (to run it
        again under its recorded charge); False when another worker has it."""
        with self._db.tx() as c:
            cur = c.execute("UPDATE nonces SET lease_until = ? WHERE sender = ? AND nonce = ? AND answer IS NULL AND lease_until <= ?",
                            (lease_until, sender, nonce, now))
            return cur.rowcount == 1

    def put_answer(self, sender: str, nonce: str, answer: dict[str, Any]) -> None:
        """Record the answer of an accepted request, for its retries."""
        with self._db.tx() as c:
            c.execute("UPDATE nonces SET answer = ? WHERE sender = ? AND nonce = ?", (json.dumps(answer, separators=(",", ":")), sender, nonce))

    def commit_failure(self, sender: str, nonce: str, answer: dict[str, Any], rollback: dict[str, Any], version: int) -> bool:
        """In one transaction: the failure answer and the rolled-back channel
        record, if the record is still at ``version``; False otherwise."""
        with self._db.tx() as c:
            cur = c.execute("UPDATE channels SET rec = ?, version = version + 1 WHERE id = ? AND version = ?",
                            (json.dumps(rollback, separators=(",", ":")), rollback["id"], version))
            if cur.rowcount != 1:
                raise Conflict("channel")
            c.execute("UPDATE nonces SET answer = ? WHERE sender = ? AND nonce = ?", (json.dumps(answer, separators=(",", ":")), sender, nonce))
        return True

    def put_channel(self, rec: dict[str, Any], version: int) -> None:
        """Replace a channel record if still at ``version`` (:class:`Conflict` otherwise)."""
        with self._db.tx() as c:
            cur = c.execute("UPDATE channels SET rec = ?, version = version + 1 WHERE id = ? AND version = ?",
                            (json.dumps(rec, separators=(",", ":")), rec["id"], version))
            if cur.rowcount != 1:
                raise Conflict("channel")

    def set_closing(self, channel_id: str, closing: bool) -> None:
        """Mark a channel as closing (no new work on it) or not."""
        with self._db.tx() as c:
            c.execute("UPDATE channels SET closing = ?, version = version + 1 WHERE id = ?", (1 if closing else 0, channel_id))

    def prune(self, now: int) -> int:
        """Delete the nonce records that expired at or before ``now``."""
        with self._db.tx() as c:
            return c.execute("DELETE FROM nonces WHERE expiry <= ?", (now,)).rowcount

    def close(self) -> None:
        self._db.close()
