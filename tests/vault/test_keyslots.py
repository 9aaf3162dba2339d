"""Key-slot file, recovery keys and the failed-attempt delay, without a database."""

from __future__ import annotations

import itertools
import json

import pytest

from sdapp.vault import keyslots, unlock_state
from sdapp.vault.errors import DamagedVault, NewerVersion, NotAVault
from sdapp.vault.keyslots import KdfParams, KeySlotFile
from tests.conftest import FAST_KDF

SECRET = b"a passphrase"


@pytest.fixture
def slot_file() -> tuple[KeySlotFile, bytes]:
    key = keyslots.new_data_key()
    ksf = KeySlotFile.new()
    ksf.add_slot("passphrase", "anna", "EZ", SECRET, key, FAST_KDF)
    return ksf, key


# recovery keys ----------------------------------------------------------------------


def test_recovery_key_format() -> None:
    key = keyslots.new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 9
    assert all(len(g) == 4 and set(g) <= set(keyslots.RECOVERY_ALPHABET) for g in groups)
    assert keyslots.normalise_recovery_key(key) == key
    assert keyslots.new_recovery_key() != key


def test_recovery_key_typed_loosely_is_normalised() -> None:
    key = keyslots.new_recovery_key()
    assert keyslots.normalise_recovery_key(key.lower().replace("-", " ")) == key
    assert keyslots.normalise_recovery_key("  " + key.replace("-", "") + "\n") == key
    # 0/1/8 are not in the base32 alphabet: read as O/I/B
    ambiguous = key.replace("O", "0").replace("I", "1").replace("B", "8")
    assert keyslots.normalise_recovery_key(ambiguous) == key


def test_recovery_key_typo_caught_by_check_group() -> None:
    key = keyslots.new_recovery_key()
    first = key[0]
    typo = ("A" if first != "A" else "C") + key[1:]
    with pytest.raises(ValueError, match="check group"):
        keyslots.normalise_recovery_key(typo)
    swapped = key[1] + key[0] + key[2:]
    if swapped != key:
        with pytest.raises(ValueError, match="check group"):
            keyslots.normalise_recovery_key(swapped)


@pytest.mark.parametrize("text", ["", "ABCD-EFGH", "9" * 36, "ABCD-" * 9 + "ABCD"])
def test_recovery_key_wrong_shape(text: str) -> None:
    with pytest.raises(ValueError, match="9 groups"):
        keyslots.normalise_recovery_key(text)


# slots -------------------------------------------------------------------------------


def test_unwrap_right_and_wrong_secret(slot_file: tuple[KeySlotFile, bytes]) -> None:
    ksf, key = slot_file
    slot = ksf.slots[0]
    assert ksf.try_unwrap(slot, SECRET) == key
    assert ksf.try_unwrap(slot, b"another passphrase") is None
    assert slot.kdf["memory_kib"] >= keyslots.MIN_MEMORY_KIB
    assert slot.kdf["name"] == "argon2id"


def test_each_slot_has_its_own_salt_and_nonce(slot_file: tuple[KeySlotFile, bytes]) -> None:
    ksf, key = slot_file
    other = ksf.add_slot("passphrase", "bert", "BZ", SECRET, key, FAST_KDF)
    assert other.kdf["salt"] != ksf.slots[0].kdf["salt"]
    assert other.nonce != ksf.slots[0].nonce
    assert other.wrapped_key != ksf.slots[0].wrapped_key


def test_duplicate_user_refused(slot_file: tuple[KeySlotFile, bytes]) -> None:
    ksf, key = slot_file
    with pytest.raises(ValueError, match="already has a key slot"):
        ksf.add_slot("passphrase", "anna", "BZ", b"x", key, FAST_KDF)


@pytest.mark.parametrize(("field", "value"), [
    ("user", "mallory"), ("department", "BZ"), ("kind", "recovery"), ("created", "2000-01-01T00:00:00+00:00"),
])
def test_slot_header_is_authenticated(slot_file: tuple[KeySlotFile, bytes], field: str, value: str) -> None:
    ksf, _ = slot_file
    slot = ksf.slots[0]
    setattr(slot, field, value)
    assert ksf.try_unwrap(slot, SECRET) is None


def test_kdf_settings_are_authenticated(slot_file: tuple[KeySlotFile, bytes]) -> None:
    ksf, _ = slot_file
    slot = ksf.slots[0]
    slot.kdf = {**slot.kdf, "iterations": 2}
    assert ksf.try_unwrap(slot, SECRET) is None


def test_file_header_is_authenticated(slot_file: tuple[KeySlotFile, bytes]) -> None:
    ksf, _ = slot_file
    ksf.vault_id = "00000000-0000-0000-0000-000000000000"
    assert ksf.try_unwrap(ksf.slots[0], SECRET) is None


def test_rewrap_changes_salt_and_keeps_key(slot_file: tuple[KeySlotFile, bytes]) -> None:
    ksf, key = slot_file
    slot = ksf.slots[0]
    old_salt = slot.kdf["salt"]
    ksf.rewrap(slot, b"new secret", key, FAST_KDF)
    assert slot.kdf["salt"] != old_salt
    assert ksf.try_unwrap(slot, SECRET) is None
    assert ksf.try_unwrap(slot, b"new secret") == key


# the file -----------------------------------------------------------------------------


def test_dumps_parse_roundtrip(slot_file: tuple[KeySlotFile, bytes]) -> None:
    ksf, key = slot_file
    parsed, raw = keyslots.parse(ksf.dumps(key))
    assert parsed == ksf
    parsed.verify_mac(raw, key)
    assert parsed.try_unwrap(parsed.slots[0], SECRET) == key


def test_mac_needs_the_data_key(slot_file: tuple[KeySlotFile, bytes]) -> None:
    ksf, key = slot_file
    parsed, raw = keyslots.parse(ksf.dumps(key))
    with pytest.raises(DamagedVault, match="altered"):
        parsed.verify_mac(raw, keyslots.new_data_key())


def _reparse(raw: dict[str, object], recompute: bool = True) -> tuple[KeySlotFile, dict[str, object]]:
    if recompute:
        import hashlib

        body = {k: v for k, v in raw.items() if k != "checksum"}
        raw = {**body, "checksum": hashlib.sha256(keyslots.canonical(body)).hexdigest()}
    return keyslots.parse(json.dumps(raw).encode())


def test_parse_errors(slot_file: tuple[KeySlotFile, bytes]) -> None:
    ksf, key = slot_file
    text = ksf.dumps(key)
    raw = json.loads(text)
    with pytest.raises(DamagedVault, match="not readable JSON"):
        keyslots.parse(text[: len(text) // 2])
    with pytest.raises(DamagedVault, match="not readable JSON"):
        keyslots.parse(b"\xff\xfe\x00garbage")
    with pytest.raises(NotAVault):
        keyslots.parse(b"[1, 2, 3]")
    with pytest.raises(NotAVault):
        keyslots.parse(json.dumps({**raw, "format": "something-else"}).encode())
    with pytest.raises(DamagedVault, match="no version"):
        keyslots.parse(json.dumps({**raw, "version": "1"}).encode())
    with pytest.raises(NewerVersion, match="newer"):
        _reparse({**raw, "version": keyslots.VERSION + 1})
    with pytest.raises(DamagedVault, match="checksum"):
        keyslots.parse(json.dumps({**raw, "vault_id": "x"}).encode())
    with pytest.raises(DamagedVault, match="checksum"):
        keyslots.parse(json.dumps({k: v for k, v in raw.items() if k != "checksum"}).encode())
    bad_slot = {**raw["slots"][0]}
    del bad_slot["nonce"]
    with pytest.raises(DamagedVault, match="malformed"):
        _reparse({**raw, "slots": [bad_slot]})
    with pytest.raises(DamagedVault, match="malformed"):
        _reparse({**raw, "slots": [{**raw["slots"][0], "wrapped_key": "not base64!"}]})
    with pytest.raises(DamagedVault, match="malformed"):
        _reparse({**raw, "slots": ["not a slot"]})
    with pytest.raises(DamagedVault, match="unknown key derivation"):
        _reparse({**raw, "slots": [{**raw["slots"][0], "kdf": {**raw["slots"][0]["kdf"], "name": "pbkdf2"}}]})


# parameters and delays ---------------------------------------------------------------


def test_calibrate_never_goes_below_64_mib() -> None:
    params = keyslots.calibrate(target_seconds=0.001, memory_kib=1024)
    assert params.memory_kib == keyslots.MIN_MEMORY_KIB
    assert params.iterations >= 1
    assert KdfParams(iterations=1).memory_kib == keyslots.MIN_MEMORY_KIB


def test_delay_grows_and_is_capped() -> None:
    delays = [unlock_state.delay_after(n) for n in range(0, 12)]
    assert delays[:5] == [0.0, 1.0, 2.0, 4.0, 8.0]
    assert all(b >= a for a, b in itertools.pairwise(delays))
    assert unlock_state.delay_after(100) == unlock_state.MAX_DELAY_SECONDS


def test_unlock_state_file_roundtrip_and_garbage(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "state.json"
    assert unlock_state.load(path) == unlock_state.UnlockState()
    unlock_state.save(path, unlock_state.UnlockState(3, 1000.0, "anna"))
    state = unlock_state.load(path)
    assert state == unlock_state.UnlockState(3, 1000.0, "anna")
    assert state.remaining(1001.0) == pytest.approx(3.0)
    assert state.remaining(2000.0) == 0.0
    path.write_text("{not json")
    assert unlock_state.load(path) == unlock_state.UnlockState()
