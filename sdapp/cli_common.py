"""What every CLI command module shares: the secret arguments, unlocking, output, refusals.

Command groups live in their own modules (``cli_*.py``) with an ``add_commands(sub)``;
:mod:`sdapp.cli` builds the parser from them and maps errors to exit codes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from sdapp.secrets_io import read_secret
from sdapp.vault.vault import Vault

Handler = Callable[[argparse.Namespace], int]
STDIN = "-"


class Failure(Exception):
    """A refusal with a one-line reason, exit code 1."""


# helpers --------------------------------------------------------------------------


def secret_args(p: argparse.ArgumentParser, recovery: bool = True) -> None:
    p.add_argument("--passphrase-file", metavar="FILE", help="file holding the passphrase ('-' = standard input)")
    if recovery:
        p.add_argument("--recovery-key-file", metavar="FILE", help="file holding the recovery key")
    p.add_argument("--as", dest="as_user", metavar="USER", help="unlock as this user (default: try every user)")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= value <= 60:
        raise argparse.ArgumentTypeError("must be between 0 and 60 seconds")
    return value


def kdf_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kdf-seconds", type=_seconds, default=1.0, metavar="S",
                   help="how long unlocking takes on this machine (Argon2id, at least 64 MiB; default 1)")


def open_vault(args: argparse.Namespace, passphrase: str | None = None) -> Vault:
    """Unlock with the secret the arguments name; ``passphrase`` if the caller read it already
    (standard input can be read only once)."""
    from sdapp.app import unlock

    if passphrase is not None:
        return unlock(args.vault, passphrase=passphrase, user=getattr(args, "as_user", None))
    passphrase_file = getattr(args, "passphrase_file", None)
    recovery_file = getattr(args, "recovery_key_file", None)
    if passphrase_file and recovery_file:
        raise Failure("give either --passphrase-file or --recovery-key-file, not both")
    if recovery_file:
        return unlock(args.vault, recovery_key=read_secret(recovery_file, "recovery key"))
    if not passphrase_file:
        raise Failure("--passphrase-file is required (secrets are never taken from the command line)")
    return unlock(args.vault, passphrase=read_secret(passphrase_file), user=getattr(args, "as_user", None))


def new_passphrase(source: str) -> str:
    secret = read_secret(source, "new passphrase")
    if len(secret) < 8:
        raise Failure("the new passphrase must have at least 8 characters")
    return secret


def emit(text: str) -> None:
    sys.stdout.write(text + "\n")


def unlocking(group: Any, name: str, help_text: str, func: Handler,
               recovery: bool = True) -> argparse.ArgumentParser:
    """A subcommand that unlocks VAULT with a passphrase file (or the recovery key)."""
    p: argparse.ArgumentParser = group.add_parser(name, help=help_text)
    p.add_argument("vault")
    secret_args(p, recovery=recovery)
    p.set_defaults(func=func)
    return p
