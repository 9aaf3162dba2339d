"""The headless command line: the same services as the GUI.

Secrets come only from files or standard input. Exit codes: 0 ok, 1 refused or failed
(one line on stderr), 2 usage error. No traceback for any bad input.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sdapp import __version__, cli_exchange, cli_packs, cli_trade
from sdapp.cli_common import STDIN, Failure, Handler, emit, kdf_arg, new_passphrase, open_vault, secret_args, unlocking
from sdapp.core.errors import DomainError
from sdapp.secrets_io import SecretFileError, read_secret, reserve_file, write_recovery_key
from sdapp.vault.errors import VaultError

SUFFIX_PACK = ".sdpack"
# command groups kept in modules of their own, imported by name so the frozen bundle sees them
COMMAND_MODULES = (cli_packs, cli_trade, cli_exchange)

# vault commands --------------------------------------------------------------------


def vault_create(args: argparse.Namespace) -> int:
    from sdapp.app import create_vault

    passphrase = new_passphrase(args.passphrase_file)
    out = Path(args.recovery_key_file)
    with reserve_file(out):  # a vault whose recovery key could not be written is never left behind
        created = create_vault(args.vault, user=args.user, department=args.department, passphrase=passphrase,
                               kdf_seconds=args.kdf_seconds)
        try:
            write_recovery_key(out, created.recovery_key, created.vault.name)
        except BaseException:
            created.vault.close(backup=False)
            shutil.rmtree(created.vault.path, ignore_errors=True)
            raise
    try:
        emit(f"created {created.vault.path}")
        sys.stderr.write(f"recovery key written to {out}: write it down, keep it in the safe, delete the file\n")
    finally:
        created.vault.close(backup=False)
    return 0


def vault_check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        problems = vault.check()
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise Failure(f"check failed: {problems[0]}{more}")
    emit("ok: database integrity and audit chain verified")
    return 0


def vault_passwd(args: argparse.Namespace) -> int:
    from sdapp.app import kdf_params

    old = read_secret(args.passphrase_file)
    if args.passphrase_file == args.new_passphrase_file == STDIN:
        raise Failure("only one of the passphrase files can be standard input")
    new = new_passphrase(args.new_passphrase_file)
    with open_vault(args, passphrase=old) as vault:
        vault.change_passphrase(old, new, kdf_params(args.kdf_seconds))
    emit("passphrase changed")
    return 0


def vault_add_user(args: argparse.Namespace) -> int:
    from sdapp.app import kdf_params

    new = new_passphrase(args.new_passphrase_file)
    with open_vault(args) as vault:
        vault.add_user(args.user, args.department, new, kdf_params(args.kdf_seconds))
    emit(f"user {args.user} added")
    return 0


def vault_remove_user(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.remove_user(args.name)
    emit(f"user {args.name} removed")
    return 0


def vault_users(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        for u in vault.users():
            emit(f"{u.kind}\t{u.user or '-'}\t{u.department or '-'}\t{u.created}")
    return 0


def vault_export_key(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        key = vault.export_key()
    sys.stderr.write("WARNING: this is the raw key of the whole vault. Anyone holding it can read the register\n"
                     "without a passphrase. Keep it like the vault itself; rekey afterwards if it was exposed.\n")
    emit(key)
    return 0


def vault_rekey(args: argparse.Namespace) -> int:
    from sdapp.app import kdf_params

    out = Path(args.out)
    passphrase = read_secret(args.passphrase_file)
    with reserve_file(out), open_vault(args, passphrase=passphrase) as vault:
        recovery, removed = vault.rekey(passphrase, kdf_params(args.kdf_seconds))
        write_recovery_key(out, recovery, vault.name)
    emit("rekeyed: new data key, new recovery key")
    if removed:
        sys.stderr.write(f"users removed (add them again with new passphrases): {', '.join(removed)}\n")
    return 0


def vault_new_recovery(args: argparse.Namespace) -> int:
    from sdapp.app import kdf_params

    out = Path(args.recovery_key_file_out)
    with reserve_file(out), open_vault(args) as vault:
        key = vault.new_recovery_key(kdf_params(args.kdf_seconds))
        write_recovery_key(out, key, vault.name)
    emit(f"new recovery key written to {out}; the old one no longer works")
    return 0


def vault_backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        target = vault.backup_to(Path(args.dest))
    emit(str(target))
    return 0


def vault_restore(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        vault.restore(Path(args.backup))
    finally:
        vault.close(backup=False)
    emit(f"restored from {args.backup}; the previous state is kept in backups/")
    return 0


def vault_backups(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        for path in vault.list_backups():
            emit(str(path))
    return 0


def vault_audit(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        for e in reversed(vault.audit.entries(limit=args.limit)):
            target = f" {e.entity_type}:{e.entity_id}" if e.entity_id else ""
            emit(f"{e.seq}\t{e.ts}\t{e.actor}@{e.workstation}\t{e.action}{target}")
    return 0


# register commands -------------------------------------------------------------------


def register_export(args: argparse.Namespace) -> int:
    from sdapp.analysis.register_files import write_register
    from sdapp.core.register_table import assessment_columns

    with open_vault(args) as vault:
        deps = vault.dependencies.all()
        latest, matrices = vault.assessments.latest_all(), {}
        extra = {}
        for dep in deps:
            a = latest.get(dep.id)
            if a is not None and a.matrix_version not in matrices:
                matrices[a.matrix_version] = vault.assessments.matrix(a.matrix_version)
            extra[dep.id] = assessment_columns(a, matrices.get(a.matrix_version) if a else None)
        write_register(Path(args.out), deps, extra)
        with vault.transaction():
            vault.audit.append("export", "dependency", "", {"to": str(args.out), "count": len(deps)})
    emit(f"exported {len(deps)} dependencies to {args.out}")
    return 0


def register_import(args: argparse.Namespace) -> int:
    from sdapp.analysis.register_files import read_register_columns
    from sdapp.assets import load_reference
    from sdapp.core.register_table import merge_partial

    deps, columns = read_register_columns(Path(args.file), load_reference())
    with open_vault(args) as vault, vault.transaction():
        repo = vault.dependencies
        deps = [merge_partial(repo.get(d.id, include_deleted=True), d, columns) if repo.exists(d.id) else d
                for d in deps]
        summary = repo.upsert_many(deps, source=Path(args.file).name)
    emit(f"imported {len(deps)} rows: created={summary.created} updated={summary.updated} "
           f"unchanged={summary.unchanged}")
    return 0


def register_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        for r in vault.dependencies.rows():
            emit(f"{r.id}\t{r.name}\t{r.domain}\t{r.status}\t{r.classification}")
    return 0


# action options ----------------------------------------------------------------------------

OPTION_COLUMNS = ("id", "dependency_id", "title", "category", "rung", "status", "lead_ministry", "cost_range",
                  "expected_effect", "changed_since_agreement")


def options_list(args: argparse.Namespace) -> int:
    """The action options as CSV (text that a spreadsheet would run as a formula is neutralised)
    or as tab-separated lines."""
    import csv

    from sdapp.analysis.register_files import neutralise
    from sdapp.core.options import changed_since_agreement, cost_range, expected_effect

    with open_vault(args) as vault:
        options = vault.options.all()
    rows = [[o.id, o.dependency_id, o.title, o.category, str(o.rung), o.status, o.lead_ministry, cost_range(o),
             expected_effect(o), "yes" if changed_since_agreement(o) else "no"] for o in options]
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(OPTION_COLUMNS)
        writer.writerows([neutralise(cell) for cell in row] for row in rows)
    else:
        for row in rows:
            emit("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))
    return 0


# matrix ----------------------------------------------------------------------------------


def matrix(args: argparse.Namespace) -> int:
    from sdapp.packs.matrix_export import MatrixExportError, export_matrix

    with open_vault(args) as vault:
        try:
            count = export_matrix(vault, Path(args.out), kind=args.risk, language=args.language, width=args.width)
        except MatrixExportError as exc:
            raise Failure(str(exc)) from exc
        with vault.transaction():
            vault.audit.append("export", "risk_matrix", "", {"to": str(args.out), "risk": args.risk, "count": count})
    emit(f"wrote {args.out}: {count} dependencies ({args.risk} risk)")
    return 0


def risk_settings(args: argparse.Namespace) -> int:
    """Show or replace the risk matrix (a new version) or the likelihood rules, as JSON files."""
    import json

    from sdapp.core.errors import ReferenceDataError

    with open_vault(args) as vault:
        repo = vault.assessments
        if args.action in ("show-matrix", "show-rules"):
            doc = repo.matrix().to_dict() if args.action == "show-matrix" else repo.rules_document()
            if args.action == "show-matrix":
                doc["version"] = repo.matrix().version
            emit(json.dumps(doc, ensure_ascii=False, indent=1))
            return 0
        try:
            doc = json.loads(Path(args.file).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise Failure(f"{args.file}: not a readable JSON file ({exc})") from exc
        if not isinstance(doc, dict):
            raise Failure(f"{args.file}: expected a JSON object")
        doc.pop("version", None)
        try:
            with vault.transaction():
                if args.action == "set-matrix":
                    version = repo.save_matrix(doc).version
                    message = f"risk matrix version {version} saved; earlier assessments keep their version"
                else:
                    repo.save_rules(doc)
                    message = "likelihood rules saved"
        except ReferenceDataError as exc:
            raise Failure(str(exc)) from exc
    emit(message)
    return 0


# gui and demo -----------------------------------------------------------------------------


def demo(args: argparse.Namespace) -> int:
    from sdapp.demo import DEMO_PASSPHRASE, ensure_demo_vault

    path, made = ensure_demo_vault(Path(args.vault) if args.vault else None)
    emit(f"{'created' if made else 'using'} demo vault {path} (passphrase: {DEMO_PASSPHRASE!r}; fictitious data)")
    if args.no_gui:
        return 0
    return _gui(["open", str(path)])


def open_gui(args: argparse.Namespace) -> int:
    return _gui(["open", args.vault])


_launch_gui: Callable[[list[str]], int] | None = None


def _gui(argv: list[str]) -> int:
    """Hand over to the desktop app; the entry point supplies it, so the CLI never imports gui."""
    if _launch_gui is None:
        raise Failure("the desktop app is not available in this build")
    return _launch_gui(argv)


# parser -------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sdapp", description="Register of risky strategic dependencies.")
    parser.add_argument("--version", action="version", version=f"sdapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open a vault in the desktop app")
    p.add_argument("vault")
    p.set_defaults(func=open_gui)

    p = sub.add_parser("demo", help="create (if needed) and open the demo vault")
    p.add_argument("vault", nargs="?", help="where the demo vault lives (default: in your home folder)")
    p.add_argument("--no-gui", action="store_true", help="only create the demo vault")
    p.set_defaults(func=demo)

    vault = sub.add_parser("vault", help="create, check and administer vaults").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = vault.add_parser("create", help="create a new vault")
    p.add_argument("vault")
    p.add_argument("--passphrase-file", required=True, metavar="FILE")
    p.add_argument("--user", required=True)
    p.add_argument("--department", required=True)
    p.add_argument("--recovery-key-file", required=True, metavar="OUT", help="new file for the recovery key (0600)")
    kdf_arg(p)
    p.set_defaults(func=vault_create)

    p = unlocking(vault, "check", "verify database integrity and the audit chain", vault_check)

    p = unlocking(vault, "passwd", "change your passphrase", vault_passwd, recovery=False)
    p.add_argument("--new-passphrase-file", required=True, metavar="FILE")
    kdf_arg(p)

    p = unlocking(vault, "add-user", "add a user slot", vault_add_user)
    p.add_argument("--user", required=True)
    p.add_argument("--department", required=True)
    p.add_argument("--new-passphrase-file", required=True, metavar="FILE")
    kdf_arg(p)

    p = unlocking(vault, "remove-user", "remove a user slot", vault_remove_user)
    p.add_argument("--name", required=True, metavar="USER")

    p = unlocking(vault, "users", "list the key slots", vault_users)

    p = unlocking(vault, "export-key", "print the raw data key (emergency access)", vault_export_key)

    p = vault.add_parser("rekey", help="new data key and recovery key; other users must be re-added")
    p.add_argument("vault")
    p.add_argument("--passphrase-file", required=True, metavar="FILE")
    p.add_argument("--as", dest="as_user", metavar="USER")
    p.add_argument("--out", required=True, metavar="OUT", help="new file for the new recovery key (0600)")
    kdf_arg(p)
    p.set_defaults(func=vault_rekey)

    p = unlocking(vault, "new-recovery-key", "replace the recovery key", vault_new_recovery)
    p.add_argument("--out", dest="recovery_key_file_out", required=True, metavar="OUT")
    kdf_arg(p)

    p = vault.add_parser("backup", help="write a whole-vault encrypted copy into DEST")
    p.add_argument("vault")
    p.add_argument("dest")
    secret_args(p)
    p.set_defaults(func=vault_backup)

    p = vault.add_parser("restore", help="restore from a backup (a file in backups/ or a vault copy)")
    p.add_argument("vault")
    p.add_argument("backup")
    secret_args(p)
    p.set_defaults(func=vault_restore)

    p = unlocking(vault, "backups", "list the rotated backups", vault_backups)

    p = unlocking(vault, "audit", "show the audit log", vault_audit)
    p.add_argument("--limit", type=int, default=50)

    p = unlocking(sub, "matrix", "render the risk matrix to PNG or SVG", matrix)
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.png or FILE.svg")
    p.add_argument("--risk", choices=("inherent", "current", "residual"), default="current")
    p.add_argument("--language", choices=("nl", "en"), default="nl")
    p.add_argument("--width", type=int, default=2000, help="pixels, at least 1600 (default 2000)")

    risk = sub.add_parser("risk", help="the risk matrix and the likelihood rules (JSON)").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    for name, text in (("show-matrix", "print the current risk matrix"),
                       ("show-rules", "print the likelihood rules")):
        p = risk.add_parser(name, help=text)
        p.add_argument("vault")
        secret_args(p)
        p.set_defaults(func=risk_settings)
    for name, text in (("set-matrix", "store an edited matrix as a new version"),
                       ("set-rules", "replace the likelihood rules")):
        p = risk.add_parser(name, help=text)
        p.add_argument("vault")
        p.add_argument("file", help="a JSON file like the output of the matching show command")
        secret_args(p)
        p.set_defaults(func=risk_settings)

    reg = sub.add_parser("register", help="export, import and list the register").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = reg.add_parser("export", help="write the register as .csv, .xlsx or .json")
    p.add_argument("vault")
    p.add_argument("out")
    secret_args(p)
    p.set_defaults(func=register_export)
    p = reg.add_parser("import", help="import .csv, .xlsx or .json (all or nothing)")
    p.add_argument("vault")
    p.add_argument("file")
    secret_args(p)
    p.set_defaults(func=register_import)
    p = unlocking(reg, "list", "list the dependencies", register_list)

    opts = sub.add_parser("options", help="the action options").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = unlocking(opts, "list", "list the action options", options_list)
    p.add_argument("--format", choices=("csv", "tsv"), default="tsv", help="csv (with a header) or tsv (default)")

    for module in COMMAND_MODULES:
        module.add_commands(sub)
    return parser


def run(argv: Sequence[str], launch_gui: Callable[[list[str]], int] | None = None) -> int:
    global _launch_gui
    _launch_gui = launch_gui
    argv = list(argv)
    if len(argv) == 1 and argv[0].lower().endswith(SUFFIX_PACK) and Path(argv[0]).is_file():
        return _gui(["open-pack", argv[0]])  # the file manager's "open with sdapp" of a received pack
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _gui([])
    handler: Handler = args.func
    try:
        return handler(args)
    except KeyboardInterrupt:
        sys.stderr.write("sdapp: interrupted\n")
        return 130
    except (Failure, VaultError, DomainError, SecretFileError) as exc:
        return _fail(str(exc))
    except Exception as exc:
        from sdapp.analysis.register_files import RegisterFileError

        if isinstance(exc, RegisterFileError):
            return _fail(str(exc))
        if isinstance(exc, OSError):
            return _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return _fail(f"unexpected error ({type(exc).__name__}): {exc}")


def _fail(message: str) -> int:
    sys.stderr.write(f"sdapp: {message.splitlines()[0] if message else 'failed'}\n")
    return 1
