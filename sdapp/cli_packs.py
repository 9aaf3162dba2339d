"""CLI for sealed packs: ``keys``, ``contacts`` and ``pack`` (export, open, verify, copies)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from sdapp.cli_common import Failure, emit, open_vault, secret_args, unlocking
from sdapp.secrets_io import read_secret


def keys_export(args: argparse.Namespace) -> int:
    from sdapp.packs.identity import ensure_identity
    from sdapp.vault.fsutil import atomic_write

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open_vault(args) as vault:
        identity = ensure_identity(vault)
        atomic_write(out / "identity.age.pub", (identity.age_recipient + "\n").encode("ascii"), mode=0o644)
        atomic_write(out / "identity.minisign.pub", identity.public_key.to_file_text().encode("ascii"), mode=0o644)
        with vault.transaction():
            vault.audit.append("keys.export", "identity", identity.user, {"to": str(out)})
    emit(str(out / "identity.age.pub"))
    emit(str(out / "identity.minisign.pub"))
    return 0


def contacts_add(args: argparse.Namespace) -> int:
    from sdapp.packs.identity import add_contact

    minisign_text = ""
    if args.minisign_pubkey:
        try:
            minisign_text = Path(args.minisign_pubkey).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise Failure(f"{args.minisign_pubkey}: cannot read the minisign public key ({exc})") from None
    with open_vault(args) as vault:
        contact = add_contact(vault, args.name, args.organisation, args.age_recipient, minisign_text)
    emit(f"added contact {contact.name} ({contact.organisation}); minisign key {contact.minisign_key_id or 'none'}")
    return 0


def contacts_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        for c in vault.keys.contacts():
            emit("\t".join((c.name, c.organisation, c.age_recipient, c.minisign_key_id or "-", c.added_by,
                            c.added_at[:19])))
    return 0


def contacts_remove(args: argparse.Namespace) -> int:
    with open_vault(args) as vault, vault.transaction():
        vault.keys.remove_contact(args.name)
    emit(f"removed contact {args.name}")
    return 0


def _selection(vault: Any, select: list[str]) -> tuple[str, ...]:
    rows = vault.dependencies.rows()
    if not select or select == ["all"]:
        return tuple(r.id for r in rows)
    known = {r.id for r in rows}
    wanted = [s for item in select for s in item.split(",") if s]
    unknown = [s for s in wanted if s not in known]
    if unknown:
        raise Failure(f"no dependency with id {unknown[0]}")
    return tuple(wanted)


def pack_export(args: argparse.Namespace) -> int:
    from sdapp.packs.briefing_content import BriefingRequest
    from sdapp.packs.briefing_pack import PackAddressee, export_briefing

    review = None
    if args.review_date:
        try:
            review = dt.date.fromisoformat(args.review_date)
        except ValueError:
            raise Failure(f"--review-date {args.review_date!r}: use YYYY-MM-DD") from None
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open_vault(args) as vault:
        addressees = [PackAddressee.from_contact(vault.keys.contact(name)) for name in args.to]
        request = BriefingRequest(
            title=args.title, dependency_ids=_selection(vault, args.select), classification=args.classification,
            classifying_official=args.classifying_official or vault.actor.user, review_date=review,
            language=args.language, ministry=vault.actor.department)
        issued = export_briefing(vault, request, addressees, out)
    for pack in issued:
        emit(str(pack.path))
        emit(str(pack.signature_path))
    return 0


def pack_open(args: argparse.Namespace) -> int:
    import sys

    from sdapp.packs.pack_open import open_with_vault, read_sealed, write_files

    sealed = read_sealed(Path(args.file))
    passphrase = read_secret(args.pack_passphrase_file, "pack passphrase") if args.pack_passphrase_file else None
    with open_vault(args) as vault:
        opened = open_with_vault(vault, sealed, passphrase)
        written = write_files(opened, Path(args.out))
        with vault.transaction():
            vault.audit.append("pack.open", "pack", str(opened.manifest.get("pack_id", "")),
                               {"file": Path(args.file).name, "signer": opened.signer.name or opened.signer.key_id,
                                "to": str(args.out)})
    m = opened.manifest
    for warning in opened.warnings:
        sys.stderr.write(f"sdapp: warning: {warning}\n")
    emit(f"pack {m.get('pack_id')} copy {m.get('copy_number')} of {m.get('copies')} "
         f"({m.get('classification_marking', m.get('classification'))}), signed by "
         f"{opened.signer.name or 'UNKNOWN key ' + opened.signer.key_id}; {len(written)} files written to {args.out}")
    return 0


def pack_verify(args: argparse.Namespace) -> int:
    from sdapp.packs.envelope import verify_detached
    from sdapp.packs.minisign import MinisignError, PublicKey
    from sdapp.packs.pack_open import read_sealed

    path = Path(args.file)
    sealed = read_sealed(path)
    sig_path = Path(args.signature) if args.signature else path.with_name(path.name + ".minisig")
    try:
        signature = sig_path.read_text(encoding="utf-8")
        key = PublicKey.parse(Path(args.signer).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise Failure(f"cannot read {exc.filename if isinstance(exc, OSError) else 'a file'}: {exc}") from None
    except MinisignError as exc:
        raise Failure(f"{args.signer}: {exc}") from None
    comment = verify_detached(sealed, signature, key)
    emit(f"{path.name}: signature OK (key {key.id_text}); trusted comment: {comment}")
    return 0


def pack_copies(args: argparse.Namespace) -> int:
    from sdapp.packs.copy_register import write_copy_register

    with open_vault(args) as vault:
        if args.set_status:
            if not args.pack or not args.copy:
                raise Failure("--set-status needs --pack ID and --copy N")
            with vault.transaction():
                vault.copies.set_status(args.pack, args.copy, args.set_status, args.note or "")
        copies = vault.copies.all()
        if args.out:
            write_copy_register(Path(args.out), copies)
            emit(f"wrote {len(copies)} copies to {args.out}")
            return 0
    for c in copies:
        emit("\t".join((c.pack_id, f"{c.copy_number}/{c.copies}", c.addressee, c.classification, c.issued_at,
                        c.status, c.status_by, c.file_name)))
    return 0


def add_commands(sub: Any) -> None:
    keys = sub.add_parser("keys", help="your identity for sealed packs").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = unlocking(keys, "export", "write your public keys (age recipient, minisign key) into DIR", keys_export)
    p.add_argument("--out", required=True, metavar="DIR")

    contacts = sub.add_parser("contacts", help="the people packs go to and come from").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = unlocking(contacts, "add", "add a contact with their age recipient (and minisign key)", contacts_add)
    p.add_argument("--name", required=True)
    p.add_argument("--organisation", required=True)
    p.add_argument("--age-recipient", required=True, metavar="age1...")
    p.add_argument("--minisign-pubkey", metavar="FILE", help="their minisign public key file")
    unlocking(contacts, "list", "list the contacts", contacts_list)
    p = unlocking(contacts, "remove", "remove a contact", contacts_remove)
    p.add_argument("--name", required=True)

    pack = sub.add_parser("pack", help="sealed briefing packs").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = unlocking(pack, "export", "make one sealed numbered copy per addressee", pack_export)
    p.add_argument("--to", action="append", required=True, metavar="NAME", help="a contact (repeat for more)")
    p.add_argument("--select", nargs="+", default=["all"], metavar="ID", help="'all' (default) or dependency ids")
    p.add_argument("--classification", required=True, metavar="LEVEL", help="e.g. stg-geheim")
    p.add_argument("--title", default="Risicovolle strategische afhankelijkheden")
    p.add_argument("--classifying-official", metavar="NAME", help="the vaststeller (default: you)")
    p.add_argument("--review-date", metavar="YYYY-MM-DD")
    p.add_argument("--language", choices=("nl", "en"), default="nl")
    p.add_argument("--out", required=True, metavar="DIR")

    p = pack.add_parser("open", help="decrypt and verify a pack, write its files into DIR")
    p.add_argument("file")
    p.add_argument("--vault", required=True)
    secret_args(p)
    p.add_argument("--pack-passphrase-file", metavar="FILE", help="for a pack sealed with a passphrase")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=pack_open)

    p = pack.add_parser("verify", help="check a sealed file's detached signature without opening it")
    p.add_argument("file")
    p.add_argument("--signer", required=True, metavar="PUBFILE", help="the sender's minisign public key file")
    p.add_argument("--signature", metavar="FILE", help="default: FILE.minisig")
    p.set_defaults(func=pack_verify)

    p = unlocking(pack, "copies", "the copy register: list, export, record returned/destroyed", pack_copies)
    p.add_argument("--out", metavar="FILE", help="write the register as .xlsx or .csv")
    p.add_argument("--pack", metavar="ID")
    p.add_argument("--copy", type=int, metavar="N")
    p.add_argument("--set-status", choices=("returned", "destroyed"))
    p.add_argument("--note")
