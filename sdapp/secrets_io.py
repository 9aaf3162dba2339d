"""Reading secrets from files or standard input, never from the command line."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path


class SecretFileError(Exception):
    pass


def read_secret(source: str, what: str = "passphrase") -> str:
    """One secret from FILE, or from standard input for ``-``; one trailing newline is dropped."""
    try:
        text = sys.stdin.readline() if source == "-" else Path(source).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SecretFileError(f"the {what} file {source} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SecretFileError(f"cannot read the {what} file {source}: {exc}") from exc
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")] if what == "recovery key" else \
        text.splitlines()[:1]
    secret = next((ln for ln in lines if ln.strip()), "")
    if what == "recovery key":
        secret = secret.strip()
    if not secret:
        raise SecretFileError(f"the {what} file {source} is empty")
    return secret


def write_recovery_key(path: Path, key: str, vault_name: str) -> None:
    """Write the recovery key to a new file readable by the owner only (mode 0600)."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = (f"# sdapp recovery key for vault {vault_name}, made {stamp}.\n"
            "# Write it down, keep it in the safe, then delete this file.\n"
            f"{key}\n")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise SecretFileError(f"{path} exists already; choose a new file for the recovery key") from exc
    except OSError as exc:
        raise SecretFileError(f"cannot write the recovery key to {path}: {exc.strerror}") from exc
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
