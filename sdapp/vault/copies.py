"""The copy register: every sealed copy issued (to whom, when, which bytes), and what became of it.

A copy is *issued* when its pack is written; it can later be recorded as *returned* or
*destroyed* (a returned copy can still be destroyed). Rows are never deleted: the register is
the paper log it replaces. Each entry and each status change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from sdapp.vault.audit import AuditLog
from sdapp.vault.db import Connection
from sdapp.vault.errors import NotFound, VaultError
from sdapp.vault.revisions import Actor, now_iso

ISSUED, RETURNED, DESTROYED = "issued", "returned", "destroyed"
STATUSES = (ISSUED, RETURNED, DESTROYED)
_NEXT = {ISSUED: (RETURNED, DESTROYED), RETURNED: (DESTROYED,), DESTROYED: ()}


@dataclass(frozen=True)
class IssuedCopy:
    pack_id: str
    copy_number: int
    copies: int
    kind: str  # "briefing" or "exchange"
    title: str
    addressee: str
    organisation: str
    recipient: str  # age1... or "passphrase"
    classification: str  # level slug
    issued_at: str
    issued_by: str
    file_name: str
    sealed_sha256: str
    manifest_sha256: str
    status: str = ISSUED
    status_at: str = ""
    status_by: str = ""
    status_note: str = ""


_COLUMNS = ("pack_id, copy_number, copies, kind, title, addressee, organisation, recipient, classification,"
            " issued_at, issued_by, file_name, sealed_sha256, manifest_sha256, status, status_at, status_by,"
            " status_note")


class CopyRegister:
    """``vault.copies``: callers hold the transaction for writes."""

    def __init__(self, conn: Connection, audit: AuditLog, actor: Actor) -> None:
        self._conn = conn
        self._audit = audit
        self._actor = actor

    def record(self, copy: IssuedCopy) -> None:
        self._conn.execute(f"INSERT INTO issued_copies ({_COLUMNS}) VALUES ({', '.join('?' * 18)})",
                           (copy.pack_id, copy.copy_number, copy.copies, copy.kind, copy.title, copy.addressee,
                            copy.organisation, copy.recipient, copy.classification, copy.issued_at,
                            copy.issued_by, copy.file_name, copy.sealed_sha256, copy.manifest_sha256, ISSUED,
                            copy.issued_at, copy.issued_by, ""))
        self._audit.append("copy.issue", "pack", copy.pack_id,
                           {"copy": copy.copy_number, "of": copy.copies, "addressee": copy.addressee,
                            "classification": copy.classification, "sha256": copy.sealed_sha256})

    def all(self) -> list[IssuedCopy]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM issued_copies ORDER BY issued_at DESC, copy_number")
        return [IssuedCopy(*r) for r in rows]

    def for_pack(self, pack_id: str) -> list[IssuedCopy]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM issued_copies WHERE pack_id = ? ORDER BY copy_number",
                                  (pack_id,))
        return [IssuedCopy(*r) for r in rows]

    def get(self, pack_id: str, copy_number: int) -> IssuedCopy:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM issued_copies WHERE pack_id = ? AND copy_number = ?",
                                 (pack_id, copy_number)).fetchone()
        if row is None:
            raise NotFound(f"no copy {copy_number} of pack {pack_id} in the copy register")
        return IssuedCopy(*row)

    def set_status(self, pack_id: str, copy_number: int, status: str, note: str = "") -> IssuedCopy:
        """Record that a copy came back or was destroyed; refuses to undo either."""
        copy = self.get(pack_id, copy_number)
        if status not in _NEXT[copy.status]:
            raise VaultError(f"copy {copy_number} of pack {pack_id} is {copy.status}; it cannot become {status}")
        ts = now_iso()
        self._conn.execute("UPDATE issued_copies SET status = ?, status_at = ?, status_by = ?, status_note = ?"
                           " WHERE pack_id = ? AND copy_number = ?",
                           (status, ts, self._actor.user, note, pack_id, copy_number))
        self._audit.append(f"copy.{status}", "pack", pack_id, {"copy": copy_number, "note": note})
        return self.get(pack_id, copy_number)
