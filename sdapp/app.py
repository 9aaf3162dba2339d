"""Wiring: open a vault for one session and hand it to the GUI or the CLI."""

from __future__ import annotations

from pathlib import Path

from sdapp.assets import load_reference
from sdapp.vault.keyslots import KdfParams, calibrate
from sdapp.vault.vault import Created, Vault, create


def kdf_params(seconds: float) -> KdfParams:
    """Argon2id settings taking about ``seconds`` here (0: one pass, still 64 MiB)."""
    if seconds <= 0:
        return KdfParams(iterations=1)
    return calibrate(seconds)


def unlock(path: Path | str, *, passphrase: str | None = None, recovery_key: str | None = None,
           user: str | None = None) -> Vault:
    return Vault.unlock(path, load_reference(), passphrase=passphrase, recovery_key=recovery_key, user=user)


def create_vault(path: Path | str, *, user: str, department: str, passphrase: str, kdf_seconds: float = 1.0) -> Created:
    return create(path, load_reference(), user=user, department=department, passphrase=passphrase,
                  params=kdf_params(kdf_seconds))
