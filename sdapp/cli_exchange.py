"""CLI for exchanging register data between workstations: ``exchange export | import | log``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sdapp.cli_common import Failure, emit, open_vault, secret_args, unlocking


def exchange_export(args: argparse.Namespace) -> int:
    from sdapp.packs.exchange import ALL, IDS, MINISTRY, SINCE_LAST, Selection, export_exchange

    if args.since_last:
        selection = Selection(SINCE_LAST)
    elif args.ministry:
        selection = Selection(MINISTRY, ministry=args.ministry)
    elif args.select and args.select != ["all"]:
        ids = tuple(s for item in args.select for s in item.split(",") if s)
        if "all" in ids:
            raise Failure("--select takes 'all' or record ids, not both")
        selection = Selection(IDS, ids=ids)
    else:
        selection = Selection(ALL)
    with open_vault(args) as vault:
        result = export_exchange(vault, args.to, selection, Path(args.out))
    emit(str(result.path))
    emit(str(result.signature_path))
    c = result.counts
    sys.stderr.write(f"sealed for {result.contact.name}: {c['dependency']} dependencies, {c['assessment']} "
                     f"assessments, {c['action_option']} action options ({result.revisions} revisions), "
                     f"level {result.classification}\n")
    return 0


def exchange_import(args: argparse.Namespace) -> int:
    from sdapp.packs.exchange import apply_import, conflict_message, preview_import
    from sdapp.packs.pack_open import read_sealed

    path = Path(args.file)
    sealed = read_sealed(path)
    with open_vault(args) as vault:
        preview = preview_import(vault, sealed, path.name)
        for warning in preview.warnings:
            sys.stderr.write(f"sdapp: warning: {warning}\n")
        if preview.conflicts and not args.prefer:
            emit(preview.summary())
            raise Failure(conflict_message(preview.conflicts) + "; nothing was imported: choose with --prefer "
                          "mine|theirs (fields changed on one side only merge either way), or resolve them field "
                          "by field in the Exchange section")
        result = apply_import(vault, preview, prefer_side=args.prefer, dry_run=args.dry_run)
    emit(preview.summary())
    if preview.already_imported is not None and not result.changed:
        sys.stderr.write(f"this pack was imported before ({preview.already_imported.at[:19].replace('T', ' ')} "
                         f"UTC, by {preview.already_imported.by_user}): nothing changed\n")
    elif args.dry_run:
        sys.stderr.write("dry run: nothing was written\n")
    return 0


def exchange_log(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        contact_id = vault.keys.contact(args.contact).id if args.contact else None
        entries = vault.exchanges.entries(contact_id, limit=None if args.pack else args.limit)
    if args.pack:
        found = [e for e in entries if e.pack_id.startswith(args.pack)]
        if len(found) != 1:
            raise Failure(f"no logged pack {args.pack}" if not found else
                          f"{args.pack} matches {len(found)} packs: give more of the pack id")
        for item in found[0].applied:
            fields = ", ".join(f"{k}={v}" for k, v in sorted((item.get("fields") or {}).items()))
            emit("\t".join((str(item.get("kind")), str(item.get("entity_type")), str(item.get("entity_id")),
                            str(item.get("name")), fields)))
        return 0
    for e in entries:
        if e.direction == "received":
            what = " ".join(f"{k}={e.counts.get(k, 0)}" for k in
                            ("new", "fast-forward", "conflict", "deletion", "unchanged"))
        else:
            what = f"mode={e.selection.get('mode', '')} " + " ".join(f"{k}={v}" for k, v in sorted(e.counts.items()))
        emit("\t".join((e.at[:19].replace("T", " "), e.direction, e.contact_name, e.pack_id, str(e.records), what,
                        e.by_user, e.file_name)))
    return 0


def add_commands(sub: Any) -> None:
    exchange = sub.add_parser("exchange", help="exchange register data with another workstation").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = unlocking(exchange, "export", "seal records with their history for a contact", exchange_export)
    p.add_argument("--to", required=True, metavar="NAME", help="the contact the pack is sealed for")
    p.add_argument("--out", required=True, metavar="FILE", help="the pack file (.sdpack is added if missing)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--select", nargs="+", metavar="ID", help="'all' (default) or dependency ids")
    which.add_argument("--since-last", action="store_true",
                       help="every record changed since the last exchange with this contact")
    which.add_argument("--ministry", metavar="SLUG", help="the records of one lead ministry, e.g. EZ")

    p = exchange.add_parser("import", help="preview and apply a contact's exchange pack")
    p.add_argument("vault")
    p.add_argument("file")
    secret_args(p)
    p.add_argument("--dry-run", action="store_true", help="check and classify, write nothing")
    p.add_argument("--prefer", choices=("mine", "theirs"),
                   help="for fields changed differently on both sides; without it a conflict imports nothing")
    p.set_defaults(func=exchange_import)

    p = unlocking(exchange, "log", "what was sent to and received from each contact", exchange_log)
    p.add_argument("--contact", metavar="NAME")
    p.add_argument("--limit", type=int, default=200, metavar="N")
    p.add_argument("--pack", metavar="ID", help="what importing this pack applied, record by record")
