"""Revisions: every change to an entity stores who, when, where and a full snapshot."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
import uuid
from dataclasses import dataclass
from typing import Any

from sdapp.vault.db import Connection


@dataclass(frozen=True)
class Actor:
    """Who makes changes: the unlocked slot's user, department and this workstation."""

    user: str
    department: str
    workstation: str


@dataclass(frozen=True)
class Revision:
    rev_id: str
    entity_type: str
    entity_id: str
    seq: int
    parent_rev: str | None
    op: str  # create | update | delete | restore | import
    author: str
    department: str
    workstation: str
    ts: str
    snapshot: dict[str, Any]
    provenance: dict[str, Any] | None


_last_rev_id = 0


def time_ordered_id() -> str:
    """A UUIDv7-style id (48-bit millisecond clock, then random bits), strictly increasing in
    this process: revisions append to the primary-key B-tree instead of landing at random."""
    global _last_rev_id
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    value = max(value, _last_rev_id + 1)
    _last_rev_id = value
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return str(uuid.UUID(int=value))


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def new_revision_row(entity_type: str, entity_id: str, seq: int, parent: str | None, op: str, actor: Actor,
                     ts: str, snapshot_json: str, provenance: dict[str, Any] | None = None) -> tuple[Any, ...]:
    """A row for ``revisions`` in column order; callers batch these with executemany."""
    return (time_ordered_id(), entity_type, entity_id, seq, parent, op, actor.user, actor.department,
            actor.workstation, ts, snapshot_json, json.dumps(provenance) if provenance else None)


INSERT_REVISION = (
    "INSERT INTO revisions (rev_id, entity_type, entity_id, seq, parent_rev, op, author, department,"
    " workstation, ts, snapshot, provenance) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)


def history(conn: Connection, entity_type: str, entity_id: str) -> list[Revision]:
    """All revisions of one entity, newest first."""
    rows = conn.execute(
        "SELECT rev_id, entity_type, entity_id, seq, parent_rev, op, author, department, workstation, ts,"
        " snapshot, provenance FROM revisions WHERE entity_type = ? AND entity_id = ? ORDER BY seq DESC",
        (entity_type, entity_id),
    ).fetchall()
    return [
        Revision(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], json.loads(r[10]),
                 json.loads(r[11]) if r[11] else None)
        for r in rows
    ]


def field_diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Fields whose values differ between two snapshots, as (field, old, new), in key order."""
    keys = sorted(set(old) | set(new))
    return [(k, old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)]
