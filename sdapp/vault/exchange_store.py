"""Revision graphs of exchanged records, read and written with their revision ids intact.

Exchanging register data between workstations (issue 8) moves whole histories: a record's
revisions keep the ids they were made with, so the next exchange finds the common ancestor
by id, and importing the same pack twice finds everything known. This module is the vault
side of that: reading a record's revisions as a graph, storing received revisions (numbered
locally: ``seq`` is per vault), writing merge revisions (``merge_parent`` names the other
side's head) and moving a record's head, listing columns included. Callers hold the
transaction; the exchange rules live in :mod:`sdapp.core.merge` and :mod:`sdapp.packs.exchange`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sdapp.core.model import Dependency
from sdapp.vault.db import Connection
from sdapp.vault.dependencies import search_text
from sdapp.vault.errors import NotFound, VaultError
from sdapp.vault.revisions import Actor, now_iso, time_ordered_id

DEPENDENCY, ASSESSMENT, OPTION = "dependency", "assessment", "action_option"
ENTITY_TYPES = (DEPENDENCY, ASSESSMENT, OPTION)  # the order records are applied in (children after parents)
TABLES = {DEPENDENCY: "dependencies", ASSESSMENT: "assessments", OPTION: "action_options"}
MERGE_OP = "merge"

_REV_COLUMNS = ("rev_id, parent_rev, merge_parent, seq, op, author, department, workstation, ts, snapshot,"
                " provenance")


def snapshot_text(snapshot: Mapping[str, Any]) -> str:
    """The stored form of a snapshot (as every repository writes it): sorted keys, UTF-8 as is."""
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True)


def content_hash(snapshot: Mapping[str, Any]) -> str:
    """SHA-256 of the stored form: an exchange pack carries it per revision to prove the
    snapshot is the one that revision id was made with."""
    return hashlib.sha256(snapshot_text(snapshot).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainRevision:
    """One revision of a record as exchanged: its place in the graph and the full snapshot.

    ``deleted`` is whether the record was in the bin at this revision; ``seq`` is the number
    in the vault it was read from (each vault numbers its own)."""

    rev_id: str
    parent_rev: str | None
    merge_parent: str | None
    seq: int
    op: str
    author: str
    department: str
    workstation: str
    ts: str
    snapshot: dict[str, Any]
    provenance: dict[str, Any] | None
    deleted: bool

    @property
    def parents(self) -> tuple[str, ...]:
        return tuple(p for p in (self.parent_rev, self.merge_parent) if p)


@dataclass(frozen=True)
class Head:
    rev_id: str
    deleted: bool
    dependency_id: str


def _deleted_after(entity_type: str, op: str, provenance: Mapping[str, Any] | None, parent_deleted: bool) -> bool:
    """Whether a revision leaves the record in the bin. The repositories keep the bin state in
    the table, not the snapshot; this reads it back from the operations: a delete bins, a
    create or restore brings back, an edit of a dependency brings it back too (its repository
    does so), other edits keep the state, a merge revision says in its provenance."""
    if op == "delete":
        return True
    if op == MERGE_OP:
        return bool(((provenance or {}).get("merge") or {}).get("deleted", parent_deleted))
    if op in ("create", "restore"):
        return False
    if entity_type == DEPENDENCY:
        return False
    return parent_deleted


class ExchangeStore:
    """Revision graphs for the exchange. Callers hold ``vault.transaction()`` for writes."""

    def __init__(self, conn: Connection, actor: Actor) -> None:
        self._conn = conn
        self._actor = actor

    # reading -----------------------------------------------------------------------------------
    def head(self, entity_type: str, entity_id: str) -> Head | None:
        table = TABLES[entity_type]
        dep = "id" if entity_type == DEPENDENCY else "dependency_id"
        row = self._conn.execute(f"SELECT head_rev, deleted, {dep} FROM {table} WHERE id = ?", (entity_id,)).fetchone()
        return Head(str(row[0]), bool(row[1]), str(row[2])) if row else None

    def heads(self, entity_type: str) -> dict[str, Head]:
        """Every record of one type (binned ones too) with its head."""
        table = TABLES[entity_type]
        dep = "id" if entity_type == DEPENDENCY else "dependency_id"
        return {str(r[0]): Head(str(r[1]), bool(r[2]), str(r[3]))
                for r in self._conn.execute(f"SELECT id, head_rev, deleted, {dep} FROM {table}")}

    def children(self, dep_ids: Iterable[str]) -> dict[str, list[str]]:
        """The assessments and action options of the given dependencies (binned ones too), by type."""
        wanted = set(dep_ids)
        out: dict[str, list[str]] = {ASSESSMENT: [], OPTION: []}
        for entity_type in (ASSESSMENT, OPTION):
            for r in self._conn.execute(f"SELECT id, dependency_id FROM {TABLES[entity_type]} ORDER BY rowid"):
                if r[1] in wanted:
                    out[entity_type].append(str(r[0]))
        return out

    def revision_ids(self, entity_type: str, entity_id: str) -> set[str]:
        return {str(r[0]) for r in self._conn.execute(
            "SELECT rev_id FROM revisions WHERE entity_type = ? AND entity_id = ?", (entity_type, entity_id))}

    def known(self, rev_ids: Iterable[str]) -> set[str]:
        """Which of ``rev_ids`` this vault has, for any record."""
        ids = list(rev_ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            found |= {str(r[0]) for r in self._conn.execute(
                f"SELECT rev_id FROM revisions WHERE rev_id IN ({','.join('?' * len(part))})", part)}
        return found

    def chain(self, entity_type: str, entity_id: str) -> list[ChainRevision]:
        """All revisions of a record, oldest first, with the bin state after each."""
        rows = self._conn.execute(
            f"SELECT {_REV_COLUMNS} FROM revisions WHERE entity_type = ? AND entity_id = ? ORDER BY seq",
            (entity_type, entity_id)).fetchall()
        head = self.head(entity_type, entity_id)
        states: dict[str, bool] = {}
        out: list[ChainRevision] = []
        for r in rows:
            provenance = json.loads(r[10]) if r[10] else None
            parent_deleted = states.get(r[1] or "", False)
            deleted = _deleted_after(entity_type, str(r[4]), provenance, parent_deleted)
            if head is not None and r[0] == head.rev_id:
                deleted = head.deleted  # the table is the authority for the current state
            states[str(r[0])] = deleted
            out.append(ChainRevision(str(r[0]), r[1], r[2], int(r[3]), str(r[4]), str(r[5]), str(r[6]), str(r[7]),
                                     str(r[8]), json.loads(r[9]), provenance, deleted))
        return out

    # writing -----------------------------------------------------------------------------------
    def _next_seq(self, entity_type: str, entity_id: str) -> int:
        seq = self._conn.execute("SELECT max(seq) FROM revisions WHERE entity_type = ? AND entity_id = ?",
                                 (entity_type, entity_id)).fetchone()[0]
        return int(seq or 0) + 1

    def store_received(self, entity_type: str, entity_id: str, revisions: Sequence[ChainRevision],
                       hop: Mapping[str, Any]) -> int:
        """Store revisions made elsewhere under their own ids, parents first, numbered after this
        vault's own; ``hop`` (pack, signer, source workstation) is added to each one's provenance.
        Revisions known already are skipped. Returns how many were stored."""
        known = self.revision_ids(entity_type, entity_id)
        clash = self.known(r.rev_id for r in revisions if r.rev_id not in known)
        if clash:
            raise VaultError(f"revision {sorted(clash)[0]} belongs to another record here; the pack is not "
                             "consistent with this vault")
        seq = self._next_seq(entity_type, entity_id)
        stored = 0
        for rev in revisions:
            if rev.rev_id in known:
                continue
            provenance = dict(rev.provenance or {})
            provenance["exchange_hops"] = [*provenance.get("exchange_hops", []), dict(hop)]
            self._conn.execute(
                "INSERT INTO revisions (rev_id, entity_type, entity_id, seq, parent_rev, merge_parent, op, author,"
                " department, workstation, ts, snapshot, provenance) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (rev.rev_id, entity_type, entity_id, seq, rev.parent_rev, rev.merge_parent, rev.op, rev.author,
                 rev.department, rev.workstation, rev.ts, snapshot_text(rev.snapshot),
                 json.dumps(provenance, ensure_ascii=False, sort_keys=True)))
            known.add(rev.rev_id)
            seq += 1
            stored += 1
        return stored

    def write_merge(self, entity_type: str, entity_id: str, snapshot: Mapping[str, Any], parent: str,
                    merge_parent: str, provenance: Mapping[str, Any]) -> ChainRevision:
        """A merge revision by this vault's user: ``parent`` is the local head, ``merge_parent``
        the incoming one; ``provenance["merge"]["deleted"]`` carries the merged bin state."""
        rev = ChainRevision(time_ordered_id(), parent, merge_parent, self._next_seq(entity_type, entity_id), MERGE_OP,
                            self._actor.user, self._actor.department, self._actor.workstation, now_iso(),
                            dict(snapshot), dict(provenance), bool(provenance["merge"]["deleted"]))
        self._conn.execute(
            "INSERT INTO revisions (rev_id, entity_type, entity_id, seq, parent_rev, merge_parent, op, author,"
            " department, workstation, ts, snapshot, provenance) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rev.rev_id, entity_type, entity_id, rev.seq, parent, merge_parent, MERGE_OP, rev.author,
             rev.department, rev.workstation, rev.ts, snapshot_text(snapshot),
             json.dumps(provenance, ensure_ascii=False, sort_keys=True)))
        return rev

    def move_head(self, entity_type: str, entity_id: str, rev: ChainRevision) -> None:
        """Make ``rev`` (stored already) the record's current version, creating the row if new."""
        if not self._conn.execute("SELECT 1 FROM revisions WHERE rev_id = ? AND entity_type = ? AND entity_id = ?",
                                  (rev.rev_id, entity_type, entity_id)).fetchone():
            raise NotFound(f"revision {rev.rev_id} of {entity_id} is not stored")
        exists = self.head(entity_type, entity_id) is not None
        snap, deleted, ts = rev.snapshot, int(rev.deleted), rev.ts
        if entity_type == DEPENDENCY:
            dep = Dependency.from_dict(snap)
            values = (dep.name, dep.kind, dep.domain, dep.lead_ministry, dep.status, dep.classification, deleted, ts,
                      rev.rev_id, search_text(dep), ";".join(dep.eu_lists),
                      dep.review_date.isoformat() if dep.review_date else "")
            if exists:
                self._conn.execute(
                    "UPDATE dependencies SET name=?, kind=?, domain=?, lead_ministry=?, status=?, classification=?,"
                    " deleted=?, updated_at=?, head_rev=?, search_text=?, eu_lists=?, review_date=? WHERE id=?",
                    (*values, entity_id))
            else:
                self._conn.execute(
                    "INSERT INTO dependencies (name, kind, domain, lead_ministry, status, classification, deleted,"
                    " updated_at, head_rev, search_text, eu_lists, review_date, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*values, entity_id))
        elif entity_type == ASSESSMENT:
            values2 = (str(snap["dependency_id"]), str(snap["assessed_on"]), deleted, ts, rev.rev_id,
                       snapshot_text(snap))
            if exists:
                self._conn.execute("UPDATE assessments SET dependency_id=?, assessed_on=?, deleted=?, updated_at=?,"
                                   " head_rev=?, data=? WHERE id=?", (*values2, entity_id))
            else:
                self._conn.execute("INSERT INTO assessments (dependency_id, assessed_on, deleted, updated_at, head_rev,"
                                   " data, id) VALUES (?,?,?,?,?,?,?)", (*values2, entity_id))
        elif entity_type == OPTION:
            values3 = (str(snap["dependency_id"]), str(snap["status"]), deleted, ts, rev.rev_id, snapshot_text(snap))
            if exists:
                self._conn.execute("UPDATE action_options SET dependency_id=?, status=?, deleted=?, updated_at=?,"
                                   " head_rev=?, data=? WHERE id=?", (*values3, entity_id))
            else:
                self._conn.execute("INSERT INTO action_options (dependency_id, status, deleted, updated_at, head_rev,"
                                   " data, id) VALUES (?,?,?,?,?,?,?)", (*values3, entity_id))
        else:
            raise VaultError(f"records of type {entity_type!r} are not exchanged")
