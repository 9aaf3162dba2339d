"""A vault in use, a stale lock, and damage to each file: refused with a specific message.

Each kind of damage has its own exception type and wording, so the user (and support) can
tell a wrong passphrase from a damaged key-slot file from damaged database pages from a
bad backup.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.reference import ReferenceData
from sdapp.vault.errors import (
    DamagedVault,
    NewerVersion,
    NotAVault,
    NotFound,
    VaultError,
    VaultInUse,
)
from sdapp.vault.keyslots import canonical
from sdapp.vault.vault import Created, Vault
from tests.conftest import PASSPHRASE
from tests.reliability.conftest import make_dep, one_line_refusal, run_cli, spawn

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock are POSIX")

MakeVault = Callable[..., Created]
PAGE = 4096


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    h.mkdir()
    (h / "pw.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return h


def _cli_check(home: Path, folder: Path) -> str:
    return one_line_refusal(run_cli(home, "vault", "check", folder, "--passphrase-file", home / "pw.txt"))


@pytest.fixture
def folder(make_vault: MakeVault) -> Path:
    """A closed vault with a few records and one rotated backup."""
    created = make_vault("damage")
    with created.vault.transaction():
        for i in range(5):
            created.vault.dependencies.add(make_dep(name=f"record-{i}"))
    created.vault.close()
    return created.vault.path


def _names(folder: Path, ref: ReferenceData) -> list[str]:
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
        names = sorted(r.name for r in v.dependencies.rows())
        v.close(backup=False)
    return names


# in use, stale lock ------------------------------------------------------------------------------


def test_second_instance_is_told_the_vault_is_in_use(folder: Path, ref: ReferenceData, home: Path) -> None:
    v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    try:
        with pytest.raises(VaultInUse, match="in use") as info:
            Vault.unlock(folder, ref, passphrase=PASSPHRASE)
        assert f"pid {os.getpid()}" in str(info.value)  # it names the holder
        line = _cli_check(home, folder)
        assert "in use" in line
        assert v.check() == []  # the refused second instance touched nothing
    finally:
        v.close(backup=False)
    assert _names(folder, ref) == [f"record-{i}" for i in range(5)]


HOLDER = """
vault = Vault.unlock(sys.argv[1], load_reference(), passphrase=sys.argv[2])
say("OPEN")
time.sleep(120)
"""


def test_lock_left_by_a_killed_process_is_recovered(folder: Path, ref: ReferenceData, home: Path) -> None:
    child = spawn(HOLDER, folder, PASSPHRASE)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "OPEN"
        assert "in use" in _cli_check(home, folder)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=30)
    assert f"pid {child.pid}" in (folder / "vault.lock").read_text()  # the stale lock file is still there
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
        assert f"pid {os.getpid()}" in (folder / "vault.lock").read_text()
        assert v.check() == []
        v.close(backup=False)


def test_lock_file_copied_from_another_machine_is_ignored(folder: Path, ref: ReferenceData) -> None:
    (folder / "vault.lock").write_text("pid 4242 on someone-elses-laptop\n")
    assert _names(folder, ref) == [f"record-{i}" for i in range(5)]


# the key-slot file --------------------------------------------------------------------------------


def _slots(folder: Path) -> dict[str, object]:
    return json.loads((folder / "keyslots.json").read_text(encoding="utf-8"))


def _with_checksum(raw: dict[str, object]) -> bytes:
    body = {k: v for k, v in raw.items() if k != "checksum"}
    return json.dumps({**body, "checksum": hashlib.sha256(canonical(body)).hexdigest()}).encode()


def _flip_in_wrapped_key(data: bytes) -> bytes:
    start = data.index(b'"wrapped_key": "') + len(b'"wrapped_key": "') + 5
    replacement = b"A" if data[start:start + 1] != b"A" else b"B"
    return data[:start] + replacement + data[start + 1:]


def _damages(folder: Path) -> dict[str, tuple[bytes, type[VaultError], str]]:
    """Each kind of key-slot damage: new file content, expected error, and a phrase of its message."""
    data = (folder / "keyslots.json").read_bytes()
    raw = _slots(folder)
    no_slots = {**raw, "slots": "none"}
    one_slot = {**raw, "slots": [raw["slots"][0]]}  # type: ignore[index]  # the recovery slot removed
    return {
        "truncated": (data[: len(data) // 2], DamagedVault, "not readable JSON"),
        "empty": (b"", DamagedVault, "not readable JSON"),
        "flipped byte": (_flip_in_wrapped_key(data), DamagedVault, "checksum mismatch"),
        "other JSON": (b'{"hello": "world"}', NotAVault, "not an sdapp vault"),
        "JSON list": (b"[1, 2, 3]", NotAVault, "not an sdapp vault"),
        "no version": (json.dumps({"format": "sdapp-keyslots"}).encode(), DamagedVault, "no version"),
        "newer version": (json.dumps({**raw, "version": 99}).encode(), NewerVersion, "newer sdapp"),
        "malformed slots, checksum fixed": (_with_checksum(no_slots), DamagedVault, "malformed slot"),
        # a careful tamperer fixes the checksum: the MAC (under the data key) still catches it
        "slot removed, checksum fixed": (_with_checksum(one_slot), DamagedVault, "altered outside sdapp"),
    }


def test_damaged_key_slot_files_are_refused_with_distinct_messages(folder: Path, ref: ReferenceData,
                                                                   home: Path) -> None:
    original = (folder / "keyslots.json").read_bytes()
    messages: dict[str, str] = {}
    for kind, (content, error, phrase) in _damages(folder).items():
        (folder / "keyslots.json").write_bytes(content)
        with pytest.raises(error) as info:
            Vault.unlock(folder, ref, passphrase=PASSPHRASE)
        assert phrase in str(info.value), f"{kind}: {info.value}"
        messages[kind] = str(info.value)
        if kind in ("truncated", "other JSON", "slot removed, checksum fixed"):  # the CLI says the same
            assert phrase.lower() in _cli_check(home, folder).lower(), kind
    (folder / "keyslots.json").write_bytes(original)
    # one message per kind of damage; only the same kind twice says the same
    assert messages["truncated"] == messages["empty"]
    assert messages["other JSON"] == messages["JSON list"]
    assert len(set(messages.values())) == len(messages) - 2
    assert _names(folder, ref) == [f"record-{i}" for i in range(5)]


def test_every_flipped_bit_of_the_key_slot_file_is_refused(folder: Path, ref: ReferenceData) -> None:
    original = (folder / "keyslots.json").read_bytes()
    errors: dict[str, int] = {}
    try:
        for i in range(len(original)):
            for bit in (0x01, 0x20):
                damaged = bytearray(original)
                damaged[i] ^= bit
                (folder / "keyslots.json").write_bytes(bytes(damaged))
                with pytest.raises(VaultError) as info:
                    Vault.unlock(folder, ref, passphrase=PASSPHRASE).close(backup=False)
                errors[type(info.value).__name__] = errors.get(type(info.value).__name__, 0) + 1
    finally:
        (folder / "keyslots.json").write_bytes(original)
    assert set(errors) <= {"DamagedVault", "NotAVault", "NewerVersion"}, errors
    assert errors["DamagedVault"] > 0.95 * sum(errors.values()), errors


# database pages ----------------------------------------------------------------------------------


@pytest.fixture
def big(make_vault: MakeVault) -> tuple[Path, dict[str, int], int]:
    """A closed vault whose file is mostly record content (300 records of 6 KB, one bulk transaction);
    returns its folder, each table's root page, and the number of pages."""
    created = make_vault("big")
    v = created.vault
    with v.transaction():
        v.dependencies.add_many([make_dep(name=f"big-{i:03d}", description=f"{i} " + "x" * 6000) for i in range(300)])
    roots = {name: int(page) for name, page in v.conn.execute("SELECT name, rootpage FROM sqlite_master"
                                                               " WHERE type = 'table'")}
    v.close()  # a rotated backup, taken before the damage
    pages = (v.path / "register.db").stat().st_size // PAGE
    return v.path, roots, pages


def _damage_page(folder: Path, page: int, name: str = "register.db") -> None:
    """Overwrite 64 bytes in the middle of page ``page`` (1-based), as a bad sector would."""
    path = folder / name
    data = bytearray(path.read_bytes())
    offset = (page - 1) * PAGE + 2000
    data[offset:offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))


def test_damaged_first_page_is_refused_at_unlock(big: tuple[Path, dict[str, int], int], ref: ReferenceData,
                                                 home: Path) -> None:
    folder, _, _ = big
    _damage_page(folder, 1)
    with pytest.raises(DamagedVault, match="does not open with this vault's key: it is damaged or was replaced"):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    assert "damaged" in _cli_check(home, folder)
    with pytest.raises(DamagedVault):  # and again: the failed attempt did not keep the lock
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)


def test_damaged_record_pages_fail_check(big: tuple[Path, dict[str, int], int], ref: ReferenceData,
                                        home: Path) -> None:
    folder, _, pages = big
    _damage_page(folder, pages // 2)
    _damage_page(folder, pages * 3 // 4)
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:  # record pages are not read to unlock
        problems = v.check()
        v.close(backup=False)
    assert problems, "damaged pages went unnoticed"
    assert re.search(r"HMAC verification failed for page \d+|the database is damaged", problems[0]), problems
    assert re.search("damaged|HMAC", _cli_check(home, folder))


def test_damaged_register_can_be_restored_from_its_backup(big: tuple[Path, dict[str, int], int],
                                                          ref: ReferenceData) -> None:
    folder, _, pages = big
    _damage_page(folder, pages // 2)
    v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    try:
        assert v.check() != []
        [backup] = v.list_backups()
        v.restore(backup)
    finally:
        v.close(backup=False)
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as restored:
        assert restored.check() == []
        assert restored.dependencies.count() == 300
        restored.close(backup=False)


def test_empty_register_file_is_refused(folder: Path, ref: ReferenceData) -> None:
    (folder / "register.db").write_bytes(b"")
    with pytest.raises(DamagedVault):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE).close(backup=False)


def test_damaged_meta_page_is_refused_as_damaged(big: tuple[Path, dict[str, int], int], ref: ReferenceData) -> None:
    folder, roots, _ = big
    _damage_page(folder, roots["meta"])
    with pytest.raises(DamagedVault):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)


def test_failed_unlock_releases_the_lock(big: tuple[Path, dict[str, int], int], ref: ReferenceData) -> None:
    folder, roots, _ = big
    _damage_page(folder, roots["audit"])
    with pytest.raises(DamagedVault):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    with pytest.raises(DamagedVault):  # the same answer again, not "in use by another sdapp"
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)


# backups ----------------------------------------------------------------------------------------


def test_damaged_backups_are_refused_and_nothing_changes(big: tuple[Path, dict[str, int], int],
                                                         ref: ReferenceData, tmp_path: Path,
                                                         make_vault: MakeVault) -> None:
    folder, _, pages = big
    v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    try:
        [good] = v.list_backups()
        copy = v.backup_to(_mkdir(tmp_path / "usb"))
        bad = tmp_path / "bad"
        bad.mkdir()

        def variant(name: str, change: Callable[[bytearray], None], source: Path = good) -> Path:
            data = bytearray(source.read_bytes())
            change(data)
            (bad / name).write_bytes(bytes(data))
            return bad / name

        def flip(page: int) -> Callable[[bytearray], None]:
            def change(d: bytearray) -> None:
                d[(page - 1) * PAGE + 2000] ^= 0xFF
            return change

        cases: list[tuple[Path, type[VaultError], str]] = [
            (variant("page1.db", flip(1)), DamagedVault, "is damaged or belongs to another vault"),
            (variant("middle.db", flip(pages // 2)), DamagedVault, "is damaged: "),
            (variant("truncated.db", lambda d: d.__delitem__(slice(len(d) // 2, None))), DamagedVault,
             "is damaged"),
            (bad / "missing.db", NotFound, "no backup at"),
            (_mkdir(bad / "not-a-vault"), NotAVault, "is not a vault backup"),
        ]
        # a whole-vault copy with a damaged key-slot file, and a copy of another vault
        damaged_copy = tmp_path / "damaged-copy.sdvault"
        shutil.copytree(copy, damaged_copy)
        (damaged_copy / "keyslots.json").write_bytes(_flip_in_wrapped_key((copy / "keyslots.json").read_bytes()))
        cases.append((damaged_copy, DamagedVault, "checksum mismatch"))
        other = make_vault("other")
        other_copy = other.vault.backup_to(_mkdir(tmp_path / "other-usb"))
        other.vault.close(backup=False)
        cases.append((other_copy, VaultError, "is a backup of another vault"))

        backups_before = v.list_backups()
        messages = set()
        for source, error, phrase in cases:
            with pytest.raises(error) as info:
                v.restore(source)
            assert phrase in str(info.value), f"{source.name}: {info.value}"
            messages.add(str(info.value))
            assert v.is_open, "a refused restore must leave the vault open and unchanged"
        assert len(messages) == len(cases)
        assert v.list_backups() == backups_before  # not even the safety backup was taken
        assert v.check() == []
        assert v.dependencies.count() == 300
    finally:
        v.close(backup=False)


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def test_empty_backup_file_is_refused(folder: Path, ref: ReferenceData, tmp_path: Path) -> None:
    empty = tmp_path / "register-empty.db"
    empty.write_bytes(b"")
    v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    try:
        with pytest.raises(DamagedVault, match="is damaged"):
            v.restore(empty)
    finally:
        v.close(backup=False)
    assert _names(folder, ref) == [f"record-{i}" for i in range(5)]
