"""Revisions: every change to an entity stores who, when, where and a full snapshot."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
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
    return time_ordered_ids(1)[0]


_RANDOM_BITS = 74  # a UUIDv7 holds 48 clock bits, 4 version, 12 + 62 random, 2 variant


def time_ordered_ids(count: int) -> list[str]:
    """``count`` ids as :func:`time_ordered_id` makes them, for bulk writes: one read of the
    random source and hex formatting by hand (``uuid.UUID`` costs more than the insert).

    Order is kept on the 122 free bits (clock then random); the fixed version and variant
    bits are laid in afterwards, so they cannot reorder two ids.
    """
    global _last_rev_id
    clock = (time.time_ns() // 1_000_000) << _RANDOM_BITS
    noise = os.urandom(10 * count)
    last = _last_rev_id
    ids = []
    for i in range(count):
        last = max(clock | int.from_bytes(noise[10 * i:10 * i + 10], "big") >> 6, last + 1)
        value = (last >> _RANDOM_BITS) << 80 | 0x7 << 76 | (last >> 62 & 0xFFF) << 64 | 0x2 << 62 \
            | last & (1 << 62) - 1
        h = f"{value:032x}"
        ids.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    _last_rev_id = last
    return ids


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def new_revision_row(entity_type: str, entity_id: str, seq: int, parent: str | None, op: str, actor: Actor,
                     ts: str, snapshot_json: str, provenance: dict[str, Any] | None = None) -> tuple[Any, ...]:
    """A row for ``revisions`` in column order; callers batch these with executemany."""
    return (time_ordered_id(), entity_type, entity_id, seq, parent, op, actor.user, actor.department,
            actor.workstation, ts, snapshot_json, json.dumps(provenance) if provenance else None)


def first_revision_rows(entity_type: str, snapshots: list[tuple[str, str]], op: str, actor: Actor, ts: str,
                        provenance: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """Rows for the first revision of many new entities, ``snapshots`` being (entity id,
    snapshot JSON) pairs: the bulk form of :func:`new_revision_row` (seq 1, no parent)."""
    prov = json.dumps(provenance) if provenance else None
    user, department, workstation = actor.user, actor.department, actor.workstation
    return [(rev_id, entity_type, entity_id, 1, None, op, user, department, workstation, ts, snap, prov)
            for rev_id, (entity_id, snap) in zip(time_ordered_ids(len(snapshots)), snapshots, strict=True)]


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
