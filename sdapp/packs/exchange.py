"""Exchanging register data between workstations: export to a contact, preview, merge, apply.

An exchange pack is the sealed-pack envelope (DESIGN.md §4) with one file, ``data.json``, and
no PDF: the selected dependencies with their assessments and action options (review history
included), each with its **whole revision history** (ids, parents, snapshot, content hash).
The receiver finds the common ancestor of its version and the incoming one by revision id
(:mod:`sdapp.core.merge`), so it can tell a new record, a fast-forward, a deletion, a record
changed on both sides (a conflict, merged field by field) and one it has already.

Importing is two steps. :func:`preview_import` decrypts, checks that a trusted contact signed
it and classifies every record; it writes nothing. :func:`apply_import` applies the preview
in one transaction, with a choice for every conflicting field: received revisions are stored
under their own ids (a second import finds them all known and changes nothing), a conflict
gets a merge revision naming both heads, and every revision, audit entry and the exchange log
record where the data came from (pack, signer, source workstation).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sdapp import __version__
from sdapp.core.classification import highest_level
from sdapp.core.errors import DomainError, ValidationError
from sdapp.core.merge import (
    CONFLICT,
    DELETED,
    DELETION,
    FAST_FORWARD,
    KINDS,
    MINE,
    NEW,
    THEIRS,
    UNCHANGED,
    MergeError,
    MergeResult,
    Resolution,
    common_ancestor,
    has_cycle,
    outcome_of,
    prefer,
    relation,
    resolve,
    three_way,
    topological,
)
from sdapp.core.model import ActionOption, Assessment, Dependency, is_uuid, validate_dependency
from sdapp.core.options import check_history, tried_rungs, validate_option
from sdapp.core.risk import parse_matrix, validate_assessment
from sdapp.packs.envelope import SUFFIX, OpenedPack, PackError, Signer, open_pack, seal
from sdapp.packs.identity import ensure_identity, trusted_signers
from sdapp.packs.minisign import PublicKey
from sdapp.packs.pack_open import read_sealed
from sdapp.vault.copies import IssuedCopy
from sdapp.vault.errors import NotFound
from sdapp.vault.exchange_log import RECEIVED, SENT, ExchangeEntry
from sdapp.vault.exchange_store import (
    ASSESSMENT,
    DEPENDENCY,
    ENTITY_TYPES,
    OPTION,
    ChainRevision,
    Head,
    content_hash,
)
from sdapp.vault.fsutil import atomic_write
from sdapp.vault.keys import Contact
from sdapp.vault.revisions import now_iso
from sdapp.vault.vault import Vault

DATA_FORMAT = "sdapp-exchange"
DATA_VERSION = 1
PACK_KIND = "exchange"
DATA_FILE = "data.json"

# selections
ALL, IDS, MINISTRY, SINCE_LAST = "all", "ids", "ministry", "since-last"
MODES = (ALL, IDS, MINISTRY, SINCE_LAST)

# fields merged as one unit: an option's review state only makes sense as a whole
GROUPS: dict[str, dict[str, tuple[str, ...]]] = {
    OPTION: {"review": ("status", "review_history", "agreed_fingerprint")},
}
# fields computed from the others: never a conflict, recomputed (the current risk) or kept
# from this side (the last content editor) after the merge
DERIVED: dict[str, tuple[str, ...]] = {ASSESSMENT: ("current",), OPTION: ("edited_by",)}

Resolutions = Mapping[tuple[str, str], Mapping[str, Resolution]]


class ExchangeConflict(PackError):
    """Records changed on both sides need a choice before the pack can be applied."""


# selection and export ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """Which dependencies go into a pack (each with its assessments and options, binned ones too,
    so deletions travel): ALL, hand-picked IDS, those of one lead MINISTRY, or SINCE_LAST: every
    record whose current version was not yet sent to or received from the contact."""

    mode: str = ALL
    ids: tuple[str, ...] = ()
    ministry: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"mode": self.mode}
        if self.mode == IDS:
            out["ids"] = list(self.ids)
        if self.mode == MINISTRY:
            out["ministry"] = self.ministry
        return out


@dataclass(frozen=True)
class ExportResult:
    path: Path
    signature_path: Path
    pack_id: str
    contact: Contact
    counts: dict[str, int]  # records per entity type
    revisions: int
    classification: str


def selected_dependencies(vault: Vault, selection: Selection, contact: Contact) -> list[str]:
    """The dependency ids a selection stands for (in the bin or not), in name order."""
    if selection.mode not in MODES:
        raise PackError(f"unknown selection {selection.mode!r}: use all, ids, ministry or since-last")
    graph = vault.revision_graph
    rows = sorted(vault.dependencies.rows() + vault.dependencies.rows(deleted=True),
                  key=lambda r: (r.name.casefold(), r.id))
    if selection.mode == ALL:
        return [r.id for r in rows]
    if selection.mode == IDS:
        wanted = list(dict.fromkeys(i.strip() for i in selection.ids if i.strip()))
        if not wanted:
            raise PackError("choose at least one record to send")
        for dep_id in wanted:
            if not vault.dependencies.exists(dep_id):
                raise PackError(f"no dependency with id {dep_id}")
        return wanted
    if selection.mode == MINISTRY:
        if selection.ministry not in vault.ref.slugs(vault.ref.ministries):
            raise PackError(f"unknown ministry {selection.ministry!r}")
        return [r.id for r in rows if r.lead_ministry == selection.ministry]
    shared = vault.exchanges.shared_revisions(contact.id)
    changed: set[str] = set()
    for entity_type in ENTITY_TYPES:
        for entity_id, head in graph.heads(entity_type).items():
            if head.rev_id not in shared:
                changed.add(head.dependency_id if entity_type != DEPENDENCY else entity_id)
    return [r.id for r in rows if r.id in changed]


def _revision_doc(rev: ChainRevision) -> dict[str, Any]:
    return {"rev_id": rev.rev_id, "parent_rev": rev.parent_rev, "merge_parent": rev.merge_parent, "seq": rev.seq,
            "op": rev.op, "author": rev.author, "department": rev.department, "workstation": rev.workstation,
            "ts": rev.ts, "deleted": rev.deleted, "sha256": content_hash(rev.snapshot), "snapshot": rev.snapshot,
            "provenance": rev.provenance}


@dataclass(frozen=True)
class _Built:
    data: bytes
    counts: dict[str, int]
    revisions: int
    heads: list[tuple[str, str, str]]
    classification: str


def build_data(vault: Vault, dep_ids: Sequence[str], selection: Selection, pack_id: str, created: str) -> _Built:
    """``data.json``: every selected record with its whole revision history."""
    graph = vault.revision_graph
    children = graph.children(dep_ids)
    records: list[dict[str, Any]] = []
    heads: list[tuple[str, str, str]] = []
    counts = {t: 0 for t in ENTITY_TYPES}
    revisions = 0
    levels: list[str] = []
    matrices: dict[str, Any] = {}
    for entity_type, ids in ((DEPENDENCY, list(dep_ids)), (ASSESSMENT, children[ASSESSMENT]),
                             (OPTION, children[OPTION])):
        for entity_id in ids:
            head = graph.head(entity_type, entity_id)
            chain = graph.chain(entity_type, entity_id)
            if head is None or not chain:
                raise PackError(f"{entity_type} {entity_id} has no stored history; the vault may be damaged "
                                "(run 'sdapp vault check')")
            head_rev = next(r for r in chain if r.rev_id == head.rev_id)
            if entity_type == DEPENDENCY:
                levels.append(str(head_rev.snapshot.get("classification", "")))
            if entity_type == ASSESSMENT:
                version = int(head_rev.snapshot.get("matrix_version", 1))
                with contextlib.suppress(NotFound):
                    matrices.setdefault(str(version), vault.assessments.matrix(version).to_dict())
            records.append({"entity_type": entity_type, "id": entity_id, "dependency_id": head.dependency_id,
                            "head": head.rev_id, "deleted": head.deleted,
                            "revisions": [_revision_doc(r) for r in chain]})
            heads.append((entity_type, entity_id, head.rev_id))
            counts[entity_type] += 1
            revisions += len(chain)
    level = highest_level([lv for lv in levels if lv in vault.ref.level_slugs], vault.ref)
    doc = {
        "format": DATA_FORMAT, "version": DATA_VERSION, "pack_id": pack_id, "created": created,
        "source": {"vault_id": vault.vault_id, "workstation": vault.actor.workstation, "user": vault.actor.user,
                   "department": vault.actor.department},
        "selection": selection.to_dict(), "records": records, "matrices": matrices,
    }
    data = (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    return _Built(data, counts, revisions, heads, level.slug)


def export_exchange(vault: Vault, contact_name: str, selection: Selection, out: Path,
                    now: dt.datetime | None = None) -> ExportResult:
    """Seal the selection to a contact as ``out`` (plus ``out.minisig``), register the copy and
    log the exchange. Nothing is left behind when any step fails."""
    contact = vault.keys.contact(contact_name)
    out = Path(out)
    if not out.name.endswith(SUFFIX):
        out = out.with_name(out.name + SUFFIX)
    sig_path = out.with_name(out.name + ".minisig")
    if not out.parent.is_dir():
        raise PackError(f"{out.parent}: no such folder")
    for path in (out, sig_path):
        if path.exists():
            raise PackError(f"{path} exists already: choose another file name")
    dep_ids = selected_dependencies(vault, selection, contact)
    if not dep_ids:
        what = "changed since the last exchange with " + contact.name if selection.mode == SINCE_LAST else \
            "in this selection"
        raise PackError(f"nothing to send: no records {what}")
    identity = ensure_identity(vault)
    created = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    pack_id = str(uuid.uuid4())
    built = build_data(vault, dep_ids, selection, pack_id, created)
    level = vault.ref.level(built.classification)
    records = sum(built.counts.values())
    fields = {
        "kind": PACK_KIND, "pack_id": pack_id, "title": "Register exchange", "copy_number": 1, "copies": 1,
        "addressee": {"name": contact.name, "organisation": contact.organisation,
                      "recipient": contact.age_recipient},
        "classification": level.slug, "classification_marking": level.marking, "records": records,
        "counts": built.counts, "selection": selection.mode, "source_vault": vault.vault_id,
        "author": vault.actor.user, "department": vault.actor.department, "workstation": vault.actor.workstation,
        "created": created, "app_version": __version__,
    }
    sealed = seal({DATA_FILE: built.data}, fields, identity.signing_key, recipients=[contact.age_recipient])
    written: list[Path] = []
    try:
        written.append(out)
        atomic_write(out, sealed.parts, mode=0o600)
        written.append(sig_path)
        atomic_write(sig_path, sealed.detached_signature.encode("ascii"), mode=0o644)
        with vault.transaction():
            vault.copies.record(IssuedCopy(
                pack_id=pack_id, copy_number=1, copies=1, kind=PACK_KIND, title="Register exchange",
                addressee=contact.name, organisation=contact.organisation, recipient=contact.age_recipient,
                classification=level.slug, issued_at=created, issued_by=vault.actor.user, file_name=out.name,
                sealed_sha256=sealed.sha256, manifest_sha256=sealed.manifest_sha256))
            vault.exchanges.record(pack_id=pack_id, direction=SENT, contact_id=contact.id, contact_name=contact.name,
                                   heads=built.heads, records=records, counts=built.counts,
                                   selection=selection.to_dict(), file_name=out.name)
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return ExportResult(out, sig_path, pack_id, contact, built.counts, built.revisions, level.slug)


# reading a pack ------------------------------------------------------------------------------------


@dataclass
class IncomingRecord:
    """One record of a pack and what importing it would do here."""

    entity_type: str
    entity_id: str
    dependency_id: str
    name: str  # the dependency's name, an option's title, or "<dependency> <date>" for an assessment
    kind: str  # NEW, FAST_FORWARD, CONFLICT, DELETION or UNCHANGED
    incoming: ChainRevision  # the pack's head
    local: ChainRevision | None  # this vault's head (None for a new record)
    ancestor: ChainRevision | None  # the latest common revision of a conflict (None: no shared history)
    merge: MergeResult | None  # the field merge of a conflict
    to_store: tuple[ChainRevision, ...]  # the pack's revisions this vault does not have, parents first
    classification: str  # level of the record (of its dependency for assessments and options)
    local_ahead: bool = False  # unchanged: this vault has newer revisions than the pack

    @property
    def key(self) -> tuple[str, str]:
        return (self.entity_type, self.entity_id)

    @property
    def conflicting_fields(self) -> list[str]:
        return [f.key for f in self.merge.conflicts] if self.merge else []


@dataclass
class ImportPreview:
    """A verified, classified pack; nothing written yet."""

    pack_id: str
    file_name: str
    manifest: dict[str, Any]
    signer: Signer
    contact: Contact
    source: dict[str, str]  # vault_id, workstation, user, department of the sender
    created: str
    records: list[IncomingRecord]
    matrices: dict[str, Any]
    already_imported: ExchangeEntry | None = None
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in KINDS}
        for r in self.records:
            out[r.kind] += 1
        return out

    def summary(self) -> str:
        """``new=N updated=N conflicts=N deleted=N unchanged=N`` (updated: fast-forwards)."""
        c = self.counts()
        return (f"new={c[NEW]} updated={c[FAST_FORWARD]} conflicts={c[CONFLICT]} deleted={c[DELETION]} "
                f"unchanged={c[UNCHANGED]}")

    @property
    def conflicts(self) -> list[IncomingRecord]:
        return [r for r in self.records if r.kind == CONFLICT]

    @property
    def classification(self) -> str:
        return str(self.manifest.get("classification", ""))

    def record(self, entity_type: str, entity_id: str) -> IncomingRecord:
        for r in self.records:
            if r.key == (entity_type, entity_id):
                return r
        raise PackError(f"the pack has no {entity_type} {entity_id}")


def _bad(message: str) -> PackError:
    return PackError(f"the pack's data.json is not valid: {message}")


def _str(value: Any, what: str, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _bad(f"{what} must be text")
    return value


def _parse_revision(raw: Any, entity_type: str, entity_id: str) -> ChainRevision:
    if not isinstance(raw, dict):
        raise _bad(f"a revision of {entity_id} is not an object")
    rev_id = _str(raw.get("rev_id"), "rev_id")
    where = f"revision {rev_id} of {entity_id}"
    snapshot = raw.get("snapshot")
    if not isinstance(snapshot, dict):
        raise _bad(f"{where} has no snapshot")
    if snapshot.get("id") != entity_id:
        raise _bad(f"{where} holds another record ({snapshot.get('id')!r})")
    if entity_type != DEPENDENCY and not isinstance(snapshot.get("dependency_id"), str):
        raise _bad(f"{where} names no dependency")
    if raw.get("sha256") != content_hash(snapshot):
        raise _bad(f"{where} does not match its content hash")
    seq = raw.get("seq")
    provenance = raw.get("provenance")
    if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(raw.get("deleted"), bool) \
            or not (provenance is None or isinstance(provenance, dict)):
        raise _bad(f"{where} is damaged")
    return ChainRevision(rev_id, _str(raw.get("parent_rev"), "parent_rev", True),
                         _str(raw.get("merge_parent"), "merge_parent", True), seq, _str(raw.get("op"), "op"),
                         _str(raw.get("author"), "author"), _str(raw.get("department"), "department"),
                         _str(raw.get("workstation"), "workstation"), _str(raw.get("ts"), "ts"), snapshot,
                         provenance, bool(raw["deleted"]))


@dataclass(frozen=True)
class _PackRecord:
    entity_type: str
    entity_id: str
    head: str
    revisions: dict[str, ChainRevision]


def parse_data(raw: bytes) -> tuple[dict[str, Any], list[_PackRecord]]:
    """``data.json`` checked thoroughly: format, version, every revision's hash and graph."""
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(f"not JSON ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != DATA_FORMAT:
        raise PackError("the pack holds no register exchange data (data.json is of another kind)")
    version = doc.get("version")
    if not isinstance(version, int) or version > DATA_VERSION:
        raise PackError(f"the exchange data was made by a newer sdapp (version {version}): update to import it")
    if not isinstance(doc.get("records"), list) or not isinstance(doc.get("source"), dict) \
            or not isinstance(doc.get("matrices", {}), dict):
        raise _bad("records, source or matrices missing")
    out: list[_PackRecord] = []
    seen: set[tuple[str, str]] = set()
    owner: dict[str, str] = {}
    for item in doc["records"]:
        if not isinstance(item, dict) or item.get("entity_type") not in ENTITY_TYPES:
            raise _bad("a record of an unknown type")
        entity_type, entity_id = item["entity_type"], item.get("id")
        if not isinstance(entity_id, str) or not is_uuid(entity_id):
            raise _bad(f"record id {entity_id!r} is not a UUID")
        if (entity_type, entity_id) in seen:
            raise _bad(f"{entity_id} is listed twice")
        seen.add((entity_type, entity_id))
        raw_revs = item.get("revisions")
        if not isinstance(raw_revs, list) or not raw_revs:
            raise _bad(f"{entity_id} has no revisions")
        revs: dict[str, ChainRevision] = {}
        for raw_rev in raw_revs:
            rev = _parse_revision(raw_rev, entity_type, entity_id)
            if rev.rev_id in revs or owner.get(rev.rev_id, entity_id) != entity_id:
                raise _bad(f"revision {rev.rev_id} is listed twice")
            owner[rev.rev_id] = entity_id
            revs[rev.rev_id] = rev
        head = item.get("head")
        if not isinstance(head, str) or head not in revs:
            raise _bad(f"the head of {entity_id} is not among its revisions")
        if has_cycle({r.rev_id: r.parents for r in revs.values()}):
            raise _bad(f"the history of {entity_id} goes round in a circle")
        out.append(_PackRecord(entity_type, entity_id, str(head), revs))
    out.sort(key=lambda r: ENTITY_TYPES.index(r.entity_type))
    return doc, out


def _state(rev: ChainRevision | None) -> dict[str, Any] | None:
    return None if rev is None else {**rev.snapshot, DELETED: rev.deleted}


def _contact_for(vault: Vault, signer: Signer) -> Contact:
    # ids are derived from the stored keys, not read from stored id texts, so they always match
    # the text open_pack derived for the signer
    if signer.key_id in {PublicKey.parse(s.sign_public).id_text for s in vault.keys.identities()}:
        raise PackError("this pack was sealed in this vault (signed with your own key): there is nothing to import")
    for contact in vault.keys.contacts():
        if contact.minisign_public and PublicKey.parse(contact.minisign_public).id_text == signer.key_id:
            return contact
    raise PackError(f"the pack is signed by {signer.key_id}, which is no contact's key: add the sender as a "
                    "contact (with their minisign key) first")


def open_exchange(vault: Vault, sealed: bytes) -> OpenedPack:
    """Decrypt with this vault's keys and verify that a contact signed it (no writes: a vault
    without keys yet cannot have been sent anything)."""
    identities = [s.age_identity for s in vault.keys.identities()]
    if not identities:
        raise PackError("this vault has no keys yet, so no pack can be addressed to it: export your keys "
                        "('sdapp keys export') and give them to the sender first")
    opened = open_pack(sealed, trusted_signers(vault), identities=identities, require_trusted=True)
    kind = opened.manifest.get("kind")
    if kind != PACK_KIND:
        raise PackError(f"this is a {kind or 'unknown'} pack, not a register exchange: open it with 'sdapp pack open'")
    if DATA_FILE not in opened.files:
        raise PackError("the exchange pack has no data.json")
    return opened


def preview_import(vault: Vault, sealed: bytes, file_name: str = "") -> ImportPreview:
    """Verify the pack and classify every record it carries; writes nothing."""
    opened = open_exchange(vault, sealed)
    contact = _contact_for(vault, opened.signer)
    doc, items = parse_data(opened.files[DATA_FILE])
    source = {k: str(v) for k, v in doc["source"].items()}
    pack_id = str(opened.manifest.get("pack_id", ""))
    if doc.get("pack_id") != pack_id:
        raise _bad("its pack id differs from the manifest's")
    graph = vault.revision_graph
    dep_names = {i.entity_id: str(i.revisions[i.head].snapshot.get("name", "")) for i in items
                 if i.entity_type == DEPENDENCY}
    dep_levels = {i.entity_id: str(i.revisions[i.head].snapshot.get("classification", "")) for i in items
                  if i.entity_type == DEPENDENCY}
    records: list[IncomingRecord] = []
    for item in items:
        local_head: Head | None = graph.head(item.entity_type, item.entity_id)
        local_chain = graph.chain(item.entity_type, item.entity_id) if local_head else []
        known = {r.rev_id for r in local_chain}
        parents = {r.rev_id: r.parents for r in local_chain}
        parents.update({r.rev_id: r.parents for r in item.revisions.values()})
        everything = item.revisions | {r.rev_id: r for r in local_chain}
        for rev in item.revisions.values():
            for p in rev.parents:
                if p not in everything:
                    raise _bad(f"the history of {item.entity_id} is incomplete (revision {p} is missing)")
        for mine in local_chain:
            theirs = item.revisions.get(mine.rev_id)
            if theirs is not None and content_hash(theirs.snapshot) != content_hash(mine.snapshot):
                raise PackError(f"revision {mine.rev_id} of {item.entity_id} differs from this vault's copy of it: "
                                "the pack or this vault was altered")
        incoming = item.revisions[item.head]
        local = everything[local_head.rev_id] if local_head else None
        kind = relation(local_head.rev_id if local_head else None, item.head, known, parents)
        ancestor: ChainRevision | None = None
        merge: MergeResult | None = None
        if kind == FAST_FORWARD and incoming.deleted and local is not None and not local.deleted:
            kind = DELETION
        elif kind == CONFLICT:
            assert local is not None
            anc_id = common_ancestor(local.rev_id, incoming.rev_id, parents)
            ancestor = everything[anc_id] if anc_id else None
            merge = three_way(_state(ancestor), _state(local) or {}, _state(incoming) or {},
                              groups=GROUPS.get(item.entity_type), derived=DERIVED.get(item.entity_type, ()))
        to_store = tuple(item.revisions[r] for r in topological(item.revisions, parents) if r not in known) \
            if kind != UNCHANGED else ()
        snap = incoming.snapshot
        if item.entity_type == DEPENDENCY:
            name, level = str(snap.get("name", "")), str(snap.get("classification", ""))
            dep_id = item.entity_id
        else:
            dep_id = str(snap["dependency_id"])
            parent_name = dep_names.get(dep_id) or _local_name(vault, dep_id)
            name = str(snap.get("title", "")) if item.entity_type == OPTION else \
                f"{parent_name} {snap.get('assessed_on', '')}".strip()
            level = dep_levels.get(dep_id) or _local_level(vault, dep_id)
        records.append(IncomingRecord(item.entity_type, item.entity_id, dep_id, name, kind, incoming, local, ancestor,
                                      merge, to_store, level,
                                      local_ahead=kind == UNCHANGED and local is not None
                                      and local.rev_id != incoming.rev_id))
    return ImportPreview(pack_id, file_name, opened.manifest, opened.signer, contact, source,
                         str(opened.manifest.get("created", "")), records, dict(doc.get("matrices") or {}),
                         vault.exchanges.received(pack_id), list(opened.warnings))


def read_pack(vault: Vault, path: Path) -> ImportPreview:
    """:func:`preview_import` of a file."""
    return preview_import(vault, read_sealed(Path(path)), Path(path).name)


def _local_name(vault: Vault, dep_id: str) -> str:
    try:
        return vault.dependencies.get(dep_id, include_deleted=True).name
    except NotFound:
        return ""


def _local_level(vault: Vault, dep_id: str) -> str:
    try:
        return vault.dependencies.get(dep_id, include_deleted=True).classification
    except NotFound:
        return ""


# applying ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplyResult:
    counts: dict[str, int]  # per classification, as in the preview
    applied: list[dict[str, Any]]  # what changed: one item per record that was not unchanged
    entry: ExchangeEntry | None  # the exchange-log entry; None when nothing was written (imported before)

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def conflict_message(records: Sequence[IncomingRecord]) -> str:
    """The records changed on both sides, with the fields each needs a choice for."""
    names = []
    for r in records:
        fields = ", ".join(r.conflicting_fields) or "merges automatically"
        names.append(f"{r.name or r.entity_id} ({r.entity_type.replace('_', ' ')}: {fields})")
    return (f"{len(records)} record{'s' if len(records) != 1 else ''} changed on both sides since the last "
            f"exchange: {'; '.join(names)}")


def choices_for(preview: ImportPreview, resolutions: Resolutions | None = None,
                prefer_side: str | None = None) -> dict[tuple[str, str], dict[str, Resolution]]:
    """The field choices for every conflict: those given, the rest for ``prefer_side`` if any."""
    out: dict[tuple[str, str], dict[str, Resolution]] = {}
    for r in preview.conflicts:
        given = dict((resolutions or {}).get(r.key, {}))
        if prefer_side is not None and r.merge is not None:
            for k, v in prefer(r.merge, prefer_side).items():
                given.setdefault(k, v)
        out[r.key] = given
    return out


def merged_state(vault: Vault, record: IncomingRecord,
                 choices: Mapping[str, Resolution]) -> tuple[dict[str, Any], bool]:
    """The snapshot and bin state a conflict resolves to (MergeError/PackError when it cannot)."""
    assert record.merge is not None
    merged = resolve(record.merge, choices)
    deleted = merged.pop(DELETED, False)
    if not isinstance(deleted, bool):
        raise PackError(f"{record.name}: 'in the bin' must be true or false")
    try:
        if record.entity_type == DEPENDENCY:
            snapshot = Dependency.from_dict(merged).to_dict()
        elif record.entity_type == ASSESSMENT:
            snapshot = vault.assessments.complete(Assessment.from_dict(merged)).to_dict()
        else:
            snapshot = ActionOption.from_dict(merged).to_dict()
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PackError(f"{record.name}: the merged version is not a valid record ({exc})") from None
    return snapshot, deleted


def _entity_errors(vault: Vault, preview: ImportPreview, finals: Mapping[tuple[str, str], tuple[dict[str, Any], bool]]
                   ) -> list[str]:
    """Every rule the resulting records would break (checked before anything is written)."""
    problems: list[str] = []
    ref = vault.ref
    dep_alive = {d: not h.deleted for d, h in vault.revision_graph.heads(DEPENDENCY).items()}
    for (entity_type, entity_id), (_snap, deleted) in finals.items():
        if entity_type == DEPENDENCY:
            dep_alive[entity_id] = not deleted
    options_by_dep: dict[str, dict[str, ActionOption]] = {}
    for (entity_type, entity_id), (snap, deleted) in finals.items():
        if entity_type == OPTION and not deleted:
            option = ActionOption.from_dict(snap)
            options_by_dep.setdefault(option.dependency_id, {})[entity_id] = option
    by_key = {r.key: r for r in preview.records}
    for (entity_type, entity_id), (snap, deleted) in finals.items():
        record = by_key[(entity_type, entity_id)]
        errors: list[ValidationError] = []
        try:
            if entity_type == DEPENDENCY:
                dep = Dependency.from_dict(snap)
                if not deleted:
                    errors = validate_dependency(dep, ref)
            elif entity_type == ASSESSMENT:
                a = Assessment.from_dict(snap)
                if a.dependency_id not in dep_alive:
                    errors = [ValidationError("dependency_id", f"no dependency with id {a.dependency_id}")]
                elif not deleted:
                    errors = _assessment_errors(vault, preview, a)
            else:
                option = ActionOption.from_dict(snap)
                if option.dependency_id not in dep_alive:
                    errors = [ValidationError("dependency_id", f"no dependency with id {option.dependency_id}")]
                elif not deleted:
                    others = {o.id: o for o in vault.options.for_dependency(option.dependency_id)}
                    others.update(options_by_dep.get(option.dependency_id, {}))
                    others.pop(option.id, None)
                    errors = validate_option(option, ref, tried_rungs(others.values(), option.dependency_id,
                                                                      option.id))
                    errors += check_history(option)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(f"{record.name or entity_id}: not a valid {entity_type.replace('_', ' ')} ({exc})")
            continue
        problems.extend(f"{record.name or entity_id}: {e}" for e in errors)
    return problems


def _assessment_errors(vault: Vault, preview: ImportPreview, a: Assessment) -> list[ValidationError]:
    try:
        local = vault.assessments.matrix(a.matrix_version)
    except NotFound:
        return [ValidationError("matrix_version", f"scored under risk matrix version {a.matrix_version}, which this "
                                                  "vault does not have: agree the matrix versions first")]
    theirs = preview.matrices.get(str(a.matrix_version))
    if theirs is not None:
        try:
            same = parse_matrix(theirs, a.matrix_version).to_dict() == local.to_dict()
        except DomainError:
            same = False
        if not same:
            return [ValidationError("matrix_version", f"risk matrix version {a.matrix_version} differs between the "
                                                      "two vaults: agree the matrix versions first")]
    return validate_assessment(a, vault.ref, local)


def apply_import(vault: Vault, preview: ImportPreview, resolutions: Resolutions | None = None,
                 prefer_side: str | None = None, dry_run: bool = False) -> ApplyResult:
    """Apply a preview in one transaction (all or nothing).

    Every conflicting field needs a choice in ``resolutions`` (per record key, per field key)
    or through ``prefer_side`` (MINE or THEIRS); ExchangeConflict names what is missing.
    Every resulting record is validated first; the register must not have changed since
    the preview. A pack imported before changes nothing and writes nothing. ``dry_run``
    makes every check and writes nothing."""
    if prefer_side not in (None, MINE, THEIRS):
        raise PackError(f"prefer mine or theirs, not {prefer_side!r}")
    choices = choices_for(preview, resolutions, prefer_side)
    unresolved = [r for r in preview.conflicts if r.merge is not None
                  and any(f.key not in choices[r.key] for f in r.merge.conflicts)]
    if unresolved:
        raise ExchangeConflict(conflict_message(unresolved) + ": choose mine or theirs for each conflicting field")
    counts = preview.counts()
    changing = [r for r in preview.records if r.kind != UNCHANGED]
    if preview.already_imported is not None and not changing:
        return ApplyResult(counts, [], None)
    finals: dict[tuple[str, str], tuple[dict[str, Any], bool]] = {}
    for r in changing:
        if r.kind == CONFLICT:
            try:
                finals[r.key] = merged_state(vault, r, choices[r.key])
            except MergeError as exc:
                raise PackError(f"{r.name}: {exc}") from None
        else:
            finals[r.key] = (r.incoming.snapshot, r.incoming.deleted)
    problems = _entity_errors(vault, preview, finals)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PackError(f"the pack cannot be applied: {problems[0]}{more}")
    if dry_run:
        return ApplyResult(counts, [{"entity_type": r.entity_type, "entity_id": r.entity_id, "name": r.name,
                                     "dependency_id": r.dependency_id, "kind": r.kind, "revisions": len(r.to_store)}
                                    for r in changing], None)
    graph = vault.revision_graph
    signer = preview.contact.name
    hop = {"pack_id": preview.pack_id, "signer": signer, "signer_key_id": preview.signer.key_id,
           "source_workstation": preview.source.get("workstation", ""),
           "source_vault": preview.source.get("vault_id", ""), "received_at": now_iso(),
           "received_by": vault.actor.user}
    applied: list[dict[str, Any]] = []
    with vault.transaction():
        for r in preview.records:
            head = graph.head(r.entity_type, r.entity_id)
            if (head.rev_id if head else None) != (r.local.rev_id if r.local else None):
                raise PackError(f"{r.name} changed in this vault since the preview: read the pack again")
        for r in changing:
            stored = graph.store_received(r.entity_type, r.entity_id, r.to_store, hop)
            item: dict[str, Any] = {"entity_type": r.entity_type, "entity_id": r.entity_id, "name": r.name,
                                    "dependency_id": r.dependency_id, "kind": r.kind, "revisions": stored}
            if r.kind == CONFLICT:
                assert r.local is not None
                assert r.merge is not None
                snapshot, deleted = finals[r.key]
                outcomes = {f.key: outcome_of(f, choices[r.key].get(f.key)) for f in r.merge.fields}
                merge_info = {**hop, "theirs": r.incoming.rev_id, "ancestor": r.ancestor.rev_id if r.ancestor else None,
                              "fields": outcomes, "deleted": deleted}
                merge_info.pop("received_at")
                merge_info.pop("received_by")
                rev = graph.write_merge(r.entity_type, r.entity_id, snapshot, r.local.rev_id, r.incoming.rev_id,
                                        {"merge": merge_info})
                graph.move_head(r.entity_type, r.entity_id, rev)
                item["fields"] = outcomes
                item["merge_rev"] = rev.rev_id
            else:
                graph.move_head(r.entity_type, r.entity_id, r.incoming)
            vault.audit.append(f"exchange.{r.kind}", r.entity_type, r.entity_id,
                               {"pack": preview.pack_id, "signer": signer,
                                "from_workstation": hop["source_workstation"], "revisions": stored,
                                **({"fields": item["fields"]} if "fields" in item else {})})
            applied.append(item)
        entry = None
        if preview.already_imported is None:
            entry = vault.exchanges.record(
                pack_id=preview.pack_id, direction=RECEIVED, contact_id=preview.contact.id,
                contact_name=preview.contact.name,
                heads=[(r.entity_type, r.entity_id, r.incoming.rev_id) for r in preview.records],
                records=len(preview.records), counts=counts, applied=applied, file_name=preview.file_name,
                peer_workstation=preview.source.get("workstation", ""))
    return ApplyResult(counts, applied, entry)


__all__ = [
    "ALL", "IDS", "MINISTRY", "MODES", "SINCE_LAST", "ApplyResult", "ExchangeConflict", "ExportResult",
    "ImportPreview", "IncomingRecord", "Selection", "apply_import", "build_data", "choices_for", "conflict_message",
    "export_exchange", "merged_state", "parse_data", "preview_import", "read_pack", "selected_dependencies",
]
