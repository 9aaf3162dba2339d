"""Append-only, hash-chained audit log.

Each entry's hash is HMAC-SHA256, under a key derived from the data key, over the previous
hash and the entry's fields. Editing, deleting or reordering any row breaks the chain from
that row on; without the data key nobody can forge a consistent chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sdapp.vault.db import Connection

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: str
    actor: str
    workstation: str
    action: str
    entity_type: str
    entity_id: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


def chain_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"sdapp audit chain").derive(data_key)


def _digest(key: bytes, prev: str, seq: int, ts: str, actor: str, workstation: str, action: str,
            entity_type: str, entity_id: str, detail: str) -> str:
    payload = json.dumps([prev, seq, ts, actor, workstation, action, entity_type, entity_id, detail],
                         ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


class AuditLog:
    def __init__(self, conn: Connection, key: bytes, actor: str, workstation: str) -> None:
        self._conn = conn
        self._key = key
        self.actor = actor
        self.workstation = workstation

    def append(self, action: str, entity_type: str = "", entity_id: str = "",
               detail: dict[str, Any] | None = None) -> None:
        """Add one entry. Call inside the transaction of the change it records."""
        row = self._conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
        ts = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
        digest = _digest(self._key, prev, seq, ts, self.actor, self.workstation, action, entity_type,
                         entity_id, detail_text)
        self._conn.execute(
            "INSERT INTO audit (seq, ts, actor, workstation, action, entity_type, entity_id, detail,"
            " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (seq, ts, self.actor, self.workstation, action, entity_type, entity_id, detail_text, prev, digest),
        )

    def entries(self, limit: int | None = None) -> list[AuditEntry]:
        sql = "SELECT seq, ts, actor, workstation, action, entity_type, entity_id, detail, prev_hash, hash" \
              " FROM audit ORDER BY seq DESC"
        rows = self._conn.execute(sql + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9]) for r in rows]

    def verify(self) -> list[str]:
        """Every break in the chain, as text; empty when the log is intact."""
        problems = []
        prev, expected_seq = GENESIS, 1
        for r in self._conn.execute(
            "SELECT seq, ts, actor, workstation, action, entity_type, entity_id, detail, prev_hash, hash"
            " FROM audit ORDER BY seq"
        ):
            seq = r[0]
            if seq != expected_seq:
                problems.append(f"audit entry {expected_seq} is missing")
            if r[8] != prev:
                problems.append(f"audit entry {seq} does not follow the previous entry")
            if _digest(self._key, r[8], seq, r[1], r[2], r[3], r[4], r[5], r[6], r[7]) != r[9]:
                problems.append(f"audit entry {seq} was altered")
            prev, expected_seq = r[9], seq + 1
        return problems
