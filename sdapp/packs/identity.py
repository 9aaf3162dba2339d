"""Keys for sealed packs: each vault user's identity, and the contacts packs go to or come from.

An identity is made the first time a user needs one (exporting keys or sealing a pack) and
kept, secret halves included, in the vault's encrypted database. Contacts are checked here
(a real ``age1...`` recipient, a real minisign key) before the vault stores them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyrage
from pyrage import x25519

from sdapp.packs.envelope import PackError
from sdapp.packs.minisign import MinisignError, PublicKey, SecretKey
from sdapp.vault.keys import Contact, StoredIdentity
from sdapp.vault.revisions import now_iso
from sdapp.vault.vault import Vault


@dataclass(frozen=True)
class Identity:
    user: str
    age_identity: str
    age_recipient: str
    signing_key: SecretKey

    @property
    def public_key(self) -> PublicKey:
        return self.signing_key.public()


def _from_stored(stored: StoredIdentity) -> Identity:
    raw = bytes.fromhex(stored.sign_secret)
    return Identity(stored.user, stored.age_identity, stored.age_recipient, SecretKey(raw[:8], raw[8:]))


def ensure_identity(vault: Vault, user: str | None = None) -> Identity:
    """The user's identity, made (and audited) the first time it is asked for."""
    user = user or vault.actor.user
    stored = vault.keys.identity(user)
    if stored is None:
        age_key = x25519.Identity.generate()
        signing = SecretKey.generate()
        stored = StoredIdentity(user, str(age_key), str(age_key.to_public()), signing.public().id_text,
                                (signing.key_id + signing.seed).hex(),
                                signing.public().to_file_text().splitlines()[1], now_iso())
        with vault.transaction():
            vault.keys.save_identity(stored)
    return _from_stored(stored)


def check_recipient(text: str) -> str:
    """An age X25519 recipient, or a :class:`PackError` saying what is wrong with it."""
    text = text.strip()
    if not text.startswith("age1"):
        raise PackError("an age recipient starts with 'age1' (the public key age-keygen prints)")
    try:
        x25519.Recipient.from_str(text)
    except pyrage.RecipientError:
        raise PackError(f"not a valid age recipient: {text[:20]}... (a character is wrong or missing)") from None
    return text


def add_contact(vault: Vault, name: str, organisation: str, age_recipient: str,
                minisign_public_text: str = "", note: str = "") -> Contact:
    """Add a contact after checking both keys; ``minisign_public_text`` is a public key file's text."""
    recipient = check_recipient(age_recipient)
    key_line, key_id = "", ""
    if minisign_public_text.strip():
        try:
            key = PublicKey.parse(minisign_public_text)
        except MinisignError as exc:
            raise PackError(f"the minisign public key cannot be read: {exc}") from None
        key_line, key_id = key.to_file_text().splitlines()[1], key.id_text
        holder = trusted_signers(vault).get(key_id)
        if holder is not None:
            raise PackError(f"the minisign key {key_id} is already trusted as {holder[0]}: one key, one person")
    with vault.transaction():
        return vault.keys.add_contact(name, organisation, recipient, key_line, key_id, note)


def trusted_signers(vault: Vault) -> dict[str, tuple[str, PublicKey]]:
    """Keys whose signatures the user trusts: the contacts' keys and the vault users' own."""
    trusted: dict[str, tuple[str, PublicKey]] = {}
    for stored in vault.keys.identities():
        key = PublicKey.parse(stored.sign_public)
        trusted[key.id_text] = (stored.user, key)
    for contact in vault.keys.contacts():
        if contact.minisign_public:
            key = PublicKey.parse(contact.minisign_public)
            trusted[key.id_text] = (f"{contact.name} ({contact.organisation})" if contact.organisation
                                    else contact.name, key)
    return trusted


def own_age_identities(vault: Vault) -> list[str]:
    """The identities a pack addressed to this vault's users can be opened with."""
    ensure_identity(vault)
    return [s.age_identity for s in vault.keys.identities()]
