"""Repository of dependencies: validated writes, a revision per change, audit entries."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, NamedTuple

from sdapp.core.model import Dependency, validate_dependency
from sdapp.core.reference import ReferenceData
from sdapp.vault.audit import AuditLog
from sdapp.vault.db import Connection
from sdapp.vault.errors import NotFound, RecordInvalid
from sdapp.vault.revisions import (
    INSERT_REVISION,
    Actor,
    Revision,
    first_revision_rows,
    history,
    new_revision_row,
    now_iso,
)

ENTITY = "dependency"

_COLUMNS = "id, name, kind, domain, lead_ministry, status, classification, deleted, updated_at, head_rev," \
           " search_text, eu_lists, review_date"
_LISTING = "id, name, kind, domain, lead_ministry, status, classification, updated_at, search_text, eu_lists," \
           " review_date"


class RegisterRow(NamedTuple):
    """The columns the register table shows, read without parsing JSON (a tuple: cheap at 100k).

    ``eu_lists`` is the stored ``;``-joined text; :meth:`eu_list_slugs` splits it.
    """

    id: str
    name: str
    kind: str
    domain: str
    lead_ministry: str
    status: str
    classification: str
    updated_at: str
    search_text: str
    eu_lists: str
    review_date: str

    def eu_list_slugs(self) -> tuple[str, ...]:
        return tuple(self.eu_lists.split(";")) if self.eu_lists else ()


def list_rows(conn: Connection, deleted: bool = False, limit: int | None = None) -> list[RegisterRow]:
    """Register rows ordered by name; works on any keyed connection (e.g. a reader thread's)."""
    sql = f"SELECT {_LISTING} FROM dependencies WHERE deleted = ? ORDER BY name COLLATE NOCASE"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return list(map(RegisterRow._make, conn.execute(sql, (1 if deleted else 0,))))


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int


def search_text(dep: Dependency) -> str:
    return " ".join([dep.name, dep.description, *dep.cn_codes, *dep.tags]).lower()


_SNAPSHOT_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # json.dumps would build one a call
_by_id = attrgetter("id")


def snapshot_json(dep: Dependency) -> str:
    """The canonical stored form (sorted keys), so an unchanged record compares equal."""
    return _SNAPSHOT_ENCODER.encode(dep.to_dict())


class DependencyRepository:
    def __init__(self, conn: Connection, audit: AuditLog, actor: Actor, ref: ReferenceData) -> None:
        self._conn = conn
        self._audit = audit
        self._actor = actor
        self._ref = ref

    # reading ----------------------------------------------------------------------
    def get(self, dep_id: str, include_deleted: bool = False) -> Dependency:
        row = self._conn.execute("SELECT r.snapshot, p.deleted FROM dependencies p"
                                 " JOIN revisions r ON r.rev_id = p.head_rev WHERE p.id = ?", (dep_id,)).fetchone()
        if row is None or (row[1] and not include_deleted):
            raise NotFound(f"no dependency with id {dep_id}")
        return Dependency.from_dict(json.loads(row[0]))

    def is_deleted(self, dep_id: str) -> bool:
        row = self._conn.execute("SELECT deleted FROM dependencies WHERE id = ?", (dep_id,)).fetchone()
        if row is None:
            raise NotFound(f"no dependency with id {dep_id}")
        return bool(row[0])

    def all(self, include_deleted: bool = False) -> list[Dependency]:
        sql = "SELECT r.snapshot FROM dependencies p JOIN revisions r ON r.rev_id = p.head_rev" + \
            ("" if include_deleted else " WHERE p.deleted = 0") + " ORDER BY p.name"
        return [Dependency.from_dict(json.loads(r[0])) for r in self._conn.execute(sql)]

    def rows(self, deleted: bool = False, limit: int | None = None) -> list[RegisterRow]:
        return list_rows(self._conn, deleted, limit)

    def row(self, dep_id: str) -> RegisterRow | None:
        """One register row (for refreshing a single line of the table); None if absent or binned."""
        r = self._conn.execute(f"SELECT {_LISTING} FROM dependencies WHERE id = ? AND deleted = 0",
                               (dep_id,)).fetchone()
        return RegisterRow._make(r) if r else None

    def count(self, deleted: bool = False) -> int:
        """Records in the register, or with ``deleted`` those in the bin."""
        return int(self._conn.execute("SELECT count(*) FROM dependencies WHERE deleted = ?",
                                      (1 if deleted else 0,)).fetchone()[0])

    def history(self, dep_id: str) -> list[Revision]:
        return history(self._conn, ENTITY, dep_id)

    def exists(self, dep_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM dependencies WHERE id = ?", (dep_id,)).fetchone() is not None

    # writing (callers hold the transaction) --------------------------------------
    def validate(self, dep: Dependency) -> None:
        errors = validate_dependency(dep, self._ref)
        if errors:
            raise RecordInvalid([(e.field, e.reason) for e in errors], errors)

    def add(self, dep: Dependency) -> None:
        self.validate(dep)
        if self.exists(dep.id):
            raise RecordInvalid([("id", f"a dependency with id {dep.id} exists already")])
        self._write_new([dep], op="create")
        self._audit.append("create", ENTITY, dep.id, {"name": dep.name})

    def update(self, dep: Dependency, op: str = "update") -> bool:
        """Store ``dep`` as the new version; False (and no revision) when nothing changed."""
        self.validate(dep)
        row = self._conn.execute("SELECT r.snapshot, p.head_rev, p.deleted FROM dependencies p"
                                 " JOIN revisions r ON r.rev_id = p.head_rev WHERE p.id = ?", (dep.id,)).fetchone()
        if row is None:
            raise NotFound(f"no dependency with id {dep.id}")
        new_json = snapshot_json(dep)
        if new_json == row[0] and not (op == "restore" and row[2]):
            return False
        self._write_version(dep, new_json, row[1], op, deleted=False)
        self._audit.append(op, ENTITY, dep.id, {"name": dep.name})
        return True

    def delete(self, dep_id: str) -> None:
        """Move to the bin: the record stays, marked deleted, with a revision saying so."""
        dep = self.get(dep_id)
        row = self._conn.execute("SELECT head_rev FROM dependencies WHERE id = ?", (dep_id,)).fetchone()
        self._write_version(dep, snapshot_json(dep), row[0], "delete", deleted=True)
        self._audit.append("delete", ENTITY, dep_id, {"name": dep.name})

    def restore(self, dep_id: str) -> None:
        """Bring a record back from the bin."""
        dep = self.get(dep_id, include_deleted=True)
        if not self.is_deleted(dep_id):
            return
        self.update(dep, op="restore")

    def restore_revision(self, dep_id: str, rev_id: str) -> bool:
        """Make an earlier revision's snapshot the current version (a new revision)."""
        for rev in self.history(dep_id):
            if rev.rev_id == rev_id:
                return self.update(Dependency.from_dict(rev.snapshot), op="update")
        raise NotFound(f"dependency {dep_id} has no revision {rev_id}")

    def add_many(self, deps: Iterable[Dependency], op: str = "create") -> int:
        """Bulk insert of new records: one revision each, one audit entry for the batch."""
        batch = list(deps)
        for dep in batch:
            self.validate(dep)
        self._write_new(batch, op=op)
        self._audit.append("bulk-" + op, ENTITY, "", {"count": len(batch)})
        return len(batch)

    def upsert_many(self, deps: Iterable[Dependency], source: str) -> ImportSummary:
        """Import: new ids are created, known ids updated; validated before anything is written."""
        batch = list(deps)
        errors: list[tuple[str, str]] = []
        for i, dep in enumerate(batch):
            errors.extend((f"record {i + 1} {e.field}", e.reason) for e in validate_dependency(dep, self._ref))
        if errors:
            raise RecordInvalid(errors)
        existing = {r[0]: (r[1], r[2]) for r in self._conn.execute(
            "SELECT p.id, r.snapshot, p.head_rev FROM dependencies p JOIN revisions r ON r.rev_id = p.head_rev")}
        new, changed, same = [], 0, 0
        for dep in batch:
            if dep.id not in existing:
                new.append(dep)
                continue
            data, head = existing[dep.id]
            new_json = snapshot_json(dep)
            if new_json == data:
                same += 1
            else:
                self._write_version(dep, new_json, head, "import", deleted=False, provenance={"source": source})
                changed += 1
        self._write_new(new, op="import", provenance={"source": source})
        self._audit.append("import", ENTITY, "", {"source": source, "created": len(new), "updated": changed,
                                                  "unchanged": same})
        return ImportSummary(created=len(new), updated=changed, unchanged=same)

    # internals ----------------------------------------------------------------------
    def _write_new(self, deps: list[Dependency], op: str, provenance: dict[str, Any] | None = None) -> None:
        ts = now_iso()
        ordered = sorted(deps, key=_by_id)  # key order: appends instead of random B-tree inserts
        rev_rows = first_revision_rows(ENTITY, [(dep.id, snapshot_json(dep)) for dep in ordered], op,
                                       self._actor, ts, provenance)
        dep_rows = [(dep.id, dep.name, dep.kind, dep.domain, dep.lead_ministry, dep.status, dep.classification,
                     0, ts, rev[0], search_text(dep), ";".join(dep.eu_lists),
                     dep.review_date.isoformat() if dep.review_date else "")
                    for dep, rev in zip(ordered, rev_rows, strict=True)]
        self._conn.executemany(f"INSERT INTO dependencies ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                               dep_rows)
        self._conn.executemany(INSERT_REVISION, rev_rows)

    def _write_version(self, dep: Dependency, snap: str, parent: str, op: str, deleted: bool,
                       provenance: dict[str, Any] | None = None) -> None:
        ts = now_iso()
        seq = self._conn.execute("SELECT max(seq) FROM revisions WHERE entity_type = ? AND entity_id = ?",
                                 (ENTITY, dep.id)).fetchone()[0] or 0
        rev = new_revision_row(ENTITY, dep.id, seq + 1, parent, op, self._actor, ts, snap, provenance)
        self._conn.execute(INSERT_REVISION, rev)
        self._conn.execute(
            "UPDATE dependencies SET name=?, kind=?, domain=?, lead_ministry=?, status=?, classification=?,"
            " deleted=?, updated_at=?, head_rev=?, search_text=?, eu_lists=?, review_date=? WHERE id=?",
            (dep.name, dep.kind, dep.domain, dep.lead_ministry, dep.status, dep.classification, int(deleted), ts,
             rev[0], search_text(dep), ";".join(dep.eu_lists),
             dep.review_date.isoformat() if dep.review_date else "", dep.id),
        )


