"""Key slots: the vault's random data key wrapped under passphrase- or recovery-derived keys.

Format (``keyslots.json``)::

    {"format": "sdapp-keyslots", "version": 1, "vault_id": UUID, "created": ISO,
     "slots": [{"id", "kind": "passphrase"|"recovery", "user", "department", "created",
                "kdf": {"name": "argon2id", "salt", "iterations", "memory_kib", "lanes"},
                "nonce", "wrapped_key"}],
     "mac": HMAC-SHA256 over everything above under a key derived from the data key,
     "checksum": SHA-256 over everything above}

Three layers, three distinct answers: the checksum tells accidental damage; AES-GCM's
associated data binds each slot's header fields (a tampered KDF setting or user name
fails like a wrong secret would, never misread); the MAC, checked after unwrapping,
catches any other change to the file (slots added, removed or swapped).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sdapp.vault.errors import DamagedVault, NewerVersion, NotAVault

FORMAT = "sdapp-keyslots"
VERSION = 1
MIN_MEMORY_KIB = 64 * 1024
DATA_KEY_BYTES = 32
RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # RFC 4648 base32
RECOVERY_BYTES = 20  # 160 bits -> 32 base32 characters


@dataclass(frozen=True)
class KdfParams:
    iterations: int
    memory_kib: int = MIN_MEMORY_KIB
    lanes: int = 4

    def to_dict(self, salt: bytes) -> dict[str, Any]:
        return {"name": "argon2id", "salt": _b64(salt), "iterations": self.iterations,
                "memory_kib": self.memory_kib, "lanes": self.lanes}


# cryptography is imported inside the functions that use it: parsing the file (to list the
# users in the unlock dialog) must not pay for loading it.


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(salt=salt, length=32, iterations=params.iterations, lanes=params.lanes,
                    memory_cost=params.memory_kib).derive(secret)


def calibrate(target_seconds: float = 1.0, memory_kib: int = MIN_MEMORY_KIB,
              progress: Callable[[float], None] | None = None) -> KdfParams:
    """Pick Argon2id iterations so one derivation takes about ``target_seconds`` here.

    Memory never goes below 64 MiB (KeePassXC's guidance); iterations grow until the time
    is met. ``progress`` receives a fraction 0-1 for a progress bar.
    """
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    probe = KdfParams(iterations=1, memory_kib=memory_kib)
    start = time.perf_counter()
    derive(b"calibration", b"\0" * 16, probe)
    one = max(time.perf_counter() - start, 1e-4)
    if progress:
        progress(1.0)
    return KdfParams(iterations=max(1, min(64, round(target_seconds / one))), memory_kib=memory_kib)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


# recovery keys -----------------------------------------------------------------


def new_recovery_key() -> str:
    """A random 160-bit key as 8 groups of 4 base32 characters plus a check group."""
    raw = secrets.token_bytes(RECOVERY_BYTES)
    body = base64.b32encode(raw).decode("ascii")
    return "-".join(_groups(body + _check_group(body)))


_LOOKALIKES = {ord("0"): "O", ord("1"): "I", ord("8"): "B"}


def normalise_recovery_key(text: str) -> str:
    """Canonical form of a typed recovery key; raises ValueError naming the problem."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(_LOOKALIKES)
    if len(cleaned) != 36 or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise ValueError("a recovery key has 9 groups of 4 letters and digits 2-7")
    body, check = cleaned[:32], cleaned[32:]
    if _check_group(body) != check:
        raise ValueError("the recovery key has a typing error (its check group does not match)")
    return "-".join(_groups(cleaned))


def _check_group(body: str) -> str:
    digest = hashlib.sha256(body.encode("ascii")).digest()
    return base64.b32encode(digest).decode("ascii")[:4]


def _groups(text: str) -> list[str]:
    return [text[i:i + 4] for i in range(0, len(text), 4)]


# the file ---------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass
class Slot:
    id: str
    kind: str  # passphrase | recovery
    user: str
    department: str
    created: str
    kdf: dict[str, Any]
    nonce: str
    wrapped_key: str

    def header(self, file_header: dict[str, Any]) -> dict[str, Any]:
        fields = {k: v for k, v in self.__dict__.items() if k not in ("nonce", "wrapped_key")}
        return {"file": file_header, "slot": fields}

    def params(self) -> tuple[bytes, KdfParams]:
        k = self.kdf
        if k.get("name") != "argon2id":
            raise DamagedVault(f"key slot of {self.user or 'recovery'} uses an unknown key derivation")
        params = KdfParams(iterations=int(k["iterations"]), memory_kib=int(k["memory_kib"]), lanes=int(k["lanes"]))
        return _unb64(k["salt"]), params


@dataclass
class KeySlotFile:
    vault_id: str
    created: str
    slots: list[Slot]

    def file_header(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id, "created": self.created}

    # building ------------------------------------------------------------------
    @classmethod
    def new(cls) -> KeySlotFile:
        return cls(vault_id=str(uuid.uuid4()), created=_now(), slots=[])

    def add_slot(self, kind: str, user: str, department: str, secret: bytes, data_key: bytes,
                 params: KdfParams) -> Slot:
        if kind == "passphrase" and any(s.kind == "passphrase" and s.user == user for s in self.slots):
            raise ValueError(f"user {user!r} already has a key slot")
        salt = os.urandom(16)
        slot = Slot(id=str(uuid.uuid4()), kind=kind, user=user, department=department, created=_now(),
                    kdf=params.to_dict(salt), nonce="", wrapped_key="")
        self._seal(slot, secret, data_key, salt, params)
        self.slots.append(slot)
        return slot

    def rewrap(self, slot: Slot, secret: bytes, data_key: bytes, params: KdfParams) -> None:
        salt = os.urandom(16)
        slot.kdf = params.to_dict(salt)
        self._seal(slot, secret, data_key, salt, params)

    def _seal(self, slot: Slot, secret: bytes, data_key: bytes, salt: bytes, params: KdfParams) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kek = derive(secret, salt, params)
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, canonical(slot.header(self.file_header())))
        slot.nonce, slot.wrapped_key = _b64(nonce), _b64(wrapped)

    # opening -------------------------------------------------------------------
    def try_unwrap(self, slot: Slot, secret: bytes) -> bytes | None:
        """The data key if ``secret`` opens ``slot``; None for a wrong secret."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, params = slot.params()
        kek = derive(secret, salt, params)
        try:
            return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped_key),
                                       canonical(slot.header(self.file_header())))
        except InvalidTag:
            return None

    # serialising ---------------------------------------------------------------
    def _body(self) -> dict[str, Any]:
        return {**self.file_header(), "slots": [dict(s.__dict__) for s in self.slots]}

    def dumps(self, data_key: bytes) -> bytes:
        body = self._body()
        body["mac"] = hmac.new(_mac_key(data_key), canonical(body), hashlib.sha256).hexdigest()
        body["checksum"] = hashlib.sha256(canonical(body)).hexdigest()
        return json.dumps(body, indent=1, ensure_ascii=False).encode("utf-8") + b"\n"

    def verify_mac(self, raw: dict[str, Any], data_key: bytes) -> None:
        body = {k: v for k, v in raw.items() if k not in ("mac", "checksum")}
        expected = hmac.new(_mac_key(data_key), canonical(body), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, str(raw.get("mac", ""))):
            raise DamagedVault("the key-slot file was altered outside sdapp; it is refused")


def _mac_key(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"sdapp keyslots mac").derive(data_key)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def parse(data: bytes) -> tuple[KeySlotFile, dict[str, Any]]:
    """Parse and check the structure of ``keyslots.json``; returns the file and its raw dict."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedVault("the key-slot file is damaged (not readable JSON)") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise NotAVault("this folder is not an sdapp vault (no sdapp key-slot file)")
    version = raw.get("version")
    if not isinstance(version, int):
        raise DamagedVault("the key-slot file is damaged (no version)")
    if version > VERSION:
        raise NewerVersion(f"this vault was made by a newer sdapp (key-slot format {version}); update sdapp")
    body = {k: v for k, v in raw.items() if k != "checksum"}
    if hashlib.sha256(canonical(body)).hexdigest() != raw.get("checksum"):
        raise DamagedVault("the key-slot file is damaged (checksum mismatch)")
    try:
        slots = [Slot(**{k: s[k] for k in Slot.__dataclass_fields__}) for s in raw["slots"]]
        ksf = KeySlotFile(vault_id=str(raw["vault_id"]), created=str(raw["created"]), slots=slots)
        for s in slots:
            s.params()
            _unb64(s.nonce), _unb64(s.wrapped_key)
    except (KeyError, TypeError, ValueError) as exc:
        raise DamagedVault("the key-slot file is damaged (malformed slot)") from exc
    return ksf, raw
