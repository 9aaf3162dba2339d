"""Issuing a briefing: one sealed, numbered personal copy per addressee, logged in the copy register.

The content is read and laid out once; each copy gets its own PDF (copy line and watermark),
the shared annex and data, its own manifest, and is signed by the author and encrypted to its
addressee. Files are written first (each atomically), then all copies are registered in one
transaction; if registering fails the written packs are removed, so no copy exists that the
register does not know.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sdapp import __version__
from sdapp.analysis.register_files import register_bytes
from sdapp.core.register_table import assessment_columns
from sdapp.packs.briefing_content import BriefingContent, BriefingRequest, read_content
from sdapp.packs.briefing_pdf import Addressee, BriefingLayout, render_copy
from sdapp.packs.envelope import MANIFEST, SUFFIX, PackError, SealedPack, seal
from sdapp.packs.identity import check_recipient, ensure_identity
from sdapp.vault.copies import IssuedCopy
from sdapp.vault.fsutil import atomic_write
from sdapp.vault.keys import Contact
from sdapp.vault.vault import Vault

DATA_FORMAT = "sdapp-data"
DATA_VERSION = 1
PASSPHRASE_RECIPIENT = "passphrase"  # noqa: S105 - the word shown instead of a recipient key
Progress = Callable[[int, int], None]  # (copies done, copies in all)


@dataclass(frozen=True)
class PackAddressee:
    """One copy's addressee: a contact (age recipient) or one person with a passphrase."""

    name: str
    organisation: str = ""
    age_recipient: str = ""
    passphrase: str = ""

    @classmethod
    def from_contact(cls, contact: Contact) -> PackAddressee:
        return cls(contact.name, contact.organisation, contact.age_recipient)


@dataclass(frozen=True)
class IssuedPack:
    copy_number: int
    addressee: PackAddressee
    path: Path
    signature_path: Path
    sealed: SealedPack


def slug(text: str, limit: int = 40) -> str:
    """A file-name-safe form of a title or name."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    kept: list[str] = []
    for word in words:  # whole words only, within the limit
        if kept and len("-".join([*kept, word])) > limit:
            break
        kept.append(word[:limit])
    return "-".join(kept) or "pack"


def data_json(vault: Vault, content: BriefingContent, kind: str) -> bytes:
    """The machine-readable content: records, their latest assessment and their options."""
    doc: dict[str, Any] = {
        "format": DATA_FORMAT, "version": DATA_VERSION, "kind": kind,
        "dependencies": [i.dependency.to_dict() for i in content.items],
        "assessments": [i.assessment.to_dict() for i in content.items if i.assessment is not None],
        "options": [o.to_dict() for i in content.items for o in i.options],
        "matrix": content.matrix.to_dict() | {"version": content.matrix.version},
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def annex_files(vault: Vault, content: BriefingContent) -> dict[str, bytes]:
    deps = [i.dependency for i in content.items]
    matrices = {content.matrix.version: content.matrix}
    extra = {}
    for item in content.items:
        a = item.assessment
        if a is not None and a.matrix_version not in matrices:
            matrices[a.matrix_version] = vault.assessments.matrix(a.matrix_version)
        extra[item.dependency.id] = assessment_columns(a, matrices.get(a.matrix_version) if a else None)
    return {"annex.csv": register_bytes(deps, ".csv", extra), "annex.xlsx": register_bytes(deps, ".xlsx", extra)}


def check_addressees(addressees: list[PackAddressee]) -> None:
    if not addressees:
        raise PackError("choose at least one addressee")
    names = [a.name.strip().casefold() for a in addressees]
    if len(set(names)) != len(names):
        raise PackError("an addressee is listed twice: each person gets one numbered copy")
    for a in addressees:
        if not a.name.strip():
            raise PackError("every addressee needs a name (it is printed on their copy)")
        if bool(a.age_recipient) == bool(a.passphrase):
            raise PackError(f"{a.name}: give either an age recipient or a passphrase")
        if a.age_recipient:
            check_recipient(a.age_recipient)
        elif len(a.passphrase) < 12:
            raise PackError(f"{a.name}: a pack passphrase needs at least 12 characters")


def export_briefing(vault: Vault, request: BriefingRequest, addressees: list[PackAddressee], out_dir: Path,
                    progress: Progress | None = None, now: dt.datetime | None = None) -> list[IssuedPack]:
    """Make, seal, write and register one copy per addressee; returns what was issued."""
    check_addressees(addressees)
    if not out_dir.is_dir():
        raise PackError(f"{out_dir}: not a folder")
    content = read_content(vault, request)
    identity = ensure_identity(vault)
    created = now or dt.datetime.now(dt.UTC)
    pack_id = str(uuid.uuid4())
    layout = BriefingLayout(content)
    shared = {"data.json": data_json(vault, content, "briefing"), **annex_files(vault, content)}
    base = f"{slug(request.title)}-{pack_id[:8]}"
    issued: list[IssuedPack] = []
    written: list[Path] = []
    try:
        for number, addressee in enumerate(addressees, 1):
            pdf = render_copy(layout, number, len(addressees), Addressee(addressee.name, addressee.organisation),
                              created)
            fields = {
                "kind": "briefing", "pack_id": pack_id, "title": request.title,
                "copy_number": number, "copies": len(addressees),
                "addressee": {"name": addressee.name, "organisation": addressee.organisation,
                              "recipient": addressee.age_recipient or PASSPHRASE_RECIPIENT},
                "classification": content.level.slug, "classification_marking": content.level.marking,
                "classifying_official": request.classifying_official,
                "review_date": request.review_date.isoformat() if request.review_date else None,
                "language": request.language, "records": len(content.items),
                "author": vault.actor.user, "department": vault.actor.department,
                "workstation": vault.actor.workstation, "created": created.isoformat(timespec="seconds"),
                "app_version": __version__,
            }
            sealed = seal({"briefing.pdf": pdf, **shared}, fields, identity.signing_key,
                          recipients=[addressee.age_recipient] if addressee.age_recipient else None,
                          passphrase=addressee.passphrase or None)
            path = out_dir / f"{base}-{number:02d}-{slug(addressee.name, 24)}{SUFFIX}"
            sig_path = path.with_name(path.name + ".minisig")
            written.append(path)
            atomic_write(path, sealed.parts, mode=0o600)
            written.append(sig_path)
            atomic_write(sig_path, sealed.detached_signature.encode("ascii"), mode=0o644)
            issued.append(IssuedPack(number, addressee, path, sig_path, sealed))
            if progress is not None:
                progress(number, len(addressees))
        register_copies(vault, issued, request.title, content.level.slug, "briefing")
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return issued


def register_copies(vault: Vault, issued: list[IssuedPack], title: str, level: str, kind: str) -> None:
    with vault.transaction():
        for pack in issued:
            manifest = pack.sealed.manifest
            vault.copies.record(IssuedCopy(
                pack_id=manifest["pack_id"], copy_number=pack.copy_number, copies=manifest["copies"], kind=kind,
                title=title, addressee=pack.addressee.name, organisation=pack.addressee.organisation,
                recipient=pack.addressee.age_recipient or PASSPHRASE_RECIPIENT, classification=level,
                issued_at=manifest["created"], issued_by=vault.actor.user, file_name=pack.path.name,
                sealed_sha256=pack.sealed.sha256,
                manifest_sha256=pack.sealed.manifest_sha256))


__all__ = ["MANIFEST", "IssuedPack", "PackAddressee", "export_briefing", "register_copies", "slug"]
