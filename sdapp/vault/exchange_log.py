"""The exchange log: per contact, which exchange packs were sent and received, when, and what was applied.

Each entry also keeps the head revision of every record the pack carried
(``exchange_heads``): those revisions are known on both sides, so "everything changed since
the last exchange with this contact" is every record whose head is not among them. Rows are
never changed or deleted; each entry is audited in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sdapp.vault.audit import AuditLog
from sdapp.vault.db import Connection
from sdapp.vault.revisions import Actor, now_iso

SENT, RECEIVED = "sent", "received"

_COLUMNS = ("id, pack_id, direction, contact_id, contact_name, at, by_user, workstation, peer_workstation, file_name,"
            " selection, records, counts, applied")


@dataclass(frozen=True)
class ExchangeEntry:
    id: int
    pack_id: str
    direction: str  # sent | received
    contact_id: str
    contact_name: str
    at: str
    by_user: str
    workstation: str
    peer_workstation: str  # where a received pack was made ("" for sent packs)
    file_name: str
    selection: dict[str, Any]  # how the records were chosen (sent packs)
    records: int  # records in the pack (dependencies, assessments and options)
    counts: dict[str, int]  # per classification (received) or per record type (sent)
    applied: list[dict[str, Any]]  # received: what changed, one item per record


def _entry(r: Sequence[Any]) -> ExchangeEntry:
    return ExchangeEntry(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]), str(r[7]),
                         str(r[8]), str(r[9]), json.loads(r[10]), int(r[11]), json.loads(r[12]), json.loads(r[13]))


class ExchangeLog:
    """``vault.exchanges``: callers hold the transaction for writes."""

    def __init__(self, conn: Connection, audit: AuditLog, actor: Actor) -> None:
        self._conn = conn
        self._audit = audit
        self._actor = actor

    def record(self, *, pack_id: str, direction: str, contact_id: str, contact_name: str,
               heads: Iterable[tuple[str, str, str]], records: int, counts: Mapping[str, int],
               selection: Mapping[str, Any] | None = None, applied: Sequence[Mapping[str, Any]] = (),
               file_name: str = "", peer_workstation: str = "") -> ExchangeEntry:
        """Log one pack; ``heads`` are (entity type, id, head revision) of every record it carried."""
        if direction not in (SENT, RECEIVED):
            raise ValueError(f"direction must be sent or received, not {direction!r}")
        at = now_iso()
        self._conn.execute(
            "INSERT INTO exchange_log (pack_id, direction, contact_id, contact_name, at, by_user, workstation,"
            " peer_workstation, file_name, selection, records, counts, applied) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (pack_id, direction, contact_id, contact_name, at, self._actor.user, self._actor.workstation,
             peer_workstation, file_name, json.dumps(dict(selection or {}), ensure_ascii=False, sort_keys=True),
             records, json.dumps(dict(counts), sort_keys=True),
             json.dumps([dict(a) for a in applied], ensure_ascii=False, sort_keys=True)))
        entry_id = int(self._conn.execute("SELECT id FROM exchange_log WHERE pack_id = ? AND direction = ?",
                                          (pack_id, direction)).fetchone()[0])
        self._conn.executemany("INSERT INTO exchange_heads (exchange_id, entity_type, entity_id, rev_id)"
                               " VALUES (?,?,?,?)", [(entry_id, t, i, r) for t, i, r in heads])
        self._audit.append(f"exchange.{direction}", "pack", pack_id,
                           {"contact": contact_name, "records": records, "counts": dict(counts),
                            "file": file_name, **({"from_workstation": peer_workstation} if peer_workstation else {})})
        return self.get(entry_id)

    def get(self, entry_id: int) -> ExchangeEntry:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM exchange_log WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise KeyError(entry_id)
        return _entry(row)

    def entries(self, contact_id: str | None = None, limit: int | None = None) -> list[ExchangeEntry]:
        """Newest first; only one contact's when ``contact_id`` is given."""
        sql = f"SELECT {_COLUMNS} FROM exchange_log"
        params: tuple[Any, ...] = ()
        if contact_id is not None:
            sql += " WHERE contact_id = ?"
            params = (contact_id,)
        sql += " ORDER BY at DESC, id DESC" + (f" LIMIT {int(limit)}" if limit else "")
        return [_entry(r) for r in self._conn.execute(sql, params)]

    def received(self, pack_id: str) -> ExchangeEntry | None:
        """The log entry of a pack imported before, if any."""
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM exchange_log WHERE pack_id = ? AND direction = ?",
                                 (pack_id, RECEIVED)).fetchone()
        return _entry(row) if row else None

    def last(self, contact_id: str) -> ExchangeEntry | None:
        found = self.entries(contact_id, limit=1)
        return found[0] if found else None

    def heads(self, entry_id: int) -> list[tuple[str, str, str]]:
        """(entity type, id, head revision) of every record one logged pack carried."""
        return [(str(r[0]), str(r[1]), str(r[2])) for r in self._conn.execute(
            "SELECT entity_type, entity_id, rev_id FROM exchange_heads WHERE exchange_id = ? ORDER BY rowid",
            (entry_id,))]

    def shared_revisions(self, contact_id: str) -> set[str]:
        """Every head revision sent to or received from the contact: both sides know these."""
        return {str(r[0]) for r in self._conn.execute(
            "SELECT h.rev_id FROM exchange_heads h JOIN exchange_log l ON l.id = h.exchange_id WHERE l.contact_id = ?",
            (contact_id,))}
