"""Creating and unlocking a vault, and every distinct way unlocking can fail."""

from __future__ import annotations

import os
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.reference import ReferenceData
from sdapp.vault import migrations, unlock_state
from sdapp.vault.errors import (
    DamagedVault,
    LockedOut,
    NewerVersion,
    NotAVault,
    NotFound,
    VaultError,
    VaultInUse,
    WrongSecret,
)
from sdapp.vault.keyslots import VERSION
from sdapp.vault.vault import DB_NAME, SLOTS_NAME, STATE_NAME, Vault, create
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.conftest import raw_connect, slots_json, write_slots_json

Unlock = Callable[..., Vault]


class FakeClock:
    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# creating ---------------------------------------------------------------------------


def test_create_makes_the_layout(make_vault: Callable[..., object]) -> None:
    created = make_vault("agency")
    v = created.vault
    assert v.path.name == "agency.sdvault"
    assert v.name == "agency"
    assert {p.name for p in v.path.iterdir()} >= {DB_NAME, SLOTS_NAME, "backups", "vault.lock"}
    assert [(u.user, u.department, u.kind) for u in v.users()] == [("anna", "EZ", "passphrase"), ("", "", "recovery")]
    assert v.actor.user == "anna"
    assert v.actor.department == "EZ"
    assert [e.action for e in v.audit.entries()] == ["vault-created"]
    assert migrations.current_version(v.conn) == migrations.LATEST
    assert v.check() == []
    meta = dict(v.conn.execute("SELECT key, value FROM meta").fetchall())
    assert meta["vault_id"] == v.vault_id


def test_create_refuses_bad_input(tmp_path: Path, ref: ReferenceData) -> None:
    with pytest.raises(VaultError, match="at least 8"):
        create(tmp_path / "a", ref, user="anna", department="EZ", passphrase="short", params=FAST_KDF)
    with pytest.raises(VaultError, match="user name"):
        create(tmp_path / "b", ref, user="  ", department="EZ", passphrase=PASSPHRASE, params=FAST_KDF)
    busy = tmp_path / "c.sdvault"
    busy.mkdir()
    (busy / "something.txt").write_text("x")
    with pytest.raises(VaultError, match="not empty"):
        create(busy, ref, user="anna", department="EZ", passphrase=PASSPHRASE, params=FAST_KDF)
    assert sorted(p.name for p in busy.iterdir()) == ["something.txt"]
    assert not (tmp_path / "a.sdvault").exists()
    assert not (tmp_path / "b.sdvault").exists()


# unlocking ----------------------------------------------------------------------------


def test_unlock_with_passphrase(closed_vault: tuple[Path, str], unlock: Unlock) -> None:
    folder, _ = closed_vault
    v = unlock(folder)
    assert [d.name for d in v.dependencies.all()] == ["Gallium"]
    assert v.actor.user == "anna"
    assert v.failures_before_unlock == 0
    last = v.audit.entries(limit=1)[0]
    assert last.action == "unlock"
    assert last.detail["slot"] == "passphrase"
    assert last.actor == "anna"
    assert v.check() == []


def test_unlock_accepts_the_folder_without_suffix(closed_vault: tuple[Path, str], unlock: Unlock) -> None:
    folder, _ = closed_vault
    v = unlock(str(folder.with_name("test")))
    assert v.path == folder


def test_unlock_with_named_user(closed_vault: tuple[Path, str], unlock: Unlock, ref: ReferenceData) -> None:
    folder, _ = closed_vault
    unlock(folder, user="anna").close(backup=False)
    with pytest.raises(NotFound):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE, user="nobody")


def test_passphrase_is_unicode_normalised(tmp_path: Path, ref: ReferenceData, unlock: Unlock) -> None:
    composed = unicodedata.normalize("NFC", "crème brûlée ĳzer")
    created = create(tmp_path / "n", ref, user="anna", department="EZ", passphrase=composed, params=FAST_KDF)
    created.vault.close(backup=False)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    unlock(created.vault.path, passphrase=decomposed)


@pytest.mark.parametrize("typed", [
    lambda k: k,
    lambda k: k.lower().replace("-", " "),
    lambda k: "  " + k.replace("-", "").lower() + " ",
])
def test_unlock_with_recovery_key(closed_vault: tuple[Path, str], unlock: Unlock,
                                  typed: Callable[[str], str]) -> None:
    folder, recovery = closed_vault
    v = unlock(folder, recovery_key=typed(recovery))
    assert [d.name for d in v.dependencies.all()] == ["Gallium"]
    assert v.actor.user == "recovery key"
    assert v.audit.entries(limit=1)[0].detail["slot"] == "recovery"


def test_recovery_key_typo_is_caught_before_trying(closed_vault: tuple[Path, str], ref: ReferenceData,
                                                   unlock: Unlock) -> None:
    folder, recovery = closed_vault
    typo = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    with pytest.raises(VaultError, match="typing error") as info:
        Vault.unlock(folder, ref, recovery_key=typo)
    assert not isinstance(info.value, WrongSecret)
    # a typo is not a failed attempt: no delay, nothing to report
    assert not (folder / STATE_NAME).exists()
    assert unlock(folder).failures_before_unlock == 0


def test_no_secret_given(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    with pytest.raises(VaultError, match="passphrase or the recovery key"):
        Vault.unlock(folder, ref)


def test_second_unlock_in_same_process_is_in_use(make_vault: Callable[..., object], ref: ReferenceData) -> None:
    created = make_vault()
    with pytest.raises(VaultInUse, match=f"pid {os.getpid()}"):
        Vault.unlock(created.vault.path, ref, passphrase=PASSPHRASE)
    assert created.vault.is_open


# WrongSecret -----------------------------------------------------------------------------


def test_wrong_passphrase_counts_failures(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    clock = FakeClock()
    for n in range(1, 5):
        with pytest.raises(WrongSecret, match=f"wrong passphrase \\({n} failed attempt") as info:
            Vault.unlock(folder, ref, passphrase="not the passphrase", clock=clock)
        assert info.value.failures == n
        assert info.value.delay_seconds == unlock_state.delay_after(n)
        clock.advance(info.value.delay_seconds)


def test_wrong_recovery_key_is_a_wrong_secret(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    from sdapp.vault.keyslots import new_recovery_key

    folder, _ = closed_vault
    with pytest.raises(WrongSecret, match="wrong recovery key") as info:
        Vault.unlock(folder, ref, recovery_key=new_recovery_key())
    assert info.value.failures == 1


def test_a_passphrase_does_not_open_the_recovery_slot(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, recovery = closed_vault
    with pytest.raises(WrongSecret):
        Vault.unlock(folder, ref, passphrase=recovery)


# LockedOut and the report at the next unlock --------------------------------------------


def test_lockout_after_failures_then_allowed(closed_vault: tuple[Path, str], ref: ReferenceData,
                                             unlock: Unlock) -> None:
    folder, _ = closed_vault
    clock = FakeClock()
    for _ in range(3):
        with pytest.raises(WrongSecret) as info:
            Vault.unlock(folder, ref, passphrase="wrong guess", user="anna", clock=clock)
        clock.advance(info.value.delay_seconds)
    clock.advance(-info.value.delay_seconds)  # back to the moment of the third failure
    # an immediate retry, even with the right passphrase, must wait
    with pytest.raises(LockedOut, match="wait 4 s") as locked:
        Vault.unlock(folder, ref, passphrase=PASSPHRASE, clock=clock)
    assert locked.value.remaining_seconds == pytest.approx(unlock_state.delay_after(3))
    clock.advance(unlock_state.delay_after(3) - 0.5)
    with pytest.raises(LockedOut, match="wait 1 s"):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE, clock=clock)
    clock.advance(0.5)
    v = unlock(folder, clock=clock)
    assert v.failures_before_unlock == 3
    reported = [e for e in v.audit.entries() if e.action == "unlock-failed"]
    assert len(reported) == 1
    assert reported[0].detail == {"attempts": 3, "last_user": "anna"}
    assert v.check() == []
    v.close(backup=False)
    # the counter was reset: the next unlock reports nothing and is not delayed
    again = unlock(folder, clock=clock)
    assert again.failures_before_unlock == 0
    assert [e.action for e in again.audit.entries()].count("unlock-failed") == 1


def test_lockout_does_not_count_as_a_failure(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    clock = FakeClock()
    with pytest.raises(WrongSecret):
        Vault.unlock(folder, ref, passphrase="wrong guess", clock=clock)
    for _ in range(3):
        with pytest.raises(LockedOut):
            Vault.unlock(folder, ref, passphrase="wrong guess", clock=clock)
    clock.advance(1)
    with pytest.raises(WrongSecret) as info:
        Vault.unlock(folder, ref, passphrase="wrong guess", clock=clock)
    assert info.value.failures == 2


# NotAVault -----------------------------------------------------------------------------


def test_not_a_vault(tmp_path: Path, ref: ReferenceData) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    random_folder = tmp_path / "random"
    random_folder.mkdir()
    (random_folder / "notes.txt").write_text("hello")
    (random_folder / "photo.jpg").write_bytes(os.urandom(2000))
    foreign = tmp_path / "foreign.sdvault"
    foreign.mkdir()
    (foreign / SLOTS_NAME).write_text('{"format": "something-else", "version": 1}')
    (foreign / DB_NAME).write_bytes(os.urandom(4096))
    plain_file = tmp_path / "file.txt"
    plain_file.write_text("x")
    for path in (empty, random_folder, foreign, plain_file, tmp_path / "missing"):
        with pytest.raises(NotAVault):
            Vault.unlock(path, ref, passphrase=PASSPHRASE)
    assert list(empty.iterdir()) == []


# DamagedVault -------------------------------------------------------------------------


def test_keyslots_truncated(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    data = (folder / SLOTS_NAME).read_bytes()
    (folder / SLOTS_NAME).write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedVault, match="key-slot file is damaged"):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    (folder / SLOTS_NAME).write_bytes(b"")
    with pytest.raises(DamagedVault, match="key-slot file is damaged"):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)


def test_keyslots_garbage(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    (folder / SLOTS_NAME).write_bytes(os.urandom(600))
    with pytest.raises(DamagedVault, match="key-slot file is damaged"):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)


def test_keyslots_flipped_char_fails_checksum(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    raw = slots_json(folder)
    wrapped = raw["slots"][0]["wrapped_key"]
    raw["slots"][0]["wrapped_key"] = ("A" if wrapped[5] != "A" else "B").join([wrapped[:5], wrapped[6:]])
    write_slots_json(folder, raw, recompute_checksum=False)
    with pytest.raises(DamagedVault, match="checksum"):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)


def test_missing_register_db(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    (folder / DB_NAME).unlink()
    with pytest.raises(DamagedVault, match=r"register\.db is missing"):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)


@pytest.mark.parametrize(("field", "value"), [
    ("iterations", 2), ("memory_kib", 128 * 1024), ("lanes", 2), ("salt", "AAAAAAAAAAAAAAAAAAAAAA=="),
])
def test_slot_kdf_edited_with_checksum_recomputed(closed_vault: tuple[Path, str], ref: ReferenceData,
                                                  field: str, value: int | str) -> None:
    folder, _ = closed_vault
    raw = slots_json(folder)
    assert raw["slots"][0]["kind"] == "passphrase"
    raw["slots"][0]["kdf"][field] = value
    write_slots_json(folder, raw)
    with pytest.raises((WrongSecret, DamagedVault)):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE, clock=lambda: 0.0)


def test_slot_kdf_edited_recovery_refused_by_mac(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    """The untouched recovery slot still unwraps, but the MAC sees the edited passphrase slot."""
    folder, recovery = closed_vault
    raw = slots_json(folder)
    raw["slots"][0]["kdf"]["iterations"] = 2
    write_slots_json(folder, raw)
    with pytest.raises(DamagedVault, match="altered outside sdapp"):
        Vault.unlock(folder, ref, recovery_key=recovery)


def test_slot_user_renamed_with_checksum_recomputed(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    raw = slots_json(folder)
    raw["slots"][0]["user"] = "mallory"
    write_slots_json(folder, raw)
    with pytest.raises(WrongSecret):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE, user="mallory")


def test_slot_removed_with_checksum_recomputed(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    raw = slots_json(folder)
    raw["slots"] = [s for s in raw["slots"] if s["kind"] != "recovery"]
    write_slots_json(folder, raw)
    with pytest.raises(DamagedVault, match="altered outside sdapp"):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    # nothing was left held or half-open
    assert not (folder / STATE_NAME).exists()


def test_slot_copied_from_another_vault_is_refused(make_vault: Callable[..., object], ref: ReferenceData,
                                                   tmp_path: Path) -> None:
    """A slot from another vault (same passphrase) wraps another data key: refused, not misread."""
    a = make_vault("a").vault
    b = make_vault("b").vault
    a.close(backup=False)
    b.close(backup=False)
    raw_a, raw_b = slots_json(a.path), slots_json(b.path)
    raw_a["slots"].insert(0, raw_b["slots"][0])
    raw_a["slots"][0]["user"] = "anna"
    write_slots_json(a.path, raw_a)
    with pytest.raises((WrongSecret, DamagedVault)):
        Vault.unlock(a.path, ref, passphrase=PASSPHRASE)


def test_register_db_from_another_vault(make_vault: Callable[..., object], ref: ReferenceData,
                                        unlock: Unlock) -> None:
    a = make_vault("a").vault
    b = make_vault("b").vault
    a.close(backup=False)
    b.close(backup=False)
    original = (a.path / DB_NAME).read_bytes()
    shutil.copyfile(b.path / DB_NAME, a.path / DB_NAME)
    with pytest.raises(DamagedVault, match="does not open with this vault's key"):
        Vault.unlock(a.path, ref, passphrase=PASSPHRASE)
    # the lock was released: with its own database back, the vault opens
    (a.path / DB_NAME).write_bytes(original)
    unlock(a.path)


def test_register_db_garbage(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    (folder / DB_NAME).write_bytes(os.urandom(8192))
    with pytest.raises(DamagedVault):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)


# NewerVersion ------------------------------------------------------------------------


def test_keyslots_from_newer_version(closed_vault: tuple[Path, str], ref: ReferenceData) -> None:
    folder, _ = closed_vault
    raw = slots_json(folder)
    raw["version"] = VERSION + 1
    write_slots_json(folder, raw)
    with pytest.raises(NewerVersion, match="newer sdapp"):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)


def test_database_from_newer_version(make_vault: Callable[..., object], ref: ReferenceData,
                                     unlock: Unlock) -> None:
    v = make_vault().vault
    key = v.export_key()
    v.close(backup=False)
    conn = raw_connect(v.path / DB_NAME, key)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    for _ in range(2):  # the lock is released after the refusal: the second try says the same
        with pytest.raises(NewerVersion, match=f"schema {migrations.LATEST + 1}"):
            Vault.unlock(v.path, ref, passphrase=PASSPHRASE)
    conn = raw_connect(v.path / DB_NAME, key)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST + 1
    conn.execute(f"PRAGMA user_version = {migrations.LATEST}")
    conn.close()
    unlock(v.path)
