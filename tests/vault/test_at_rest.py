"""Nothing of the register is readable on disk: not the database, its WAL, backups or side files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.reference import ReferenceData
from sdapp.vault.errors import WrongSecret
from sdapp.vault.vault import DB_NAME, Vault
from tests.conftest import PASSPHRASE
from tests.vault.conftest import add_dep, make_dep, vault_files

Unlock = Callable[..., Vault]
SQLITE_MAGIC = b"SQLite format 3\x00"
CANARY = "CANARY-q7Zx9-supersecret-leverancier"


def assert_canary_absent(folder: Path) -> list[Path]:
    files = vault_files(folder)
    assert files
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), CANARY.lower().encode("utf-8")]
    for path, data in files.items():
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path}"
        assert SQLITE_MAGIC not in data[:16], f"{path} is a plaintext SQLite file"
    return list(files)


def test_register_db_is_not_plain_sqlite(make_vault: Callable[..., object]) -> None:
    v = make_vault().vault
    assert (v.path / DB_NAME).read_bytes()[:16] != SQLITE_MAGIC
    v.close()
    assert (v.path / DB_NAME).read_bytes()[:16] != SQLITE_MAGIC


def test_canary_appears_in_no_file(closed_vault: tuple[Path, str], unlock: Unlock, tmp_path: Path) -> None:
    folder, _ = closed_vault
    v = unlock(folder)
    dep = add_dep(v, name="Canary record", description=f"Supplier {CANARY} in Rotterdam",
                  tags=["canary"])
    # edit, delete and restore so the canary sits in several revisions and freed pages
    with v.transaction():
        v.dependencies.update(make_dep(id=dep.id, name="Canary record", description=f"{CANARY} (edited)"))
        v.dependencies.delete(dep.id)
        v.dependencies.restore(dep.id)
    assert CANARY in v.dependencies.get(dep.id).description
    # while open: the WAL holds the recent pages
    seen_open = assert_canary_absent(folder)
    assert any(p.name.endswith("-wal") for p in seen_open)
    usb = tmp_path / "usb"
    usb.mkdir()
    v.backup_to(usb)
    v.close()  # writes a rotated backup
    seen_closed = assert_canary_absent(folder)
    assert any(p.parent.name == "backups" for p in seen_closed)
    assert_canary_absent(usb)
    # and the record really is there for whoever has the key
    again = unlock(folder)
    assert CANARY in again.dependencies.get(dep.id).description


def test_side_files_hold_no_secrets(closed_vault: tuple[Path, str], unlock: Unlock, ref: ReferenceData) -> None:
    """The plaintext side files never contain the passphrase, the recovery key or the data key."""
    folder, recovery = closed_vault
    v = unlock(folder)
    key = v.export_key()
    v.close()
    with pytest.raises(WrongSecret):
        Vault.unlock(folder, ref, passphrase="a wrong passphrase for the state file", user="anna")
    side_files = [folder / name for name in ("keyslots.json", "unlock-state.json", "vault.lock")]
    assert all(p.is_file() for p in side_files)
    secrets = [s.encode() for s in (PASSPHRASE, recovery, recovery.replace("-", ""), key, key.upper())]
    secrets.append(bytes.fromhex(key))
    for path, data in vault_files(folder).items():
        for secret in secrets:
            assert secret not in data, f"a secret is stored in {path.name}"


def test_close_wipes_the_data_key(closed_vault: tuple[Path, str], unlock: Unlock) -> None:
    v = unlock(closed_vault[0])
    key = v.export_key()
    assert bytes(v._key).hex() == key
    v.close(backup=False)
    assert not v.is_open
    assert bytes(v._key) == bytes(len(key) // 2)
