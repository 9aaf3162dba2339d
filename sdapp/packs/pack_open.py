"""Opening a received pack with the vault's keys: decrypt, verify, and (on request) write its files.

Nothing is written unless every check passed; writing is an explicit export of the files into
a folder the user chose, each file atomically, and refuses to overwrite.
"""

from __future__ import annotations

import json
from pathlib import Path

from sdapp.packs.envelope import MANIFEST, OpenedPack, PackError, open_pack
from sdapp.packs.identity import own_age_identities, trusted_signers
from sdapp.vault.fsutil import atomic_write
from sdapp.vault.vault import Vault

MAX_SEALED_BYTES = 1 << 30


def read_sealed(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_SEALED_BYTES:
            raise PackError(f"{path.name}: larger than 1 GiB, not a pack sdapp makes")
        return path.read_bytes()
    except FileNotFoundError:
        raise PackError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PackError(f"{path}: is a folder, not a pack") from None
    except PermissionError:
        raise PackError(f"{path}: not allowed to read it") from None


def open_with_vault(vault: Vault, sealed: bytes, passphrase: str | None = None) -> OpenedPack:
    """Decrypt with the vault users' identities (or ``passphrase``), verify against trusted keys."""
    if passphrase is not None:
        return open_pack(sealed, trusted_signers(vault), passphrase=passphrase)
    return open_pack(sealed, trusted_signers(vault), identities=own_age_identities(vault))


def write_files(opened: OpenedPack, out_dir: Path) -> list[Path]:
    """Write the pack's files (and its manifest) into ``out_dir``; refuses to replace files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    names = [*sorted(opened.files), MANIFEST]
    clash = [n for n in names if (out_dir / n).exists()]
    if clash:
        raise PackError(f"{out_dir / clash[0]} exists already: choose an empty folder")
    written = []
    for name in names:
        data = opened.files[name] if name != MANIFEST else (
            json.dumps(opened.manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
        atomic_write(out_dir / name, data, mode=0o600)
        written.append(out_dir / name)
    return written
