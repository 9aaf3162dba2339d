"""The vault folder's layout, and what can be read of it before unlocking.

Kept apart from :mod:`sdapp.vault.vault` so the unlock dialog appears without loading
SQLCipher: showing it needs only the key-slot file's user names and the attempt counter.
"""

from __future__ import annotations

from pathlib import Path

from sdapp.vault import keyslots
from sdapp.vault.errors import DamagedVault, NotAVault
from sdapp.vault.fsutil import storage_error

SUFFIX = ".sdvault"
DB_NAME = "register.db"
SLOTS_NAME = "keyslots.json"
BACKUP_DIR = "backups"
LOCK_NAME = "vault.lock"
STATE_NAME = "unlock-state.json"
PENDING_SLOTS_NAME = "keyslots.pending.json"


def resolve_path(path: Path | str) -> Path:
    """Accept the folder with or without its ``.sdvault`` suffix."""
    p = Path(path)
    if p.suffix != SUFFIX and not p.exists() and p.with_name(p.name + SUFFIX).exists():
        return p.with_name(p.name + SUFFIX)
    return p


def read_slots(folder: Path) -> tuple[keyslots.KeySlotFile, dict[str, object]]:
    """The parsed key-slot file: user names and KDF settings are readable without a key."""
    if not folder.is_dir():
        raise NotAVault(f"{folder} is not a vault folder")
    slots_path = folder / SLOTS_NAME
    if not slots_path.is_file():
        raise NotAVault(f"{folder} is not an sdapp vault (no {SLOTS_NAME})")
    if not (folder / DB_NAME).is_file():
        raise DamagedVault(f"the vault {folder} has no register database ({DB_NAME} is missing)")
    try:
        data = slots_path.read_bytes()
    except OSError as exc:
        raise storage_error(exc, slots_path, "read") from exc
    return keyslots.parse(data)
