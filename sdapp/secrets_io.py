"""Reading secrets from files or standard input, never from the command line."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path


class SecretFileError(Exception):
    pass


def read_secret(source: str, what: str = "passphrase") -> str:
    """One secret from FILE, or from standard input for ``-``; one trailing newline is dropped."""
    try:
        # utf-8-sig: the byte-order mark Notepad writes is not part of the passphrase
        text = sys.stdin.readline() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
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


@contextlib.contextmanager
def reserve_file(path: Path) -> Iterator[None]:
    """Create ``path`` empty (0600, must not exist) before the work that fills it; remove it
    again if that work fails, so a key is never made that could not be written down."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise SecretFileError(f"{path} exists already; choose a new file for the recovery key") from exc
    except OSError as exc:
        raise SecretFileError(f"cannot write the recovery key to {path}: {exc.strerror}") from exc
    os.close(fd)
    try:
        yield
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def write_recovery_key(path: Path, key: str, vault_name: str) -> None:
    """Write the recovery key into ``path``, readable by the owner only (mode 0600).

    The file must be new, or empty as left by :func:`reserve_file`."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = (f"# sdapp recovery key for vault {vault_name}, made {stamp}.\n"
            "# Write it down, keep it in the safe, then delete this file.\n"
            f"{key}\n")
    reserved = path.is_file() and path.stat().st_size == 0
    flags = os.O_WRONLY | (os.O_TRUNC if reserved else os.O_CREAT | os.O_EXCL)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError as exc:
        raise SecretFileError(f"{path} exists already; choose a new file for the recovery key") from exc
    except OSError as exc:
        raise SecretFileError(f"cannot write the recovery key to {path}: {exc.strerror}") from exc
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
