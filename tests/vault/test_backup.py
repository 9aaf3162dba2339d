"""Rotated backups on close, "back up to...", and restore (including refusing damaged copies)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.reference import ReferenceData
from sdapp.vault import backup as backups
from sdapp.vault.errors import DamagedVault, NotAVault, NotFound, VaultError, WrongSecret
from sdapp.vault.vault import DB_NAME, SLOTS_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.conftest import add_dep, can_read, dependency_names, make_dep, user_version

Unlock = Callable[..., Vault]


@pytest.fixture
def folder(closed_vault: tuple[Path, str]) -> Path:
    return closed_vault[0]


def names(v: Vault) -> list[str]:
    return sorted(d.name for d in v.dependencies.all())


def session(unlock: Unlock, folder: Path, *new_names: str) -> None:
    """Unlock, add records, close (which backs up)."""
    v = unlock(folder)
    for name in new_names:
        add_dep(v, name=name)
    v.close()


# rotated backups ----------------------------------------------------------------------------


def test_close_after_change_writes_a_backup(folder: Path, unlock: Unlock) -> None:
    v = unlock(folder)
    assert v.list_backups() == []
    add_dep(v, name="Neon")
    key = v.export_key()
    v.close()
    copies = sorted((folder / "backups").glob("register-*.db"))
    assert len(copies) == 1
    assert dependency_names(copies[0], key) == ["Gallium", "Neon"]
    assert user_version(copies[0], key) == user_version(folder / DB_NAME, key)
    again = unlock(folder)
    assert [e.action for e in again.audit.entries(limit=2)] == ["unlock", "lock"]


def test_close_without_backup_flag_writes_none(folder: Path, unlock: Unlock) -> None:
    v = unlock(folder)
    add_dep(v, name="Neon")
    v.close(backup=False)
    assert list((folder / "backups").glob("*")) == []


def test_close_without_changes_writes_no_backup(folder: Path, unlock: Unlock) -> None:
    v = unlock(folder)
    assert v.dependencies.count() == 1
    v.close()
    assert list((folder / "backups").glob("register-*.db")) == []


def test_at_most_ten_backups_are_kept(folder: Path, unlock: Unlock) -> None:
    v = unlock(folder)
    key = v.export_key()
    made = []
    for i in range(12):
        add_dep(v, name=f"Record {i:02d}")
        made.append(v.backup_rotated())
    kept = v.list_backups()
    assert len(kept) == backups.KEEP == 10
    assert kept == sorted(made[-10:], reverse=True)  # newest first, the two oldest gone
    assert not made[0].exists()
    assert not made[1].exists()
    assert dependency_names(kept[-1], key) == ["Gallium"] + [f"Record {i:02d}" for i in range(3)]
    # closing after a change rotates too: its copy is the newest, the oldest goes
    add_dep(v, name="Last")
    v.close()
    on_disk = sorted((folder / "backups").glob("register-*.db"))
    assert len(on_disk) == 10
    assert on_disk[0] == made[3]
    assert "Last" in dependency_names(on_disk[-1], key)
    assert not list((folder / "backups").glob(".*partial*"))


def test_restore_from_rotated_backup(folder: Path, unlock: Unlock) -> None:
    session(unlock, folder, "Neon")
    (old_copy,) = sorted((folder / "backups").glob("register-*.db"))
    session(unlock, folder, "Krypton")
    v = unlock(folder)
    assert names(v) == ["Gallium", "Krypton", "Neon"]
    v.restore(old_copy)
    assert not v.is_open
    restored = unlock(folder)
    assert names(restored) == ["Gallium", "Neon"]
    assert restored.check() == []
    # the state before the restore was backed up first: the restore can be undone
    key = restored.export_key()
    assert any("Krypton" in dependency_names(p, key) for p in restored.list_backups())
    assert not list(folder.glob(".restore-*"))


def test_restore_is_audited(folder: Path, unlock: Unlock) -> None:
    session(unlock, folder, "Neon")
    v = unlock(folder)
    copy = v.list_backups()[-1]
    v.restore(copy)
    restored = unlock(folder)
    assert "restore" in [e.action for e in restored.audit.entries()]


def test_restore_refuses_a_damaged_backup(folder: Path, unlock: Unlock) -> None:
    v = unlock(folder)
    for i in range(40):
        add_dep(v, name=f"Record {i:02d}", description="padding " * 80)
    copy = v.backup_rotated()
    with v.transaction():
        v.dependencies.delete(v.dependencies.all()[0].id)
    before = (names(v), len(v.list_backups()), v.audit.entries(limit=1)[0])
    data = bytearray(copy.read_bytes())
    assert len(data) > 8 * 4096
    middle = len(data) // 2
    data[middle:middle + 32] = bytes(b ^ 0x5A for b in data[middle:middle + 32])
    copy.write_bytes(bytes(data))
    with pytest.raises(DamagedVault, match="damaged"):
        v.restore(copy)
    assert v.is_open
    assert (names(v), len(v.list_backups()), v.audit.entries(limit=1)[0]) == before
    assert v.check() == []
    v.close(backup=False)
    assert len(unlock(folder).dependencies.all()) == 40


def test_restore_refuses_a_backup_of_another_vault(folder: Path, unlock: Unlock,
                                                   make_vault: Callable[..., object]) -> None:
    other = make_vault("other").vault
    foreign = other.backup_rotated()
    other.close(backup=False)
    v = unlock(folder)
    with pytest.raises(DamagedVault, match="another vault"):
        v.restore(foreign)
    assert v.is_open
    assert names(v) == ["Gallium"]
    with pytest.raises(VaultError, match="another vault"):
        v.restore(other.path)  # a whole-vault folder with another vault id
    with pytest.raises(NotFound):
        v.restore(folder / "backups" / "register-nothing.db")
    empty = folder.parent / "empty-dir"
    empty.mkdir()
    with pytest.raises(NotAVault):
        v.restore(empty)
    assert v.is_open
    assert names(v) == ["Gallium"]


# back up to... ---------------------------------------------------------------------------


def test_backup_to_makes_a_whole_vault_copy(closed_vault: tuple[Path, str], unlock: Unlock,
                                            tmp_path: Path) -> None:
    folder, recovery = closed_vault
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    v = unlock(folder)
    add_dep(v, name="Neon")
    target = v.backup_to(usb)
    assert target.parent == usb
    assert target.name.startswith("test-")
    assert target.name.endswith(".sdvault")
    assert sorted(p.name for p in target.iterdir()) == sorted([DB_NAME, SLOTS_NAME])
    assert [p.name for p in usb.iterdir()] == [target.name]  # no .partial left
    assert v.audit.entries(limit=1)[0].action == "backup"
    assert v.audit.entries(limit=1)[0].detail == {"to": str(target)}
    v.close(backup=False)
    copy = unlock(target)
    assert names(copy) == ["Gallium", "Neon"]
    assert copy.check() == []
    assert copy.vault_id == v.vault_id
    copy.close(backup=False)
    unlock(target, recovery_key=recovery).close(backup=False)


def test_backup_to_refuses_a_missing_folder(folder: Path, unlock: Unlock, tmp_path: Path) -> None:
    v = unlock(folder)
    with pytest.raises(VaultError, match="not a folder"):
        v.backup_to(tmp_path / "not-there")


def test_restore_from_a_whole_vault_copy(folder: Path, unlock: Unlock, tmp_path: Path,
                                         ref: ReferenceData) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    v = unlock(folder)
    target = v.backup_to(usb)
    add_dep(v, name="After the copy")
    v.change_passphrase(PASSPHRASE, "changed after the copy", FAST_KDF)
    v.restore(target)
    restored = unlock(folder)  # the copy's key slots came back too: the old passphrase opens it
    assert names(restored) == ["Gallium"]
    assert restored.check() == []
    restored.close(backup=False)
    with pytest.raises(WrongSecret, match="wrong passphrase"):
        Vault.unlock(folder, ref, passphrase="changed after the copy", clock=lambda: 1e12)


def test_backups_are_encrypted_with_the_vault_key(folder: Path, unlock: Unlock, tmp_path: Path) -> None:
    v = unlock(folder)
    add_dep(v, name=make_dep().name)
    key = v.export_key()
    rotated = v.backup_rotated()
    usb = tmp_path / "usb"
    usb.mkdir()
    whole = v.backup_to(usb)
    for path in (rotated, whole / DB_NAME):
        head = path.read_bytes()[:16]
        assert head != b"SQLite format 3\x00"
        assert can_read(path, key)
        assert not can_read(path, "11" * 32)


def test_copying_the_folder_copies_the_vault(folder: Path, unlock: Unlock, tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere" / "copy.sdvault"
    shutil.copytree(folder, moved)
    v = unlock(moved)
    assert names(v) == ["Gallium"]
    assert v.name == "copy"
