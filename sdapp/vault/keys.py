"""Identities (each user's age and minisign secret keys) and contacts (other people's public keys).

The vault stores the keys as text and knows nothing of their formats: :mod:`sdapp.packs.identity`
makes and checks them. The secret halves live only here, inside the encrypted database; every
change is audited, and a contact remembers who added it and when (the trust shown to users).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sdapp.vault.audit import AuditLog
from sdapp.vault.db import Connection
from sdapp.vault.errors import NotFound, VaultError
from sdapp.vault.revisions import Actor, now_iso


class ContactExists(VaultError):
    """Another contact already has this name."""


@dataclass(frozen=True)
class StoredIdentity:
    user: str
    age_identity: str  # AGE-SECRET-KEY-1...
    age_recipient: str  # age1...
    sign_key_id: str  # upper-case hex, as minisign prints it (no leading zeros)
    sign_secret: str  # hex of key id (8 bytes) + Ed25519 seed (32 bytes)
    sign_public: str  # the base64 line of the minisign public key
    created_at: str


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    organisation: str
    age_recipient: str
    minisign_public: str  # the base64 line, or "" when the contact gave none
    minisign_key_id: str
    added_by: str
    added_at: str
    note: str = ""


_CONTACT_COLUMNS = "id, name, organisation, age_recipient, minisign_public, minisign_key_id, added_by, added_at, note"


class KeyRepository:
    """``vault.keys``: callers hold the transaction for writes."""

    def __init__(self, conn: Connection, audit: AuditLog, actor: Actor) -> None:
        self._conn = conn
        self._audit = audit
        self._actor = actor

    # identities ---------------------------------------------------------------------------
    def identity(self, user: str) -> StoredIdentity | None:
        row = self._conn.execute(
            "SELECT user, age_identity, age_recipient, sign_key_id, sign_secret, sign_public, created_at"
            " FROM identities WHERE user = ?", (user,)).fetchone()
        return StoredIdentity(*row) if row else None

    def identities(self) -> list[StoredIdentity]:
        rows = self._conn.execute(
            "SELECT user, age_identity, age_recipient, sign_key_id, sign_secret, sign_public, created_at"
            " FROM identities ORDER BY user")
        return [StoredIdentity(*r) for r in rows]

    def save_identity(self, identity: StoredIdentity) -> None:
        """Store a user's new identity; an existing one is never replaced silently."""
        if self.identity(identity.user) is not None:
            raise VaultError(f"{identity.user} already has an identity")
        self._conn.execute(
            "INSERT INTO identities (user, age_identity, age_recipient, sign_key_id, sign_secret, sign_public,"
            " created_at) VALUES (?,?,?,?,?,?,?)",
            (identity.user, identity.age_identity, identity.age_recipient, identity.sign_key_id,
             identity.sign_secret, identity.sign_public, identity.created_at))
        self._audit.append("identity.create", "identity", identity.user,
                           {"age_recipient": identity.age_recipient, "minisign_key_id": identity.sign_key_id})

    # contacts ------------------------------------------------------------------------------
    def contacts(self) -> list[Contact]:
        rows = self._conn.execute(f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE deleted = 0"
                                  " ORDER BY name COLLATE NOCASE")
        return [Contact(*r) for r in rows]

    def contact(self, name_or_id: str) -> Contact:
        row = self._conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE deleted = 0 AND (id = ? OR name = ? COLLATE NOCASE)",
            (name_or_id, name_or_id)).fetchone()
        if row is None:
            raise NotFound(f"no contact named {name_or_id!r}")
        return Contact(*row)

    def add_contact(self, name: str, organisation: str, age_recipient: str, minisign_public: str = "",
                    minisign_key_id: str = "", note: str = "") -> Contact:
        name = " ".join(name.split())
        if not name:
            raise VaultError("a contact needs a name")
        clash = self._conn.execute("SELECT 1 FROM contacts WHERE deleted = 0 AND name = ? COLLATE NOCASE",
                                   (name,)).fetchone()
        if clash:
            raise ContactExists(f"there is already a contact named {name!r}")
        contact = Contact(str(uuid.uuid4()), name, organisation.strip(), age_recipient.strip(), minisign_public,
                          minisign_key_id, self._actor.user, now_iso(), note)
        self._conn.execute(f"INSERT INTO contacts ({_CONTACT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
                           (contact.id, contact.name, contact.organisation, contact.age_recipient,
                            contact.minisign_public, contact.minisign_key_id, contact.added_by, contact.added_at,
                            contact.note))
        self._audit.append("contact.add", "contact", contact.id,
                           {"name": contact.name, "organisation": contact.organisation,
                            "age_recipient": contact.age_recipient, "minisign_key_id": minisign_key_id})
        return contact

    def remove_contact(self, name_or_id: str) -> None:
        contact = self.contact(name_or_id)
        self._conn.execute("UPDATE contacts SET deleted = 1 WHERE id = ?", (contact.id,))
        self._audit.append("contact.remove", "contact", contact.id, {"name": contact.name})
