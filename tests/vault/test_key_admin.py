"""Key administration: passphrases, users, the recovery key, full rekey and key export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.reference import ReferenceData
from sdapp.vault import vault as vault_mod
from sdapp.vault.errors import NotFound, StorageError, VaultError, WrongSecret
from sdapp.vault.vault import DB_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.conftest import add_dep, can_read, dependency_names, raw_connect, slots_json

Unlock = Callable[..., Vault]
NEW = "a completely new passphrase"


@pytest.fixture
def vault(closed_vault: tuple[Path, str], unlock: Unlock) -> Vault:
    folder, _ = closed_vault
    return unlock(folder)


def names(v: Vault) -> list[str]:
    return [d.name for d in v.dependencies.all()]


def actions(v: Vault) -> list[str]:
    return [e.action for e in reversed(v.audit.entries())]


# change_passphrase ---------------------------------------------------------------------


def test_change_passphrase(vault: Vault, unlock: Unlock, ref: ReferenceData) -> None:
    slot_before = slots_json(vault.path)["slots"][0]
    vault.change_passphrase(PASSPHRASE, NEW, FAST_KDF)
    assert actions(vault)[-1] == "passphrase-changed"
    slot_after = slots_json(vault.path)["slots"][0]
    assert slot_after["id"] == slot_before["id"]
    assert slot_after["kdf"]["salt"] != slot_before["kdf"]["salt"]
    vault.close(backup=False)
    with pytest.raises(WrongSecret):
        Vault.unlock(vault.path, ref, passphrase=PASSPHRASE)
    again = unlock(vault.path, passphrase=NEW, clock=lambda: 1e12)
    assert names(again) == ["Gallium"]
    assert again.check() == []


def test_change_passphrase_needs_the_current_one(vault: Vault) -> None:
    before = (vault.path / "keyslots.json").read_bytes()
    with pytest.raises(WrongSecret, match="current passphrase is wrong"):
        vault.change_passphrase("not my passphrase", NEW, FAST_KDF)
    assert (vault.path / "keyslots.json").read_bytes() == before


def test_change_passphrase_keeps_the_data_key(vault: Vault, unlock: Unlock) -> None:
    key = vault.export_key()
    vault.change_passphrase(PASSPHRASE, NEW, FAST_KDF)
    vault.close(backup=False)
    assert unlock(vault.path, passphrase=NEW).export_key() == key


def test_recovery_key_still_works_after_passphrase_change(closed_vault: tuple[Path, str], unlock: Unlock) -> None:
    folder, recovery = closed_vault
    v = unlock(folder)
    v.change_passphrase(PASSPHRASE, NEW, FAST_KDF)
    v.close(backup=False)
    unlock(folder, recovery_key=recovery)


# users ----------------------------------------------------------------------------------


def test_add_and_remove_user(vault: Vault, unlock: Unlock, ref: ReferenceData) -> None:
    vault.add_user("bert", "BZ", "bert's own passphrase", FAST_KDF)
    assert [(u.user, u.department) for u in vault.users() if u.kind == "passphrase"] == [("anna", "EZ"),
                                                                                        ("bert", "BZ")]
    vault.close(backup=False)
    bert = unlock(vault.path, passphrase="bert's own passphrase")
    assert bert.actor.user == "bert"
    assert bert.actor.department == "BZ"
    assert names(bert) == ["Gallium"]
    add_dep(bert, name="Added by bert")
    revision = bert.dependencies.history(bert.dependencies.all()[0].id)[0]
    assert revision.author == "bert"
    assert revision.department == "BZ"
    bert.remove_user("anna")
    assert actions(bert)[-1] == "user-removed"
    bert.close(backup=False)
    with pytest.raises(WrongSecret):
        Vault.unlock(vault.path, ref, passphrase=PASSPHRASE, clock=lambda: 1e12)
    with pytest.raises(NotFound):
        Vault.unlock(vault.path, ref, passphrase=PASSPHRASE, user="anna", clock=lambda: 2e12)
    again = unlock(vault.path, passphrase="bert's own passphrase", clock=lambda: 3e12)
    assert [u.user for u in again.users() if u.kind == "passphrase"] == ["bert"]
    assert "user-added" in actions(again)
    assert again.check() == []


def test_cannot_remove_the_last_user(vault: Vault) -> None:
    with pytest.raises(VaultError, match="last user"):
        vault.remove_user("anna")
    assert [u.user for u in vault.users() if u.kind == "passphrase"] == ["anna"]


def test_add_user_refusals(vault: Vault) -> None:
    with pytest.raises(VaultError, match="already has a key slot"):
        vault.add_user("anna", "BZ", "whatever passphrase", FAST_KDF)
    with pytest.raises(VaultError, match="user name"):
        vault.add_user("  ", "BZ", "whatever passphrase", FAST_KDF)
    with pytest.raises(NotFound):
        vault.remove_user("nobody")
    assert len(vault.users()) == 2


# recovery key ---------------------------------------------------------------------------


def test_new_recovery_key(closed_vault: tuple[Path, str], unlock: Unlock, ref: ReferenceData) -> None:
    folder, old = closed_vault
    v = unlock(folder)
    new = v.new_recovery_key(FAST_KDF)
    assert new != old
    assert [u.kind for u in v.users()].count("recovery") == 1
    assert actions(v)[-1] == "recovery-key-replaced"
    v.close(backup=False)
    with pytest.raises(WrongSecret, match="wrong recovery key"):
        Vault.unlock(folder, ref, recovery_key=old)
    again = unlock(folder, recovery_key=new.lower().replace("-", " "), clock=lambda: 1e12)
    assert names(again) == ["Gallium"]


# rekey ------------------------------------------------------------------------------------


def test_rekey(closed_vault: tuple[Path, str], unlock: Unlock, ref: ReferenceData) -> None:
    folder, old_recovery = closed_vault
    v = unlock(folder)
    v.add_user("bert", "BZ", "bert's own passphrase", FAST_KDF)
    v.backup_rotated()
    old_backups = v.list_backups()
    old_key = v.export_key()
    recovery, removed = v.rekey(PASSPHRASE, FAST_KDF)
    assert removed == ["bert"]
    assert recovery != old_recovery
    new_key = v.export_key()
    assert new_key != old_key
    assert "rekeyed" in actions(v)
    # old backups (under the old key) are gone; one new backup under the new key replaces them
    backups_now = v.list_backups()
    assert not set(old_backups) & set(backups_now)
    assert all(not p.exists() for p in old_backups)
    assert len(backups_now) == 1
    assert can_read(backups_now[0], new_key)
    assert not can_read(backups_now[0], old_key)
    assert names(v) == ["Gallium"]
    v.close(backup=False)

    assert not can_read(folder / DB_NAME, old_key)
    assert dependency_names(folder / DB_NAME, new_key) == ["Gallium"]
    with pytest.raises(WrongSecret):
        Vault.unlock(folder, ref, passphrase="bert's own passphrase", clock=lambda: 1e12)
    with pytest.raises(WrongSecret):
        Vault.unlock(folder, ref, recovery_key=old_recovery, clock=lambda: 2e12)
    by_recovery = unlock(folder, recovery_key=recovery, clock=lambda: 3e12)
    assert names(by_recovery) == ["Gallium"]
    assert [u.user for u in by_recovery.users()] == ["anna", ""]
    assert by_recovery.check() == []  # the audit chain was re-signed under the new key
    assert {"vault-created", "user-added", "rekeyed"} <= set(actions(by_recovery))
    by_recovery.close(backup=False)
    assert unlock(folder, clock=lambda: 3e12).export_key() == new_key


def test_rekey_needs_the_passphrase(vault: Vault) -> None:
    key = vault.export_key()
    with pytest.raises(WrongSecret):
        vault.rekey("not my passphrase", FAST_KDF)
    assert vault.export_key() == key
    assert vault.check() == []


def test_check_right_after_rekey_is_clean(vault: Vault) -> None:
    vault.rekey(PASSPHRASE, FAST_KDF)
    assert vault.check() == []


def test_rekey_that_cannot_write_keyslots_leaves_vault_openable(
        vault: Vault, unlock: Unlock, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*args: object, **kwargs: object) -> None:
        raise StorageError("cannot write keyslots.json: the disk is full; nothing was changed")

    with monkeypatch.context() as m:
        m.setattr(vault_mod, "atomic_write", disk_full)
        with pytest.raises(StorageError):
            vault.rekey(PASSPHRASE, FAST_KDF)
    vault.close(backup=False)
    assert names(unlock(vault.path)) == ["Gallium"]


def test_rekey_interrupted_before_the_slot_file_switch_completes_at_next_unlock(
        vault: Vault, unlock: Unlock, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash between PRAGMA rekey and renaming keyslots.pending.json loses nothing."""
    def crash(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    with monkeypatch.context() as m:
        m.setattr(vault_mod, "_promote_pending_slots", crash)
        with pytest.raises(StorageError):
            vault.rekey(PASSPHRASE, FAST_KDF)
    assert (vault.path / "keyslots.pending.json").is_file()
    vault.close(backup=False)
    reopened = unlock(vault.path)
    assert names(reopened) == ["Gallium"]
    assert not (vault.path / "keyslots.pending.json").exists()
    assert reopened.check() == []


# export_key ------------------------------------------------------------------------------


def test_export_key_opens_db_in_plain_sqlcipher(vault: Vault) -> None:
    key = vault.export_key()
    assert len(bytes.fromhex(key)) == 32
    assert vault.audit.entries(limit=1)[0].action == "key-exported"
    assert vault.audit.entries(limit=1)[0].detail == {"user": "anna"}
    vault.close(backup=False)
    conn = raw_connect(vault.path / DB_NAME, key)
    try:
        rows = conn.execute("SELECT name, kind, domain FROM dependencies").fetchall()
        assert rows == [("Gallium", "raw-material", "chips")]
        actions_in_db = [r[0] for r in conn.execute("SELECT action FROM audit ORDER BY seq")]
        assert "key-exported" in actions_in_db
    finally:
        conn.close()
    assert not can_read(vault.path / DB_NAME, "00" * 32)


def test_rekey_does_not_launder_a_tampered_audit_log(vault: Vault, unlock: Unlock) -> None:
    vault.conn.execute("UPDATE audit SET detail = '{\"name\": \"forged\"}' WHERE seq = 2")
    assert vault.check() == ["audit entry 2 was altered"]
    try:
        vault.rekey(PASSPHRASE, FAST_KDF)
    except VaultError:
        return  # refusing to rekey a broken chain is an acceptable answer too
    vault.close(backup=False)
    assert unlock(vault.path).check() != []
