"""Encrypted backups: rotated copies inside the vault and whole-vault copies elsewhere.

Copies are made with ``sqlcipher_export`` into a database keyed with the same data key, so
a backup is as protected as the vault and never exists in plaintext.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from sdapp.vault.db import Connection, DatabaseError, connect, integrity_problems
from sdapp.vault.errors import DamagedVault, VaultError
from sdapp.vault.fsutil import fsync_dir, storage_error

KEEP = 10


def timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def export_copy(conn: Connection, data_key: bytes, target: Path) -> None:
    """Write an encrypted copy of the open database to ``target`` (atomically)."""
    tmp = target.with_name(f".{target.name}.partial")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        if leftover.exists():
            leftover.unlink()
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{data_key.hex()}'\"", (str(tmp),))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute(f"PRAGMA backup.user_version = {version:d}")
        finally:
            conn.execute("DETACH DATABASE backup")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, target) from exc
    except DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise VaultError(f"cannot write the backup {target}: {exc}") from exc


def rotate(folder: Path, keep: int = KEEP) -> None:
    copies = sorted(folder.glob("register-*.db"))
    for old in copies[:-keep] if keep else copies:
        old.unlink(missing_ok=True)


def list_backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("register-*.db"), reverse=True)


def check_copy(path: Path, data_key: bytes) -> None:
    """Refuse a backup that does not open with the key or fails the integrity checks."""
    try:
        conn = connect(path, data_key)
    except DamagedVault as exc:
        raise DamagedVault(f"the backup {path.name} is damaged or belongs to another vault") from exc
    try:
        problems = integrity_problems(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None
    except DatabaseError as exc:
        raise DamagedVault(f"the backup {path.name} is damaged: {exc}") from exc
    finally:
        conn.close()
    if version == 0 or not has_meta:
        raise DamagedVault(f"the backup {path.name} is damaged: it is empty or holds no register")
    if problems:
        raise DamagedVault(f"the backup {path.name} is damaged: {problems[0]}")


def copy_file_durably(src: Path, dst: Path) -> None:
    tmp = dst.with_name(f".{dst.name}.partial")
    try:
        shutil.copyfile(src, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dst)
        fsync_dir(dst.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, dst) from exc


